import { expect } from "chai";
import { BN } from "@coral-xyz/anchor";
import { createMintToInstruction, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { AccountMeta, Keypair, PublicKey } from "@solana/web3.js";

import {
  cloudConfigPda,
  cloudFeeVaultPda,
  deviceClassPda,
  escrowPda,
  rentalCharges,
  rewardsConfigPda,
  rewardsSyncAccounts,
  sendInstructions,
  streamAccrued,
  theEvent,
  TxResult,
  workerRewardPda,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, snapshot, tokenAccount } from "./support.js";
import {
  clockNow,
  cloudWorld,
  CloudWorld,
  fundIo,
  fundUsdc,
  H100,
  HOUR,
  hourOf,
  IO,
  newMint,
  prove,
  ReadyWorker,
  readyWorker,
  RTX4070,
  USDC,
} from "./support_io_cloud.js";

const refused = (action: Promise<unknown>, name: string) => expectRefusal(action, name, "io_cloud");
/** 3.6 USDC per GPU-hour: exactly 1,000 micro-USDC per GPU-second. */
const PRICE = 3_600_000n;
const perSecond = (gpus: number) => 1_000n * BigInt(gpus);

let nonce = 0n;
const nextNonce = () => ++nonce;

interface Renter {
  keypair: Keypair;
  usdc: PublicKey;
}

async function newRenter(world: CloudWorld, usdc = USDC(1_000)): Promise<Renter> {
  const keypair = await funded(world.provider, 2);
  return { keypair, usdc: await fundUsdc(world, keypair.publicKey, usdc) };
}

async function book(world: CloudWorld, renter: Renter, gpus: number, hours: number, price = PRICE) {
  return world.cloud.book(renter.keypair, {
    nonce: nextNonce(),
    deviceClass: H100,
    gpus,
    hours,
    pricePerGpuHour: price,
    tenderMint: world.usdcMint,
    renterToken: renter.usdc,
    region: "us-east",
  });
}

const totalsOf = (result: TxResult, name: string) => theEvent(result, name).data.totals;
const big = (value: { toString(): string }) => BigInt(value.toString());
const weightEvents = (result: TxResult) => result.events.filter((e) => e.name === "workerWeightChanged");
const writable = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });

/** `rental_terminate` built by hand with the given remaining accounts (the SDK passes each slot's worker and reward). */
async function terminateIx(world: CloudWorld, renter: Renter, rental: PublicKey, remaining: PublicKey[]) {
  return world.cloud.program.methods
    .rentalTerminate()
    .accountsPartial({
      renter: renter.keypair.publicKey,
      rental,
      tenderMint: world.usdcMint,
      escrow: escrowPda(rental),
      renterToken: renter.usdc,
      rewards: rewardsSyncAccounts(),
      tokenProgram: TOKEN_PROGRAM_ID,
    })
    .remainingAccounts(remaining.map(writable))
    .instruction();
}

/** `uptime_record` built by hand with `rental` (the SDK passes the worker's own). */
async function uptimeIx(world: CloudWorld, worker: PublicKey, hour: bigint, rental: PublicKey | null) {
  return world.cloud.program.methods
    .uptimeRecord({ hour: new BN(hour.toString()), ok: true, resultHash: Array(32).fill(1) })
    .accountsPartial({
      uptimeVerifier: world.verifier.publicKey,
      config: cloudConfigPda(),
      worker,
      deviceClass: deviceClassPda(H100),
      rental,
      rewards: { workerReward: workerRewardPda(worker), rewards: rewardsSyncAccounts() },
    })
    .instruction();
}

describe("io_cloud: a 3-worker rental (book, assign, settle, extend, down/up, close)", () => {
  let world: CloudWorld;
  let renter: Renter;
  let workers: ReadyWorker[];
  let rental: PublicKey;
  let start: bigint;
  const charges = rentalCharges(PRICE, 4, 3, 200, 25);

  before(async () => {
    world = await cloudWorld();
    renter = await newRenter(world);
    // The third asks exactly the rental's price: the floor admits it.
    workers = [
      await readyWorker(world, { gpus: 1 }),
      await readyWorker(world, { gpus: 2 }),
      await readyWorker(world, { gpus: 1, askUsd: PRICE }),
    ];
  });

  it("books: price × GPUs × hours into the rental's escrow, 2% + 0.25% into the USDC fee vault", async () => {
    const before = await balance(world.provider, renter.usdc);
    const feeVaultBefore = await balance(world.provider, cloudFeeVaultPda(world.usdcMint));
    const booked = await book(world, renter, 4, 3);
    rental = booked.rental;
    expect(charges.principal).to.equal(43_200_000n);
    expect(charges.tenderFee).to.equal(864_000n);
    expect(charges.reservationFee).to.equal(108_000n);
    expect(before - (await balance(world.provider, renter.usdc))).to.equal(charges.total);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(charges.principal);
    expect((await balance(world.provider, cloudFeeVaultPda(world.usdcMint))) - feeVaultBefore).to.equal(864_000n + 108_000n);
    const event = theEvent(booked.result, "rentalBooked").data;
    expect(big(event.deposited)).to.equal(charges.total);
    expect(event.header.seq.toString()).to.equal("1");
    const account = (await world.cloud.fetchRental(rental))!;
    expect(account.state).to.deep.equal({ booked: {} });
    expect(account.escrow.equals(escrowPda(rental))).to.equal(true);
  });

  it("refuses bad bookings: WrongTenderMint, InvalidHours, InvalidGpuCount, ZeroPrice, TenderDisabled, DeviceClassDisabled", async () => {
    const { cloud, governance } = world;
    const ioAccount = await fundIo(world, renter.keypair.publicKey, IO(1));
    const base = { deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: PRICE, tenderMint: world.usdcMint, renterToken: renter.usdc };
    const usdcBefore = await balance(world.provider, renter.usdc);
    await refused(cloud.book(renter.keypair, { ...base, nonce: 900n, renterToken: ioAccount }), "WrongTenderMint");
    await refused(cloud.book(renter.keypair, { ...base, nonce: 901n, hours: 0 }), "InvalidHours");
    await refused(cloud.book(renter.keypair, { ...base, nonce: 902n, hours: 8_761 }), "InvalidHours");
    await refused(cloud.book(renter.keypair, { ...base, nonce: 903n, gpus: 0 }), "InvalidGpuCount");
    await refused(cloud.book(renter.keypair, { ...base, nonce: 904n, pricePerGpuHour: 0n }), "ZeroPrice");
    const open = (await cloud.fetchRental(rental))!;
    await refused(cloud.book(renter.keypair, { ...base, nonce: BigInt(open.nonce.toString()) }), "RentalNonceInUse");
    await cloud.setTender(governance, world.usdcMint, { enabled: false, usdPegged: true });
    await refused(cloud.book(renter.keypair, { ...base, nonce: 905n }), "TenderDisabled");
    await cloud.setTender(governance, world.usdcMint, { enabled: true, usdPegged: true });
    await cloud.setDeviceClass(governance, { classId: 9, name: "retired", multiplierBps: 10_000, enabled: false });
    await refused(cloud.book(renter.keypair, { ...base, nonce: 906n, deviceClass: 9 }), "DeviceClassDisabled");
    expect(await balance(world.provider, renter.usdc)).to.equal(usdcBefore);
  });

  it("refuses assignments that break the rules, each with its error and no change", async () => {
    const { cloud, orchestrator, provider } = world;
    const [a, b, c] = workers.map((w) => w.worker);
    const underStaked = await readyWorker(world, { gpus: 1, stake: IO(1_999) });
    const rtx = await readyWorker(world, { deviceClass: RTX4070, gpus: 1 });
    const pricey = await readyWorker(world, { gpus: 1, askUsd: PRICE + 1n });
    const workerKeys = [a, b, c, underStaked.worker, rtx.worker, pricey.worker];
    const watched = [rental, ...workerKeys, ...workerKeys.map(workerRewardPda), rewardsConfigPda()];
    const before = await snapshot(provider, watched);
    await refused(cloud.assign(await funded(provider), rental, [a, b, c]), "NotOrchestrator");
    await refused(cloud.assign(orchestrator, rental, [a, b, underStaked.worker]), "WorkerIneligible");
    await refused(cloud.assign(orchestrator, rental, [a, b, rtx.worker]), "WrongDeviceClass");
    // The price floor: 3.6 USDC per GPU-hour is below an ask of 3.600001.
    await refused(cloud.assign(orchestrator, rental, [a, b, pricey.worker]), "PriceBelowAsk");
    await refused(cloud.assign(orchestrator, rental, [a, b]), "GpuCountMismatch");
    await refused(cloud.assign(orchestrator, rental, [a, b, a]), "DuplicateAccount");
    await refused(cloud.assign(orchestrator, rental, [a, b, renter.usdc]), "InvalidWorkerAccount");
    await refused(cloud.assign(orchestrator, rental, [a, b, rental]), "InvalidWorkerAccount");
    await refused(cloud.assign(orchestrator, rental, []), "InvalidWorkerCount");
    // The remaining accounts are pairs (worker, its io_rewards account), as assignIx builds them.
    const ix = async () => cloud.assignIx(orchestrator.publicKey, rental, [a, b, c]);
    const send = (built: Awaited<ReturnType<typeof ix>>) => sendInstructions(provider, [built], [orchestrator]);
    const pairs = await ix();
    const last = pairs.keys.length - 1;
    expect(pairs.keys.slice(last - 5).map((k) => k.pubkey.toBase58())).to.deep.equal(
      [a, workerRewardPda(a), b, workerRewardPda(b), c, workerRewardPda(c)].map((k) => k.toBase58()),
    );
    const odd = await ix();
    odd.keys.pop();
    await refused(send(odd), "WrongRemainingAccounts");
    for (const wrong of [workerRewardPda(a), renter.usdc, rewardsConfigPda()]) {
      const swapped = await ix();
      swapped.keys[last].pubkey = wrong;
      await refused(send(swapped), "InvalidWorkerRewardAccount");
    }
    const readOnlyWorker = await ix();
    readOnlyWorker.keys[last - 1].isWritable = false;
    await refused(send(readOnlyWorker), "AccountNotWritable");
    const readOnlyReward = await ix();
    readOnlyReward.keys[last].isWritable = false;
    await refused(send(readOnlyReward), "AccountNotWritable");
    // Not started yet: nothing streams, nothing can be reported.
    await refused(cloud.settle(rental, []), "RentalNotActive");
    await refused(cloud.reportDown(orchestrator, rental, a), "WorkerNotAssigned");
    await refused(cloud.close(rental), "RentalNotEnded");
    expect(await snapshot(provider, watched)).to.deep.equal(before);
  });

  it("assigns eligible workers whose GPUs add up; streaming starts and each becomes busy", async () => {
    const result = await world.cloud.assign(world.orchestrator, rental, workers.map((w) => w.worker));
    start = await clockNow(world.context);
    const totals = totalsOf(result, "rentalAssigned");
    expect(totals.state).to.deep.equal({ active: {} });
    expect(big(totals.startTime)).to.equal(start);
    expect(big(totals.endTime)).to.equal(start + 3n * HOUR);
    const busy = weightEvents(result);
    expect(busy).to.have.length(3);
    for (const event of busy) {
      expect(event.data.reason).to.deep.equal({ busy: {} });
      expect(event.data.weight.busy).to.equal(true);
      expect(event.data.weight.eligible).to.equal(true);
    }
    const worker = (await world.cloud.fetchWorker(workers[1].worker))!;
    expect(worker.rental.equals(rental)).to.equal(true);
    expect(big(worker.rentalEnd)).to.equal(start + 3n * HOUR);
    // The assignment granted io_rewards each busy weight, leased until the proof lapses (within the rental).
    for (const w of workers) {
      const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
      expect(reward.busy).to.equal(true);
      expect(reward.share.class).to.deep.equal({ busy: {} });
      const proofHour = big((await world.cloud.fetchWorker(w.worker))!.lastProofHour);
      expect(big(reward.share.leaseEndHour)).to.equal(proofHour + 2n);
      expect(proofHour + 2n <= hourOf(start + 3n * HOUR)).to.equal(true);
    }
    // USDC fees fund no busy boost without an IO price.
    const account = (await world.cloud.fetchRental(rental))!;
    expect(big(account.boostBudget)).to.equal(0n);
    expect(account.boostGranted.map(big)).to.deep.equal([0n, 0n, 0n]);
    await refused(world.cloud.assign(world.orchestrator, rental, workers.map((w) => w.worker)), "RentalNotBooked");
  });

  it("refuses a busy worker for another rental (WorkerBusy), unstaking while rented (WorkerRented) and leaving", async () => {
    const other = await book(world, renter, 1, 1);
    const w = workers[0];
    await refused(world.cloud.assign(world.orchestrator, other.rental, [w.worker]), "WorkerBusy");
    const before = await snapshot(world.provider, [w.worker]);
    await refused(world.cloud.unstake(w.authority, w.worker, IO(1)), "WorkerRented");
    await refused(world.cloud.deregister(w.authority, w.worker), "WorkerRented");
    await refused(world.cloud.updateWorker(w.authority, w.worker, { gpus: 2 }), "WorkerRented");
    expect(await snapshot(world.provider, [w.worker])).to.deep.equal(before);
    await world.cloud.terminate(renter.keypair, other.rental);
  });

  it("pays nothing within the first hour (NothingToSettle)", async () => {
    await world.context.advanceSeconds(600);
    const before = await snapshot(world.provider, [rental, escrowPda(rental)]);
    await refused(world.cloud.settle(rental), "NothingToSettle");
    expect(await snapshot(world.provider, [rental, escrowPda(rental)])).to.deep.equal(before);
  });

  it("streams the exact amounts after N seconds: rate = price per GPU-second × GPUs", async () => {
    const n = 2n * HOUR + 17n;
    await world.context.advanceSeconds(n - 600n);
    const result = await world.cloud.settle(rental);
    const expected = workers.map((w) => perSecond(w.gpus) * n);
    expect(expected).to.deep.equal([7_217_000n, 14_434_000n, 7_217_000n]);
    expect(workers.map((w) => streamAccrued(PRICE, w.gpus, n))).to.deep.equal(expected);
    for (const [i, w] of workers.entries()) expect(await balance(world.provider, w.usdc)).to.equal(expected[i]);
    const event = theEvent(result, "rentalSettled").data;
    expect(event.payments.map(big)).to.deep.equal(expected);
    expect(big(event.totals.escrow)).to.equal(charges.principal - 28_868_000n);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(charges.principal - 28_868_000n);
  });

  it("refuses a second settle at the same time (NothingToSettle) and wrong payout accounts", async () => {
    const { cloud, provider } = world;
    const watched = [rental, escrowPda(rental), ...workers.map((w) => w.usdc)];
    const before = await snapshot(provider, watched);
    await refused(cloud.settle(rental), "NothingToSettle");
    await world.context.advanceSeconds(5);
    const stranger = await fundUsdc(world, Keypair.generate().publicKey, 0n);
    await refused(cloud.settle(rental, [workers[0].usdc, stranger, workers[2].usdc]), "WrongPayoutAccount");
    await refused(cloud.settle(rental, [workers[0].usdc, workers[1].io, workers[2].usdc]), "WrongPayoutAccount");
    await refused(cloud.settle(rental, [workers[0].usdc, workers[1].usdc]), "WrongRemainingAccounts");
    expect(await snapshot(provider, watched)).to.deep.equal(before);
  });

  it("extends: deposits price × GPUs × hours plus fees and moves the end", async () => {
    const { cloud, provider } = world;
    const ioAccount = await fundIo(world, renter.keypair.publicKey, 0n);
    await refused(cloud.extend(await funded(provider), rental, 2, renter.usdc), "NotRenter");
    await refused(cloud.extend(renter.keypair, rental, 2, ioAccount), "WrongTenderMint");
    await refused(cloud.extend(renter.keypair, rental, 0), "InvalidHours");
    const before = await balance(provider, renter.usdc);
    const result = await cloud.extend(renter.keypair, rental, 2);
    const more = rentalCharges(PRICE, 4, 2, 200, 25);
    expect(before - (await balance(provider, renter.usdc))).to.equal(more.total);
    const totals = totalsOf(result, "rentalExtended");
    expect(big(totals.endTime)).to.equal(start + 5n * HOUR);
    expect(totals.hours).to.equal(5);
    expect(big(totals.deposited)).to.equal(charges.total + more.total);
  });

  it("reports a worker down for 10 minutes and back up; refuses wrong reports", async () => {
    const { cloud, orchestrator, provider } = world;
    const b = workers[1].worker;
    const stranger = await readyWorker(world);
    await world.context.advanceSeconds(3n * HOUR - (2n * HOUR + 22n));
    await refused(cloud.reportDown(await funded(provider), rental, b), "NotOrchestrator");
    await refused(cloud.reportUp(orchestrator, rental, b), "WorkerNotDown");
    await refused(cloud.reportDown(orchestrator, rental, stranger.worker), "WorkerNotAssigned");
    const down = await cloud.reportDown(orchestrator, rental, b);
    const status = theEvent(down, "rentalWorkerStatus").data.worker;
    expect(status.down).to.equal(true);
    expect(big(status.activeSeconds)).to.equal(3n * HOUR);
    expect(theEvent(down, "workerWeightChanged").data.weight.busy).to.equal(false);
    await refused(cloud.reportDown(orchestrator, rental, b), "WorkerAlreadyDown");
    await world.context.advanceSeconds(600);
    const up = await cloud.reportUp(orchestrator, rental, b);
    expect(big(theEvent(up, "rentalWorkerStatus").data.worker.downSeconds)).to.equal(600n);
    expect(theEvent(up, "workerWeightChanged").data.weight.busy).to.equal(true);
  });

  it("refuses closing before the end (RentalNotEnded) and refunds to anyone but the renter", async () => {
    const { cloud, provider } = world;
    const before = await snapshot(provider, [rental, escrowPda(rental)]);
    await refused(cloud.close(rental), "RentalNotEnded");
    await world.context.advanceSeconds(2n * HOUR - 600n);
    const strangerUsdc = await fundUsdc(world, Keypair.generate().publicKey, 0n);
    await refused(cloud.close(rental, { renterToken: strangerUsdc }), "WrongRefundAccount");
    const payouts = await cloud.payoutAccounts(rental);
    await refused(cloud.close(rental, { payouts: [payouts[0], payouts[0], payouts[2]] }), "WrongPayoutAccount");
    expect(await snapshot(provider, [rental, escrowPda(rental)])).to.deep.equal(before);
    // After the end nothing can change the stream any more.
    await refused(cloud.reportDown(world.orchestrator, rental, workers[0].worker), "RentalEnded");
    await refused(cloud.extend(renter.keypair, rental, 1), "RentalEnded");
    await refused(cloud.terminate(renter.keypair, rental), "RentalEnded");
  });

  it("closes after the end: the down worker is not paid for its 10 minutes, the renter gets them back and the rent", async () => {
    const { cloud, provider } = world;
    const paidBefore = await Promise.all(workers.map((w) => balance(provider, w.usdc)));
    const usdcBefore = await balance(provider, renter.usdc);
    const lamportsBefore = BigInt(await provider.connection.getBalance(renter.keypair.publicKey));
    const rent =
      BigInt((await provider.connection.getAccountInfo(rental))!.lamports) +
      BigInt((await provider.connection.getAccountInfo(escrowPda(rental)))!.lamports);
    const result = await cloud.close(rental);
    const end = 5n * HOUR;
    const totalPaid = workers.map((w, i) => perSecond(w.gpus) * (i === 1 ? end - 600n : end));
    for (const [i, w] of workers.entries()) expect(await balance(provider, w.usdc)).to.equal(totalPaid[i]);
    const event = theEvent(result, "rentalClosed").data;
    expect(event.payments.map(big)).to.deep.equal(totalPaid.map((t, i) => t - paidBefore[i]));
    // Exactly the 10 minutes of 2 GPUs: 600 s × 2,000.
    expect(big(event.refund)).to.equal(1_200_000n);
    expect((await balance(provider, renter.usdc)) - usdcBefore).to.equal(1_200_000n);
    expect(BigInt(await provider.connection.getBalance(renter.keypair.publicKey)) - lamportsBefore).to.equal(rent);
    expect(await provider.connection.getAccountInfo(rental)).to.equal(null);
    expect(await provider.connection.getAccountInfo(escrowPda(rental))).to.equal(null);
    // Conservation: deposited = paid + refunded + fees (nothing left in escrow).
    const totals = event.totals;
    expect(big(totals.deposited)).to.equal(big(totals.paid) + big(totals.refunded) + big(totals.fees));
    expect(big(totals.escrow)).to.equal(0n);
    // The workers are free again, without a weight event: no busy lease outlives the rental's last hour boundary.
    const closedAt = await clockNow(world.context);
    for (const w of workers) {
      const account = (await cloud.fetchWorker(w.worker))!;
      expect(account.rental.equals(PublicKey.default)).to.equal(true);
      expect(account.busy).to.equal(false);
      expect(big(account.rentalEnd)).to.equal(0n);
      const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
      expect(big(reward.share.leaseEndHour) <= hourOf(closedAt)).to.equal(true);
    }
    expect(weightEvents(result)).to.have.length(0);
  });
});

describe("io_cloud: early termination", () => {
  let world: CloudWorld;
  let renter: Renter;

  before(async () => {
    world = await cloudWorld();
    renter = await newRenter(world);
  });

  it("refunds exactly what can no longer stream after 2.5 hours of a 5-hour rental", async () => {
    const { cloud, orchestrator, provider } = world;
    const [x, y] = [await readyWorker(world), await readyWorker(world)];
    const { rental } = await book(world, renter, 2, 5);
    await cloud.assign(orchestrator, rental, [x.worker, y.worker]);
    await world.context.advanceSeconds(9_000);
    await refused(cloud.terminate(await funded(provider), rental, renter.usdc), "NotRenter");
    // Each assigned slot's worker and io_rewards account, in slot order.
    const watched = [rental, escrowPda(rental), renter.usdc, x.worker, y.worker, workerRewardPda(x.worker), workerRewardPda(y.worker)];
    const unchanged = await snapshot(provider, watched);
    const byHand = async (remaining: PublicKey[]) =>
      sendInstructions(provider, [await terminateIx(world, renter, rental, remaining)], [renter.keypair]);
    await refused(byHand([]), "WrongRemainingAccounts");
    await refused(byHand([x.worker, workerRewardPda(x.worker)]), "WrongRemainingAccounts");
    await refused(byHand([y.worker, workerRewardPda(y.worker), x.worker, workerRewardPda(x.worker)]), "WrongRemainingAccounts");
    await refused(byHand([x.worker, workerRewardPda(y.worker), y.worker, workerRewardPda(y.worker)]), "InvalidWorkerRewardAccount");
    expect(await snapshot(provider, watched)).to.deep.equal(unchanged);
    const before = await balance(provider, renter.usdc);
    const result = await cloud.terminate(renter.keypair, rental);
    const principal = PRICE * 2n * 5n;
    const refund = principal - 2n * 1_000n * 9_000n;
    expect(big(theEvent(result, "rentalTerminated").data.refund)).to.equal(refund);
    expect((await balance(provider, renter.usdc)) - before).to.equal(refund);
    const totals = totalsOf(result, "rentalTerminated");
    expect(totals.state).to.deep.equal({ terminated: {} });
    expect(big(totals.endTime)).to.equal(await clockNow(world.context));
    await refused(cloud.terminate(renter.keypair, rental), "RentalTerminated");
    await refused(cloud.extend(renter.keypair, rental, 1), "RentalTerminated");
    const closed = await cloud.close(rental);
    expect(big(theEvent(closed, "rentalClosed").data.refund)).to.equal(0n);
    expect(await balance(provider, x.usdc)).to.equal(9_000_000n);
    expect(await balance(provider, y.usdc)).to.equal(9_000_000n);
  });

  it("keeps the first hour: terminated after 10 minutes, the rental runs to the end of its first hour", async () => {
    const { cloud, orchestrator, provider } = world;
    const w = await readyWorker(world);
    const { rental } = await book(world, renter, 1, 3);
    await cloud.assign(orchestrator, rental, [w.worker]);
    const start = await clockNow(world.context);
    await world.context.advanceSeconds(600);
    const before = await balance(provider, renter.usdc);
    const result = await cloud.terminate(renter.keypair, rental);
    expect((await balance(provider, renter.usdc)) - before).to.equal(PRICE * 3n - PRICE);
    expect(big(totalsOf(result, "rentalTerminated").endTime)).to.equal(start + HOUR);
    await refused(cloud.close(rental), "RentalNotEnded");
    await world.context.advanceSeconds(HOUR - 600n);
    await cloud.close(rental);
    expect(await balance(provider, w.usdc)).to.equal(PRICE);
  });

  it("cancels before assignment: the whole escrow back, fees kept; the rental closes at once", async () => {
    const { cloud, orchestrator, provider } = world;
    const before = await balance(provider, renter.usdc);
    const { rental } = await book(world, renter, 2, 4);
    const charges = rentalCharges(PRICE, 2, 4, 200, 25);
    const result = await cloud.terminate(renter.keypair, rental);
    expect(totalsOf(result, "rentalTerminated").state).to.deep.equal({ cancelled: {} });
    expect(before - (await balance(provider, renter.usdc))).to.equal(charges.tenderFee + charges.reservationFee);
    const w = await readyWorker(world, { gpus: 2 });
    await refused(cloud.assign(orchestrator, rental, [w.worker]), "RentalNotBooked");
    await cloud.close(rental);
    expect(await provider.connection.getAccountInfo(rental)).to.equal(null);
  });
});

describe("io_cloud: replacing workers and the first hour", () => {
  let world: CloudWorld;
  let renter: Renter;

  before(async () => {
    world = await cloudWorld();
    renter = await newRenter(world);
  });

  it("a worker that stops in its first hour is not paid for it; one replaced later is paid what it streamed", async () => {
    const { cloud, orchestrator, provider } = world;
    const [x, z] = [await readyWorker(world), await readyWorker(world)];
    const { rental } = await book(world, renter, 2, 3);
    await cloud.assign(orchestrator, rental, [x.worker, z.worker]);

    await world.context.advanceSeconds(1_800);
    const down = await cloud.reportDown(orchestrator, rental, x.worker);
    const status = theEvent(down, "rentalWorkerStatus").data.worker;
    expect(big(status.forfeitedSeconds)).to.equal(1_800n);
    expect(big(status.activeSeconds)).to.equal(0n);

    await world.context.advanceSeconds(600);
    const y = await readyWorker(world);
    const busy = await readyWorker(world);
    const other = await book(world, renter, 1, 1);
    await cloud.assign(orchestrator, other.rental, [busy.worker]);
    const ineligible = await readyWorker(world, { stake: IO(1) });
    const twoGpus = await readyWorker(world, { gpus: 2 });
    const pricey = await readyWorker(world, { askUsd: PRICE + 1n });
    const watched = [rental, escrowPda(rental), x.worker, y.worker, pricey.worker, ...[x, y, pricey].map((w) => workerRewardPda(w.worker))];
    const before = await snapshot(provider, watched);
    await refused(cloud.replaceWorker(await funded(provider), rental, x.worker, y.worker), "NotOrchestrator");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, twoGpus.worker), "GpuCountMismatch");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, ineligible.worker), "WorkerIneligible");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, pricey.worker), "PriceBelowAsk");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, busy.worker), "WorkerBusy");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, x.worker), "DuplicateAccount");
    await refused(cloud.replaceWorker(orchestrator, rental, x.worker, y.worker, z.usdc), "WrongPayoutAccount");
    await refused(cloud.replaceWorker(orchestrator, rental, y.worker, twoGpus.worker), "WorkerNotAssigned");
    expect(await snapshot(provider, watched)).to.deep.equal(before);

    const replaced = await cloud.replaceWorker(orchestrator, rental, x.worker, y.worker);
    const event = theEvent(replaced, "rentalWorkerReplaced").data;
    expect(big(event.outgoingPayment)).to.equal(0n);
    expect(event.incoming.worker.equals(y.worker)).to.equal(true);
    // Both weights granted in the same instruction: x was already idle (reported down), y becomes busy.
    expect(weightEvents(replaced).map((e) => [e.data.header.entity.toBase58(), e.data.reason])).to.deep.equal([
      [y.worker.toBase58(), { busy: {} }],
    ]);
    expect((await world.rewards.fetchWorkerReward(y.worker))!.share.class).to.deep.equal({ busy: {} });
    expect((await world.rewards.fetchWorkerReward(x.worker))!.share.class).to.deep.equal({ idle: {} });
    expect(await balance(provider, x.usdc)).to.equal(0n);
    expect((await cloud.fetchWorker(x.worker))!.rental.equals(PublicKey.default)).to.equal(true);
    // Free again: it may start unstaking.
    await cloud.unstake(x.authority, x.worker, IO(1));

    // z served 4,000 s (past its first hour) when replaced: paid exactly that.
    await world.context.advanceSeconds(4_000 - 2_400);
    const w = await readyWorker(world);
    const second = await cloud.replaceWorker(orchestrator, rental, z.worker, w.worker);
    expect(big(theEvent(second, "rentalWorkerReplaced").data.outgoingPayment)).to.equal(4_000_000n);
    expect(await balance(provider, z.usdc)).to.equal(4_000_000n);

    await world.context.advanceSeconds(3n * HOUR - 4_000n);
    const before2 = await balance(provider, renter.usdc);
    const closed = await cloud.close(rental);
    // y streamed 2,400 s → end, w 4,000 s → end; x's 1,800 s and 600 s down go back to the renter.
    expect(await balance(provider, y.usdc)).to.equal(10_800_000n - 2_400_000n);
    expect(await balance(provider, w.usdc)).to.equal(10_800_000n - 4_000_000n);
    expect(big(theEvent(closed, "rentalClosed").data.refund)).to.equal(2_400_000n);
    expect((await balance(provider, renter.usdc)) - before2).to.equal(2_400_000n);
  });
});

describe("io_cloud: renting in IO", () => {
  it("books in IO with no tender fee, only the 0.25% reservation fee; the IO ask is the floor and the fee the boost budget", async () => {
    const world = await cloudWorld();
    const renter = await funded(world.provider);
    const io = await fundIo(world, renter.publicKey, IO(1_000));
    const price = IO(2); // the SDK user converts USD at the oracle price first
    const { rental } = await world.cloud.book(renter, {
      nonce: 1n,
      deviceClass: H100,
      gpus: 1,
      hours: 2,
      pricePerGpuHour: price,
      tenderMint: world.ioMint,
      renterToken: io,
    });
    const charges = rentalCharges(price, 1, 2, 0, 25);
    expect(charges.tenderFee).to.equal(0n);
    expect(IO(1_000) - (await balance(world.provider, io))).to.equal(IO(4) + IO(4) / 400n);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(IO(4));
    // In IO the IO ask counts, not the USD one.
    const pricey = await readyWorker(world, { askIo: IO(2) + 1n });
    const before = await snapshot(world.provider, [rental, pricey.worker]);
    await refused(world.cloud.assign(world.orchestrator, rental, [pricey.worker]), "PriceBelowAsk");
    expect(await snapshot(world.provider, [rental, pricey.worker])).to.deep.equal(before);
    const w = await readyWorker(world, { askIo: IO(2), askUsd: USDC(1_000) });
    await world.cloud.assign(world.orchestrator, rental, [w.worker]);
    // IO fees fund the workers' busy boost: the slot is granted its share up to its lease's end.
    const account = (await world.cloud.fetchRental(rental))!;
    expect(big(account.boostBudget)).to.equal(IO(4) / 400n);
    const granted = big(account.boostGranted[0]);
    expect(granted > 0n && granted <= IO(4) / 400n).to.equal(true);
    expect(big((await world.rewards.fetchWorkerReward(w.worker))!.share.boostAllowance)).to.equal(granted);
    await world.context.advanceSeconds(2n * HOUR);
    await world.cloud.close(rental);
    expect(await balance(world.provider, w.io)).to.equal(IO(4));
    await prove(world, w.worker);
  });
});

describe("io_cloud: the price floor in USD-pegged tenders of other decimals", () => {
  it("scales the micro-USD ask to the tender's decimals (rounded up); a tender neither IO nor USD-pegged takes no worker", async () => {
    const world = await cloudWorld();
    const mintAuthority = Keypair.generate();
    const renter = await funded(world.provider, 2);
    // 2.000001 USD: 200,000,100 base units at 8 decimals, 20,001 (rounded up) at 4.
    const ask = 2_000_001n;
    const cases = [
      { decimals: 8, usdPegged: true, floor: 200_000_100n },
      { decimals: 4, usdPegged: true, floor: 20_001n },
      { decimals: 6, usdPegged: false, floor: null },
    ];
    let nonce = 0n;
    for (const { decimals, usdPegged, floor } of cases) {
      const mint = await newMint(world, mintAuthority.publicKey, decimals);
      await world.cloud.setTender(world.governance, mint, { usdPegged });
      const renterToken = await tokenAccount(world.provider, mint, renter.publicKey);
      await sendInstructions(world.provider, [createMintToInstruction(mint, renterToken, mintAuthority.publicKey, 10n ** 18n)], [mintAuthority]);
      const w = await readyWorker(world, { askUsd: ask });
      await tokenAccount(world.provider, mint, w.authority.publicKey);
      const bookAt = async (price: bigint) =>
        (await world.cloud.book(renter, { nonce: ++nonce, deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: price, tenderMint: mint, renterToken })).rental;
      const below = await bookAt(floor === null ? 10n ** 15n : floor - 1n);
      await refused(world.cloud.assign(world.orchestrator, below, [w.worker]), "PriceBelowAsk");
      if (floor !== null) {
        const at = await bookAt(floor);
        await world.cloud.assign(world.orchestrator, at, [w.worker]);
        expect((await world.cloud.fetchWorker(w.worker))!.rental.equals(at)).to.equal(true);
      }
    }
  });
});

describe("io_cloud: a rented worker's uptime proofs and busy lease", () => {
  it("needs its rental (WrongRental); busy only while its whole lease fits before the rental's last hour boundary", async () => {
    const world = await cloudWorld();
    const { cloud, orchestrator, provider } = world;
    const renter = await newRenter(world);
    // Start half way through hour h0: the 3-hour rental ends half way through hour h0 + 3.
    const clock = await world.context.banksClient.getClock();
    const h0 = hourOf(clock.unixTimestamp) + 1n;
    world.context.setClock({ ...clock, unixTimestamp: h0 * HOUR + 1_800n });
    const w = await readyWorker(world); // proof of hour h0: leased until the start of h0 + 2
    const { rental } = await book(world, renter, 1, 3);
    const assigned = await cloud.assign(orchestrator, rental, [w.worker]);
    expect(theEvent(assigned, "workerWeightChanged").data.weight.busy).to.equal(true);
    const end = h0 * HOUR + 1_800n + 3n * HOUR;
    expect(big((await cloud.fetchWorker(w.worker))!.rentalEnd)).to.equal(end);
    let reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ busy: {} });
    expect(big(reward.share.leaseEndHour)).to.equal(h0 + 2n);

    await world.context.advanceSeconds(HOUR);
    const other = await book(world, renter, 1, 1);
    const watched = [w.worker, workerRewardPda(w.worker), rental, other.rental];
    const before = await snapshot(provider, watched);
    for (const wrong of [null, other.rental]) {
      await refused(sendInstructions(provider, [await uptimeIx(world, w.worker, h0 + 1n, wrong)], [world.verifier]), "WrongRental");
    }
    expect(await snapshot(provider, watched)).to.deep.equal(before);
    // Hour h0 + 1: the renewed lease (until h0 + 3) still ends by the rental's last boundary: busy, no event.
    const renewed = await cloud.recordUptime(world.verifier, w.worker, { hour: h0 + 1n, ok: true, resultHash: new Uint8Array(32) });
    expect(weightEvents(renewed)).to.have.length(0);
    reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ busy: {} });
    expect(big(reward.share.leaseEndHour)).to.equal(h0 + 3n);

    // Hour h0 + 2: a lease until h0 + 4 would outlive the rental, so the worker counts as idle (while still streaming).
    await world.context.advanceSeconds(HOUR);
    const last = await cloud.recordUptime(world.verifier, w.worker, { hour: h0 + 2n, ok: true, resultHash: new Uint8Array(32) });
    const changed = theEvent(last, "workerWeightChanged").data;
    expect(changed.reason).to.deep.equal({ uptime: {} });
    expect([changed.previous.busy, changed.weight.busy, changed.weight.eligible]).to.deep.equal([true, false, true]);
    expect((await cloud.fetchWorker(w.worker))!.busy).to.equal(true);
    reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ idle: {} });
    expect(big(reward.share.leaseEndHour)).to.equal(h0 + 4n);

    // The rental's end costs it no weight, and closing needs no grant.
    await world.context.advanceSeconds(HOUR);
    const closed = await cloud.close(rental);
    expect(weightEvents(closed)).to.have.length(0);
    expect(await balance(provider, w.usdc)).to.equal(3n * PRICE);
    reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ idle: {} });
    // Free again: its next proof needs no rental.
    await world.context.advanceSeconds(HOUR);
    await prove(world, w.worker);
    expect((await cloud.fetchWorker(w.worker))!.weight).to.deep.include({ busy: false, eligible: true });
  });
});
