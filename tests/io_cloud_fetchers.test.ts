import { expect } from "chai";
import { PublicKey, Transaction } from "@solana/web3.js";

import {
  IO,
  rentalStateName,
  slotPayoutAt,
  supplierFee,
  supplierFeeBps,
  streamAccrued,
  streamPayable,
  rentalCharges,
  regionName,
  toBigInt,
  USDC,
} from "@ionet/sdk";

import { clockNow, funded, HOUR } from "./support.js";
import { cloudWorld, CloudWorld, fundUsdc, H100, readyWorker, RTX4070 } from "./support_io_cloud.js";

describe("io_cloud: fetchers", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  it("finds workers by class, region, eligibility, busy and rental with memcmp filters", async () => {
    const { cloud, orchestrator } = world;
    // Asks 1 USDC per GPU-hour: the rental below pays that (the default ask is 2).
    const eu = await readyWorker(world, { region: "eu-west", gpus: 2, askUsd: USDC(1) });
    const us = await readyWorker(world, { region: "us-east" });
    const rtx = await readyWorker(world, { deviceClass: RTX4070, region: "eu-west" });
    const unproven = await readyWorker(world, { region: "eu-west", prove: false });
    const keys = (list: { publicKey: PublicKey }[]) => list.map((w) => w.publicKey.toBase58()).sort();
    const sorted = (...ws: PublicKey[]) => ws.map((w) => w.toBase58()).sort();

    expect(keys(await cloud.workers({ deviceClass: H100 }))).to.deep.equal(sorted(eu.worker, us.worker, unproven.worker));
    expect(keys(await cloud.workers({ region: "eu-west" }))).to.deep.equal(sorted(eu.worker, rtx.worker, unproven.worker));
    expect(keys(await cloud.workers({ deviceClass: H100, region: "eu-west", eligible: true }))).to.deep.equal(sorted(eu.worker));
    expect(keys(await cloud.workers({ eligible: false }))).to.deep.equal(sorted(unproven.worker));
    expect(keys(await cloud.workers({ authority: us.authority.publicKey }))).to.deep.equal(sorted(us.worker));
    const euAccount = (await cloud.fetchWorker(eu.worker))!;
    expect(regionName(euAccount.region)).to.equal("eu-west");
    // The fields appended after the memcmp ones decode too.
    expect(euAccount.pricePerGpuHour.toString()).to.equal(USDC(1).toString());
    expect(euAccount.askIoPerGpuHour.toString()).to.equal(IO(1).toString());
    expect(euAccount.classEnabled).to.equal(true);
    expect(euAccount.rentalEnd.toString()).to.equal("0");

    const renter = await funded(world.provider);
    const usdc = await fundUsdc(world, renter.publicKey, USDC(100));
    const base = { deviceClass: H100, hours: 1, pricePerGpuHour: USDC(1), tenderMint: world.usdcMint, renterToken: usdc };
    const first = await cloud.book(renter, { ...base, nonce: 1n, gpus: 2 });
    const second = await cloud.book(renter, { ...base, nonce: 2n, gpus: 1 });
    await cloud.assign(orchestrator, first.rental, [eu.worker]);
    expect(keys(await cloud.workers({ busy: true }))).to.deep.equal(sorted(eu.worker));
    expect(keys(await cloud.workers({ rental: first.rental }))).to.deep.equal(sorted(eu.worker));
    const firstAccount = (await cloud.fetchRental(first.rental))!;
    expect((await cloud.fetchWorker(eu.worker))!.rentalEnd.toString()).to.equal(firstAccount.endTime.toString());
    expect(firstAccount.boostGranted).to.have.length(1);
    expect(firstAccount.boostBudget.toString()).to.equal("0");

    expect(keys(await cloud.rentals({ renter: renter.publicKey }))).to.deep.equal(sorted(first.rental, second.rental));
    expect(keys(await cloud.rentals({ state: "active" }))).to.deep.equal(sorted(first.rental));
    expect(keys(await cloud.rentals({ state: "booked", renter: renter.publicKey }))).to.deep.equal(sorted(second.rental));
    expect(keys(await cloud.rentals({ worker: eu.worker }))).to.deep.equal(sorted(first.rental));
    expect(keys(await cloud.rentals({ worker: us.worker }))).to.deep.equal([]);
    expect(keys(await cloud.rentals({ tenderMint: world.usdcMint, deviceClass: H100 }))).to.have.length(2);
    expect(rentalStateName((await cloud.fetchRental(first.rental))!.state)).to.equal("active");
  });

  it("predicts a settle with the SDK's streaming math, and fits 8 workers in one close transaction", async () => {
    const { cloud, orchestrator, context, provider } = world;
    const workers = [];
    for (let i = 0; i < 8; i++) workers.push(await readyWorker(world, { gpus: 1 + (i % 3) }));
    const gpus = workers.reduce((sum, w) => sum + w.gpus, 0);
    const renter = await funded(provider);
    const price = 2_500_001n; // not a multiple of 3,600: rounding shows
    const charges = rentalCharges(price, gpus, 2, 200, 25);
    const usdc = await fundUsdc(world, renter.publicKey, charges.total);
    const { rental } = await cloud.book(renter, { nonce: 7n, deviceClass: H100, gpus, hours: 2, pricePerGpuHour: price, tenderMint: world.usdcMint, renterToken: usdc });
    await cloud.assign(orchestrator, rental, workers.map((w) => w.worker));
    await context.advanceSeconds(HOUR + 1_234n);
    const account = (await cloud.fetchRental(rental))!;
    const now = await clockNow(context);
    const end = toBigInt(account.endTime);
    expect(account.supplierFeeBps).to.equal(supplierFeeBps(200, 25));
    const predicted = account.assignments.map((slot) =>
      slotPayoutAt(
        { gpus: slot.gpus, since: toBigInt(slot.since), activeSeconds: toBigInt(slot.activeSeconds), paid: toBigInt(slot.paid), fees: toBigInt(slot.fees), down: slot.down },
        price,
        now,
        end,
        account.supplierFeeBps,
      ),
    );
    const result = await cloud.settle(rental);
    const settled = result.events.find((e) => e.name === "rentalSettled")!.data;
    expect(settled.payments.map(toBigInt)).to.deep.equal(predicted.map((p) => p.net));
    expect(settled.fees.map(toBigInt)).to.deep.equal(predicted.map((p) => p.fee));
    const earned = streamAccrued(price, workers[0].gpus, HOUR + 1_234n);
    expect(predicted[0].net + predicted[0].fee).to.equal(earned);
    expect(predicted[0].fee).to.equal(supplierFee(0n, earned, 225));
    expect(streamPayable(price, 1, HOUR - 1n, false)).to.equal(0n);

    await context.advanceSeconds(HOUR);
    const closeIx = await cloud.closeIx(rental);
    const tx = new Transaction().add(closeIx);
    tx.feePayer = provider.publicKey;
    tx.recentBlockhash = (await provider.connection.getLatestBlockhash()).blockhash;
    const size = tx.serialize({ requireAllSignatures: false, verifySignatures: false }).length;
    expect(closeIx.keys.length).to.equal(10 + 16);
    expect(size).to.be.lessThan(1_232);
    await cloud.close(rental);
    expect(await provider.connection.getAccountInfo(rental)).to.equal(null);
  });
});
