import { expect } from "chai";
import { createMintToInstruction, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { AccountMeta, Keypair, PublicKey, TransactionInstruction } from "@solana/web3.js";

import {
  cloudConfigPda,
  feeVaultPda,
  NON_IO_TENDER_FEE_BPS,
  createTokenMint,
  deviceClassPda,
  escrowPda,
  feeOf,
  IO,
  RentalBookInput,
  rentalCharges,
  rewardsConfigPda,
  rewardsSyncAccounts,
  sendInstructions,
  streamAccrued,
  supplierFeeBps,
  theEvent,
  toBigInt,
  TxResult,
  u64,
  USDC,
  workerRewardPda,
} from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, HOUR, hourOf, setUnixTime, snapshot, tokenAccount } from "./support.js";
import {
  cloudWorld,
  CloudWorld,
  fundIo,
  fundUsdc,
  H100,
  prove,
  ReadyWorker,
  readyWorker,
  RTX4070,
} from "./support_io_cloud.js";

const refused = (action: Promise<unknown>, name: string) => expectRefusal(action, name, "io_cloud");
/** 3.6 USDC per GPU-hour: exactly 1,000 micro-USDC per GPU-second. */
const PRICE = 3_600_000n;
const perSecond = (gpus: number) => 1_000n * BigInt(gpus);
/** A USDC worker's supplier fee rate: the 0.25% reservation rate plus the 2% tender rate. */
const SUPPLIER_BPS = supplierFeeBps(200, 25);
/** What reaches a worker that earned `gross` in all (its fees round up once over the stream). */
const netOf = (gross: bigint, bps = SUPPLIER_BPS) => gross - feeOf(gross, bps);

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
    .uptimeRecord({ hour: u64(hour), ok: true, resultHash: Array(32).fill(1) })
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
  const charges = rentalCharges(PRICE, 4, 3, 200, 25);

  /** 4 GPUs for 3 hours at `PRICE`, and three workers whose GPUs add up (the third asks exactly the price: the floor admits it). */
  async function booked() {
    const workers = [
      await readyWorker(world, { gpus: 1 }),
      await readyWorker(world, { gpus: 2 }),
      await readyWorker(world, { gpus: 1, askUsd: PRICE }),
    ];
    const { rental, result } = await book(world, renter, 4, 3);
    return { rental, result, workers };
  }

  /** `booked()`, assigned to its three workers: streaming from `start`. */
  async function active() {
    const { rental, workers } = await booked();
    const result = await world.cloud.assign(world.orchestrator, rental, workers.map((w) => w.worker));
    return { rental, workers, result, start: await clockNow(world.context) };
  }

  /** `active()` at the end of its 3 hours. */
  async function ended() {
    const streaming = await active();
    await world.context.advanceSeconds(3n * HOUR);
    return streaming;
  }

  /** `active()` extended to 5 hours, its second worker reported down at hour 3 and back up 10 minutes later. */
  async function downTenMinutes() {
    const streaming = await active();
    const b = streaming.workers[1].worker;
    await world.cloud.extend(renter.keypair, streaming.rental, 2);
    await world.context.advanceSeconds(3n * HOUR);
    const down = await world.cloud.reportDown(world.orchestrator, streaming.rental, b);
    await world.context.advanceSeconds(600);
    const up = await world.cloud.reportUp(world.orchestrator, streaming.rental, b);
    return { ...streaming, down, up };
  }

  /** Expects `action` refused with `error` and the `watched` accounts unchanged. */
  async function refusedUnchanged(watched: PublicKey[], action: () => Promise<unknown>, error: string) {
    const before = await snapshot(world.provider, watched);
    await refused(action(), error);
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  }

  before(async () => {
    world = await cloudWorld();
    renter = await newRenter(world, USDC(10_000));
  });

  it("books: price × GPUs × hours into the rental's escrow, 2% + 0.25% into the USDC fee vault", async () => {
    const before = await balance(world.provider, renter.usdc);
    const feeVaultBefore = await balance(world.provider, feeVaultPda(world.usdcMint));
    const booked = await book(world, renter, 4, 3);
    const rental = booked.rental;
    expect(charges.principal).to.equal(43_200_000n);
    expect(charges.tenderFee).to.equal(864_000n);
    expect(charges.reservationFee).to.equal(108_000n);
    expect(before - (await balance(world.provider, renter.usdc))).to.equal(charges.total);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(charges.principal);
    expect((await balance(world.provider, feeVaultPda(world.usdcMint))) - feeVaultBefore).to.equal(864_000n + 108_000n);
    const event = theEvent(booked.result, "rentalBooked").data;
    expect(toBigInt(event.totals.deposited)).to.equal(charges.total);
    expect(event.totals.hours).to.equal(3);
    expect(event.header.seq.toString()).to.equal("1");
    const account = (await world.cloud.fetchRental(rental))!;
    expect(account.state).to.deep.equal({ booked: {} });
    expect(account.escrow.equals(escrowPda(rental))).to.equal(true);
  });

  describe("refuses bad bookings, taking nothing from the renter", () => {
    /** Books 1 GPU for 1 hour with `change` applied; expects `error` and the renter's USDC untouched. */
    async function refusedBooking(change: Partial<RentalBookInput>, error: string) {
      const base = { deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: PRICE, tenderMint: world.usdcMint, renterToken: renter.usdc };
      const usdcBefore = await balance(world.provider, renter.usdc);
      await refused(world.cloud.book(renter.keypair, { ...base, nonce: nextNonce(), ...change }), error);
      expect(await balance(world.provider, renter.usdc)).to.equal(usdcBefore);
    }

    it("refuses paying from an account of another mint (WrongTenderMint)", async () => {
      await refusedBooking({ renterToken: await fundIo(world, renter.keypair.publicKey, IO(1)) }, "WrongTenderMint");
    });

    const invalid: [string, Partial<RentalBookInput>, string][] = [
      ["of 0 hours", { hours: 0 }, "InvalidHours"],
      ["of 8,761 hours (over a year)", { hours: 8_761 }, "InvalidHours"],
      ["of 0 GPUs", { gpus: 0 }, "InvalidGpuCount"],
      ["at a zero price", { pricePerGpuHour: 0n }, "ZeroPrice"],
    ];
    for (const [what, change, error] of invalid) {
      it(`refuses a booking ${what} (${error})`, () => refusedBooking(change, error));
    }

    it("refuses a nonce the renter has a rental at (RentalNonceInUse)", async () => {
      const { rental } = await book(world, renter, 1, 1);
      const open = (await world.cloud.fetchRental(rental))!;
      await refusedBooking({ nonce: toBigInt(open.nonce) }, "RentalNonceInUse");
    });

    it("refuses a disabled tender (TenderDisabled)", async () => {
      const { credits, paramsGovernance } = world;
      await credits.setTender(paramsGovernance, world.usdcMint, NON_IO_TENDER_FEE_BPS, false);
      await refusedBooking({}, "TenderDisabled");
      await credits.setTender(paramsGovernance, world.usdcMint, NON_IO_TENDER_FEE_BPS, true);
    });

    it("refuses a disabled device class (DeviceClassDisabled)", async () => {
      await world.cloud.setDeviceClass(world.governance, { classId: 9, name: "retired", multiplierBps: 10_000, enabled: false });
      await refusedBooking({ deviceClass: 9 }, "DeviceClassDisabled");
    });
  });

  describe("refuses assignments that break the rules, each with its error and no change", () => {
    let rental: PublicKey;
    let a: PublicKey, b: PublicKey, c: PublicKey;
    let underStaked: ReadyWorker;
    let rtx: ReadyWorker;
    let pricey: ReadyWorker;
    let watched: PublicKey[];
    const assignRefused = (workers: PublicKey[], error: string, orchestrator: Keypair = world.orchestrator) =>
      refusedUnchanged(watched, () => world.cloud.assign(orchestrator, rental, workers), error);
    /** `assignIx` for a, b and c: its remaining accounts are pairs (worker, its io_rewards account). */
    const ix = () => world.cloud.assignIx(world.orchestrator.publicKey, rental, [a, b, c]);
    const sendRefused = (built: TransactionInstruction, error: string) =>
      refusedUnchanged(watched, () => sendInstructions(world.provider, [built], [world.orchestrator]), error);

    before(async () => {
      const ready = await booked();
      rental = ready.rental;
      [a, b, c] = ready.workers.map((w) => w.worker);
      underStaked = await readyWorker(world, { gpus: 1, stake: IO(1_999) });
      rtx = await readyWorker(world, { deviceClass: RTX4070, gpus: 1 });
      pricey = await readyWorker(world, { gpus: 1, askUsd: PRICE + 1n });
      const workerKeys = [a, b, c, underStaked.worker, rtx.worker, pricey.worker];
      watched = [rental, ...workerKeys, ...workerKeys.map(workerRewardPda), rewardsConfigPda()];
    });

    it("refuses an assignment by anyone but the orchestrator (NotOrchestrator)", async () => {
      await assignRefused([a, b, c], "NotOrchestrator", await funded(world.provider));
    });

    it("refuses an understaked worker (WorkerIneligible)", () => assignRefused([a, b, underStaked.worker], "WorkerIneligible"));

    it("refuses a worker of another device class (WrongDeviceClass)", () => assignRefused([a, b, rtx.worker], "WrongDeviceClass"));

    // The price floor: 3.6 USDC per GPU-hour is below an ask of 3.600001.
    it("refuses a worker asking more than the rental pays (PriceBelowAsk)", () => assignRefused([a, b, pricey.worker], "PriceBelowAsk"));

    it("refuses workers whose GPUs do not add up to the rental's (GpuCountMismatch)", () => assignRefused([a, b], "GpuCountMismatch"));

    it("refuses a worker twice (DuplicateAccount)", () => assignRefused([a, b, a], "DuplicateAccount"));

    it("refuses a token account as a worker (InvalidWorkerAccount)", () => assignRefused([a, b, renter.usdc], "InvalidWorkerAccount"));

    it("refuses the rental itself as a worker (InvalidWorkerAccount)", () => assignRefused([a, b, rental], "InvalidWorkerAccount"));

    it("refuses no workers (InvalidWorkerCount)", () => assignRefused([], "InvalidWorkerCount"));

    it("passes each worker with its io_rewards account, in pairs", async () => {
      const pairs = await ix();
      const last = pairs.keys.length - 1;
      expect(pairs.keys.slice(last - 5).map((k) => k.pubkey.toBase58())).to.deep.equal(
        [a, workerRewardPda(a), b, workerRewardPda(b), c, workerRewardPda(c)].map((k) => k.toBase58()),
      );
    });

    it("refuses a worker without its io_rewards account (WrongRemainingAccounts)", async () => {
      const odd = await ix();
      odd.keys.pop();
      await sendRefused(odd, "WrongRemainingAccounts");
    });

    const wrongRewards: [string, () => PublicKey][] = [
      ["another worker's io_rewards account", () => workerRewardPda(a)],
      ["a token account", () => renter.usdc],
      ["io_rewards' config", () => rewardsConfigPda()],
    ];
    for (const [what, wrong] of wrongRewards) {
      it(`refuses ${what} as a worker's io_rewards account (InvalidWorkerRewardAccount)`, async () => {
        const swapped = await ix();
        swapped.keys[swapped.keys.length - 1].pubkey = wrong();
        await sendRefused(swapped, "InvalidWorkerRewardAccount");
      });
    }

    it("refuses a read-only worker account (AccountNotWritable)", async () => {
      const readOnlyWorker = await ix();
      readOnlyWorker.keys[readOnlyWorker.keys.length - 2].isWritable = false;
      await sendRefused(readOnlyWorker, "AccountNotWritable");
    });

    it("refuses a read-only io_rewards account (AccountNotWritable)", async () => {
      const readOnlyReward = await ix();
      readOnlyReward.keys[readOnlyReward.keys.length - 1].isWritable = false;
      await sendRefused(readOnlyReward, "AccountNotWritable");
    });

    // Not started yet: nothing streams, nothing can be reported.
    it("refuses settling before the start (RentalNotActive)", () => refusedUnchanged(watched, () => world.cloud.settle(rental, []), "RentalNotActive"));

    it("refuses reporting a worker down before the start (WorkerNotAssigned)", () =>
      refusedUnchanged(watched, () => world.cloud.reportDown(world.orchestrator, rental, a), "WorkerNotAssigned"));

    it("refuses closing before the start (RentalNotEnded)", () => refusedUnchanged(watched, () => world.cloud.close(rental), "RentalNotEnded"));
  });

  it("assigns eligible workers whose GPUs add up; streaming starts and each becomes busy", async () => {
    const { rental, result, workers, start } = await active();
    const totals = totalsOf(result, "rentalAssigned");
    expect(totals.state).to.deep.equal({ active: {} });
    expect(toBigInt(totals.startTime)).to.equal(start);
    expect(toBigInt(totals.endTime)).to.equal(start + 3n * HOUR);
    const busy = weightEvents(result);
    expect(busy).to.have.length(3);
    for (const event of busy) {
      expect(event.data.reason).to.deep.equal({ busy: {} });
      expect(event.data.weight.busy).to.equal(true);
      expect(event.data.weight.eligible).to.equal(true);
    }
    const worker = (await world.cloud.fetchWorker(workers[1].worker))!;
    expect(worker.rental.equals(rental)).to.equal(true);
    expect(toBigInt(worker.rentalEnd)).to.equal(start + 3n * HOUR);
    // The assignment granted io_rewards each busy weight, leased until the proof lapses (within the rental).
    for (const w of workers) {
      const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
      expect(reward.busy).to.equal(true);
      expect(reward.share.class).to.deep.equal({ busy: {} });
      const proofHour = toBigInt((await world.cloud.fetchWorker(w.worker))!.lastProofHour);
      expect(toBigInt(reward.share.leaseEndHour)).to.equal(proofHour + 2n);
      expect(proofHour + 2n <= hourOf(start + 3n * HOUR)).to.equal(true);
    }
    // USDC fees fund no busy boost without an IO price.
    const account = (await world.cloud.fetchRental(rental))!;
    expect(toBigInt(account.boostBudget)).to.equal(0n);
    expect(account.boostGranted.map(toBigInt)).to.deep.equal([0n, 0n, 0n]);
  });

  it("refuses assigning a streaming rental again (RentalNotBooked)", async () => {
    const { rental, workers } = await active();
    await refused(world.cloud.assign(world.orchestrator, rental, workers.map((w) => w.worker)), "RentalNotBooked");
  });

  describe("while the rental streams", () => {
    let streaming: Awaited<ReturnType<typeof active>>;

    before(async () => {
      streaming = await active();
    });

    it("refuses a busy worker for another rental (WorkerRented)", async () => {
      const other = await book(world, renter, 1, 1);
      await refused(world.cloud.assign(world.orchestrator, other.rental, [streaming.workers[0].worker]), "WorkerRented");
      await world.cloud.terminate(renter.keypair, other.rental);
    });

    const leaving: [string, (w: ReadyWorker) => Promise<unknown>][] = [
      ["unstaking", (w) => world.cloud.unstake(w.authority, w.worker, IO(1))],
      ["deregistering", (w) => world.cloud.deregister(w.authority, w.worker)],
      ["changing its GPUs", (w) => world.cloud.updateWorker(w.authority, w.worker, { gpus: 2 })],
    ];
    for (const [what, action] of leaving) {
      it(`refuses a rented worker ${what} (WorkerRented), changing nothing`, () => {
        const w = streaming.workers[0];
        return refusedUnchanged([w.worker], () => action(w), "WorkerRented");
      });
    }

    it("refuses an extension by anyone but the renter (NotRenter)", async () => {
      await refused(world.cloud.extend(await funded(world.provider), streaming.rental, 2, renter.usdc), "NotRenter");
    });

    it("refuses an extension paid from an account of another mint (WrongTenderMint)", async () => {
      const ioAccount = await fundIo(world, renter.keypair.publicKey, 0n);
      await refused(world.cloud.extend(renter.keypair, streaming.rental, 2, ioAccount), "WrongTenderMint");
    });

    it("refuses an extension of 0 hours (InvalidHours)", () => refused(world.cloud.extend(renter.keypair, streaming.rental, 0), "InvalidHours"));

    it("refuses a down report by anyone but the orchestrator (NotOrchestrator)", async () => {
      await refused(world.cloud.reportDown(await funded(world.provider), streaming.rental, streaming.workers[1].worker), "NotOrchestrator");
    });

    it("refuses an up report for a worker that is not down (WorkerNotDown)", () =>
      refused(world.cloud.reportUp(world.orchestrator, streaming.rental, streaming.workers[1].worker), "WorkerNotDown"));

    it("refuses a down report for a worker not assigned to it (WorkerNotAssigned)", async () => {
      const stranger = await readyWorker(world);
      await refused(world.cloud.reportDown(world.orchestrator, streaming.rental, stranger.worker), "WorkerNotAssigned");
    });

    it("refuses closing before the end (RentalNotEnded), changing nothing", () =>
      refusedUnchanged([streaming.rental, escrowPda(streaming.rental)], () => world.cloud.close(streaming.rental), "RentalNotEnded"));
  });

  it("pays nothing within the first hour (NothingToSettle)", async () => {
    const { rental } = await active();
    await world.context.advanceSeconds(600);
    await refusedUnchanged([rental, escrowPda(rental)], () => world.cloud.settle(rental), "NothingToSettle");
  });

  it("streams the exact amounts after N seconds: rate = price per GPU-second × GPUs", async () => {
    const { rental, workers } = await active();
    const n = 2n * HOUR + 17n;
    await world.context.advanceSeconds(n);
    const vaultBefore = await balance(world.provider, feeVaultPda(world.usdcMint));
    const result = await world.cloud.settle(rental);
    const expected = workers.map((w) => perSecond(w.gpus) * n);
    expect(expected).to.deep.equal([7_217_000n, 14_434_000n, 7_217_000n]);
    expect(workers.map((w) => streamAccrued(PRICE, w.gpus, n))).to.deep.equal(expected);
    // Each worker gets its pay less 2.25% (0.25% reservation + 2% in USDC): 7.217 USDC → 7.0546 USDC.
    expect(netOf(expected[0])).to.equal(7_054_617n);
    for (const [i, w] of workers.entries()) expect(await balance(world.provider, w.usdc)).to.equal(netOf(expected[i]));
    const event = theEvent(result, "rentalSettled").data;
    expect(event.payments.map(toBigInt)).to.deep.equal(expected.map((gross) => netOf(gross)));
    const fees = expected.map((gross) => feeOf(gross, SUPPLIER_BPS));
    expect(event.fees.map(toBigInt)).to.deep.equal(fees);
    expect(toBigInt(event.totals.supplierFees)).to.equal(fees[0] + fees[1] + fees[2]);
    expect((await balance(world.provider, feeVaultPda(world.usdcMint))) - vaultBefore).to.equal(fees[0] + fees[1] + fees[2]);
    expect(toBigInt(event.totals.escrow)).to.equal(charges.principal - 28_868_000n);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(charges.principal - 28_868_000n);
  });

  it("refuses a second settle at the same time (NothingToSettle), changing nothing", async () => {
    const { rental, workers } = await active();
    await world.context.advanceSeconds(2n * HOUR + 17n);
    await world.cloud.settle(rental);
    await refusedUnchanged([rental, escrowPda(rental), ...workers.map((w) => w.usdc)], () => world.cloud.settle(rental), "NothingToSettle");
  });

  describe("refuses settling to wrong payout accounts, changing nothing", () => {
    let streaming: Awaited<ReturnType<typeof active>>;
    /** Settles with `payouts` in place of the workers' USDC accounts. */
    const settleRefused = (payouts: (workers: ReadyWorker[]) => Promise<PublicKey[]>, error: string) => async () => {
      const { rental, workers } = streaming;
      const wrong = await payouts(workers);
      await refusedUnchanged([rental, escrowPda(rental), ...workers.map((w) => w.usdc)], () => world.cloud.settle(rental, wrong), error);
    };

    before(async () => {
      streaming = await active();
      await world.context.advanceSeconds(HOUR + 5n); // past the first hour: a settle would pay
    });

    it(
      "refuses a stranger's account in a worker's slot (WrongPayoutAccount)",
      settleRefused(async ([x, , z]) => [x.usdc, await fundUsdc(world, Keypair.generate().publicKey, 0n), z.usdc], "WrongPayoutAccount"),
    );

    it("refuses a worker's IO account for its USDC payout (WrongPayoutAccount)", settleRefused(async ([x, y, z]) => [x.usdc, y.io, z.usdc], "WrongPayoutAccount"));

    it("refuses fewer payout accounts than workers (WrongRemainingAccounts)", settleRefused(async ([x, y]) => [x.usdc, y.usdc], "WrongRemainingAccounts"));
  });

  it("extends: deposits price × GPUs × hours plus fees and moves the end", async () => {
    const { rental, start } = await active();
    const before = await balance(world.provider, renter.usdc);
    const result = await world.cloud.extend(renter.keypair, rental, 2);
    const more = rentalCharges(PRICE, 4, 2, 200, 25);
    expect(before - (await balance(world.provider, renter.usdc))).to.equal(more.total);
    const totals = totalsOf(result, "rentalExtended");
    expect(toBigInt(totals.endTime)).to.equal(start + 5n * HOUR);
    expect(totals.hours).to.equal(5);
    expect(toBigInt(totals.deposited)).to.equal(charges.total + more.total);
  });

  it("reports a worker down for 10 minutes and back up", async () => {
    const { down, up } = await downTenMinutes();
    const status = theEvent(down, "rentalWorkerStatus").data.worker;
    expect(status.down).to.equal(true);
    expect(toBigInt(status.activeSeconds)).to.equal(3n * HOUR);
    expect(theEvent(down, "workerWeightChanged").data.weight.busy).to.equal(false);
    expect(toBigInt(theEvent(up, "rentalWorkerStatus").data.worker.downSeconds)).to.equal(600n);
    expect(theEvent(up, "workerWeightChanged").data.weight.busy).to.equal(true);
  });

  it("refuses reporting a worker down twice (WorkerAlreadyDown)", async () => {
    const { rental, workers } = await active();
    await world.cloud.reportDown(world.orchestrator, rental, workers[1].worker);
    await refused(world.cloud.reportDown(world.orchestrator, rental, workers[1].worker), "WorkerAlreadyDown");
  });

  describe("once the rental has ended", () => {
    let over: Awaited<ReturnType<typeof ended>>;

    before(async () => {
      over = await ended();
    });

    it("refuses a close refunding anyone but the renter (WrongRefundAccount), changing nothing", async () => {
      const strangerUsdc = await fundUsdc(world, Keypair.generate().publicKey, 0n);
      await refusedUnchanged([over.rental, escrowPda(over.rental)], () => world.cloud.close(over.rental, { renterToken: strangerUsdc }), "WrongRefundAccount");
    });

    it("refuses a close paying a worker twice (WrongPayoutAccount), changing nothing", async () => {
      const payouts = await world.cloud.payoutAccounts(over.rental);
      await refusedUnchanged(
        [over.rental, escrowPda(over.rental)],
        () => world.cloud.close(over.rental, { payouts: [payouts[0], payouts[0], payouts[2]] }),
        "WrongPayoutAccount",
      );
    });

    // After the end nothing can change the stream any more.
    const changes: [string, () => Promise<unknown>][] = [
      ["a down report", () => world.cloud.reportDown(world.orchestrator, over.rental, over.workers[0].worker)],
      ["an extension", () => world.cloud.extend(renter.keypair, over.rental, 1)],
      ["a termination", () => world.cloud.terminate(renter.keypair, over.rental)],
    ];
    for (const [what, action] of changes) {
      it(`refuses ${what} (RentalEnded)`, () => refused(action(), "RentalEnded"));
    }
  });

  it("closes after the end: the down worker is not paid for its 10 minutes, the renter gets them back and the rent", async () => {
    const { cloud, provider } = world;
    const { rental, workers } = await downTenMinutes();
    await world.context.advanceSeconds(2n * HOUR - 600n);
    const paidBefore = await Promise.all(workers.map((w) => balance(provider, w.usdc)));
    const usdcBefore = await balance(provider, renter.usdc);
    const lamportsBefore = BigInt(await provider.connection.getBalance(renter.keypair.publicKey));
    const rent =
      BigInt((await provider.connection.getAccountInfo(rental))!.lamports) +
      BigInt((await provider.connection.getAccountInfo(escrowPda(rental)))!.lamports);
    const result = await cloud.close(rental);
    const end = 5n * HOUR;
    const totalPaid = workers.map((w, i) => perSecond(w.gpus) * (i === 1 ? end - 600n : end));
    for (const [i, w] of workers.entries()) expect(await balance(provider, w.usdc)).to.equal(netOf(totalPaid[i]));
    const event = theEvent(result, "rentalClosed").data;
    expect(event.payments.map(toBigInt)).to.deep.equal(totalPaid.map((t, i) => netOf(t) - paidBefore[i]));
    // Exactly the 10 minutes of 2 GPUs: 600 s × 2,000.
    expect(toBigInt(event.refund)).to.equal(1_200_000n);
    expect((await balance(provider, renter.usdc)) - usdcBefore).to.equal(1_200_000n);
    expect(BigInt(await provider.connection.getBalance(renter.keypair.publicKey)) - lamportsBefore).to.equal(rent);
    expect(await provider.connection.getAccountInfo(rental)).to.equal(null);
    expect(await provider.connection.getAccountInfo(escrowPda(rental))).to.equal(null);
    // Conservation: deposited = paid net + supplier fees + refunded + renter fees (nothing left in escrow).
    const totals = event.totals;
    const supplierFees = totalPaid.reduce((sum, gross) => sum + feeOf(gross, SUPPLIER_BPS), 0n);
    expect(toBigInt(totals.supplierFees)).to.equal(supplierFees);
    expect(toBigInt(totals.deposited)).to.equal(
      toBigInt(totals.paid) + toBigInt(totals.supplierFees) + toBigInt(totals.refunded) + toBigInt(totals.fees),
    );
    expect(toBigInt(totals.escrow)).to.equal(0n);
    // The workers are free again, without a weight event: no busy lease outlives the rental's last hour boundary.
    const closedAt = await clockNow(world.context);
    for (const w of workers) {
      const account = (await cloud.fetchWorker(w.worker))!;
      expect(account.rental.equals(PublicKey.default)).to.equal(true);
      expect(account.busy).to.equal(false);
      expect(toBigInt(account.rentalEnd)).to.equal(0n);
      const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
      expect(toBigInt(reward.share.leaseEndHour) <= hourOf(closedAt)).to.equal(true);
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

  /** 2 GPUs for 5 hours on workers x and y, 9,000 s (2.5 hours) into the stream. */
  async function halfway() {
    const [x, y] = [await readyWorker(world), await readyWorker(world)];
    const { rental } = await book(world, renter, 2, 5);
    await world.cloud.assign(world.orchestrator, rental, [x.worker, y.worker]);
    await world.context.advanceSeconds(9_000);
    return { rental, x, y };
  }

  describe("refuses terminations by anyone but the renter or without each slot's accounts, changing nothing", () => {
    let streaming: Awaited<ReturnType<typeof halfway>>;
    /** Each assigned slot's worker and io_rewards account, in slot order. */
    const watched = () => {
      const { rental, x, y } = streaming;
      return [rental, escrowPda(rental), renter.usdc, x.worker, y.worker, workerRewardPda(x.worker), workerRewardPda(y.worker)];
    };
    /** `rental_terminate` with `remaining` (worker, io_rewards account) pairs, refused with `error`. */
    const byHandRefused = async (remaining: PublicKey[], error: string) => {
      const before = await snapshot(world.provider, watched());
      const ix = await terminateIx(world, renter, streaming.rental, remaining);
      await refused(sendInstructions(world.provider, [ix], [renter.keypair]), error);
      expect(await snapshot(world.provider, watched())).to.deep.equal(before);
    };

    before(async () => {
      streaming = await halfway();
    });

    it("refuses a termination by anyone but the renter (NotRenter)", async () => {
      const before = await snapshot(world.provider, watched());
      await refused(world.cloud.terminate(await funded(world.provider), streaming.rental, renter.usdc), "NotRenter");
      expect(await snapshot(world.provider, watched())).to.deep.equal(before);
    });

    it("refuses a termination without the slots' accounts (WrongRemainingAccounts)", () => byHandRefused([], "WrongRemainingAccounts"));

    it("refuses a termination with one slot's accounts of two (WrongRemainingAccounts)", () => {
      const { x } = streaming;
      return byHandRefused([x.worker, workerRewardPda(x.worker)], "WrongRemainingAccounts");
    });

    it("refuses a termination with the slots out of order (WrongRemainingAccounts)", () => {
      const { x, y } = streaming;
      return byHandRefused([y.worker, workerRewardPda(y.worker), x.worker, workerRewardPda(x.worker)], "WrongRemainingAccounts");
    });

    it("refuses a termination with another worker's io_rewards account (InvalidWorkerRewardAccount)", () => {
      const { x, y } = streaming;
      return byHandRefused([x.worker, workerRewardPda(y.worker), y.worker, workerRewardPda(y.worker)], "InvalidWorkerRewardAccount");
    });
  });

  it("refunds exactly what can no longer stream after 2.5 hours of a 5-hour rental", async () => {
    const { cloud, provider } = world;
    const { rental, x, y } = await halfway();
    const before = await balance(provider, renter.usdc);
    const result = await cloud.terminate(renter.keypair, rental);
    const principal = PRICE * 2n * 5n;
    const refund = principal - 2n * 1_000n * 9_000n;
    expect(toBigInt(theEvent(result, "rentalTerminated").data.refund)).to.equal(refund);
    expect((await balance(provider, renter.usdc)) - before).to.equal(refund);
    const totals = totalsOf(result, "rentalTerminated");
    expect(totals.state).to.deep.equal({ terminated: {} });
    expect(toBigInt(totals.endTime)).to.equal(await clockNow(world.context));
    const closed = await cloud.close(rental);
    expect(toBigInt(theEvent(closed, "rentalClosed").data.refund)).to.equal(0n);
    expect(await balance(provider, x.usdc)).to.equal(netOf(9_000_000n));
    expect(await balance(provider, y.usdc)).to.equal(netOf(9_000_000n));
  });

  it("refuses terminating a terminated rental again (RentalTerminated)", async () => {
    const { rental } = await halfway();
    await world.cloud.terminate(renter.keypair, rental);
    await refused(world.cloud.terminate(renter.keypair, rental), "RentalTerminated");
  });

  it("refuses extending a terminated rental (RentalTerminated)", async () => {
    const { rental } = await halfway();
    await world.cloud.terminate(renter.keypair, rental);
    await refused(world.cloud.extend(renter.keypair, rental, 1), "RentalTerminated");
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
    expect(toBigInt(totalsOf(result, "rentalTerminated").endTime)).to.equal(start + HOUR);
    await refused(cloud.close(rental), "RentalNotEnded");
    await world.context.advanceSeconds(HOUR - 600n);
    await cloud.close(rental);
    expect(await balance(provider, w.usdc)).to.equal(netOf(PRICE));
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

  /** 2 GPUs for 3 hours on workers x and z; x reported down after 1,800 s, and 600 s more gone by. */
  async function xDown() {
    const [x, z] = [await readyWorker(world), await readyWorker(world)];
    const { rental } = await book(world, renter, 2, 3);
    await world.cloud.assign(world.orchestrator, rental, [x.worker, z.worker]);
    await world.context.advanceSeconds(1_800);
    const down = await world.cloud.reportDown(world.orchestrator, rental, x.worker);
    await world.context.advanceSeconds(600);
    return { rental, x, z, down };
  }

  describe("refuses replacements that break the rules, changing nothing", () => {
    let stage: Awaited<ReturnType<typeof xDown>>;
    let y: ReadyWorker;
    let busy: ReadyWorker;
    let ineligible: ReadyWorker;
    let twoGpus: ReadyWorker;
    let pricey: ReadyWorker;
    /** Replaces `outgoing` (default x) by `incoming`; expects `error` and the rental and the candidates unchanged. */
    const replaceRefused = async (incoming: () => PublicKey, error: string, options: { orchestrator?: Keypair; outgoing?: () => PublicKey; payout?: () => PublicKey } = {}) => {
      const { rental, x } = stage;
      const watched = [rental, escrowPda(rental), x.worker, y.worker, pricey.worker, ...[x, y, pricey].map((w) => workerRewardPda(w.worker))];
      const before = await snapshot(world.provider, watched);
      const outgoing = options.outgoing?.() ?? x.worker;
      await refused(world.cloud.replaceWorker(options.orchestrator ?? world.orchestrator, rental, outgoing, incoming(), options.payout?.()), error);
      expect(await snapshot(world.provider, watched)).to.deep.equal(before);
    };

    before(async () => {
      stage = await xDown();
      y = await readyWorker(world);
      busy = await readyWorker(world);
      const other = await book(world, renter, 1, 1);
      await world.cloud.assign(world.orchestrator, other.rental, [busy.worker]);
      ineligible = await readyWorker(world, { stake: IO(1) });
      twoGpus = await readyWorker(world, { gpus: 2 });
      pricey = await readyWorker(world, { askUsd: PRICE + 1n });
    });

    it("refuses a replacement by anyone but the orchestrator (NotOrchestrator)", async () => {
      await replaceRefused(() => y.worker, "NotOrchestrator", { orchestrator: await funded(world.provider) });
    });

    it("refuses a worker of another GPU count (GpuCountMismatch)", () => replaceRefused(() => twoGpus.worker, "GpuCountMismatch"));

    it("refuses an understaked worker (WorkerIneligible)", () => replaceRefused(() => ineligible.worker, "WorkerIneligible"));

    it("refuses a worker asking more than the rental pays (PriceBelowAsk)", () => replaceRefused(() => pricey.worker, "PriceBelowAsk"));

    it("refuses a worker busy in another rental (WorkerRented)", () => replaceRefused(() => busy.worker, "WorkerRented"));

    it("refuses the outgoing worker itself (DuplicateAccount)", () => replaceRefused(() => stage.x.worker, "DuplicateAccount"));

    it("refuses paying the outgoing worker into another worker's account (WrongPayoutAccount)", () =>
      replaceRefused(() => y.worker, "WrongPayoutAccount", { payout: () => stage.z.usdc }));

    it("refuses replacing a worker not assigned to the rental (WorkerNotAssigned)", () =>
      replaceRefused(() => twoGpus.worker, "WorkerNotAssigned", { outgoing: () => y.worker }));
  });

  it("a worker that stops in its first hour is not paid for it; one replaced later is paid what it streamed", async () => {
    const { cloud, orchestrator, provider } = world;
    const { rental, x, z, down } = await xDown();
    const status = theEvent(down, "rentalWorkerStatus").data.worker;
    expect(toBigInt(status.forfeitedSeconds)).to.equal(1_800n);
    expect(toBigInt(status.activeSeconds)).to.equal(0n);
    const y = await readyWorker(world);

    const replaced = await cloud.replaceWorker(orchestrator, rental, x.worker, y.worker);
    const event = theEvent(replaced, "rentalWorkerReplaced").data;
    expect(toBigInt(event.outgoingPayment)).to.equal(0n);
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
    const replacement = theEvent(second, "rentalWorkerReplaced").data;
    expect(toBigInt(replacement.outgoingPayment)).to.equal(netOf(4_000_000n));
    expect(toBigInt(replacement.outgoingFee)).to.equal(feeOf(4_000_000n, SUPPLIER_BPS));
    expect(await balance(provider, z.usdc)).to.equal(netOf(4_000_000n));

    await world.context.advanceSeconds(3n * HOUR - 4_000n);
    const before2 = await balance(provider, renter.usdc);
    const closed = await cloud.close(rental);
    // y streamed 2,400 s → end, w 4,000 s → end; x's 1,800 s and 600 s down go back to the renter.
    expect(await balance(provider, y.usdc)).to.equal(netOf(10_800_000n - 2_400_000n));
    expect(await balance(provider, w.usdc)).to.equal(netOf(10_800_000n - 4_000_000n));
    expect(toBigInt(theEvent(closed, "rentalClosed").data.refund)).to.equal(2_400_000n);
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
    expect(toBigInt(account.boostBudget)).to.equal(IO(4) / 400n);
    const granted = toBigInt(account.boostGranted[0]);
    expect(granted > 0n && granted <= IO(4) / 400n).to.equal(true);
    expect(toBigInt((await world.rewards.fetchWorkerReward(w.worker))!.share.boostAllowance)).to.equal(granted);
    await world.context.advanceSeconds(2n * HOUR);
    await world.cloud.close(rental);
    // In IO a worker pays only the 0.25% reservation rate.
    expect(await balance(world.provider, w.io)).to.equal(IO(4) - IO(4) / 400n);
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
      const mint = await createTokenMint(world.provider, mintAuthority.publicKey, decimals);
      await world.credits.registerTender(world.paramsGovernance, mint, NON_IO_TENDER_FEE_BPS, { usdPegged });
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
    const h0 = hourOf(await clockNow(world.context)) + 1n;
    await setUnixTime(world.context, h0 * HOUR + 1_800n);
    const w = await readyWorker(world); // proof of hour h0: leased until the start of h0 + 2
    const { rental } = await book(world, renter, 1, 3);
    const assigned = await cloud.assign(orchestrator, rental, [w.worker]);
    expect(theEvent(assigned, "workerWeightChanged").data.weight.busy).to.equal(true);
    const end = h0 * HOUR + 1_800n + 3n * HOUR;
    expect(toBigInt((await cloud.fetchWorker(w.worker))!.rentalEnd)).to.equal(end);
    let reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ busy: {} });
    expect(toBigInt(reward.share.leaseEndHour)).to.equal(h0 + 2n);

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
    expect(toBigInt(reward.share.leaseEndHour)).to.equal(h0 + 3n);

    // Hour h0 + 2: a lease until h0 + 4 would outlive the rental, so the worker counts as idle (while still streaming).
    await world.context.advanceSeconds(HOUR);
    const last = await cloud.recordUptime(world.verifier, w.worker, { hour: h0 + 2n, ok: true, resultHash: new Uint8Array(32) });
    const changed = theEvent(last, "workerWeightChanged").data;
    expect(changed.reason).to.deep.equal({ uptime: {} });
    expect([changed.previous.busy, changed.weight.busy, changed.weight.eligible]).to.deep.equal([true, false, true]);
    expect((await cloud.fetchWorker(w.worker))!.busy).to.equal(true);
    reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ idle: {} });
    expect(toBigInt(reward.share.leaseEndHour)).to.equal(h0 + 4n);

    // The rental's end costs it no weight, and closing needs no grant.
    await world.context.advanceSeconds(HOUR);
    const closed = await cloud.close(rental);
    expect(weightEvents(closed)).to.have.length(0);
    expect(await balance(provider, w.usdc)).to.equal(netOf(3n * PRICE));
    reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.class).to.deep.equal({ idle: {} });
    // Free again: its next proof needs no rental.
    await world.context.advanceSeconds(HOUR);
    await prove(world, w.worker);
    expect((await cloud.fetchWorker(w.worker))!.weight).to.deep.include({ busy: false, eligible: true });
  });
});
