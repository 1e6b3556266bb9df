/**
 * The adversarial review's seven findings, each written as the attack (raw instructions where an
 * attacker would bypass the SDK) and shown refused or earning nothing.
 */
import { expect } from "chai";
import { createTransferInstruction } from "@solana/spl-token";
import { Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";

import {
  IO,
  rentalPda,
  rewardsSyncAccounts,
  sendInstructions,
  stakeVaultPda,
  theEvent,
  toBigInt,
  USDC,
  workerRewardPda,
} from "@ionet/sdk";
import { Orchestrator } from "../sdk/src/lifecycle/orchestrator.js";
import { SqliteStore } from "../sdk/src/lifecycle/store.js";

import { balance, clockNow, expectRefusal, funded, HOUR, hourOf, snapshot } from "./support.js";
import {
  cloudWorld,
  CloudWorld,
  fundIo,
  fundUsdc,
  H100,
  prove,
  ReadyWorker,
  readyWorker,
} from "./support_io_cloud.js";

const refused = (action: Promise<unknown>, name: string, program = "io_cloud") => expectRefusal(action, name, program);
const DAY = 86_400;

/** Moves the clock to the start of the next hour. */
async function toNextHour(world: CloudWorld): Promise<bigint> {
  const now = await clockNow(world.context);
  await world.context.advanceSeconds(Number(HOUR - (now % HOUR)));
  return clockNow(world.context);
}

async function pending(world: CloudWorld, worker: PublicKey): Promise<bigint> {
  return world.rewards.pendingRewards(worker);
}

let nonce = 1_000n;

async function bookUsdc(world: CloudWorld, gpus: number, hours: number, price: bigint, renter?: Keypair) {
  const keypair = renter ?? (await funded(world.provider, 2));
  const usdc = await fundUsdc(world, keypair.publicKey, USDC(10_000));
  const { rental, result } = await world.cloud.book(keypair, {
    nonce: ++nonce,
    deviceClass: H100,
    gpus,
    hours,
    pricePerGpuHour: price,
    tenderMint: world.usdcMint,
    renterToken: usdc,
  });
  return { rental, result, renter: keypair, usdc };
}

describe("integrity: the adversarial review's findings, as attacks", () => {
  let world: CloudWorld;

  beforeEach(async () => {
    world = await cloudWorld();
    await toNextHour(world);
  });

  it("1. a worker leaving through raw unstake / withdraw / deregister earns nothing after it unstakes", async () => {
    const w = await readyWorker(world);
    await world.context.advanceSeconds(600);
    const account = await world.cloud.fetchWorkerOrThrow(w.worker);
    // The attack: unstake without the io_rewards accounts (as the old instruction took them).
    const full = await world.cloud.program.methods
      .workerUnstake({ amount: account.staked })
      .accountsPartial({
        authority: w.authority.publicKey,
        worker: w.worker,
        rewards: { workerReward: workerRewardPda(w.worker), rewards: rewardsSyncAccounts() },
      })
      .instruction();
    const bare = new TransactionInstruction({ programId: full.programId, data: full.data, keys: full.keys.slice(0, 2) });
    await refused(sendInstructions(world.provider, [bare], [w.authority]), "AccountNotEnoughKeys");
    // Another worker's io_rewards account in its place is refused too.
    const other = await readyWorker(world);
    const swapped = new TransactionInstruction({
      programId: full.programId,
      data: full.data,
      keys: full.keys.map((k) => (k.pubkey.equals(workerRewardPda(w.worker)) ? { ...k, pubkey: workerRewardPda(other.worker) } : k)),
    });
    await refused(sendInstructions(world.provider, [swapped], [w.authority]), "InvalidWorkerRewardAccount");
    // The worker unstakes everything (the only way the program takes): its weight ends now.
    await world.cloud.unstake(w.authority, w.worker, toBigInt(account.staked));
    const frozen = await pending(world, w.worker);
    const share = (await world.rewards.fetchWorkerReward(w.worker))!.share;
    expect(Object.keys(share.class)[0]).to.equal("none");
    await world.context.advanceSeconds(14 * DAY);
    await world.cloud.withdraw(w.authority, w.worker, w.io);
    await world.cloud.deregister(w.authority, w.worker);
    // Thirty days later, alone with the other worker gone silent, it has earned nothing more.
    await world.context.advanceSeconds(30 * DAY);
    expect(await pending(world, w.worker)).to.equal(frozen);
    await world.rewards.claim(w.authority, w.worker, w.io);
    expect(await pending(world, w.worker)).to.equal(0n);
    await world.context.advanceSeconds(DAY);
    expect(await pending(world, w.worker)).to.equal(0n);
  });

  it("2. a worker that stops proving uptime earns nothing from the end of the hour after its last proof", async () => {
    const honest = await readyWorker(world);
    const silent = await readyWorker(world);
    const start = await clockNow(world.context);
    const leaseEnd = (hourOf(start) + 2n) * HOUR;
    let atLeaseEnd = 0n;
    for (let hour = 1; hour <= 10; hour++) {
      await world.context.advanceSeconds(Number(HOUR));
      await prove(world, honest.worker);
      if ((await clockNow(world.context)) === leaseEnd) atLeaseEnd = await pending(world, silent.worker);
    }
    expect(atLeaseEnd > 0n).to.equal(true);
    // Silent since the first hour: its earnings stopped at its lease's end.
    expect(await pending(world, silent.worker)).to.equal(atLeaseEnd);
    const status = await world.rewards.status();
    const honestEarned = await pending(world, honest.worker);
    // Everything released after the silent worker's lease ended went to the honest one.
    expect(status.released - honestEarned - atLeaseEnd <= 3n, `${status.released} ${honestEarned} ${atLeaseEnd}`).to.equal(true);
  });

  it("3a. a governed cut of a device multiplier applies from the worker's next proof; without one the lease lapses", async () => {
    const w = await readyWorker(world);
    await world.context.advanceSeconds(Number(HOUR));
    await world.cloud.setDeviceClass(world.governance, { classId: H100, name: "NVIDIA H100 80GB", multiplierBps: 50_000 });
    const proof = await world.cloud.recordUptime(world.verifier, w.worker, { hour: hourOf(await clockNow(world.context)), ok: true, resultHash: new Uint8Array(32) });
    expect(toBigInt(theEvent(proof, "workerRewardUpdated").data.baseWeight)).to.equal(50_000n);
    // No further proof: two boundaries later the weight is gone whatever else happens.
    await world.context.advanceSeconds(Number(2n * HOUR));
    const frozen = await pending(world, w.worker);
    await world.context.advanceSeconds(Number(5n * HOUR));
    expect(await pending(world, w.worker)).to.equal(frozen);
  });

  it("3b. busy ends at the rental's last hour boundary even if nobody closes it", async () => {
    const w = await readyWorker(world);
    const { rental } = await bookUsdc(world, 1, 2, USDC(2));
    await world.cloud.assign(world.orchestrator, rental, [w.worker]);
    const end = toBigInt((await world.cloud.fetchRentalOrThrow(rental)).endTime);
    const share = (await world.rewards.fetchWorkerReward(w.worker))!.share;
    expect(Object.keys(share.class)[0]).to.equal("busy");
    expect(toBigInt(share.leaseEndHour) * HOUR <= end).to.equal(true);
    // Past the end, never closed: no weight left at all (the next proof grants idle weight).
    await world.context.advanceSeconds(Number(3n * HOUR));
    const frozen = await pending(world, w.worker);
    await world.context.advanceSeconds(Number(HOUR));
    expect(await pending(world, w.worker)).to.equal(frozen);
  });

  it("3c. an assignment sent raw by the orchestrator key without the io_rewards accounts is refused", async () => {
    const w = await readyWorker(world);
    const { rental } = await bookUsdc(world, 1, 2, USDC(2));
    const ix = await world.cloud.assignIx(world.orchestrator.publicKey, rental, [w.worker]);
    const onlyWorker = new TransactionInstruction({ programId: ix.programId, data: ix.data, keys: ix.keys.slice(0, -1) });
    const before = await snapshot(world.provider, [rental, w.worker]);
    await refused(sendInstructions(world.provider, [onlyWorker], [world.orchestrator]), "WrongRemainingAccounts");
    const workerTwice = new TransactionInstruction({
      programId: ix.programId,
      data: ix.data,
      keys: [...ix.keys.slice(0, -1), { pubkey: w.worker, isSigner: false, isWritable: true }],
    });
    await refused(sendInstructions(world.provider, [workerTwice], [world.orchestrator]), "InvalidWorkerRewardAccount");
    expect(await snapshot(world.provider, [rental, w.worker])).to.deep.equal(before);
  });

  it("4a. a renter offering a millionth of the worker's ask is never assigned it", async () => {
    const w = await readyWorker(world, { askUsd: USDC(2) });
    const { rental } = await bookUsdc(world, 1, 2, 2n);
    const before = await snapshot(world.provider, [rental, w.worker]);
    await refused(world.cloud.assign(world.orchestrator, rental, [w.worker]), "PriceBelowAsk");
    expect(await snapshot(world.provider, [rental, w.worker])).to.deep.equal(before);
    // The orchestrator does not even try: it matches on price.
    const orchestrator = new Orchestrator({
      connection: world.provider.connection,
      cloud: world.cloud,
      orchestrator: world.orchestrator,
      store: new SqliteStore(),
      now: () => clockNow(world.context),
      ioMint: world.ioMint,
    });
    await orchestrator.step();
    expect(orchestrator.refusals).to.deep.equal([]);
    expect(orchestrator.rentals().find((r) => r.id === rental.toBase58())!.state).to.equal("booked");
  });

  it("4b. a worker renting itself at one base unit earns no more through the busy boost than the rental's fees", async () => {
    const dealer = await readyWorker(world, { askUsd: 1n });
    const twin = await readyWorker(world, { askUsd: 1n });
    const { rental } = await bookUsdc(world, 1, 24, 1n, dealer.authority);
    await world.cloud.assign(world.orchestrator, rental, [dealer.worker]);
    // (The first worker also got what was released before anyone had weight: compare growth.)
    const ahead = (await pending(world, dealer.worker)) - (await pending(world, twin.worker));
    const budget = toBigInt((await world.cloud.fetchRentalOrThrow(rental)).boostBudget);
    for (let hour = 1; hour <= 6; hour++) {
      await world.context.advanceSeconds(Number(HOUR));
      await prove(world, dealer.worker);
      await prove(world, twin.worker);
    }
    const extra = (await pending(world, dealer.worker)) - (await pending(world, twin.worker)) - ahead;
    // Its USD fees fund no boost without a price (and would be 2 micro-USD's worth with one).
    expect(budget).to.equal(0n);
    expect(extra <= budget + 2n, `extra ${extra}`).to.equal(true);
    expect((await world.rewards.status()).boostWithheld > 0n).to.equal(true);
  });

  it("4c. paid in IO, the boost is funded by the rental's fees and stops there", async () => {
    const dealer = await readyWorker(world, { askIo: 1n });
    const twin = await readyWorker(world, { askIo: 1n });
    const io = await fundIo(world, dealer.authority.publicKey, IO(10_000));
    const { rental } = await world.cloud.book(dealer.authority, {
      nonce: ++nonce,
      deviceClass: H100,
      gpus: 1,
      hours: 6,
      pricePerGpuHour: IO(100),
      tenderMint: world.ioMint,
      renterToken: io,
    });
    await world.cloud.assign(world.orchestrator, rental, [dealer.worker]);
    const ahead = (await pending(world, dealer.worker)) - (await pending(world, twin.worker));
    const account = await world.cloud.fetchRentalOrThrow(rental);
    // IO fees: the 0.25% reservation fee of 600 IO (no tender fee in IO).
    expect(toBigInt(account.boostBudget)).to.equal(toBigInt(account.fees));
    expect(toBigInt(account.fees)).to.equal(IO(600) / 400n);
    for (let hour = 1; hour <= 6; hour++) {
      await world.context.advanceSeconds(Number(HOUR));
      await prove(world, dealer.worker);
      await prove(world, twin.worker);
    }
    const extra = (await pending(world, dealer.worker)) - (await pending(world, twin.worker)) - ahead;
    expect(extra > 0n, "the boost pays").to.equal(true);
    expect(extra <= toBigInt(account.fees) + 2n, `extra ${extra} fees ${account.fees}`).to.equal(true);
  });

  it("5. the DAO-governed reservation fee applies to bookings and extensions", async () => {
    await world.credits.setParam(world.paramsGovernance, { kind: "reservationFeeBps", value: 100 });
    // 100 USDC of GPU time at 1%: 1 USDC reservation fee (and 2 USDC tender fee).
    const { rental, result, renter, usdc } = await bookUsdc(world, 1, 50, USDC(2));
    const booked = theEvent(result, "rentalBooked").data;
    expect(toBigInt(booked.principal)).to.equal(USDC(100));
    expect(toBigInt(booked.reservationFee)).to.equal(USDC(1));
    // An extension of 50 more hours pays 1% too.
    const before = await balance(world.provider, usdc);
    await world.cloud.extend(renter, rental, 50, usdc);
    expect(before - (await balance(world.provider, usdc))).to.equal(USDC(100) + USDC(2) + USDC(1));
  });

  it("6. a rental booked again at a closed rental's address is assigned by the orchestrator", async () => {
    await readyWorker(world);
    const renter = await funded(world.provider, 2);
    const usdc = await fundUsdc(world, renter.publicKey, USDC(1_000));
    const booking = { nonce: 7n, deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: USDC(2), tenderMint: world.usdcMint, renterToken: usdc };
    const orchestrator = new Orchestrator({
      connection: world.provider.connection,
      cloud: world.cloud,
      orchestrator: world.orchestrator,
      store: new SqliteStore(),
      now: () => clockNow(world.context),
      ioMint: world.ioMint,
    });
    await world.cloud.book(renter, booking);
    await orchestrator.step();
    const address = rentalPda(renter.publicKey, 7n).toBase58();
    expect(orchestrator.rentals().find((r) => r.id === address)!.state).to.equal("active");
    await world.context.advanceSeconds(Number(HOUR));
    for (const w of orchestrator.workers()) await prove(world, new PublicKey(w.id));
    await orchestrator.step();
    expect(orchestrator.rentals().find((r) => r.id === address)!.state).to.equal("closed");
    // The same nonce again: the same address, a new booking.
    await world.cloud.book(renter, booking);
    await orchestrator.step();
    expect(orchestrator.rentals().find((r) => r.id === address)!.state).to.equal("active");
    expect((await world.cloud.fetchRentalOrThrow(new PublicKey(address))).assignments).to.have.length(1);
  });

  it("7. IO sent to a stake vault by a stranger no longer blocks deregistration: it goes to the authority", async () => {
    const w: ReadyWorker = await readyWorker(world);
    const stranger = await funded(world.provider);
    const strangerIo = await fundIo(world, stranger.publicKey, 1n);
    const vault = stakeVaultPda(w.worker);
    await sendInstructions(world.provider, [createTransferInstruction(strangerIo, vault, stranger.publicKey, 1n)], [stranger]);
    const staked = toBigInt((await world.cloud.fetchWorkerOrThrow(w.worker)).staked);
    await world.cloud.unstake(w.authority, w.worker, staked);
    await world.context.advanceSeconds(14 * DAY);
    await world.cloud.withdraw(w.authority, w.worker, w.io);
    expect(await balance(world.provider, vault)).to.equal(1n);
    const before = await balance(world.provider, w.io);
    const result = await world.cloud.deregister(w.authority, w.worker, w.io);
    expect(toBigInt(theEvent(result, "workerDeregistered").data.dustSwept)).to.equal(1n);
    expect(await balance(world.provider, w.io)).to.equal(before + 1n);
    expect(await world.provider.connection.getAccountInfo(vault)).to.equal(null);
  });
});
