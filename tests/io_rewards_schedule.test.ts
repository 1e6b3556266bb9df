import { expect } from "chai";
import { existsSync, readFileSync } from "node:fs";

import {
  cumulativeEmission,
  EMISSION_POOL,
  emissionForHour,
  ONE_IO,
  Q_SCALED,
  releasedAt,
  TOTAL_EPOCHS,
} from "@ionet/sdk";

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
