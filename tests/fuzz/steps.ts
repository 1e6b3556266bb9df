/**
 * The campaign's steps: each an arbitrary (fast-check) of one SDK call by one actor of the world,
 * with its arguments drawn at random and its targets picked among what exists when it runs (a
 * pick past the end wraps, and a step may well be refused: refusals are checked too). Every
 * instruction of the five programs that a user, a role or anyone may send has a step; the
 * attacker's step wraps any of them with a rewritten account (`intercept.ts`).
 */
import fc from "fast-check";
import { PublicKey } from "@solana/web3.js";

import {
  ALLOCATIONS,
  IO,
  ParamChangeInput,
  RentalStateName,
  rentalStateName,
  toBigInt,
  TxResult,
  USDC,
} from "@ionet/sdk";
import BN from "bn.js";

import { ATTACK_KINDS, Attack } from "./intercept.js";
import { FuzzWorld, remember } from "./world.js";

export interface Step {
  readonly name: string;
  /** Sends the step's transaction(s); `attack` (if any) rewrites the first one to our programs. */
  run(world: FuzzWorld): Promise<void>;
}

const HOUR = 3_600;
const DAY = 86_400;
const at = <T>(list: T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);
const step = (name: string, run: (world: FuzzWorld) => Promise<unknown>): Step => ({ name, run: async (w) => void (await run(w)) });

const hourNow = async (w: FuzzWorld) => (await w.sandbox.now()) / 3_600n;

/** An actor who waits for an instruction's time: the clock moves on to `unix` if it is ahead. */
async function waitUntil(w: FuzzWorld, unix: BN | bigint | number): Promise<void> {
  const ahead = BigInt(unix.toString()) - (await w.sandbox.now());
  if (ahead > 0n) await w.sandbox.context.advanceSeconds(Number(ahead));
}

/** The verifier's hourly round: every worker not yet proven this hour gets a good proof. */
async function proveAll(w: FuzzWorld): Promise<void> {
  const hour = await hourNow(w);
  for (const worker of w.workers) {
    const account = await w.sandbox.cloud.fetchWorker(worker.worker);
    if (!account || (account.hasProof && toBigInt(account.lastProofHour) >= hour)) continue;
    await w.sandbox.cloud.recordUptime(w.sandbox.verifier, worker.worker, { hour, ok: true, resultHash: new Uint8Array(32).fill(7) });
  }
}

/**
 * Time passing: a minute to hours, a day, past the unstake cooldown, past a vesting month; mostly
 * followed by the verifier's round (workers that miss it lose eligibility).
 */
const advance = fc
  .record({
    secs: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 30, max: 900 }) },
      { weight: 4, arbitrary: fc.integer({ min: 900, max: 4 * HOUR }) },
      // Past the DAO's voting period and timelock, a day, the unstake cooldown, a month, and the
      // first vesting unlock (month 13).
      { weight: 2, arbitrary: fc.constantFrom(7 * HOUR, DAY, 15 * DAY, 31 * DAY, 400 * DAY) },
    ),
    prove: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  })
  .map(({ secs, prove }) =>
    step(`advance ${secs}s${prove ? ", then prove every worker" : ""}`, async (w) => {
      await w.sandbox.context.advanceSeconds(secs);
      if (prove) await proveAll(w);
    }),
  );

const prove = fc.record({ w: fc.nat(), ok: fc.boolean(), late: fc.boolean() }).map(({ w, ok, late }) =>
  step(`prove worker ${w} ok=${ok}${late ? " (last hour)" : ""}`, async (world) => {
    const worker = at(world.workers, w)!;
    const hour = (await hourNow(world)) - (late ? 1n : 0n);
    return world.sandbox.cloud.recordUptime(world.sandbox.verifier, worker.worker, { hour, ok, resultHash: new Uint8Array(32).fill(ok ? 7 : 0) });
  }),
);

const stake = fc.record({ w: fc.nat(), quarters: fc.integer({ min: 1, max: 8 }) }).map(({ w, quarters }) =>
  step(`stake worker ${w} ${quarters}/4 of its minimum`, (world) => {
    const worker = at(world.workers, w)!;
    return world.sandbox.cloud.stake(worker.key, worker.worker, worker.io, (worker.minStake * BigInt(quarters)) / 4n);
  }),
);

const unstake = fc.record({ w: fc.nat(), quarters: fc.integer({ min: 0, max: 5 }) }).map(({ w, quarters }) =>
  step(`unstake worker ${w} ${quarters}/4 of its stake`, async (world) => {
    const worker = at(world.workers, w)!;
    const staked = toBigInt((await world.sandbox.cloud.fetchWorkerOrThrow(worker.worker)).staked);
    return world.sandbox.cloud.unstake(worker.key, worker.worker, (staked * BigInt(quarters)) / 4n);
  }),
);

const withdraw = fc.record({ w: fc.nat(), wait: fc.boolean() }).map(({ w, wait }) =>
  step(`withdraw worker ${w}'s cooled-down stake${wait ? " once the cooldown is over" : ""}`, async (world) => {
    // Mostly a worker with IO cooling down, else any.
    const cooling: { worker: (typeof world.workers)[number]; availableAt: BN }[] = [];
    for (const x of world.workers) {
      const account = await world.sandbox.cloud.fetchWorker(x.worker);
      if (account && !account.unstaking.isZero()) cooling.push({ worker: x, availableAt: account.unstakeAvailableAt });
    }
    const chosen = at(cooling, w);
    const worker = chosen?.worker ?? at(world.workers, w)!;
    if (wait && chosen) await waitUntil(world, chosen.availableAt);
    return world.sandbox.cloud.withdraw(worker.key, worker.worker, worker.io);
  }),
);

const slash = fc.record({ w: fc.nat(), quarters: fc.integer({ min: 0, max: 6 }) }).map(({ w, quarters }) =>
  step(`slash worker ${w} ${quarters}/4 of its minimum`, async (world) => {
    const worker = at(world.workers, w)!;
    return world.sandbox.cloud.slash(world.sandbox.slasher, worker.worker, {
      amount: (worker.minStake * BigInt(quarters)) / 4n,
      reasonCode: 1,
      evidenceHash: new Uint8Array(32).fill(9),
    });
  }),
);

/**
 * A slash under reconsideration, by pick among the open cases: its owner appeals, the slasher
 * upholds or reverses it, or anyone finalises it once its window is over (waiting for it).
 */
const reconsider = fc
  .record({ c: fc.nat(), how: fc.constantFrom("appeal", "uphold", "reverse", "finalize") })
  .map(({ c, how }) =>
    step(`${how} slash case ${c}`, async (world) => {
      const { cloud, slasher } = world.sandbox;
      const open = (await cloud.slashCases()).sort((a, b) => a.publicKey.toBase58().localeCompare(b.publicKey.toBase58()));
      const found = at(open, c);
      if (!found) return;
      const owner = world.workers.find((w) => w.worker.equals(found.account.worker));
      if (how === "appeal") return owner && cloud.appealSlash(owner.key, found.publicKey, new Uint8Array(32).fill(3));
      if (how === "finalize") await waitUntil(world, found.account.appealEndsAt);
      const result = how === "finalize" ? await cloud.finalizeSlash(found.publicKey) : await cloud.decideSlash(slasher, found.publicKey, how === "uphold");
      countSlashBurns(world, result);
    }),
  );

/** IO burned by the slashes a transaction resolved (io_cloud keeps no total once a worker is gone). */
function countSlashBurns(world: FuzzWorld, result: TxResult): void {
  for (const event of result.events) {
    const data = event.data as { amount: BN; destination: object | null };
    if (event.name === "slashResolved" && data.destination && "burn" in data.destination) world.slashBurned += BigInt(data.amount.toString());
  }
}

/**
 * Co-staking by the renters: a worker's owner offers up to half its minimum (or more, refused) at
 * some share; a renter takes an open offer (mostly; with none open, the owner offers half its
 * minimum first), at the offered share, for part of it or more;
 * a co-staker exits, or withdraws (waiting out the notice and the cooldown, or not); anyone pays a
 * co-staker its rewards.
 */
const coStake = fc
  .record({ w: fc.nat(), by: fc.nat(), how: fc.constantFrom("offer", "accept", "accept", "exit", "exit", "withdraw", "withdraw", "claim"), part: fc.integer({ min: 0, max: 4 }), wait: fc.boolean() })
  .map(({ w, by, how, part, wait }) =>
    step(`${how} co-stake ${w} (renter ${by}, part ${part}/4)`, async (world) => {
      const { cloud, rewards } = world.sandbox;
      const live: { worker: FuzzWorld["workers"][number]; account: WorkerAccount }[] = [];
      for (const x of world.workers) {
        const account = await cloud.fetchWorker(x.worker);
        if (account) live.push({ worker: x, account });
      }
      // Mostly a worker the step applies to (an open offer to take, a co-staker to act), else any.
      const fits = (a: WorkerAccount) =>
        how === "accept" ? !a.coOfferMax.isZero() : how === "withdraw" ? !a.coExitAt.isZero() : !a.coStaker.equals(PublicKey.default);
      const fitting = live.filter(({ account }) => fits(account));
      // Without a co-staker anywhere, exits and withdrawals have no one to send them.
      if ((how === "exit" || how === "withdraw") && fitting.length === 0) return;
      const chosen = at(how === "offer" ? live : fitting, w) ?? at(live, w);
      if (!chosen) return;
      const { worker, account } = chosen;
      if (how === "offer") return cloud.offerCoStake(worker.key, worker.worker, { maxAmount: (worker.minStake * BigInt(part)) / 6n, shareBps: 2_500 * part });
      if (how === "claim") {
        const reward = await rewards.fetchWorkerReward(worker.worker);
        return reward && !reward.coStaker.equals(PublicKey.default) && rewards.claimCoStake(worker.worker);
      }
      if (how === "accept") {
        // With no open offer anywhere, the chosen worker's owner offers half its minimum first.
        let [offerMax, shareBps] = [BigInt(account.coOfferMax.toString()), account.coShareBps];
        if (fitting.length === 0 && account.coStaker.equals(PublicKey.default)) {
          [offerMax, shareBps] = [worker.minStake / 2n, 2_500];
          await cloud.offerCoStake(worker.key, worker.worker, { maxAmount: offerMax, shareBps });
        }
        const renter = at(world.renters, by)!;
        return cloud.acceptCoStake(renter.key, worker.worker, renter.io, (offerMax * BigInt(part + 1)) / 4n, shareBps);
      }
      const coStaker = world.renters.find((r) => r.key.publicKey.equals(account.coStaker)) ?? at(world.renters, by)!;
      // An exit that waits goes on to the withdrawal once the notice and the cooldown are over.
      if (how === "exit" && !wait) return cloud.exitCoStake(coStaker.key, worker.worker);
      if (how === "exit") await cloud.exitCoStake(coStaker.key, worker.worker);
      const exitAt = how === "exit" ? BigInt((await cloud.fetchWorkerOrThrow(worker.worker)).coExitAt.toString()) : BigInt(account.coExitAt.toString());
      if (wait && exitAt > 0n) await waitUntil(world, exitAt + BigInt(14 * DAY));
      return cloud.withdrawCoStake(coStaker.key, worker.worker, coStaker.io);
    }),
  );

type WorkerAccount = NonNullable<Awaited<ReturnType<FuzzWorld["sandbox"]["cloud"]["fetchWorker"]>>>;

const claimRewards = fc.nat().map((w) =>
  step(`claim worker ${w}'s block rewards`, (world) => {
    const worker = at(world.workers, w)!;
    return world.sandbox.rewards.claim(worker.key, worker.worker, worker.io);
  }),
);

const crank = fc.constant(step("crank the rewards pool", (w) => w.sandbox.rewards.crank()));

const syncRewards = fc.nat().map((w) =>
  step(`sync worker ${w}'s rewards weight`, (world) => world.sandbox.cloud.syncRewards([at(world.workers, w)!.worker])),
);

const book = fc
  .record({
    r: fc.nat(),
    io: fc.boolean(),
    // Mostly what the cast can serve (class 1: 1 + 2 GPUs, class 3: 1, class 4: 2), sometimes not.
    booking: fc.constantFrom<[number, number]>([1, 1], [1, 2], [1, 3], [3, 1], [4, 2], [3, 2], [4, 1]),
    hours: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ r, io, booking: [classId, gpus], hours }) =>
    step(`renter ${r} books ${gpus}× class ${classId} for ${hours}h in ${io ? "IO" : "USDC"}`, async (world) => {
      const renter = at(world.renters, r)!;
      const { sandbox } = world;
      const nonce = BigInt(world.nextNonce++);
      const { rental } = await sandbox.cloud.book(renter.key, {
        nonce,
        deviceClass: classId,
        gpus,
        hours,
        pricePerGpuHour: io ? IO(1) / 2n : USDC(1),
        tenderMint: io ? sandbox.token.mint : sandbox.usdcMint,
        renterToken: io ? renter.io : renter.usdc,
      });
      world.rentals.push({ address: rental, renter, tender: io ? "IO" : "USDC" });
      remember(world, rental);
    }),
  );

type Rental = NonNullable<Awaited<ReturnType<FuzzWorld["sandbox"]["cloud"]["fetchRental"]>>>;

/**
 * A rental by pick among those in one of `states` that `where` accepts (among all if none is),
 * with its on-chain state; undefined once closed.
 */
async function rentalAt(world: FuzzWorld, pick: number, states: RentalStateName[], where: (rental: Rental) => boolean = () => true) {
  const live = [];
  for (const rental of world.rentals) {
    const account = await world.sandbox.cloud.fetchRental(rental.address);
    if (account) live.push({ ...rental, account });
  }
  const matching = live.filter((r) => states.includes(rentalStateName(r.account.state)) && where(r.account));
  return at(matching.length ? matching : live, pick);
}

const assign = fc.record({ k: fc.nat(), pick: fc.nat() }).map(({ k, pick }) =>
  step(`assign rental ${k}`, async (world) => {
    const rental = await rentalAt(world, k, ["booked"]);
    if (!rental) return;
    // Idle workers of the class until the GPUs are met, starting at `pick`.
    const idle = [];
    for (const w of world.workers) {
      const worker = await world.sandbox.cloud.fetchWorker(w.worker);
      if (worker && worker.deviceClass === rental.account.deviceClass && worker.rental.equals(PublicKey.default)) idle.push(w);
    }
    const chosen: PublicKey[] = [];
    let gpus = 0;
    for (let i = 0; i < idle.length && gpus < rental.account.gpus; i++) {
      const w = idle[(pick + i) % idle.length];
      if (gpus + w.gpus > rental.account.gpus) continue;
      chosen.push(w.worker);
      gpus += w.gpus;
    }
    if (chosen.length === 0) chosen.push(at(world.workers, pick)!.worker);
    return world.sandbox.cloud.assign(world.sandbox.orchestratorKey, rental.address, chosen);
  }),
);

const settle = fc.nat().map((k) =>
  step(`settle rental ${k}`, async (world) => {
    const rental = await rentalAt(world, k, ["active", "terminated"]);
    if (rental) return world.sandbox.cloud.settle(rental.address);
  }),
);

const extend = fc.record({ k: fc.nat(), hours: fc.integer({ min: 1, max: 3 }) }).map(({ k, hours }) =>
  step(`extend rental ${k} by ${hours}h`, async (world) => {
    const rental = await rentalAt(world, k, ["active"]);
    if (rental) return world.sandbox.cloud.extend(rental.renter.key, rental.address, hours, rental.tender === "IO" ? rental.renter.io : rental.renter.usdc);
  }),
);

const terminate = fc.nat().map((k) =>
  step(`terminate rental ${k}`, async (world) => {
    const rental = await rentalAt(world, k, ["active", "booked"]);
    if (rental) return world.sandbox.cloud.terminate(rental.renter.key, rental.address);
  }),
);

const report = fc.record({ k: fc.nat(), slot: fc.nat(), up: fc.boolean() }).map(({ k, slot, up }) =>
  step(`report slot ${slot} of rental ${k} ${up ? "up" : "down"}`, async (world) => {
    // Mostly a slot the report changes (down to report up, up to report down), else any.
    const rental = await rentalAt(world, k, ["active"], (r) => r.assignments.some((a) => a.down === up));
    if (!rental) return;
    const changing = rental.account.assignments.filter((a) => a.down === up);
    const assignment = at(changing.length ? changing : rental.account.assignments, slot);
    if (!assignment) return;
    const { cloud, orchestratorKey } = world.sandbox;
    return up ? cloud.reportUp(orchestratorKey, rental.address, assignment.worker) : cloud.reportDown(orchestratorKey, rental.address, assignment.worker);
  }),
);

const replace = fc.record({ k: fc.nat(), slot: fc.nat(), w: fc.nat() }).map(({ k, slot, w }) =>
  step(`replace slot ${slot} of rental ${k} by worker ${w}`, async (world) => {
    const rental = await rentalAt(world, k, ["active"]);
    const assignment = rental && at(rental.account.assignments, slot);
    if (!rental || !assignment) return;
    // Mostly a worker of the same class and GPUs (one the program may accept), else any.
    const outgoing = world.workers.find((x) => x.worker.equals(assignment.worker));
    const alike = world.workers.filter((x) => x !== outgoing && x.classId === outgoing?.classId && x.gpus === outgoing?.gpus);
    const incoming = w % 4 !== 0 && alike.length ? at(alike, w)! : at(world.workers, w)!;
    return world.sandbox.cloud.replaceWorker(world.sandbox.orchestratorKey, rental.address, assignment.worker, incoming.worker);
  }),
);

const close = fc.nat().map((k) =>
  step(`close rental ${k}`, async (world) => {
    const rental = await rentalAt(world, k, ["terminated", "cancelled", "active"]);
    if (rental) return world.sandbox.cloud.close(rental.address);
  }),
);

/** Renters and the attacker buy IOSD (at a fresh price, or a stale one) and spend it. */
const buyCredits = fc.record({ b: fc.nat(), io: fc.integer({ min: 1, max: 200 }), fresh: fc.boolean() }).map(({ b, io, fresh }) =>
  step(`buyer ${b} buys IOSD for ${io} IO${fresh ? "" : " at the last price"}`, async (world) => {
    const buyer = at([...world.renters, world.attacker], b)!;
    const { credits, publishIoPrice, priceAccount } = world.sandbox;
    if (fresh) await publishIoPrice();
    const iosd = credits.iosdAccount(buyer.key.publicKey);
    remember(world, iosd);
    return credits.buyCredits(buyer.key, { buyerIo: buyer.io, priceUpdate: priceAccount, ioAmount: IO(io), minIosdOut: 0n });
  }),
);

const spendCredits = fc.record({ b: fc.nat(), iosd: fc.integer({ min: 1, max: 500 }) }).map(({ b, iosd }) =>
  step(`buyer ${b} spends ${iosd} IOSD`, (world) => {
    const buyer = at([...world.renters, world.attacker], b)!;
    return world.sandbox.credits.spendCredits(buyer.key, USDC(iosd));
  }),
);

const lock = fc
  .record({ h: fc.nat(), amount: fc.integer({ min: 1, max: 1_500_000 }), constant: fc.boolean(), days: fc.integer({ min: 1, max: 4 * 365 }) })
  .map(({ h, amount, constant, days }) =>
    step(`holder ${h} locks ${amount} IO for ${days} days (${constant ? "constant" : "cliff"})`, async (world) => {
      const holder = at(world.holders, h)!;
      const nonce = world.nextNonce++;
      const { dao, token } = world.sandbox;
      await dao.lock(holder.key, nonce, IO(amount), constant ? "constant" : "cliff", days * DAY, holder.io, token.mint);
      world.positions.push({ holder, nonce });
    }),
  );

const position = fc.record({ p: fc.nat(), action: fc.constantFrom("startUnlock", "extend", "withdraw"), wait: fc.boolean() }).map(({ p, action, wait }) =>
  step(`position ${p}: ${action}${wait && action === "withdraw" ? " once its lock and votes are over" : ""}`, async (world) => {
    const position = at(world.positions, p);
    if (!position) return;
    const { dao, token } = world.sandbox;
    const owner = position.holder.key;
    if (action === "startUnlock") return dao.startUnlock(owner, position.nonce);
    if (action === "extend") return dao.extend(owner, position.nonce, 3 * 365 * DAY);
    const account = wait ? await dao.fetchPosition(owner.publicKey, position.nonce) : null;
    // A constant lock that never started unlocking has no end to wait for (lock_end 0).
    if (account) await waitUntil(world, BN.max(account.lockEnd, account.votedUntil));
    return dao.withdraw(owner, position.nonce, position.holder.io, token.mint);
  }),
);

/** The changes proposals carry (their execution's accounts follow from the change). */
const CHANGES: fc.Arbitrary<ParamChangeInput>[] = [
  fc.integer({ min: 10_000, max: 60_000 }).map((busyBoostBps) => ({ rewardsBusyBoost: { busyBoostBps } })),
  fc.integer({ min: 0, max: 12_000 }).map((emissionScaleBps) => ({ rewardsEmissionScale: { emissionScaleBps } })),
  fc.integer({ min: 0, max: 600 }).map((bps) => ({ creditsReservationFeeBps: { bps } })),
  fc.integer({ min: 0, max: 10_000 }).map((bps) => ({ creditsIoFeeBurnBps: { bps } })),
  fc.integer({ min: 0, max: 30 }).map((hours) => ({ cloudEligibilityHours: { hours } })),
  fc.integer({ min: 0, max: 100 }).map((days) => ({ cloudAppealWindow: { secs: days * DAY } })),
];

/** A holder proposes the DAO decide an open slash case (upheld or reversed), if any is open. */
const proposeSlashDecision = fc.record({ p: fc.nat(), c: fc.nat(), uphold: fc.boolean() }).map(({ p, c, uphold }) =>
  step(`position ${p} proposes to ${uphold ? "uphold" : "reverse"} slash case ${c}`, async (world) => {
    const position = at(world.positions, p);
    const open = (await world.sandbox.cloud.slashCases()).sort((a, b) => a.publicKey.toBase58().localeCompare(b.publicKey.toBase58()));
    const found = at(open, c);
    if (!position || !found) return;
    const { id } = await world.sandbox.dao.propose(position.holder.key, position.nonce, { cloudSlashDecision: { case: found.publicKey, uphold } });
    world.proposals.push({ id });
  }),
);

const propose = fc
  .record({ p: fc.nat(), change: fc.oneof(...CHANGES) })
  .map(({ p, change }) =>
    step(`position ${p} proposes ${JSON.stringify(change)}`, async (world) => {
      const position = at(world.positions, p);
      if (!position) return;
      const { id } = await world.sandbox.dao.propose(position.holder.key, position.nonce, change);
      world.proposals.push({ id });
    }),
  );

/** A proposal by pick among those in `state` (among all if none is). */
async function proposalAt(world: FuzzWorld, pick: number, state: "voting" | "succeeded") {
  const inState = [];
  for (const proposal of world.proposals) {
    const account = await world.sandbox.dao.fetchProposal(proposal.id);
    if (account && state in account.state) inState.push(proposal);
  }
  return at(inState.length ? inState : world.proposals, pick);
}

const vote = fc.record({ p: fc.nat(), id: fc.nat(), side: fc.constantFrom("yes", "yes", "no", "abstain") as fc.Arbitrary<"yes" | "no" | "abstain"> }).map(
  ({ p, id, side }) =>
    step(`position ${p} votes ${side} on proposal ${id}`, async (world) => {
      const position = at(world.positions, p);
      const proposal = await proposalAt(world, id, "voting");
      if (position && proposal) return world.sandbox.dao.vote(position.holder.key, position.nonce, proposal.id, side);
    }),
);

const finalize = fc.record({ id: fc.nat(), wait: fc.boolean() }).map(({ id, wait }) =>
  step(`finalize proposal ${id}${wait ? " once its vote is over" : ""}`, async (world) => {
    const proposal = await proposalAt(world, id, "voting");
    if (!proposal) return;
    const account = wait ? await world.sandbox.dao.fetchProposal(proposal.id) : null;
    if (account) await waitUntil(world, account.votingEndsAt.addn(1));
    return world.sandbox.dao.finalize(proposal.id);
  }),
);

const execute = fc.record({ id: fc.nat(), wait: fc.boolean() }).map(({ id, wait }) =>
  step(`execute proposal ${id}${wait ? " once its timelock is over" : ""}`, async (world) => {
    const proposal = await proposalAt(world, id, "succeeded");
    if (!proposal) return;
    const account = wait ? await world.sandbox.dao.fetchProposal(proposal.id) : null;
    if (account && !account.executableAt.isZero()) await waitUntil(world, account.executableAt);
    countSlashBurns(world, await world.sandbox.dao.execute(proposal.id));
  }),
);

const claimVesting = fc.constantFrom(...ALLOCATIONS).map((allocation) =>
  step(`claim ${allocation}'s vesting`, async (world) => {
    const { token, keys, ata } = world.sandbox;
    const beneficiary = keys[allocation];
    const destination = await ata(token.mint, beneficiary.publicKey);
    remember(world, destination);
    return token.claimVesting(allocation, beneficiary, destination);
  }),
);

/** Every honest step, weighted towards the rental market and time passing. */
export const honestStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: advance },
  { weight: 1, arbitrary: prove },
  { weight: 2, arbitrary: stake },
  { weight: 2, arbitrary: unstake },
  { weight: 1, arbitrary: withdraw },
  { weight: 1, arbitrary: slash },
  { weight: 1, arbitrary: reconsider },
  { weight: 3, arbitrary: coStake },
  { weight: 2, arbitrary: claimRewards },
  { weight: 1, arbitrary: crank },
  { weight: 1, arbitrary: syncRewards },
  { weight: 4, arbitrary: book },
  { weight: 4, arbitrary: assign },
  { weight: 3, arbitrary: settle },
  { weight: 1, arbitrary: extend },
  { weight: 1, arbitrary: terminate },
  { weight: 2, arbitrary: report },
  { weight: 2, arbitrary: replace },
  { weight: 2, arbitrary: close },
  { weight: 2, arbitrary: buyCredits },
  { weight: 1, arbitrary: spendCredits },
  { weight: 2, arbitrary: lock },
  { weight: 1, arbitrary: position },
  { weight: 2, arbitrary: propose },
  { weight: 1, arbitrary: proposeSlashDecision },
  { weight: 3, arbitrary: vote },
  { weight: 2, arbitrary: finalize },
  { weight: 2, arbitrary: execute },
  { weight: 1, arbitrary: claimVesting },
);

/** An honest step with one of its accounts rewritten by the attacker. */
export const attackStep: fc.Arbitrary<{ step: Step; attack: Attack }> = fc.record({
  step: honestStep.filter((s) => !s.name.startsWith("advance")),
  attack: fc.record({ kind: fc.constantFrom(...ATTACK_KINDS), slot: fc.nat(), pick: fc.nat() }),
});
