/**
 * The demo economy on the embedded harness: genesis, 20 workers of mixed classes staking,
 * 5 renters booking clusters in IO and USDC, the orchestrator assigning from events, a worker
 * failing and being replaced, block rewards streaming and claimed, two renters paying their
 * reservation fees in IOSD bought by burning IO at a posted Pyth price, a slash appealed and
 * reversed, and DAO votes paying the USDC fees to the treasury and raising busy_boost to 3×.
 * Returns a report with the supply over simulated time.
 */
import { Keypair, PublicKey } from "@solana/web3.js";

import { feeVaultPda } from "../credits/pda.js";
import { toBigInt, u64 } from "../codec.js";
import { governancePda } from "../dao/pda.js";
import { DEVICE_CLASSES } from "../deploy/defaults.js";
import { CpuHashExecutor } from "../lifecycle/executor.js";
import { Orchestrator } from "../lifecycle/orchestrator.js";
import { SqliteStore } from "../lifecycle/store.js";
import { recordProof, WorkerAgent } from "../lifecycle/worker.js";
import { eligibilityOf, isEligibleAt } from "../math/eligibility.js";
import { minStake } from "../math/stake.js";
import { SupplyStatus } from "../token/supply.js";
import { IO, USDC } from "../units.js";
import { SlashAppeal, SlashEpisode } from "./appeal.js";
import { CoStakedWorker, CoStakeEpisode, coStakeOf } from "./co_stake.js";
import { buyIosd, IosdPurchase } from "./iosd.js";
import { ioPriceAt, RewardModeOutcome, RewardModeRun } from "./reward_modes.js";
import { createSandbox, Sandbox } from "./sandbox.js";
import type { RewardModeName } from "../math/ide.js";

const HOUR = 3_600;
const DAY = 86_400;

/** What the demo's workers ask per GPU-hour, by class: micro-USD and IO base units. */
const ASKS: Record<number, { usd: bigint; io: bigint }> = {
  1: { usd: USDC(2), io: IO(1) },
  2: { usd: USDC(1), io: IO(1) / 2n },
  3: { usd: USDC(1) / 2n, io: IO(1) / 4n },
  4: { usd: USDC(1) / 4n, io: IO(1) / 10n },
};

export interface DemoReport {
  simulatedHours: number;
  supply: SupplyStatus;
  supplyOverTime: { hour: number; supply: string; emitted: string; lockedInVesting: string; lockedInDao: string; staked: string }[];
  /** Per tender: fees received, burned (IO's governed share), withdrawn to the treasury by vote, and left in the vault. */
  fees: { tender: string; vault: string; received: string; burned: string; withdrawn: string; inVault: string }[];
  rentals: { rental: string; tender: string; gpus: number; workers: string[]; deposited: string; paid: string; supplierFees: string; refunded: string; fees: string }[];
  rewards: { worker: string; deviceClass: string; gpus: number; claimed: string }[];
  /** The worker that stopped proving at hour 6 (for 3 hours): who replaced it, and the hours it was eligible for block rewards (5 consecutive good hours needed). */
  failure: { worker: string; replacedBy: string | undefined; rental: string | undefined; eligibleHours: number[] };
  dao: { proposal: string; busyBoostBefore: number; busyBoostAfter: number; executedAtHour: number };
  /** The USDC fees collected by hour 8, paid to the DAO treasury's USDC account by a second proposal. */
  treasury: { proposal: string; destination: string; withdrawn: string; executedAtHour: number };
  /** IOSD bought by renters (IO burned at the posted price) and spent (burned) on reservation fees, the demo's only IOSD spend; io_credits' totals. */
  iosd: { buyers: number; ioBurned: string; minted: string; spent: string; price: string; exponent: number };
  /** The slash appealed and reversed. */
  slashAppeal: SlashEpisode | undefined;
  /** The worker whose owner staked half its minimum, a co-staker the other half for 20% of its block rewards. */
  coStake: CoStakeEpisode;
  orchestrator: { eventsApplied: number; transactionsSent: number; refusals: number };
  /** Block rewards hour by hour under the run's reward mode. */
  rewardMode: RewardModeOutcome;
}

export interface DemoOptions {
  hours?: number;
  storePath?: string;
  onProgress?: (hour: number, hours: number) => void;
  /** Called with the sandbox once the economy is deployed, before any activity (`io explorer --demo`). */
  onStart?: (sandbox: Sandbox) => Promise<void>;
  /** How block rewards are paid: the schedule (default), or the DAO votes the IDE in (`reward_modes.ts`). */
  rewardMode?: RewardModeName;
  /** The IO price moves hour by hour (`ioPriceAt`) instead of staying at 2.50 USD. */
  movingPrice?: boolean;
  /** Called with the sandbox once the run is over (benchmarks replay its history). */
  onFinish?: (sandbox: Sandbox) => Promise<void>;
}

export async function runDemoEconomy(options: DemoOptions = {}): Promise<DemoReport> {
  const hours = options.hours ?? 48;
  const sandbox = await createSandbox();
  await options.onStart?.(sandbox);
  const { context, provider, now, fund, ata, balance, token, giveIo, giveUsdc, rewards, cloud, orchestratorKey, verifier, dao } = sandbox;
  // --- 20 workers of mixed classes ---
  const executor = new CpuHashExecutor();
  const layout = [
    ...Array(4).fill({ classId: 1, gpus: 8 }),
    ...Array(4).fill({ classId: 2, gpus: 4 }),
    ...Array(6).fill({ classId: 3, gpus: 2 }),
    ...Array(6).fill({ classId: 4, gpus: 1 }),
  ] as { classId: number; gpus: number }[];
  const regions = ["us-east", "eu-west", "ap-south"];
  const agents: WorkerAgent[] = [];
  const owners: Keypair[] = [];
  // The first class-2 worker is co-staked: its owner stakes half its minimum, a co-staker the rest.
  const coStaked = layout.findIndex((spec) => spec.classId === 2);
  let coStakedMin = 0n;
  for (const [i, spec] of layout.entries()) {
    const authority = await fund();
    owners.push(authority);
    const multiplier = DEVICE_CLASSES.find((c) => c.classId === spec.classId)!.multiplierBps;
    const minimum = minStake(multiplier, spec.gpus);
    if (i === coStaked) coStakedMin = minimum;
    const stake = i === coStaked ? minimum - coStakeOf(minimum) : minimum;
    const ioAccount = await giveIo(authority.publicKey, stake);
    await ata(sandbox.usdcMint, authority.publicKey);
    const agent = new WorkerAgent({ cloud, rewards, authority, executor, ioAccount });
    const deviceId = new Uint8Array(16);
    deviceId[0] = i + 1;
    const ask = ASKS[spec.classId];
    await agent.register({
      deviceId,
      deviceClass: spec.classId,
      gpus: spec.gpus,
      region: regions[i % regions.length],
      pricePerGpuHour: ask.usd,
      askIoPerGpuHour: ask.io,
    });
    await agent.stake(stake);
    agents.push(agent);
  }
  const coStake = await CoStakedWorker.open(sandbox, agents[coStaked].worker!, owners[coStaked], coStakedMin);
  const proveAll = async (skip?: WorkerAgent) => {
    const hour = (await now()) / 3_600n;
    for (const agent of agents) {
      const proof = agent === skip ? undefined : await agent.proveUptime(hour);
      await recordProof(cloud, verifier, agent.worker!, hour, proof);
    }
  };
  await proveAll();

  // --- the IO price (fixed, or moving hour by hour) ---
  let ioPrice = ioPriceAt(0, options.movingPrice ?? false);
  const publishPrice = () => sandbox.publishIoPrice(ioPrice);

  // --- the orchestrator, driven by io_cloud's events ---
  const store = new SqliteStore(options.storePath ?? ":memory:");
  const orchestrator = new Orchestrator({
    connection: provider.connection,
    cloud,
    orchestrator: orchestratorKey,
    store,
    now,
    heartbeatTimeoutSecs: BigInt(2 * HOUR),
    ioMint: token.mint,
    priceUpdate: publishPrice,
  });
  const beat = async (except?: WorkerAgent) => {
    const at = await now();
    for (const agent of agents) if (agent !== except) agent.heartbeat(orchestrator, at);
  };
  await beat();
  await orchestrator.step();

  // --- 5 renters: three in USDC (two paying the reservation fee in IOSD), two in IO ---
  const bookings = [
    { tender: "USDC", deviceClass: 1, gpus: 16, hours: 12, price: USDC(2), iosd: true },
    { tender: "USDC", deviceClass: 2, gpus: 8, hours: 24, price: USDC(1), iosd: false },
    { tender: "IO", deviceClass: 3, gpus: 4, hours: 36, price: IO(1) / 2n, iosd: false },
    { tender: "USDC", deviceClass: 4, gpus: 2, hours: 8, price: USDC(1) / 4n, iosd: true },
    { tender: "IO", deviceClass: 1, gpus: 8, hours: 20, price: IO(1), iosd: false },
  ];
  const rentalTender = new Map<string, string>();
  const purchases: IosdPurchase[] = [];
  for (const [i, b] of bookings.entries()) {
    const renter = await fund();
    // 2 IO buys about 5 IOSD at $2.50, more than a 0.25% reservation fee of these bookings.
    if (b.iosd) purchases.push(await buyIosd(sandbox, renter, IO(2)));
    const principal = b.price * BigInt(b.gpus) * BigInt(b.hours);
    const deposit = principal + principal / 10n;
    const renterToken = b.tender === "IO" ? await giveIo(renter.publicKey, deposit) : await giveUsdc(renter.publicKey, deposit);
    const { rental } = await cloud.book(renter, {
      nonce: BigInt(i + 1),
      deviceClass: b.deviceClass,
      gpus: b.gpus,
      hours: b.hours,
      pricePerGpuHour: b.price,
      tenderMint: b.tender === "IO" ? token.mint : sandbox.usdcMint,
      renterToken,
      reservationInIosd: b.iosd,
    });
    rentalTender.set(rental.toBase58(), b.tender);
  }
  await orchestrator.step();
  for (const rental of orchestrator.rentals()) for (const worker of rental.workers) await agents.find((a) => a.worker!.toBase58() === worker)?.runJob(new PublicKey(rental.id));

  // --- simulated time: proofs, heartbeats, settling, a failure, claims, a DAO vote ---
  const failing = agents.find((a) => orchestrator.rentals().some((r) => r.workers.includes(a.worker!.toBase58()) && r.deviceClass === 3))!;
  const failureRental = orchestrator.rentals().find((r) => r.workers.includes(failing.worker!.toBase58()))?.id;
  const failingEligible: number[] = [];
  const initialWorkers = new Set(orchestrator.rentals().find((r) => r.id === failureRental)?.workers ?? []);
  const holders = [IO(400_000), IO(250_000), IO(120_000)];
  const voters: Keypair[] = [];
  for (const amount of holders) {
    const holder = await fund();
    const io = await giveIo(holder.publicKey, amount);
    await dao.lock(holder, 0, amount, "cliff", 2 * 365 * DAY, io, token.mint);
    voters.push(holder);
  }
  let proposal: bigint | undefined;
  let executedAtHour = -1;
  const treasuryUsdc = await ata(sandbox.usdcMint, governancePda());
  const withdrawal = { proposal: undefined as bigint | undefined, amount: 0n, executedAtHour: -1 };
  const busyBoostBefore = (await rewards.fetchConfig())!.pool.busyBoostBps;
  // A class-4 worker slashed at hour 10, appealing at 11, the slash reversed at 13.
  const appealed = layout.findIndex((spec) => spec.classId === 4);
  const slashAppeal = new SlashAppeal(sandbox, agents[appealed].worker!, owners[appealed]);
  const series: DemoReport["supplyOverTime"] = [];
  const snapshot = async (hour: number) => {
    const status = await token.getSupplyStatus();
    const locked = await balance(dao.lockVault);
    let staked = 0n;
    for (const agent of agents) staked += toBigInt((await cloud.fetchWorkerOrThrow(agent.worker!)).staked);
    series.push({ hour, supply: String(status.supply), emitted: String(status.emissionMinted), lockedInVesting: String(status.lockedInVesting), lockedInDao: String(locked), staked: String(staked) });
  };
  await snapshot(0);
  const rewardRun = new RewardModeRun(sandbox, options.rewardMode ?? "schedule", voters);
  await rewardRun.start();

  for (let hour = 1; hour <= hours; hour++) {
    await context.advanceSeconds(HOUR);
    ioPrice = ioPriceAt(hour, options.movingPrice ?? false);
    await rewardRun.beginHour(hour, publishPrice);
    const failed = hour >= 6 && hour < 9 ? failing : undefined;
    await proveAll(failed);
    if (isEligibleAt(eligibilityOf(await cloud.fetchWorkerOrThrow(failing.worker!)), await now())) failingEligible.push(hour);
    await beat(failed);
    await orchestrator.step();
    await orchestrator.settleAll();
    for (const rental of orchestrator.rentals()) for (const worker of rental.workers) await agents.find((a) => a.worker!.toBase58() === worker)?.runJob(new PublicKey(rental.id));
    if (hour % 6 === 0) {
      for (const agent of agents) await agent.claimRewards();
      await coStake.claim();
    }
    if (hour === 8) {
      // The USDC fees collected so far go to the treasury: a proposal names the amount and the destination.
      withdrawal.amount = await balance(feeVaultPda(sandbox.usdcMint));
      const change = { creditsFeeWithdraw: { mint: sandbox.usdcMint, amount: u64(withdrawal.amount), destination: treasuryUsdc } };
      withdrawal.proposal = (await dao.propose(voters[0], 0, change)).id;
      for (const voter of voters) await dao.vote(voter, 0, withdrawal.proposal, "yes");
      proposal = (await dao.propose(voters[0], 0, { rewardsBusyBoost: { busyBoostBps: 30_000 } })).id;
      await dao.vote(voters[0], 0, proposal, "yes");
      await dao.vote(voters[1], 0, proposal, "yes");
      await dao.vote(voters[2], 0, proposal, "no");
    }
    if (hour === 15 && proposal !== undefined) for (const id of [withdrawal.proposal!, proposal]) await dao.finalize(id);
    if (hour === 17 && proposal !== undefined) {
      await dao.execute(withdrawal.proposal!);
      withdrawal.executedAtHour = hour;
      await dao.execute(proposal);
      executedAtHour = hour;
    }
    if (hour === 10) await slashAppeal.slash(IO(50), hour);
    if (hour === 11) await slashAppeal.appeal(hour);
    if (hour === 13) await slashAppeal.reverse(hour);
    await snapshot(hour);
    await rewardRun.endHour(hour, ioPrice);
    options.onProgress?.(hour, hours);
  }
  for (const agent of agents) await agent.claimRewards();
  await coStake.claim();

  const feesOf = async (name: string, mint: PublicKey) => {
    const tender = (await sandbox.credits.fetchTender(mint))!;
    const [received, burned, withdrawn] = [tender.feesReceived, tender.feesBurned, tender.feesWithdrawn].map(String);
    return { tender: name, vault: feeVaultPda(mint).toBase58(), received, burned, withdrawn, inVault: String(await balance(feeVaultPda(mint))) };
  };
  const replacedBy = orchestrator.rentals().find((r) => r.id === failureRental)?.workers.find((w) => !initialWorkers.has(w));
  const report: DemoReport = {
    simulatedHours: hours,
    supply: await token.getSupplyStatus(),
    supplyOverTime: series,
    fees: [await feesOf("IO", token.mint), await feesOf("USDC", sandbox.usdcMint)],
    rentals: orchestrator.rentals().map((r) => ({
      rental: r.id,
      tender: rentalTender.get(r.id) ?? "?",
      gpus: r.gpus,
      workers: r.workers,
      deposited: String(r.deposited),
      paid: String(r.paid),
      supplierFees: String(r.supplierFees),
      refunded: String(r.refunded),
      fees: String(r.fees),
    })),
    rewards: agents.map((a, i) => ({
      worker: a.worker!.toBase58(),
      deviceClass: DEVICE_CLASSES.find((c) => c.classId === layout[i].classId)!.name,
      gpus: layout[i].gpus,
      claimed: String(a.claimed),
    })),
    failure: { worker: failing.worker!.toBase58(), replacedBy, rental: failureRental, eligibleHours: failingEligible },
    dao: { proposal: String(proposal), busyBoostBefore, busyBoostAfter: (await rewards.fetchConfig())!.pool.busyBoostBps, executedAtHour },
    treasury: {
      proposal: String(withdrawal.proposal),
      destination: treasuryUsdc.toBase58(),
      withdrawn: String(withdrawal.executedAtHour > 0 ? await balance(treasuryUsdc) : 0n),
      executedAtHour: withdrawal.executedAtHour,
    },
    iosd: await iosdReport(sandbox, purchases),
    slashAppeal: slashAppeal.report(),
    coStake: coStake.report(agents[coStaked].claimed),
    orchestrator: { eventsApplied: orchestrator.eventsApplied, transactionsSent: orchestrator.sent.length, refusals: orchestrator.refusals.length },
    rewardMode: await rewardRun.outcome(),
  };
  store.close();
  await options.onFinish?.(sandbox);
  return report;
}

/** io_credits' IOSD totals after the run, with the renters' purchases. */
async function iosdReport(sandbox: Sandbox, purchases: IosdPurchase[]): Promise<DemoReport["iosd"]> {
  const config = (await sandbox.credits.fetchConfig())!;
  return {
    buyers: purchases.length,
    ioBurned: String(config.ioBurned),
    minted: String(config.iosdMinted),
    spent: String(config.iosdSpent),
    price: String(purchases[0]?.price ?? 0n),
    exponent: purchases[0]?.exponent ?? 0,
  };
}
