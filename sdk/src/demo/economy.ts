/**
 * The demo economy on the embedded harness: genesis, 20 workers of mixed classes staking,
 * 5 renters booking clusters in IO and USDC, the orchestrator assigning from events, a worker
 * failing and being replaced, block rewards streaming and claimed, and a DAO vote raising
 * busy_boost to 3×. Returns a report with the supply over simulated time.
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMint2Instruction,
  createMintToInstruction,
  createTransferInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
  MINT_SIZE,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";

import { HarnessProvider, start } from "@ionet/harness";

import { cloudFeeVaultPda, cloudRewardsAuthorityPda } from "../cloud/pda.js";
import { IoCloudClient } from "../cloud/client.js";
import { IoDaoClient } from "../dao/client.js";
import { governancePda } from "../dao/pda.js";
import { CpuHashExecutor } from "../lifecycle/executor.js";
import { Orchestrator } from "../lifecycle/orchestrator.js";
import { SqliteStore } from "../lifecycle/store.js";
import { recordProof, WorkerAgent } from "../lifecycle/worker.js";
import { minStake } from "../math/stake.js";
import { encodePriceUpdateV2, PYTH_RECEIVER_ID } from "../math/oracle.js";
import { PROGRAM_IDS } from "../programs.js";
import { IoCreditsClient } from "../credits/client.js";
import { IoRewardsClient } from "../rewards/client.js";
import { rewardsConfigPda } from "../rewards/pda.js";
import { IoTokenClient } from "../token/client.js";
import { SupplyStatus } from "../token/supply.js";
import { sendInstructions } from "../tx.js";

const IO = (n: number | bigint) => BigInt(n) * 100_000_000n;
const USDC = (n: number | bigint) => BigInt(n) * 1_000_000n;
const HOUR = 3_600;
const DAY = 86_400;

export const DEVICE_CLASSES = [
  { classId: 1, name: "NVIDIA H100 80GB", multiplierBps: 100_000 },
  { classId: 2, name: "NVIDIA A100 80GB", multiplierBps: 50_000 },
  { classId: 3, name: "NVIDIA RTX 4090", multiplierBps: 10_000 },
  { classId: 4, name: "NVIDIA RTX 4070", multiplierBps: 2_500 },
];

/** What the demo's workers ask per GPU-hour, by class: micro-USD and IO base units. */
const ASKS: Record<number, { usd: bigint; io: bigint }> = {
  1: { usd: USDC(2), io: IO(1) },
  2: { usd: USDC(1), io: IO(1) / 2n },
  3: { usd: USDC(1) / 2n, io: IO(1) / 4n },
  4: { usd: USDC(1) / 4n, io: IO(1) / 10n },
};

/** The IO/USD feed id the demo's io_credits checks (a stand-in for Pyth's). */
const IO_USD_FEED_ID = Uint8Array.from({ length: 32 }, (_, i) => 0xa0 + i);

export interface DemoReport {
  simulatedHours: number;
  supply: SupplyStatus;
  supplyOverTime: { hour: number; supply: string; emitted: string; lockedInVesting: string; lockedInDao: string; staked: string }[];
  fees: { tender: string; vault: string; collected: string }[];
  rentals: { rental: string; tender: string; gpus: number; workers: string[]; deposited: string; paid: string; refunded: string; fees: string }[];
  rewards: { worker: string; deviceClass: string; gpus: number; claimed: string }[];
  failure: { worker: string; replacedBy: string | undefined; rental: string | undefined };
  dao: { proposal: string; busyBoostBefore: number; busyBoostAfter: number; executedAtHour: number };
  orchestrator: { eventsApplied: number; transactionsSent: number; refusals: number };
}

export interface DemoOptions {
  hours?: number;
  storePath?: string;
  onProgress?: (hour: number, hours: number) => void;
  /** Called with the sandbox once the run is over (benchmarks replay its history). */
  onFinish?: (sandbox: Sandbox) => Promise<void>;
}

/** A bank with the whole protocol deployed and wired as in production (the demo's and the CLI's). */
export async function createSandbox() {
  const context = await start();
  const provider = new HarnessProvider(context);
  const now = async () => (await context.banksClient.getClock()).unixTimestamp;
  const fund = async (sol = 5) => {
    const keypair = Keypair.generate();
    await sendInstructions(provider, [SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: keypair.publicKey, lamports: sol * LAMPORTS_PER_SOL })]);
    return keypair;
  };
  const ata = async (mint: PublicKey, owner: PublicKey) => {
    const address = getAssociatedTokenAddressSync(mint, owner, true);
    await sendInstructions(provider, [createAssociatedTokenAccountIdempotentInstruction(provider.publicKey, address, owner, mint)]);
    return address;
  };
  const balance = async (account: PublicKey) => (await getAccount(provider.connection, account)).amount;

  // --- IO: initialize and genesis ---
  const token = new IoTokenClient(provider);
  const admin = await fund();
  await token.initialize(admin);
  const foundation = await fund();
  const community = await ata(token.mint, foundation.publicKey);
  const treasury = await ata(token.mint, governancePda());
  await token.genesis(
    admin,
    { seedInvestors: (await fund()).publicKey, seriesA: (await fund()).publicKey, coreContributors: (await fund()).publicKey },
    community,
    treasury,
  );
  const giveIo = async (owner: PublicKey, amount: bigint) => {
    const account = await ata(token.mint, owner);
    await sendInstructions(provider, [createTransferInstruction(community, account, foundation.publicKey, amount)], [foundation]);
    return account;
  };

  // --- a USDC-like tender ---
  const usdcAuthority = await fund();
  const usdcMint = Keypair.generate();
  await sendInstructions(
    provider,
    [
      SystemProgram.createAccount({
        fromPubkey: provider.publicKey,
        newAccountPubkey: usdcMint.publicKey,
        lamports: await provider.connection.getMinimumBalanceForRentExemption(MINT_SIZE),
        space: MINT_SIZE,
        programId: TOKEN_PROGRAM_ID,
      }),
      createInitializeMint2Instruction(usdcMint.publicKey, 6, usdcAuthority.publicKey, null),
    ],
    [usdcMint],
  );
  const giveUsdc = async (owner: PublicKey, amount: bigint) => {
    const account = await ata(usdcMint.publicKey, owner);
    await sendInstructions(provider, [createMintToInstruction(usdcMint.publicKey, account, usdcAuthority.publicKey, amount)], [usdcAuthority]);
    return account;
  };

  // --- credits (whose governed reservation fee the market charges), with a price publisher ---
  const credits = new IoCreditsClient(provider);
  const creditsGovernance = await fund();
  await credits.initialize(creditsGovernance.publicKey, {
    priceFeedId: IO_USD_FEED_ID,
    maxAgeS: 60,
    maxConfBps: 200,
    breakerWindowS: 86_400,
    breakerLimit: 1_000_000n * 1_000_000n,
    ioFeeBurnBps: 5_000,
    reservationFeeBps: 25,
  });
  const ioPriceAccount = Keypair.generate().publicKey;
  /** Posts a fresh IO/USD price (default $2.50 ± $0.001) as Pyth's receiver would. */
  const publishIoPrice = async (price = 250_000_000n) => {
    const publishTime = await now();
    const data = encodePriceUpdateV2({
      writeAuthority: Keypair.generate().publicKey,
      verificationLevel: { kind: "full" },
      priceMessage: { feedId: IO_USD_FEED_ID, price, conf: 100_000n, exponent: -8, publishTime, prevPublishTime: publishTime - 1n, emaPrice: price, emaConf: 100_000n },
      postedSlot: 1n,
    });
    context.setAccount(ioPriceAccount, { lamports: 10_000_000, data, owner: PYTH_RECEIVER_ID });
    return ioPriceAccount;
  };

  // --- rewards, market and DAO, wired as in production ---
  const rewards = new IoRewardsClient(provider);
  await rewards.initialize(governancePda(), cloudRewardsAuthorityPda());
  await token.setAuthority(admin, "emission", rewardsConfigPda());
  // io_rewards is wired with io_cloud's PDA as weight authority: every weight change reaches it.
  const cloud = new IoCloudClient(provider);
  const [cloudGovernance, orchestratorKey, verifier, slasher] = [await fund(), await fund(), await fund(), await fund()];
  await cloud.initialize(
    { governance: cloudGovernance.publicKey, orchestrator: orchestratorKey.publicKey, uptimeVerifier: verifier.publicKey, slashingAuthority: slasher.publicKey },
    token.mint,
  );
  for (const deviceClass of DEVICE_CLASSES) await cloud.setDeviceClass(cloudGovernance, deviceClass);
  await cloud.setTender(cloudGovernance, token.mint);
  await cloud.setTender(cloudGovernance, usdcMint.publicKey, { usdPegged: true });
  const dao = new IoDaoClient(provider);
  await dao.initialize(token.mint, { votingPeriodSecs: 6 * HOUR, timelockSecs: 2 * HOUR, quorumBps: 2_000, minProposalPower: IO(10_000) });

  return {
    context,
    provider,
    now,
    fund,
    ata,
    balance,
    token,
    admin,
    giveIo,
    giveUsdc,
    usdcMint: usdcMint.publicKey,
    credits,
    publishIoPrice,
    rewards,
    cloud,
    cloudGovernance,
    orchestratorKey,
    verifier,
    slasher,
    dao,
  };
}

export type Sandbox = Awaited<ReturnType<typeof createSandbox>>;

export async function runDemoEconomy(options: DemoOptions = {}): Promise<DemoReport> {
  const hours = options.hours ?? 48;
  const sandbox = await createSandbox();
  const { context, provider, now, fund, ata, balance, token, giveIo, giveUsdc, rewards, cloud, orchestratorKey, verifier, dao } = sandbox;
  const usdcMint = { publicKey: sandbox.usdcMint };
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
  for (const [i, spec] of layout.entries()) {
    const authority = await fund();
    const multiplier = DEVICE_CLASSES.find((c) => c.classId === spec.classId)!.multiplierBps;
    const stake = minStake(multiplier, spec.gpus);
    const ioAccount = await giveIo(authority.publicKey, stake);
    await ata(usdcMint.publicKey, authority.publicKey);
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
  const proveAll = async (skip?: WorkerAgent) => {
    const hour = (await now()) / 3_600n;
    for (const agent of agents) {
      const proof = agent === skip ? undefined : await agent.proveUptime(hour);
      await recordProof(cloud, verifier, agent.worker!, hour, proof);
    }
  };
  await proveAll();

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
    priceUpdate: sandbox.publishIoPrice,
  });
  const beat = async (except?: WorkerAgent) => {
    const at = await now();
    for (const agent of agents) if (agent !== except) agent.heartbeat(orchestrator, at);
  };
  await beat();
  await orchestrator.step();

  // --- 5 renters: three in USDC, two in IO ---
  const bookings = [
    { tender: "USDC", deviceClass: 1, gpus: 16, hours: 12, price: USDC(2) },
    { tender: "USDC", deviceClass: 2, gpus: 8, hours: 24, price: USDC(1) },
    { tender: "IO", deviceClass: 3, gpus: 4, hours: 36, price: IO(1) / 2n },
    { tender: "USDC", deviceClass: 4, gpus: 2, hours: 8, price: USDC(1) / 4n },
    { tender: "IO", deviceClass: 1, gpus: 8, hours: 20, price: IO(1) },
  ];
  const rentalTender = new Map<string, string>();
  for (const [i, b] of bookings.entries()) {
    const renter = await fund();
    const principal = b.price * BigInt(b.gpus) * BigInt(b.hours);
    const deposit = principal + principal / 10n;
    const renterToken = b.tender === "IO" ? await giveIo(renter.publicKey, deposit) : await giveUsdc(renter.publicKey, deposit);
    const { rental } = await cloud.book(renter, {
      nonce: BigInt(i + 1),
      deviceClass: b.deviceClass,
      gpus: b.gpus,
      hours: b.hours,
      pricePerGpuHour: b.price,
      tenderMint: b.tender === "IO" ? token.mint : usdcMint.publicKey,
      renterToken,
    });
    rentalTender.set(rental.toBase58(), b.tender);
  }
  await orchestrator.step();
  for (const rental of orchestrator.rentals()) for (const worker of rental.workers) await agents.find((a) => a.worker!.toBase58() === worker)?.runJob(new PublicKey(rental.id));

  // --- simulated time: proofs, heartbeats, settling, a failure, claims, a DAO vote ---
  const failing = agents.find((a) => orchestrator.rentals().some((r) => r.workers.includes(a.worker!.toBase58()) && r.deviceClass === 3))!;
  const failureRental = orchestrator.rentals().find((r) => r.workers.includes(failing.worker!.toBase58()))?.id;
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
  const busyBoostBefore = (await rewards.fetchConfig())!.pool.busyBoostBps;
  const series: DemoReport["supplyOverTime"] = [];
  const snapshot = async (hour: number) => {
    const status = await token.getSupplyStatus();
    const locked = await balance(dao.lockVault);
    let staked = 0n;
    for (const agent of agents) staked += BigInt((await cloud.fetchWorkerOrThrow(agent.worker!)).staked.toString());
    series.push({ hour, supply: String(status.supply), emitted: String(status.emissionMinted), lockedInVesting: String(status.lockedInVesting), lockedInDao: String(locked), staked: String(staked) });
  };
  await snapshot(0);

  for (let hour = 1; hour <= hours; hour++) {
    await context.advanceSeconds(HOUR);
    const failed = hour >= 3 && hour < 6 ? failing : undefined;
    await proveAll(failed);
    await beat(failed);
    await orchestrator.step();
    await orchestrator.settleAll();
    for (const rental of orchestrator.rentals()) for (const worker of rental.workers) await agents.find((a) => a.worker!.toBase58() === worker)?.runJob(new PublicKey(rental.id));
    if (hour % 6 === 0) for (const agent of agents) await agent.claimRewards();
    if (hour === 8) {
      proposal = (await dao.propose(voters[0], 0, { rewardsBusyBoost: { busyBoostBps: 30_000 } })).id;
      await dao.vote(voters[0], 0, proposal, "yes");
      await dao.vote(voters[1], 0, proposal, "yes");
      await dao.vote(voters[2], 0, proposal, "no");
    }
    if (hour === 15 && proposal !== undefined) await dao.finalize(proposal);
    if (hour === 17 && proposal !== undefined) {
      await dao.execute(proposal, [
        { pubkey: PROGRAM_IDS.io_rewards, isSigner: false, isWritable: false },
        { pubkey: governancePda(), isSigner: false, isWritable: false },
        { pubkey: rewardsConfigPda(), isSigner: false, isWritable: true },
      ]);
      executedAtHour = hour;
    }
    await snapshot(hour);
    options.onProgress?.(hour, hours);
  }
  for (const agent of agents) await agent.claimRewards();

  const replacedBy = orchestrator.rentals().find((r) => r.id === failureRental)?.workers.find((w) => !initialWorkers.has(w));
  const report: DemoReport = {
    simulatedHours: hours,
    supply: await token.getSupplyStatus(),
    supplyOverTime: series,
    fees: [
      { tender: "IO", vault: cloudFeeVaultPda(token.mint).toBase58(), collected: String(await balance(cloudFeeVaultPda(token.mint))) },
      { tender: "USDC", vault: cloudFeeVaultPda(usdcMint.publicKey).toBase58(), collected: String(await balance(cloudFeeVaultPda(usdcMint.publicKey))) },
    ],
    rentals: orchestrator.rentals().map((r) => ({
      rental: r.id,
      tender: rentalTender.get(r.id) ?? "?",
      gpus: r.gpus,
      workers: r.workers,
      deposited: String(r.deposited),
      paid: String(r.paid),
      refunded: String(r.refunded),
      fees: String(r.fees),
    })),
    rewards: agents.map((a, i) => ({
      worker: a.worker!.toBase58(),
      deviceClass: DEVICE_CLASSES.find((c) => c.classId === layout[i].classId)!.name,
      gpus: layout[i].gpus,
      claimed: String(a.claimed),
    })),
    failure: { worker: failing.worker!.toBase58(), replacedBy, rental: failureRental },
    dao: { proposal: String(proposal), busyBoostBefore, busyBoostAfter: (await rewards.fetchConfig())!.pool.busyBoostBps, executedAtHour },
    orchestrator: { eventsApplied: orchestrator.eventsApplied, transactionsSent: orchestrator.sent.length, refusals: orchestrator.refusals.length },
  };
  store.close();
  await options.onFinish?.(sandbox);
  return report;
}
