import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";

import {
  accrueRewardPool,
  cumulativeEmission,
  EMISSION_POOL,
  emissionForHour,
  hourOfTime,
  IndexCheckpointState,
  ONE_IO,
  pendingRewardsAt,
  Q_SCALED,
  releasedAt,
  REWARD_CHECKPOINT_SLOTS,
  REWARD_INDEX_SCALE,
  RewardPoolState,
  TOTAL_EPOCHS,
  WorkerShareState,
} from "@ionet/sdk";

import { HOUR } from "./support.js";

interface Vectors {
  pool_base_units: string;
  total_epochs: number;
  vectors: { hour: number; cumulative_base_units: string; hour_emission_base_units: string }[];
}

const FIXTURE = new URL("../programs/io_rewards/tests/fixtures/emissions.json", import.meta.url);
/** The shared reference file beside the checkout, when present (`../shared/vectors`). */
const SHARED = new URL("../../shared/vectors/emissions.json", import.meta.url);
const vectors: Vectors = JSON.parse(readFileSync(FIXTURE, "utf8"));
const TOLERANCE = 100n;
const abs = (x: bigint) => (x < 0n ? -x : x);

describe("io_rewards: emission schedule (SDK math)", () => {
  it("uses the same reference vectors as the shared file", function () {
    if (!existsSync(SHARED)) this.skip();
    expect(readFileSync(FIXTURE, "utf8")).to.equal(readFileSync(SHARED, "utf8"));
  });

  it("matches every vector's cumulative emission within 100 base units", () => {
    expect(vectors.vectors).to.have.length(16);
    expect(BigInt(vectors.pool_base_units)).to.equal(EMISSION_POOL);
    expect(BigInt(vectors.total_epochs)).to.equal(TOTAL_EPOCHS);
    for (const v of vectors.vectors) {
      const ours = cumulativeEmission(v.hour);
      expect(abs(ours - BigInt(v.cumulative_base_units)) <= TOLERANCE, `hour ${v.hour}: ${ours}`).to.equal(true);
      expect(ours <= EMISSION_POOL).to.equal(true);
      expect(cumulativeEmission(BigInt(v.hour))).to.equal(ours);
    }
  });

  it("matches every vector's hour emission within 100 base units", () => {
    for (const v of vectors.vectors) {
      const ours = emissionForHour(v.hour);
      expect(abs(ours - BigInt(v.hour_emission_base_units)) <= TOLERANCE, `hour ${v.hour}: ${ours}`).to.equal(true);
    }
  });

  it("emits 4,566.21004566 IO in the first hour", () => {
    expect(emissionForHour(1)).to.equal(456_621_004_566n);
    expect(cumulativeEmission(0)).to.equal(0n);
    expect(Q_SCALED).to.equal(9_999_861_130_476_040_207n);
  });

  it("sums hour by hour to exactly 300,000,000 IO at hour 175,319 and nothing after; same values as Rust", () => {
    let total = 0n;
    let previous = 0n;
    let checksum = 0n;
    let weighted = 0n;
    for (let hour = 0n; hour <= 175_324n; hour++) {
      total += emissionForHour(hour);
      const cumulative = cumulativeEmission(hour);
      if (total !== cumulative) expect.fail(`hour ${hour}: sum ${total} vs cumulative ${cumulative}`);
      if (cumulative < previous) expect.fail(`decreases at hour ${hour}`);
      if (hour < TOTAL_EPOCHS && cumulative >= EMISSION_POOL) expect.fail(`pool reached early at ${hour}`);
      if (hour > TOTAL_EPOCHS && emissionForHour(hour) !== 0n) expect.fail(`emission after the end at ${hour}`);
      previous = cumulative;
      checksum += cumulative;
      weighted = (weighted + hour * cumulative) % 2n ** 64n;
      if (hour === TOTAL_EPOCHS) expect(total).to.equal(300_000_000n * ONE_IO);
    }
    expect(total).to.equal(EMISSION_POOL);
    expect(cumulativeEmission(175_318)).to.equal(29_999_959_987_055_755n);
    // The same two constants are asserted against the Rust implementation
    // (programs/io_rewards/src/math/emission.rs): Rust and TS agree at every hour.
    expect(checksum).to.equal(3_604_594_883_282_207_860_100n);
    expect(weighted).to.equal(7_736_890_575_172_901_858n);
  });

  it("stays within 12 base units of 60-digit arithmetic at every hour", () => {
    const S = 10n ** 60n;
    const q = Q_SCALED * 10n ** 41n;
    const denominator = 8_760n * (S - q);
    let power = S;
    let worst = 0n;
    for (let hour = 0n; hour <= 200_000n; hour++) {
      if (hour > 0n) power = (power * q) / S;
      let reference = (4_000_000_000_000_000n * (S - power)) / denominator;
      if (reference > EMISSION_POOL) reference = EMISSION_POOL;
      const error = abs(cumulativeEmission(hour) - reference);
      if (error > worst) worst = error;
    }
    expect(worst <= 12n, `worst error ${worst}`).to.equal(true);
  });

  it("releases linearly within an hour, never more than the pool", () => {
    const start = 1_700_000_000n;
    const first = emissionForHour(1);
    expect(releasedAt(start, start - 1n)).to.equal(0n);
    expect(releasedAt(start, start + 1n)).to.equal(first / 3_600n);
    expect(releasedAt(start, start + 1_800n)).to.equal(first / 2n);
    expect(releasedAt(start, start + 3_600n)).to.equal(first);
    expect(releasedAt(start, start + 9n * 3_600n + 1_234n)).to.equal(
      cumulativeEmission(9) + (emissionForHour(10) * 1_234n) / 3_600n,
    );
    expect(releasedAt(0, 10n ** 12n)).to.equal(EMISSION_POOL);
    expect(cumulativeEmission(10n ** 30n)).to.equal(EMISSION_POOL);
  });

  it("refuses a negative hour", () => {
    expect(() => cumulativeEmission(-1)).to.throw(RangeError);
    expect(() => emissionForHour(-1n)).to.throw(RangeError);
  });
});

describe("io_rewards: accumulator with leases (SDK math, as io_rewards computes it)", () => {
  /** An hour boundary, so that schedule hours are clock hours. */
  const START = 472_222n * HOUR;
  const H0 = hourOfTime(START);
  const noCheckpoints = (): IndexCheckpointState[] =>
    Array.from({ length: Number(REWARD_CHECKPOINT_SLOTS) }, () => ({ hour: 0n, indexIdle: 0n, indexBusy: 0n }));

  /** A fresh pool at START holding `idle` and `busy` base weights, all leased until `leaseEnd`. */
  function pool(idle: bigint, busy: bigint, leaseEnd: bigint): RewardPoolState {
    const expiring = [0, 1, 2].map(() => ({ hour: 0n, idle: 0n, busy: 0n }));
    expiring[Number(leaseEnd % 3n)] = { hour: leaseEnd, idle, busy };
    return {
      startTime: START,
      lastAccrual: START,
      scheduleReleased: 0n,
      distributed: 0n,
      unallocated: 0n,
      forgone: 0n,
      claimed: 0n,
      idleWeight: idle,
      busyWeight: busy,
      indexIdle: 0n,
      indexBusy: 0n,
      dust: 0n,
      boostWithheld: 0n,
      emissionScaleBps: 10_000n,
      busyBoostBps: 20_000n,
      expiring,
    };
  }

  const share = (baseWeight: bigint, cls: "idle" | "busy", leaseEndHour: bigint, boostAllowance = 0n): WorkerShareState => ({
    baseWeight,
    class: cls,
    indexSnapshot: 0n,
    idleSnapshot: 0n,
    accrued: 0n,
    leaseEndHour,
    boostAllowance,
  });

  it("hourOfTime floors, also before 1970", () => {
    expect(hourOfTime(0n)).to.equal(0n);
    expect(hourOfTime(3_599n)).to.equal(0n);
    expect(hourOfTime(3_600n)).to.equal(1n);
    expect(hourOfTime(-1n)).to.equal(-1n);
    expect(hourOfTime(-3_600n)).to.equal(-1n);
    expect(hourOfTime(-3_601n)).to.equal(-2n);
  });

  it("a lapsed lease drops out at its boundary with a checkpoint; later emissions wait in unallocated", () => {
    const leaseEnd = H0 + 2n;
    const before = pool(40n, 0n, leaseEnd);
    const checkpoints = noCheckpoints();
    const at = START + 5n * HOUR + 7n;
    const accrued = accrueRewardPool(before, checkpoints, at);
    expect(accrued.pool.idleWeight).to.equal(0n);
    expect(accrued.pool.distributed).to.equal(cumulativeEmission(2));
    expect(accrued.pool.unallocated).to.equal(releasedAt(START, at) - cumulativeEmission(2));
    const mark = accrued.checkpoints[Number(leaseEnd % REWARD_CHECKPOINT_SLOTS)];
    expect(mark.hour).to.equal(leaseEnd);
    expect(mark.indexIdle).to.equal(accrued.pool.indexIdle);
    expect(accrued.pool.expiring.every((e) => e.idle === 0n && e.busy === 0n)).to.equal(true);
    // The arguments are left as they were.
    expect(before.idleWeight).to.equal(40n);
    expect(checkpoints[Number(leaseEnd % REWARD_CHECKPOINT_SLOTS)].hour).to.equal(0n);
    // Shares of 10 and 30 earn a quarter and three quarters of the first two hours, however late.
    for (const late of [at, START + 40n * HOUR]) {
      const a = pendingRewardsAt(before, checkpoints, share(10n, "idle", leaseEnd), late);
      const b = pendingRewardsAt(before, checkpoints, share(30n, "idle", leaseEnd), late);
      expect(abs(a - cumulativeEmission(2) / 4n) <= 1n, `a: ${a}`).to.equal(true);
      expect(abs(b - (cumulativeEmission(2) * 3n) / 4n) <= 1n, `b: ${b}`).to.equal(true);
    }
  });

  it("a lapsed share whose checkpoint was overwritten forfeits what it earned since its last settlement", () => {
    const leaseEnd = H0 + 2n;
    const slot = Number(leaseEnd % REWARD_CHECKPOINT_SLOTS);
    const late = START + (REWARD_CHECKPOINT_SLOTS + 3n) * HOUR;
    // The pool long past the lapse: its weight dropped, its indices moved on.
    const after: RewardPoolState = {
      ...pool(0n, 0n, leaseEnd),
      expiring: [0, 1, 2].map(() => ({ hour: 0n, idle: 0n, busy: 0n })),
      lastAccrual: late,
      scheduleReleased: releasedAt(START, late),
      distributed: releasedAt(START, late),
      indexIdle: 9n * REWARD_INDEX_SCALE,
      indexBusy: 18n * REWARD_INDEX_SCALE,
    };
    const settled = { ...share(10n, "idle", leaseEnd), accrued: 7n * REWARD_INDEX_SCALE + 5n };
    const kept = noCheckpoints();
    kept[slot] = { hour: leaseEnd, indexIdle: 2n * REWARD_INDEX_SCALE, indexBusy: 4n * REWARD_INDEX_SCALE };
    // Its checkpoint kept: settled up to its lease's end (10 × 2 more), not to now (10 × 9).
    expect(pendingRewardsAt(after, kept, settled, late)).to.equal(27n);
    // The slot now holds a boundary 48 hours later: only what it had accrued.
    const overwritten = noCheckpoints();
    overwritten[slot] = { hour: leaseEnd + REWARD_CHECKPOINT_SLOTS, indexIdle: 5n * REWARD_INDEX_SCALE, indexBusy: 1n };
    expect(pendingRewardsAt(after, overwritten, settled, late)).to.equal(7n);
  });

  it("a busy share is paid its idle counterfactual plus at most its allowance", () => {
    const leaseEnd = H0 + 2n;
    const before = pool(10n, 10n, leaseEnd);
    const at = START + HOUR + 600n;
    const released = releasedAt(START, at);
    const idle = pendingRewardsAt(before, noCheckpoints(), share(10n, "idle", leaseEnd), at);
    expect(abs(idle - released / 3n) <= 1n).to.equal(true);
    const capped = pendingRewardsAt(before, noCheckpoints(), share(10n, "busy", leaseEnd, 1_000n), at);
    expect(abs(capped - (released / 3n + 1_000n)) <= 2n, `capped: ${capped}`).to.equal(true);
    const uncapped = pendingRewardsAt(before, noCheckpoints(), share(10n, "busy", leaseEnd, 10n ** 18n), at);
    expect(abs(uncapped - (released * 2n) / 3n) <= 1n, `uncapped: ${uncapped}`).to.equal(true);
    // An ineligible share keeps only what it had accrued.
    const none = { ...share(10n, "busy", 0n), class: "none" as const, accrued: 3n * REWARD_INDEX_SCALE };
    expect(pendingRewardsAt(before, noCheckpoints(), none, at)).to.equal(3n);
  });
});
