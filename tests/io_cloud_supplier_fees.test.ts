import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  buildInstruction,
  escrowPda,
  feeOf,
  feeVaultPda,
  IO,
  rentalCharges,
  sendInstructions,
  supplierFeeBps,
  tenderPda,
  theEvent,
  toBigInt,
  USDC,
  writableMeta,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, HOUR, snapshot, tokenAccount } from "./support.js";
import { CloudWorld, cloudWorld, fundIo, fundUsdc, H100, readyWorker } from "./support_io_cloud.js";

// io.net: suppliers pay the renters' structure on what they are paid: the 0.25% reservation rate
// plus the tender's 2% in USDC (nothing more in IO), rounded up once over a worker's stream.
describe("io_cloud: supplier fees on every payout", () => {
  let world: CloudWorld;
  let nonce = 0n;

  before(async () => {
    // cloudWorld initialized io_credits: 50% of IO fees burned, 0.25% reservation fee.
    world = await cloudWorld();
  });

  /** One 1-GPU worker rented for `hours` at 3.6 units per GPU-hour (1,000 base units a second) in `mint`. */
  async function rented(mint: PublicKey, hours = 3) {
    const io = mint.equals(world.ioMint);
    const renter = await funded(world.provider);
    const renterToken = await (io ? fundIo : fundUsdc)(world, renter.publicKey, io ? IO(1_000) : USDC(1_000));
    const pricePerGpuHour = 3_600_000n;
    const worker = await readyWorker(world, { askUsd: pricePerGpuHour, askIo: pricePerGpuHour });
    const { rental } = await world.cloud.book(renter, { nonce: ++nonce, deviceClass: H100, gpus: 1, hours, pricePerGpuHour, tenderMint: mint, renterToken });
    await world.cloud.assign(world.orchestrator, rental, [worker.worker]);
    return { rental, worker, renter, renterToken, payout: io ? worker.io : worker.usdc };
  }

  const tenderTotals = async (mint: PublicKey) => {
    const tender = (await world.credits.fetchTender(mint))!;
    return { received: toBigInt(tender.feesReceived), burned: toBigInt(tender.feesBurned), vault: await balance(world.provider, feeVaultPda(mint)) };
  };

  it("takes 2.25% of a USDC payout into the tender's fee vault, accounted by io_credits with the rental as payer", async () => {
    const { rental, payout } = await rented(world.usdcMint);
    expect((await world.cloud.fetchRental(rental))!.supplierFeeBps).to.equal(225);
    const before = await tenderTotals(world.usdcMint);
    await world.context.advanceSeconds(HOUR + 600n);
    const result = await world.cloud.settle(rental);
    const gross = 4_200_000n; // 4,200 s × 1,000
    const fee = feeOf(gross, 225);
    expect(fee).to.equal(94_500n);
    expect(await balance(world.provider, payout)).to.equal(gross - fee);
    const collected = theEvent(result, "feeCollected").data;
    expect(collected.payer.equals(rental)).to.equal(true);
    expect(toBigInt(collected.received)).to.equal(fee);
    const after = await tenderTotals(world.usdcMint);
    expect([after.received - before.received, after.burned - before.burned, after.vault - before.vault]).to.deep.equal([fee, 0n, fee]);
    const totals = theEvent(result, "rentalSettled").data.totals;
    expect([toBigInt(totals.paid), toBigInt(totals.supplierFees)]).to.deep.equal([gross - fee, fee]);
  });

  it("takes 0.25% of an IO payout, of which io_credits burns the governed half at once", async () => {
    const { rental, payout } = await rented(world.ioMint);
    expect((await world.cloud.fetchRental(rental))!.supplierFeeBps).to.equal(25);
    await world.context.advanceSeconds(3n * HOUR);
    const before = await tenderTotals(world.ioMint);
    const supplyBefore = (await world.token.getSupplyStatus()).supply;
    await world.cloud.close(rental);
    const gross = 10_800_000n;
    const fee = feeOf(gross, 25);
    expect(fee).to.equal(27_000n);
    expect(await balance(world.provider, payout)).to.equal(gross - fee);
    const after = await tenderTotals(world.ioMint);
    expect([after.received - before.received, after.burned - before.burned, after.vault - before.vault]).to.deep.equal([fee, fee / 2n, fee / 2n]);
    expect(supplyBefore - (await world.token.getSupplyStatus()).supply).to.equal(fee / 2n);
  });

  it("rounds a worker's fees once over its stream, however often it is settled", async () => {
    const { rental, payout } = await rented(world.usdcMint);
    await world.context.advanceSeconds(HOUR);
    const fees: bigint[] = [];
    for (let i = 0; i < 5; i++) {
      await world.context.advanceSeconds(7n); // 7,000 base units: fee 157.5 → rounded on the total only
      fees.push(toBigInt(theEvent(await world.cloud.settle(rental), "rentalSettled").data.fees[0]));
    }
    const gross = (HOUR + 35n) * 1_000n;
    expect(fees.reduce((a, b) => a + b, 0n)).to.equal(feeOf(gross, 225));
    expect(await balance(world.provider, payout)).to.equal(gross - feeOf(gross, 225));
  });

  it("keeps the rate of the booking when governance changes the fees afterwards", async () => {
    const { rental, payout } = await rented(world.usdcMint);
    await world.credits.setParam(world.paramsGovernance, { kind: "reservationFeeBps", value: 100 });
    try {
      await world.context.advanceSeconds(3n * HOUR);
      await world.cloud.close(rental);
      expect(await balance(world.provider, payout)).to.equal(10_800_000n - feeOf(10_800_000n, 225));
    } finally {
      await world.credits.setParam(world.paramsGovernance, { kind: "reservationFeeBps", value: 25 });
    }
    // A booking made now carries the new rate.
    await world.credits.setParam(world.paramsGovernance, { kind: "reservationFeeBps", value: 100 });
    try {
      const later = await rented(world.usdcMint);
      expect((await world.cloud.fetchRental(later.rental))!.supplierFeeBps).to.equal(supplierFeeBps(200, 100));
    } finally {
      await world.credits.setParam(world.paramsGovernance, { kind: "reservationFeeBps", value: 25 });
    }
  });

  it("still collects the fees owed by a rental booked before its tender was disabled; new payments stay refused", async () => {
    const { rental, payout, renter, renterToken } = await rented(world.usdcMint, 2);
    await world.credits.setTender(world.paramsGovernance, world.usdcMint, 200, false);
    try {
      await world.context.advanceSeconds(2n * HOUR);
      const before = await tenderTotals(world.usdcMint);
      await world.cloud.close(rental);
      expect(await balance(world.provider, payout)).to.equal(7_200_000n - feeOf(7_200_000n, 225));
      expect((await tenderTotals(world.usdcMint)).received - before.received).to.equal(feeOf(7_200_000n, 225));
      await expectRefusal(world.credits.payFee(renter, world.usdcMint, renterToken, 1n), "TenderDisabled", "io_credits");
    } finally {
      await world.credits.setTender(world.paramsGovernance, world.usdcMint, 200, true);
    }
  });

  it("moves the outgoing worker's fee with its pay when it is replaced", async () => {
    const { rental, worker } = await rented(world.usdcMint);
    await world.context.advanceSeconds(HOUR + 400n);
    const incoming = await readyWorker(world, { askUsd: 3_600_000n });
    const result = await world.cloud.replaceWorker(world.orchestrator, rental, worker.worker, incoming.worker);
    const replaced = theEvent(result, "rentalWorkerReplaced").data;
    const gross = 4_000_000n;
    expect([toBigInt(replaced.outgoingPayment), toBigInt(replaced.outgoingFee)]).to.deep.equal([gross - feeOf(gross, 225), feeOf(gross, 225)]);
    expect(toBigInt(replaced.outgoing.fees)).to.equal(feeOf(gross, 225));
    expect(toBigInt(theEvent(result, "feeCollected").data.received)).to.equal(feeOf(gross, 225));
  });

  it("conserves the deposit: deposited = paid net + supplier fees + refunded + renter fees", async () => {
    const { rental, renter, renterToken } = await rented(world.usdcMint, 4);
    await world.context.advanceSeconds(HOUR + 1_234n);
    await world.cloud.settle(rental);
    await world.cloud.terminate(renter, rental, renterToken);
    await world.context.advanceSeconds(HOUR);
    const closed = theEvent(await world.cloud.close(rental), "rentalClosed").data.totals;
    const [deposited, paid, supplier, refunded, fees, escrow] = [closed.deposited, closed.paid, closed.supplierFees, closed.refunded, closed.fees, closed.escrow].map(toBigInt);
    expect(deposited).to.equal(rentalCharges(3_600_000n, 1, 4, 200, 25).total);
    expect(deposited).to.equal(paid + supplier + refunded + fees);
    expect(escrow).to.equal(0n);
    expect(supplier).to.equal(feeOf(paid + supplier, 225));
  });

  describe("refuses a payout whose fee accounts are not the rental's tender's, changing nothing", () => {
    let streaming: Awaited<ReturnType<typeof rented>>;

    before(async () => {
      streaming = await rented(world.usdcMint);
      await world.context.advanceSeconds(HOUR + 5n); // a settle would pay
    });

    async function settleWith(supplierFee: { tender: PublicKey; feeVault: PublicKey }, error: string) {
      const { rental, payout } = streaming;
      const ix = buildInstruction("io_cloud", "rentalSettle", {}, { rental, escrow: escrowPda(rental), tenderMint: world.usdcMint, supplierFee }, [writableMeta(payout)]);
      const watched = [rental, escrowPda(rental), payout, feeVaultPda(world.usdcMint), feeVaultPda(world.ioMint), tenderPda(world.usdcMint)];
      const before = await snapshot(world.provider, watched);
      await expectRefusal(sendInstructions(world.provider, [ix], []), error, "io_cloud");
      expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    }

    it("another mint's tender and vault (WrongTenderMint)", () =>
      settleWith({ tender: tenderPda(world.ioMint), feeVault: feeVaultPda(world.ioMint) }, "WrongTenderMint"));

    it("a fee vault that is not the tender's (WrongFeeVault)", async () => {
      const otherVault = await tokenAccount(world.provider, world.usdcMint, Keypair.generate().publicKey);
      await settleWith({ tender: tenderPda(world.usdcMint), feeVault: otherVault }, "WrongFeeVault");
    });

    it("another tender's vault beside the rental's tender (WrongFeeVault)", () =>
      settleWith({ tender: tenderPda(world.usdcMint), feeVault: feeVaultPda(world.ioMint) }, "WrongFeeVault"));
  });
});
