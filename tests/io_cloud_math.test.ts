import { expect } from "chai";

import { IO, minStake, rentalCharges, rentalPrincipal, slotDueAt, streamAccrued, streamPayable } from "@ionet/sdk";

// The same vectors as programs/io_cloud/src/math/streaming.rs's unit tests.
describe("io_cloud: streaming math (SDK mirror of math/streaming.rs)", () => {
  it("streams per second, rounded down, from cumulative seconds", () => {
    expect(rentalPrincipal(2_500_000n, 4, 3)).to.equal(30_000_000n);
    expect(streamAccrued(2_500_000n, 4, 1n)).to.equal(2_777n);
    expect(streamAccrued(2_500_000n, 4, 3_600n)).to.equal(10_000_000n);
    expect(streamAccrued(2_500_000n, 4, 3_601n)).to.equal(10_002_777n);
  });

  it("holds the first hour back unless the rental ended", () => {
    expect(streamPayable(2_500_000n, 4, 3_599n, false)).to.equal(0n);
    expect(streamPayable(2_500_000n, 4, 3_599n, true)).to.equal(9_997_222n);
    expect(streamPayable(2_500_000n, 4, 3_600n, false)).to.equal(10_000_000n);
  });

  it("charges 2% and 0.25% on USDC, only the reservation on IO, none of it in the tender with IOSD", () => {
    const usdc = rentalCharges(1_000_000n, 10, 100, 200, 25);
    expect([usdc.principal, usdc.tenderFee, usdc.reservationFee, usdc.total]).to.deep.equal([
      1_000_000_000n,
      20_000_000n,
      2_500_000n,
      1_022_500_000n,
    ]);
    expect(rentalCharges(1_000_000n, 10, 100, 0, 25, true).total).to.equal(1_000_000_000n);
  });

  it("brings a slot up to now, capped at the end, and ignores down time", () => {
    const slot = { gpus: 2, since: 1_000n, activeSeconds: 3_000n, paid: 0n, fees: 0n, down: false };
    expect(slotDueAt(slot, 3_600_000n, 1_600n, 10_000n)).to.equal(2_000n * 3_600n);
    expect(slotDueAt(slot, 3_600_000n, 1_500n, 10_000n)).to.equal(0n);
    expect(slotDueAt(slot, 3_600_000n, 1_500n, 1_500n)).to.equal(2_000n * 3_500n);
    expect(slotDueAt({ ...slot, down: true }, 3_600_000n, 5_000n, 10_000n)).to.equal(0n);
    expect(() => rentalPrincipal(1n << 63n, 2, 1)).to.throw(RangeError);
  });
});

// The same figures as programs/io_cloud/src/math/stake.rs's unit tests.
describe("io_cloud: stake math (SDK mirror of math/stake.rs)", () => {
  it("asks 200 IO × max(1, multiplier) × GPUs", () => {
    expect(minStake(100_000, 8)).to.equal(IO(16_000)); // H100 (10x), 8 GPUs
    expect(minStake(15_000, 2)).to.equal(IO(600)); // 1.5x: 300 IO per GPU
    expect(minStake(10_000, 1)).to.equal(IO(200));
  });

  it("raises a multiplier under 1x to 1x", () => {
    expect(minStake(2_500, 1)).to.equal(IO(200)); // RTX 4070 (0.25x)
    expect(minStake(2_500, 3)).to.equal(IO(600));
    expect(minStake(2_500, 4)).to.equal(IO(800));
  });
});
