import { expect } from "chai";
import { PublicKey } from "@solana/web3.js";

import {
  governancePda,
  IO,
  IoDaoClient,
  IoRewardsClient,
  PROGRAM_IDS,
  rewardsConfigPda,
  theEvent,
  toBigInt,
} from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, HOUR } from "./support.js";
import { cloudWorld, CloudWorld, fundIo, H100, prove, ReadyWorker, readyWorker } from "./support_io_cloud.js";

const DAY = 86_400;
const YEAR = 365 * DAY;
const PARAMS = { votingPeriodSecs: 3 * DAY, timelockSecs: 2 * DAY, quorumBps: 2_000, minProposalPower: IO(1_000) };

/** io_cloud, io_rewards and io_dao wired as in production: the DAO governs rewards, io_cloud grants weights. */
async function governedEconomy() {
  // io_rewards governed by the DAO's PDA from its initialization, as in production.
  const world = await cloudWorld({ rewardsGovernance: governancePda() });
  const dao = new IoDaoClient(world.provider);
  await dao.initialize(world.ioMint, PARAMS);
  return { world, rewards: world.rewards, dao };
}

/**
 * Moves `hours` hours on; at each, the verifier records every worker's good proof, which is
 * where io_cloud renews its rewards lease (and a busy worker's boost allowance).
 */
async function advanceHours(world: CloudWorld, hours: number, workers: PublicKey[]) {
  for (let h = 0; h < hours; h++) {
    await world.context.advanceSeconds(Number(HOUR));
    for (const worker of workers) await prove(world, worker);
  }
}

async function claimAll(rewards: IoRewardsClient, workers: ReadyWorker[]): Promise<bigint[]> {
  const paid: bigint[] = [];
  for (const w of workers) {
    if ((await rewards.pendingRewards(w.worker)) === 0n) {
      paid.push(0n);
      continue;
    }
    const before = await balance(rewards.provider as never, w.io);
    await rewards.claim(w.authority, w.worker, w.io);
    paid.push((await balance(rewards.provider as never, w.io)) - before);
  }
  return paid;
}

describe("economy: io_cloud weights drive io_rewards, and a DAO vote changes busy_boost", () => {
  let world: CloudWorld;
  let rewards: IoRewardsClient;
  let dao: IoDaoClient;
  let busy: ReadyWorker;
  let idle: ReadyWorker;
  let rental: PublicKey;

  beforeEach(async () => {
    ({ world, rewards, dao } = await governedEconomy());
    busy = await readyWorker(world, { deviceClass: H100, gpus: 2 });
    idle = await readyWorker(world, { deviceClass: H100, gpus: 2 });
    // The busy boost is paid only up to the rental's fees (in IO): an IO rental whose 10% fee
    // (5,000 IO an hour) covers the boost the emission pays here (about 1,522 IO an hour at 2×,
    // 2,283 at 3×), so the tests below see it uncapped.
    await world.credits.setTender(world.paramsGovernance, world.ioMint, 1_000, true);
    const renter = await funded(world.provider);
    const hours = 200;
    const price = IO(25_000);
    const renterIo = await fundIo(world, renter.publicKey, (price * 2n * BigInt(hours) * 12n) / 10n);
    ({ rental } = await world.cloud.book(renter, {
      nonce: 1n,
      deviceClass: H100,
      gpus: 2,
      hours,
      pricePerGpuHour: price,
      tenderMint: world.ioMint,
      renterToken: renterIo,
    }));
    await world.cloud.assign(world.orchestrator, rental, [busy.worker]);
  });

  it("reports weights through io_cloud's PDA only: a direct weight change by anyone else is refused", async () => {
    const intruder = world.governance;
    const hour = (await clockNow(world.context)) / HOUR;
    await expectRefusal(
      rewards.updateWorker(intruder, idle.worker, {
        owner: intruder.publicKey,
        baseWeight: 10n ** 9n,
        busy: true,
        eligible: true,
        leaseEndHour: hour + 1n,
        allowanceAdd: 10n ** 18n,
      }),
      "UnauthorizedWeightAuthority",
      "io_rewards",
    );
    const reward = (await rewards.fetchWorkerReward(idle.worker))!;
    expect(reward.owner.equals(idle.authority.publicKey)).to.equal(true);
    expect(reward.busy).to.equal(false);
    // io_cloud's own grants: leased until the end of the hour after the proof; the busy worker
    // with an allowance from its rental's IO fees, the idle one with none.
    expect(toBigInt(reward.share.leaseEndHour)).to.equal(hour + 2n);
    expect(toBigInt(reward.share.boostAllowance)).to.equal(0n);
    const busyReward = (await rewards.fetchWorkerReward(busy.worker))!;
    expect(busyReward.busy).to.equal(true);
    expect(toBigInt(busyReward.share.leaseEndHour)).to.equal(hour + 2n);
    const account = (await world.cloud.fetchRental(rental))!;
    expect(toBigInt(account.boostBudget)).to.equal(toBigInt(account.fees));
    expect(toBigInt(busyReward.share.boostAllowance) > 0n).to.equal(true);
    expect(toBigInt(busyReward.share.boostAllowance) <= toBigInt(account.boostBudget)).to.equal(true);
  });

  it("pays a busy worker busy_boost (2x) what an idle one of the same weight earns", async () => {
    await claimAll(rewards, [busy, idle]);
    await advanceHours(world, 3, [busy.worker, idle.worker]);
    const [fromBusy, fromIdle] = await claimAll(rewards, [busy, idle]);
    expect(fromIdle > 0n).to.equal(true);
    expect(Number(fromBusy - 2n * fromIdle)).to.be.within(-2, 2);
    // The rental's fees covered the whole boost: nothing was withheld.
    expect((await rewards.status()).boostWithheld).to.equal(0n);
  });

  it("a failed uptime proof stops a worker's rewards from that second", async () => {
    await world.context.advanceSeconds(Number(HOUR));
    const hour = (await clockNow(world.context)) / HOUR;
    await prove(world, busy.worker);
    await world.cloud.recordUptime(world.verifier, idle.worker, { hour, ok: false, resultHash: new Uint8Array(32) });
    expect((await rewards.fetchWorkerReward(idle.worker))!.eligible).to.equal(false);
    const frozen = await rewards.pendingRewards(idle.worker);
    const busyBefore = await rewards.pendingRewards(busy.worker);
    await world.context.advanceSeconds(Number(HOUR));
    expect(await rewards.pendingRewards(idle.worker)).to.equal(frozen);
    expect((await rewards.pendingRewards(busy.worker)) > busyBefore).to.equal(true);
    await world.cloud.recordUptime(world.verifier, idle.worker, { hour: hour + 1n, ok: true, resultHash: new Uint8Array(32).fill(9) });
    expect((await rewards.fetchWorkerReward(idle.worker))!.eligible).to.equal(true);
  });

  it("refuses a direct busy_boost change without the DAO's signature", async () => {
    await expectRefusal(rewards.setBusyBoost(world.governance, 30_000), "Unauthorized", "io_rewards");
  });

  it("three holders vote busy_boost = 3; after the timelock anyone executes; rewards follow", async () => {
    const holders = [];
    for (const [amount, secs, kind] of [[IO(60_000), 4 * YEAR, "cliff"], [IO(30_000), YEAR, "constant"], [IO(20_000), 30 * DAY, "cliff"]] as const) {
      const keypair = (await readyWorker(world, { prove: false })).authority;
      const io = await fundIo(world, keypair.publicKey, amount);
      await dao.lock(keypair, 0, amount, kind, secs, io, world.ioMint);
      holders.push(keypair);
    }
    const { id, events } = await dao.propose(holders[0], 0, { rewardsBusyBoost: { busyBoostBps: 30_000 } });
    expect(events[0].name).to.equal("proposalCreated");
    await dao.vote(holders[0], 0, id, "yes");
    await dao.vote(holders[1], 0, id, "yes");
    await dao.vote(holders[2], 0, id, "no");

    await world.context.advanceSeconds(PARAMS.votingPeriodSecs);
    await dao.finalize(id);
    await expectRefusal(dao.execute(id), "TimelockNotOver", "io_dao");
    await world.context.advanceSeconds(PARAMS.timelockSecs);

    const targets = [
      { pubkey: PROGRAM_IDS.io_rewards, isSigner: false, isWritable: false },
      { pubkey: governancePda(), isSigner: false, isWritable: false },
      { pubkey: rewardsConfigPda(), isSigner: false, isWritable: true },
    ];
    const wrong = [{ ...targets[0], pubkey: PROGRAM_IDS.io_credits }, targets[1], targets[2]];
    await expectRefusal(dao.execute(id, { targetAccounts: wrong }), "WrongTarget", "io_dao");
    const executor = (await readyWorker(world, { prove: false })).authority;
    const executed = await dao.execute(id, { executor });
    expect(theEvent(executed, "busyBoostChanged").data.busyBoostBps).to.equal(30_000);
    expect((await rewards.fetchConfig())!.pool.busyBoostBps).to.equal(30_000);
    await expectRefusal(dao.execute(id), "AlreadyExecuted", "io_dao");

    // Workers missed proofs while the vote ran: their leases lapsed, and a new proof grants them
    // weight again (the busy one with the allowance its rental accrued meanwhile). A
    // permissionless re-sync right after changes no weight.
    for (const w of [busy, idle]) await prove(world, w.worker);
    const weights = async () => (await rewards.fetchConfig())!.pool;
    const proved = await weights();
    await world.cloud.syncRewards([busy.worker, idle.worker]);
    const synced = await weights();
    expect([toBigInt(synced.idleWeight), toBigInt(synced.busyWeight)]).to.deep.equal([toBigInt(proved.idleWeight), toBigInt(proved.busyWeight)]);
    expect(toBigInt(synced.busyWeight)).to.equal(200_000n);
    await claimAll(rewards, [busy, idle]);
    await advanceHours(world, 3, [busy.worker, idle.worker]);
    const [fromBusy, fromIdle] = await claimAll(rewards, [busy, idle]);
    expect(Number(fromBusy - 3n * fromIdle)).to.be.within(-3, 3);
    expect((await rewards.status()).boostWithheld).to.equal(0n);
  });

  it("refuses a change outside io_rewards' bounds when executed", async () => {
    const holder = (await readyWorker(world, { prove: false })).authority;
    // Enough locked IO for quorum on its own.
    const io = await fundIo(world, holder.publicKey, IO(2_000_000));
    await dao.lock(holder, 5, IO(2_000_000), "cliff", 4 * YEAR, io, world.ioMint);
    const { id } = await dao.propose(holder, 5, { rewardsBusyBoost: { busyBoostBps: 900_000 } });
    await dao.vote(holder, 5, id, "yes");
    await world.context.advanceSeconds(PARAMS.votingPeriodSecs);
    await dao.finalize(id);
    await world.context.advanceSeconds(PARAMS.timelockSecs);
    await expectRefusal(dao.execute(id), "BusyBoostTooHigh", "io_rewards");
  });
});
