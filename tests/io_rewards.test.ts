import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";
import { createMint } from "@solana/spl-token";

import { HarnessProvider } from "@ionet/harness";
import {
  cumulativeEmission,
  EMISSION_POOL,
  ioMintPda,
  errorNames,
  IoProgramError,
  IoRewardsClient,
  ONE_IO,
  PROGRAM_IDS,
  releasedAt,
  sendInstructions,
  theEvent,
  toBigInt,
  tokenConfigPda,
  workerRewardPda,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, HOUR, hourOf, initializedToken, snapshot, tokenAccount } from "./support.js";
import {
  abs,
  claim,
  newWorker,
  now,
  report,
  rewardsWorld,
  RewardsWorld,
  setTime,
  TestWorker,
  UNCAPPED,
} from "./support_io_rewards.js";


/** `|actual − expected| <= 1` base unit. */
function expectWithinOne(actual: bigint, expected: bigint, what: string): void {
  expect(abs(actual - expected) <= 1n, `${what}: ${actual} vs ${expected}`).to.equal(true);
}

describe("io_rewards: initialize", () => {
  let world: RewardsWorld;

  before(async () => {
    world = await rewardsWorld();
  });

  it("creates the config with the schedule's start, governance, weight authority and defaults", async () => {
    const config = (await world.rewards.fetchConfig())!;
    expect(config.governance.equals(world.governance.publicKey)).to.equal(true);
    expect(config.weightAuthority.equals(world.weightAuthority.publicKey)).to.equal(true);
    expect(config.tokenConfig.equals(tokenConfigPda())).to.equal(true);
    expect(config.mint.equals(ioMintPda())).to.equal(true);
    expect(toBigInt(config.pool.startTime)).to.equal(world.start);
    expect(config.pool.emissionScaleBps).to.equal(10_000);
    expect(config.pool.busyBoostBps).to.equal(20_000);
    expect(toBigInt(config.seq)).to.equal(1n);
    const token = (await world.token.fetchConfig())!;
    expect(token.emissionAuthority.equals(world.rewards.config)).to.equal(true);
  });

  it("refuses a second initialize with AlreadyInitialized and changes nothing", async () => {
    const before = await snapshot(world.provider, [world.rewards.config]);
    await expectRefusal(
      world.rewards.initialize(Keypair.generate().publicKey, Keypair.generate().publicKey, 0n),
      "AlreadyInitialized",
      "io_rewards",
    );
    expect(await snapshot(world.provider, [world.rewards.config])).to.deep.equal(before);
  });

  it("refuses a default authority with InvalidAuthority and a negative start with InvalidStartTime", async () => {
    const fresh = await initializedToken();
    const rewards = new IoRewardsClient(fresh.provider);
    const key = Keypair.generate().publicKey;
    await expectRefusal(rewards.initialize(PublicKey.default, key, 0n), "InvalidAuthority", "io_rewards");
    await expectRefusal(rewards.initialize(key, PublicKey.default, 0n), "InvalidAuthority", "io_rewards");
    await expectRefusal(rewards.initialize(key, key, -1n), "InvalidStartTime", "io_rewards");
    expect(await rewards.fetchConfig()).to.equal(null);
  });
});

describe("io_rewards: worker weights", () => {
  let world: RewardsWorld;
  /** Not registered until `grantFirst()`. */
  let worker: TestWorker;
  /** The first report of `worker`: registers it and grants 8 H100 GPUs busy, with a 5,000 allowance. */
  const grantFirst = () => report(world, worker, { baseWeight: 100_000n * 8n, busy: true, allowanceAdd: 5_000n });

  beforeEach(async () => {
    world = await rewardsWorld();
    worker = await newWorker(world, null);
  });

  it("the weight authority registers the worker's reward account, then grants its weight under a lease", async () => {
    const hour = hourOf(await now(world));
    const result = await grantFirst();
    // One transaction: rewards_register_worker (the account, no weight), then rewards_update_worker.
    const updated = result.events.filter((e) => e.name === "workerRewardUpdated").map((e) => e.data);
    expect(updated).to.have.length(2);
    for (const [i, event] of updated.entries()) {
      expect(event.header.entity.equals(worker.reward)).to.equal(true);
      expect(toBigInt(event.header.seq)).to.equal(BigInt(i + 1));
      expect(event.worker.equals(worker.worker)).to.equal(true);
      expect(event.owner.equals(worker.owner.publicKey)).to.equal(true);
    }
    expect(toBigInt(updated[0].weight)).to.equal(0n);
    expect(toBigInt(updated[1].weight)).to.equal(800_000n * 20_000n);
    expect(toBigInt(updated[1].leaseEndHour)).to.equal(hour + 2n);
    expect(toBigInt(updated[1].boostAllowance)).to.equal(5_000n);
    const accrued = result.events.filter((e) => e.name === "rewardsAccrued").map((e) => e.data);
    expect(accrued.map((e) => toBigInt(e.header.seq))).to.deep.equal([2n, 3n]);
    for (const event of accrued) {
      expect(event.header.entity.equals(world.rewards.config)).to.equal(true);
      expect(toBigInt(event.registeredWorkers)).to.equal(1n);
    }
    expect(toBigInt(accrued[0].pool.busyWeight)).to.equal(0n);
    expect(toBigInt(accrued[1].pool.busyWeight)).to.equal(800_000n);
    // The pool knows when that weight lapses: at the start of hour + 2.
    const expiring = accrued[1].pool.expiring.map((e: any) => [toBigInt(e.hour), toBigInt(e.idle), toBigInt(e.busy)]);
    expect(expiring).to.deep.include([hour + 2n, 0n, 800_000n]);
    const reward = (await world.rewards.fetchWorkerReward(worker.worker))!;
    expect(reward.worker.equals(worker.worker)).to.equal(true);
    expect(reward.busy).to.equal(true);
    expect(reward.eligible).to.equal(true);
    expect(Object.keys(reward.share.class)[0]).to.equal("busy");
    expect(toBigInt(reward.share.leaseEndHour)).to.equal(hour + 2n);
    expect(toBigInt(reward.share.boostAllowance)).to.equal(5_000n);
  });

  it("a second report moves the weight between classes without registering again", async () => {
    await grantFirst();
    const result = await report(world, worker, { baseWeight: 100_000n * 8n, busy: false });
    const accrued = theEvent(result, "rewardsAccrued").data;
    expect(toBigInt(accrued.registeredWorkers)).to.equal(1n);
    expect(toBigInt(accrued.pool.busyWeight)).to.equal(0n);
    expect(toBigInt(accrued.pool.idleWeight)).to.equal(800_000n);
    expect(toBigInt(theEvent(result, "workerRewardUpdated").data.header.seq)).to.equal(3n);
    // The allowance is kept unless a grant resets it.
    expect(toBigInt(theEvent(result, "workerRewardUpdated").data.boostAllowance)).to.equal(5_000n);
  });

  it("registering again only updates the owner; a grant to an unregistered worker is refused", async () => {
    await grantFirst();
    const other = await newWorker(world, null);
    const ix = await world.rewards.registerWorkerIx(world.weightAuthority.publicKey, other.worker, other.owner.publicKey);
    const first = await sendInstructions(world.provider, [ix], [world.weightAuthority]);
    expect(toBigInt(theEvent(first, "rewardsAccrued").data.registeredWorkers)).to.equal(2n);
    expect(toBigInt(theEvent(first, "workerRewardUpdated").data.weight)).to.equal(0n);
    const owner = Keypair.generate().publicKey;
    const again = await world.rewards.registerWorkerIx(world.weightAuthority.publicKey, other.worker, owner);
    const second = await sendInstructions(world.provider, [again], [world.weightAuthority]);
    expect(toBigInt(theEvent(second, "rewardsAccrued").data.registeredWorkers)).to.equal(2n);
    expect((await world.rewards.fetchWorkerReward(other.worker))!.owner.equals(owner)).to.equal(true);
    // rewards_update_worker creates nothing: without a registration there is no account to grant.
    const unknown = Keypair.generate().publicKey;
    const grant = await world.rewards.updateWorkerIx(world.weightAuthority.publicKey, unknown, {
      owner,
      baseWeight: 1n,
      busy: false,
      eligible: true,
      leaseEndHour: hourOf(await now(world)) + 1n,
    });
    await expectRefusal(sendInstructions(world.provider, [grant], [world.weightAuthority]), "AccountNotInitialized", "io_rewards");
    expect(await snapshot(world.provider, [workerRewardPda(unknown)])).to.deep.equal(["none"]);
  });

  it("refuses any other signer with UnauthorizedWeightAuthority and changes nothing", async () => {
    await grantFirst();
    const intruder = await funded(world.provider);
    const watched = [world.rewards.config, worker.reward];
    const before = await snapshot(world.provider, watched);
    const leaseEndHour = hourOf(await now(world)) + 1n;
    await expectRefusal(
      world.rewards.updateWorker(intruder, worker.worker, {
        owner: intruder.publicKey,
        baseWeight: 10n ** 9n,
        busy: true,
        eligible: true,
        leaseEndHour,
        allowanceAdd: 10n ** 9n,
      }),
      "UnauthorizedWeightAuthority",
      "io_rewards",
    );
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    // Nor can it register a reward account for a new worker.
    const other = Keypair.generate().publicKey;
    await expectRefusal(
      world.rewards.updateWorker(intruder, other, { owner: intruder.publicKey, baseWeight: 1n, busy: false, eligible: true, leaseEndHour }),
      "UnauthorizedWeightAuthority",
      "io_rewards",
    );
    expect(await snapshot(world.provider, [workerRewardPda(other)])).to.deep.equal(["none"]);
  });

  it("refuses a base weight above MAX_BASE_WEIGHT with BaseWeightTooLarge", async () => {
    await grantFirst();
    const watched = [world.rewards.config, worker.reward];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(report(world, worker, { baseWeight: 10n ** 12n + 1n }), "BaseWeightTooLarge", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    await report(world, worker, { baseWeight: 10n ** 12n });
  });

  it("refuses the default key as owner with InvalidOwner", async () => {
    await grantFirst();
    const watched = [world.rewards.config, worker.reward];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(
      world.rewards.updateWorker(world.weightAuthority, worker.worker, {
        owner: PublicKey.default,
        baseWeight: 1n,
        busy: false,
        eligible: true,
        leaseEndHour: hourOf(await now(world)) + 1n,
      }),
      "InvalidOwner",
      "io_rewards",
    );
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  /** Lease ends refused at 1,234 s into hour 5, by their offset from that hour. */
  const refusedLeaseEnds: [string, (hour: bigint) => bigint][] = [
    ["hour 0", () => 0n],
    ["the hour before", (hour) => hour - 1n],
    ["the current hour", (hour) => hour],
    ["three boundaries ahead", (hour) => hour + 3n],
    ["1,000 hours ahead", (hour) => hour + 1_000n],
  ];
  for (const [what, leaseEnd] of refusedLeaseEnds) {
    it(`refuses a lease ending at ${what}, idle or busy, with InvalidLease and changes nothing`, async () => {
      await grantFirst();
      await setTime(world, 5n * HOUR + 1_234n);
      const leaseEndHour = leaseEnd(hourOf(await now(world)));
      const watched = [world.rewards.config, worker.reward];
      const before = await snapshot(world.provider, watched);
      await expectRefusal(report(world, worker, { baseWeight: 5n, leaseEndHour }), "InvalidLease", "io_rewards");
      await expectRefusal(report(world, worker, { baseWeight: 5n, busy: true, leaseEndHour }), "InvalidLease", "io_rewards");
      expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    });
  }

  it("accepts a lease ending at either of the next two boundaries; an ineligible grant ignores the lease", async () => {
    await grantFirst();
    await setTime(world, 5n * HOUR + 1_234n);
    const hour = hourOf(await now(world));
    for (const leaseEndHour of [hour + 1n, hour + 2n]) {
      await report(world, worker, { baseWeight: 5n, leaseEndHour });
      expect(toBigInt((await world.rewards.fetchWorkerReward(worker.worker))!.share.leaseEndHour)).to.equal(leaseEndHour);
    }
    await report(world, worker, { baseWeight: 5n, eligible: false, leaseEndHour: hour + 9n });
    expect(toBigInt((await world.rewards.fetchWorkerReward(worker.worker))!.share.leaseEndHour)).to.equal(0n);
    await report(world, worker, { baseWeight: 5n });
  });

  it("governance registers a new weight authority; others are refused (Unauthorized, InvalidAuthority)", async () => {
    await grantFirst();
    const before = await snapshot(world.provider, [world.rewards.config]);
    const intruder = await funded(world.provider);
    await expectRefusal(world.rewards.setWeightAuthority(intruder, intruder.publicKey), "Unauthorized", "io_rewards");
    await expectRefusal(
      world.rewards.setWeightAuthority(world.governance, PublicKey.default),
      "InvalidAuthority",
      "io_rewards",
    );
    expect(await snapshot(world.provider, [world.rewards.config])).to.deep.equal(before);
    const next = await funded(world.provider);
    const result = await world.rewards.setWeightAuthority(world.governance, next.publicKey);
    const event = theEvent(result, "weightAuthorityChanged").data;
    expect(event.previous.equals(world.weightAuthority.publicKey)).to.equal(true);
    expect(event.weightAuthority.equals(next.publicKey)).to.equal(true);
    await expectRefusal(report(world, worker, { baseWeight: 5n }), "UnauthorizedWeightAuthority", "io_rewards");
    world.weightAuthority = next;
    await report(world, worker, { baseWeight: 5n });
  });
});

describe("io_rewards: distribution over time", () => {
  it("two workers of different weights over 10 hours are paid in the ratio of their weights, to a base unit", async () => {
    const world = await rewardsWorld();
    const a = await newWorker(world, { baseWeight: 25_000n }); // an RTX 4070 (0.25×)
    const b = await newWorker(world, { baseWeight: 100_000n * 3n }); // three H100s (10× each)
    // Both keep their weight: each hour boundary renews their leases.
    await setTime(world, 10n * HOUR, [a, b]);
    const paidA = await claim(world, a);
    const paidB = await claim(world, b);
    const released = cumulativeEmission(10);
    // Exact shares: released × 25,000 / 325,000 and released × 300,000 / 325,000.
    expectWithinOne(paidA, (released * 25_000n) / 325_000n, "worker A");
    expectWithinOne(paidB, (released * 300_000n) / 325_000n, "worker B");
    // The ratio 1 : 12, to a base unit.
    expect(abs(paidA * 12n - paidB) <= 12n).to.equal(true);
    expect(await balance(world.provider, a.destination)).to.equal(paidA);
    expect(await balance(world.provider, b.destination)).to.equal(paidB);
    expect(paidA + paidB <= released).to.equal(true);
    expect(released - paidA - paidB <= 2n).to.equal(true);
  });

  it("a worker turning busy earns at busy_boost from that second", async () => {
    const world = await rewardsWorld();
    const a = await newWorker(world, { baseWeight: 1_000n });
    const b = await newWorker(world, { baseWeight: 1_000n });
    const turn = HOUR + 17n;
    await setTime(world, turn, [a, b]);
    expectWithinOne(await world.rewards.pendingRewards(a.worker), releasedAt(0n, turn) / 2n, "A before");
    // An allowance that never binds: the boost is paid in full.
    await report(world, a, { baseWeight: 1_000n, busy: true, allowanceAdd: UNCAPPED });
    // One second later, A has earned 2/3 of that second's emission; B 1/3.
    const oneSecond = releasedAt(0n, turn + 1n) - releasedAt(0n, turn);
    await setTime(world, turn + 1n);
    const before = releasedAt(0n, turn) / 2n;
    expectWithinOne(await world.rewards.pendingRewards(a.worker), before + (oneSecond * 2n) / 3n, "A after 1 s");
    expectWithinOne(await world.rewards.pendingRewards(b.worker), before + oneSecond / 3n, "B after 1 s");
    // And so on for the rest of the window.
    const end = turn + 2n * HOUR + 5n;
    await setTime(world, end, [a, b]);
    const later = releasedAt(0n, end) - releasedAt(0n, turn);
    const paidA = await claim(world, a);
    const paidB = await claim(world, b);
    expectWithinOne(paidA, before + (later * 2n) / 3n, "A");
    expectWithinOne(paidB, before + later / 3n, "B");
  });

  it("an ineligible worker earns nothing, and a worker turning ineligible stops earning", async () => {
    const world = await rewardsWorld();
    const active = await newWorker(world, { baseWeight: 1_000n });
    const off = await newWorker(world, { baseWeight: 100_000n, busy: true, eligible: false });
    const leaving = await newWorker(world, { baseWeight: 1_000n });
    await setTime(world, HOUR, [active, off, leaving]);
    await report(world, leaving, { baseWeight: 1_000n, eligible: false });
    const frozen = await world.rewards.pendingRewards(leaving.worker);
    expectWithinOne(frozen, cumulativeEmission(1) / 2n, "leaving after 1 h");
    // Renewals pass over the ineligible workers: only `active` is granted again.
    await setTime(world, 5n * HOUR, [active, off, leaving]);
    expect(await world.rewards.pendingRewards(off.worker)).to.equal(0n);
    expect(await world.rewards.pendingRewards(leaving.worker)).to.equal(frozen);
    const watched = [world.rewards.config, off.reward, off.destination];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(world.rewards.claim(off.owner, off.worker, off.destination), "NothingToClaim", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    expect(await claim(world, leaving)).to.equal(frozen);
    expectWithinOne(await claim(world, active), cumulativeEmission(5) - frozen, "active");
  });

  it("a weight not renewed lapses at its lease's end: it earns its share exactly up to that boundary", async () => {
    const world = await rewardsWorld();
    const kept = await newWorker(world, { baseWeight: 10n });
    // Granted at the start, leased until the start of hour 2 of the schedule; never renewed.
    const silent = await newWorker(world, { baseWeight: 30n });
    const leaseEnd = hourOf(world.start) + 2n;
    expect(toBigInt((await world.rewards.fetchWorkerReward(silent.worker))!.share.leaseEndHour)).to.equal(leaseEnd);
    const end = 6n * HOUR + 5n;
    await setTime(world, end, [kept]);
    const split = cumulativeEmission(2);
    // Three quarters of the first two hours, nothing since, however late it settles.
    expectWithinOne(await world.rewards.pendingRewards(silent.worker), (split * 3n) / 4n, "silent, pending");
    // The pool dropped its weight at the boundary and kept both indices there for it.
    const config = (await world.rewards.fetchConfig())!;
    expect(toBigInt(config.pool.idleWeight)).to.equal(10n);
    expect(config.checkpoints.some((c: any) => toBigInt(c.hour) === leaseEnd && toBigInt(c.indexIdle) > 0n)).to.equal(true);
    const paidSilent = await claim(world, silent);
    expectWithinOne(paidSilent, (split * 3n) / 4n, "silent");
    const paidKept = await claim(world, kept);
    expect(abs(paidKept - (split / 4n + releasedAt(0n, end) - split)) <= 2n, `kept: ${paidKept}`).to.equal(true);
    expect(releasedAt(0n, end) - paidSilent - paidKept <= 2n).to.equal(true);
    // A new grant brings it back from that second.
    await report(world, silent, { baseWeight: 30n });
    await setTime(world, end + 100n);
    const since = releasedAt(0n, end + 100n) - releasedAt(0n, end);
    expectWithinOne(await world.rewards.pendingRewards(silent.worker), (since * 3n) / 4n, "silent, granted again");
  });

  it("pendingRewards equals what the claim then pays", async () => {
    const world = await rewardsWorld();
    const a = await newWorker(world, { baseWeight: 7_777n });
    // An allowance that runs out in the second hour: the view follows the cap as well.
    const b = await newWorker(world, { baseWeight: 12_345n, busy: true, allowanceAdd: 2n * 10n ** 11n });
    for (const [at, worker, renew] of [
      [HOUR / 2n + 3n, a, true],
      [3n * HOUR + 11n, b, true],
      [3n * HOUR + 11n, a, true],
      [40n * HOUR + 1n, b, true],
      // No renewal after 40 h: a's lease lapsed at 42 h; it settles against that boundary's checkpoint.
      [1_000n * HOUR, a, false],
    ] as [bigint, TestWorker, boolean][]) {
      await setTime(world, at, renew ? [a, b] : []);
      const pending = await world.rewards.pendingRewards(worker.worker);
      const before = await balance(world.provider, worker.destination);
      expect(await claim(world, worker)).to.equal(pending);
      expect((await balance(world.provider, worker.destination)) - before).to.equal(pending);
      expect(await world.rewards.pendingRewards(worker.worker)).to.equal(0n);
    }
    expect(toBigInt((await world.rewards.fetchWorkerReward(b.worker))!.share.boostAllowance)).to.equal(0n);
    expect((await world.rewards.status()).boostWithheld > 0n).to.equal(true);
  });

  it("emissions released while no worker has weight are not lost: the next workers with weight receive them", async () => {
    const world = await rewardsWorld();
    // Two hours without any worker: the crank parks the release in `unallocated`.
    await setTime(world, 2n * HOUR);
    const cranked = theEvent(await world.rewards.crank(), "rewardsAccrued").data;
    expect(toBigInt(cranked.pool.unallocated)).to.equal(cumulativeEmission(2));
    expect(toBigInt(cranked.pool.distributed)).to.equal(0n);
    // A worker arrives; from the next accrual on it holds the parked emissions too.
    const a = await newWorker(world, { baseWeight: 3n });
    const status = await world.rewards.status();
    expect(status.unallocated).to.equal(0n);
    expect(status.distributed).to.equal(cumulativeEmission(2));
    expectWithinOne(await world.rewards.pendingRewards(a.worker), cumulativeEmission(2), "right after arriving");
    // All workers become ineligible for an hour: that hour waits too.
    await setTime(world, 3n * HOUR, [a]);
    await report(world, a, { baseWeight: 3n, eligible: false });
    await setTime(world, 4n * HOUR);
    await world.rewards.crank();
    const parked = (await world.rewards.status()).unallocated;
    expect(parked).to.equal(cumulativeEmission(4) - cumulativeEmission(3));
    await report(world, a, { baseWeight: 3n, eligible: true });
    await setTime(world, 5n * HOUR, [a]);
    // Everything released in five hours reaches the only worker, to a base unit.
    expectWithinOne(await claim(world, a), cumulativeEmission(5), "after 5 h");
    // So do the hours after its lease lapsed, once it is granted weight again.
    await setTime(world, 9n * HOUR);
    expect((await world.rewards.status()).unallocated).to.equal(cumulativeEmission(9) - cumulativeEmission(7));
    await report(world, a, { baseWeight: 3n });
    expectWithinOne(await claim(world, a), cumulativeEmission(9) - cumulativeEmission(5), "after 9 h");
  });

  it("twenty years on, one worker has been paid the whole 300M pool and io_token's ledger holds there", async () => {
    const world = await rewardsWorld();
    const a = await newWorker(world, { baseWeight: 1n });
    // Its lease lapses after two hours; what is released after waits in `unallocated` and goes to
    // the only worker the moment it is granted weight again (sparing 87,600 hourly renewals).
    await setTime(world, 87_600n * HOUR);
    await report(world, a, { baseWeight: 1n });
    const half = await claim(world, a);
    expectWithinOne(half, cumulativeEmission(87_600), "after 10 years");
    await setTime(world, 175_319n * HOUR + 123n);
    await report(world, a, { baseWeight: 1n });
    const rest = await claim(world, a);
    expectWithinOne(half + rest, EMISSION_POOL, "after 20 years");
    expect(toBigInt((await world.token.fetchConfig())!.emissionMinted)).to.equal(half + rest);
    await setTime(world, 200_000n * HOUR);
    await report(world, a, { baseWeight: 1n });
    await expectRefusal(claim(world, a), "NothingToClaim", "io_rewards");
  });
});

describe("io_rewards: busy-boost allowance", () => {
  it("pays a busy worker at most its allowance above what it would earn idle; the rest is withheld, paid to no one", async () => {
    const world = await rewardsWorld();
    const allowance = 100n * ONE_IO;
    const busy = await newWorker(world, { baseWeight: 10n, busy: true, allowanceAdd: allowance });
    const idle = await newWorker(world, { baseWeight: 10n });
    expect(toBigInt((await world.rewards.fetchWorkerReward(busy.worker))!.share.boostAllowance)).to.equal(allowance);
    await setTime(world, 4n * HOUR, [busy, idle]);
    const released = cumulativeEmission(4);
    const pending = await world.rewards.pendingRewards(busy.worker);
    const paidBusy = await claim(world, busy);
    expect(paidBusy).to.equal(pending);
    const paidIdle = await claim(world, idle);
    // At 2× the busy worker's idle counterfactual is a third, what the idle worker earns; the
    // boost adds its allowance and no more.
    const third = released / 3n;
    expect(abs(paidBusy - (third + allowance)) <= 2n, `busy: ${paidBusy}`).to.equal(true);
    expect(abs(paidIdle - third) <= 2n, `idle: ${paidIdle}`).to.equal(true);
    expect(toBigInt((await world.rewards.fetchWorkerReward(busy.worker))!.share.boostAllowance)).to.equal(0n);
    const status = await world.rewards.status();
    expect(abs(status.boostWithheld - (third - allowance)) <= 3n, `withheld: ${status.boostWithheld}`).to.equal(true);
    // Everything distributed is claimed or withheld (to the dust of a base unit).
    expect(status.distributed - status.claimed - status.boostWithheld <= 3n).to.equal(true);
    expect(toBigInt((await world.token.fetchConfig())!.emissionMinted)).to.equal(paidBusy + paidIdle);
    // A further allowance resumes the boost; a reset drops what is left before adding.
    await report(world, busy, { baseWeight: 10n, busy: true, allowanceAdd: 500n });
    expect(toBigInt((await world.rewards.fetchWorkerReward(busy.worker))!.share.boostAllowance)).to.equal(500n);
    await report(world, busy, { baseWeight: 10n, busy: true, allowanceAdd: 20n, allowanceReset: true });
    expect(toBigInt((await world.rewards.fetchWorkerReward(busy.worker))!.share.boostAllowance)).to.equal(20n);
    await setTime(world, 5n * HOUR, [busy, idle]);
    const hour = cumulativeEmission(5) - cumulativeEmission(4);
    expect(abs((await claim(world, busy)) - (hour / 3n + 20n)) <= 2n).to.equal(true);
  });
});

describe("io_rewards: claim", () => {
  let world: RewardsWorld;
  let worker: TestWorker;

  beforeEach(async () => {
    world = await rewardsWorld();
    worker = await newWorker(world, { baseWeight: 10n });
    await setTime(world, HOUR, [worker]);
  });

  it("mints through io_token's emission gate into the owner's account", async () => {
    const pending = await world.rewards.pendingRewards(worker.worker);
    const seq = toBigInt((await world.rewards.fetchWorkerReward(worker.worker))!.seq);
    const result = await world.rewards.claim(worker.owner, worker.worker, worker.destination);
    const minted = theEvent(result, "emissionMinted");
    expect(minted.program).to.equal("io_token");
    expect(toBigInt(minted.data.amount)).to.equal(pending);
    const claimed = theEvent(result, "rewardsClaimed").data;
    expect(toBigInt(claimed.amount)).to.equal(pending);
    expect(toBigInt(claimed.claimed)).to.equal(pending);
    expect(claimed.destination.equals(worker.destination)).to.equal(true);
    expect(toBigInt(claimed.header.seq)).to.equal(seq + 1n);
    // The CPI into io_token shows in the logs at depth 2.
    expect(result.logs).to.include(`Program ${PROGRAM_IDS.io_token.toBase58()} invoke [2]`);
    const status = await world.token.getSupplyStatus();
    expect(status.emissionMinted).to.equal(pending);
    expect(await balance(world.provider, worker.destination)).to.equal(pending);
  });

  it("refuses anyone but the worker's owner with NotWorkerOwner and changes nothing", async () => {
    await setTime(world, 2n * HOUR, [worker]);
    const intruder = await funded(world.provider);
    const account = await tokenAccount(world.provider, world.token.mint, intruder.publicKey);
    const watched = [world.rewards.config, worker.reward, account, world.token.config];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(world.rewards.claim(intruder, worker.worker, account), "NotWorkerOwner", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("refuses a destination of another mint with WrongMint", async () => {
    const other = await createMint(world.provider.connection, world.context.payer, world.context.payer.publicKey, null, 8);
    const account = await tokenAccount(world.provider, other, worker.owner.publicKey);
    const watched = [world.rewards.config, worker.reward, account];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(world.rewards.claim(worker.owner, worker.worker, account), "WrongMint", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("refuses a claim with nothing accrued with NothingToClaim", async () => {
    await claim(world, worker);
    const watched = [world.rewards.config, worker.reward, worker.destination];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(world.rewards.claim(worker.owner, worker.worker, worker.destination), "NothingToClaim", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("is refused by io_token (UnauthorizedEmitter) until the rewards config is the registered emitter", async () => {
    const unregistered = await rewardsWorld(false);
    const a = await newWorker(unregistered, { baseWeight: 1n });
    await setTime(unregistered, HOUR);
    const watched = [unregistered.rewards.config, a.reward, a.destination, unregistered.token.config];
    const before = await snapshot(unregistered.provider, watched);
    let caught: unknown;
    try {
      await unregistered.rewards.claim(a.owner, a.worker, a.destination);
    } catch (err) {
      caught = err;
    }
    // io_token refuses inside the CPI; the error reaches the transaction through io_rewards.
    // (errors.ts attributes a CPI-propagated code to the outermost failing program, so the
    // check reads the logs: io_token failed with its UnauthorizedEmitter.)
    expect(caught).to.be.instanceOf(IoProgramError);
    const error = caught as IoProgramError;
    const unauthorizedEmitter = 6000 + errorNames("io_token").indexOf("UnauthorizedEmitter");
    expect(error.code).to.equal(unauthorizedEmitter);
    const tokenId = PROGRAM_IDS.io_token.toBase58();
    expect(error.logs).to.include(`Program ${tokenId} failed: custom program error: 0x${unauthorizedEmitter.toString(16)}`);
    expect(error.logs.some((l) => l.includes("Error Code: UnauthorizedEmitter"))).to.equal(true);
    expect(await snapshot(unregistered.provider, watched)).to.deep.equal(before);
  });
});

describe("io_rewards: crank", () => {
  it("anyone brings the accumulator to now", async () => {
    const world = await rewardsWorld();
    const worker = await newWorker(world, { baseWeight: 10n });
    await setTime(world, 3n * HOUR + 600n, [worker]);
    const stranger = await funded(world.provider);
    const ix = await world.rewards.crankIx();
    const theirs = new HarnessProvider(world.context, stranger);
    const result = await sendInstructions(theirs, [ix]);
    const pool = theEvent(result, "rewardsAccrued").data.pool;
    expect(toBigInt(pool.lastAccrual)).to.equal(world.start + 3n * HOUR + 600n);
    expect(toBigInt(pool.scheduleReleased)).to.equal(releasedAt(0n, 3n * HOUR + 600n));
    expect(toBigInt(pool.distributed)).to.equal(releasedAt(0n, 3n * HOUR + 600n));
  });
});

describe("io_rewards: governed parameters", () => {
  let world: RewardsWorld;
  let a: TestWorker;
  let b: TestWorker;

  beforeEach(async () => {
    world = await rewardsWorld();
    a = await newWorker(world, { baseWeight: 10n, busy: true, allowanceAdd: UNCAPPED });
    b = await newWorker(world, { baseWeight: 10n });
  });

  it("refuses parameter changes by anyone but governance with Unauthorized", async () => {
    const intruder = await funded(world.provider);
    const before = await snapshot(world.provider, [world.rewards.config]);
    await expectRefusal(world.rewards.setEmissionScale(intruder, 5_000), "Unauthorized", "io_rewards");
    await expectRefusal(world.rewards.setBusyBoost(intruder, 30_000), "Unauthorized", "io_rewards");
    expect(await snapshot(world.provider, [world.rewards.config])).to.deep.equal(before);
  });

  it("checks the bounds on-chain: EmissionScaleTooHigh, BusyBoostTooLow, BusyBoostTooHigh", async () => {
    const before = await snapshot(world.provider, [world.rewards.config]);
    await expectRefusal(world.rewards.setEmissionScale(world.governance, 10_001), "EmissionScaleTooHigh", "io_rewards");
    await expectRefusal(world.rewards.setBusyBoost(world.governance, 9_999), "BusyBoostTooLow", "io_rewards");
    await expectRefusal(world.rewards.setBusyBoost(world.governance, 50_001), "BusyBoostTooHigh", "io_rewards");
    expect(await snapshot(world.provider, [world.rewards.config])).to.deep.equal(before);
  });

  it("a 50% emission scale halves emissions from that second; the rest is forgone, never emitted later", async () => {
    await setTime(world, HOUR, [a, b]);
    const result = await world.rewards.setEmissionScale(world.governance, 5_000);
    const event = theEvent(result, "emissionScaleChanged").data;
    expect(event.previous).to.equal(10_000);
    expect(event.emissionScaleBps).to.equal(5_000);
    await setTime(world, 2n * HOUR, [a, b]);
    const second = cumulativeEmission(2) - cumulativeEmission(1);
    const status = await world.rewards.status();
    expect(status.forgone).to.equal(second - second / 2n);
    expect(status.distributed).to.equal(cumulativeEmission(1) + second / 2n);
    // A (busy, 2×) earns 2/3, B 1/3.
    expectWithinOne(await claim(world, a), ((cumulativeEmission(1) + second / 2n) * 2n) / 3n, "A");
    await world.rewards.setEmissionScale(world.governance, 10_000);
    await setTime(world, 3n * HOUR, [a, b]);
    expect((await world.rewards.status()).forgone).to.equal(second - second / 2n);
  });

  it("a new busy boost applies to every busy worker from that second", async () => {
    const startAt = 3n * HOUR;
    await setTime(world, startAt, [a, b]);
    await claim(world, a);
    await claim(world, b);
    const result = await world.rewards.setBusyBoost(world.governance, 40_000);
    expect(theEvent(result, "busyBoostChanged").data.busyBoostBps).to.equal(40_000);
    await setTime(world, 4n * HOUR, [a, b]);
    const hour = cumulativeEmission(4) - cumulativeEmission(3);
    expectWithinOne(await claim(world, a), (hour * 4n) / 5n, "A at 4×");
    expectWithinOne(await claim(world, b), hour / 5n, "B at 1×");
  });
});
