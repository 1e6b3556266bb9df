/**
 * The explorer's queries on a small hand-made history with exact expected values: supply and
 * burns, worker filters / sorting / paging and the eligibility checklist, rentals, block rewards
 * per hour and their CSV, quorum (including a quorum change after a finalization), search, feeds.
 */
import { expect } from "chai";
import BN from "bn.js";
import { PublicKey } from "@solana/web3.js";

import { regionCode } from "../sdk/src/codec.js";
import type { ChainEvent } from "../sdk/src/events/chain_event.js";
import { encodeEvent } from "../sdk/src/events/encode_event.js";
import { Batch, readTableKeys } from "../sdk/src/indexer/batch.js";
import type { IndexDb } from "../sdk/src/indexer/db.js";
import { EVENT_COLUMNS, eventValues } from "../sdk/src/indexer/event_row.js";
import { openIndexDb } from "../sdk/src/indexer/open_db.js";
import { project } from "../sdk/src/indexer/projection.js";
import { UnattributedRewardEvent } from "../sdk/src/indexer/project_rewards.js";
import { IndexQueries, rewardHourCsv, rewardHourCsvPages } from "../sdk/src/indexer/queries.js";
import type { ProgramName } from "../sdk/src/programs.js";
import { IO } from "../sdk/src/units.js";

const HOUR = 3_600;
const START = 1_800_000_000; // rewards hour 1 begins here (an hour boundary)
const bn = (value: bigint | number | string) => new BN(value.toString());
const variant = (name: string) => ({ [name]: {} });
/** The co-staking fields of a reward update for a worker that never had a co-staker. */
const NO_CO_STAKER = { coStaker: PublicKey.default, coShareBps: 0, coPending: new BN(0), coClaimed: new BN(0) };
const key = (n: number) => {
  const bytes = new Uint8Array(32);
  bytes[0] = 200;
  bytes[31] = n;
  return new PublicKey(bytes);
};

const K = {
  token: key(1), mint: key(2), credits: key(3), tenderIo: key(4), tenderUsdc: key(5), usdc: key(6), cloud: key(7), rewards: key(8), dao: key(9),
  vestingA: key(10), vestingB: key(11), workerA: key(20), workerB: key(21), workerC: key(22), rewardA: key(23), rewardB: key(24), owner: key(25),
  renter: key(30), r1: key(31), r2: key(32), r3: key(33), p1: key(40), p2: key(41), pos1: key(42), pos2: key(43), voter: key(44),
};

/** A tiny chain: each `tx` opens a transaction one slot later at `time`. */
function history() {
  const events: ChainEvent[] = [];
  let slot = 100;
  let signature = "";
  let index = 0;
  const seqs = new Map<string, bigint>();
  const tx = () => {
    slot++;
    signature = (key(150 + (slot % 100)).toBase58() + key(slot % 100).toBase58()).slice(0, 88);
    index = 0;
  };
  const emit = (program: ProgramName, name: string, entity: PublicKey, data: Record<string, unknown>, time: number) => {
    const seq = (seqs.get(entity.toBase58()) ?? 0n) + 1n;
    seqs.set(entity.toBase58(), seq);
    const fields = { header: { entity, seq: bn(seq) }, ...data };
    events.push({ signature, slot, blockTime: time, index: index++, program, name, entity: entity.toBase58(), seq, data: fields, payload: encodeEvent(program, name, fields) });
  };
  return { events, tx, emit, signature: () => signature };
}

const pool = (lastAccrual: number, released: bigint, distributed: bigint, claimed: bigint, forgone = 0n) => ({
  startTime: bn(START), lastAccrual: bn(lastAccrual), scheduleReleased: bn(released), distributed: bn(distributed), unallocated: bn(0), forgone: bn(forgone),
  claimed: bn(claimed), idleWeight: bn(0), busyWeight: bn(0), indexIdle: bn(0), indexBusy: bn(0), dust: bn(0), boostWithheld: bn(0), emissionScaleBps: 10_000, busyBoostBps: 20_000, expiring: [],
});
const totals = (state: string, deposited: bigint, fees: bigint, paid: bigint) => ({
  state: variant(state), startTime: bn(START), endTime: bn(START + 2 * HOUR), hours: 2, deposited: bn(deposited), fees: bn(fees), paid: bn(paid), supplierFees: bn(0), refunded: bn(0), escrow: bn(deposited - fees - paid),
});
const assignment = (worker: PublicKey, paid: bigint) => ({ worker, gpus: 8, activeSeconds: bn(3_600), downSeconds: bn(0), forfeitedSeconds: bn(0), paid: bn(paid), down: false, fees: bn(0) });

function economy() {
  const { events, tx, emit, signature } = history();
  const t0 = START - HOUR;
  tx();
  emit("io_token", "tokenInitialized", K.token, { mint: K.mint, authority: K.owner, decimals: 8, maxSupply: bn(IO(800_000_000)), initializedAt: bn(t0) }, t0);
  emit("io_token", "genesisMinted", K.token, { genesisTime: bn(t0), communityDestination: key(90), treasuryDestination: key(91), genesisMinted: bn(IO(500_000_000)), emissionMinted: bn(0), totalMinted: bn(IO(500_000_000)) }, t0);
  emit("io_token", "vestingCreated", K.vestingA, { allocation: variant("seedInvestors"), beneficiary: K.owner, vault: key(92), total: bn(IO(100)), parts: 24, firstUnlockMonth: 12, startTime: bn(t0) }, t0);
  emit("io_token", "vestingCreated", K.vestingB, { allocation: variant("seriesA"), beneficiary: K.owner, vault: key(93), total: bn(IO(50)), parts: 24, firstUnlockMonth: 12, startTime: bn(t0) }, t0);
  tx();
  emit("io_token", "vestingClaimed", K.vestingA, { beneficiary: K.owner, destination: key(94), amount: bn(IO(10)), claimed: bn(IO(10)), remaining: bn(IO(90)) }, t0);
  tx();
  const params = { priceFeedId: Array(32).fill(1), maxAgeS: 60, maxConfBps: 100, breakerWindowS: 3_600, breakerLimit: bn(1_000_000), ioFeeBurnBps: 5_000, reservationFeeBps: 25 };
  emit("io_credits", "creditsInitialized", K.credits, { governance: K.owner, iosdMint: key(95), ioMint: K.mint, params, initializedAt: bn(t0) }, t0);
  emit("io_credits", "tenderRegistered", K.tenderIo, { mint: K.mint, tokenProgram: key(96), vault: key(97), kind: variant("io"), usdPegged: false, feeBps: 0, enabled: true }, t0);
  emit("io_credits", "tenderRegistered", K.tenderUsdc, { mint: K.usdc, tokenProgram: key(96), vault: key(98), kind: variant("nonIo"), usdPegged: true, feeBps: 200, enabled: true }, t0);
  tx();
  emit("io_credits", "creditsBought", K.credits, { buyer: K.renter, destination: key(99), ioAmount: bn(IO(100)), iosdAmount: bn(50_000_000), price: bn(5), exponent: -1, publishTime: bn(t0), windowMinted: bn(50_000_000), windowLimit: bn(1_000_000_000), ioBurned: bn(IO(100)), iosdMinted: bn(50_000_000) }, t0);
  tx();
  emit("io_credits", "creditsSpent", K.credits, { holder: K.renter, source: key(99), amount: bn(20_000_000), sourceBalance: bn(30_000_000), iosdSpent: bn(20_000_000) }, t0);
  tx();
  emit("io_credits", "feeCollected", K.tenderIo, { mint: K.mint, payer: K.renter, received: bn(IO(10)), burned: bn(IO(5)), feesReceived: bn(IO(10)), feesBurned: bn(IO(5)), feesWithdrawn: bn(0), vaultBalance: bn(IO(5)) }, t0);

  tx();
  emit("io_cloud", "cloudInitialized", K.cloud, { governance: K.owner, orchestrator: key(100), uptimeVerifier: key(101), slashingAuthority: key(102), ioMint: K.mint, slashDestination: variant("burn"), eligibilityHours: 5, appealWindowSecs: 30 * 86_400 }, t0);
  emit("io_cloud", "deviceClassSet", key(110), { classId: 1, name: "H100", multiplierBps: 100_000, enabled: true }, t0);
  emit("io_cloud", "deviceClassSet", key(111), { classId: 2, name: "A100", multiplierBps: 60_000, enabled: true }, t0);
  const register = (worker: PublicKey, deviceClass: number, gpus: number, region: string, price: bigint, minStake: bigint, time: number) => {
    tx();
    emit("io_cloud", "workerRegistered", worker, { authority: K.owner, deviceId: Array(16).fill(gpus), deviceClass, gpus, multiplierBps: 100_000, region: regionCode(region), pricePerGpuHour: bn(price), askIoPerGpuHour: bn(IO(1)), stakeVault: key(120 + gpus), minStake: bn(minStake) }, time);
  };
  const stake = (worker: PublicKey, amount: bigint, minStake: bigint, time: number) => {
    tx();
    emit("io_cloud", "workerStakeChanged", worker, { change: variant("staked"), amount: bn(amount), staked: bn(amount), unstaking: bn(0), unstakeAvailableAt: bn(0), minStake: bn(minStake) }, time);
  };
  const weight = (worker: PublicKey, eligible: boolean, previous: boolean, time: number) => {
    tx();
    emit("io_cloud", "workerWeightChanged", worker, { reason: variant("uptime"), previous: { baseWeight: bn(8), busy: false, eligible: previous }, weight: { baseWeight: bn(8), busy: false, eligible }, assignable: eligible }, time);
  };
  register(K.workerA, 1, 8, "us-east", 2_000_000n, IO(1_000), t0 + 1);
  register(K.workerB, 2, 4, "eu-west", 18_446_744_073_709_551_615n, IO(800), t0 + 2);
  register(K.workerC, 1, 1, "us-east", 1_000_000n, IO(100), t0 + 3);
  stake(K.workerA, IO(1_000), IO(1_000), t0 + 4);
  stake(K.workerB, IO(500), IO(800), t0 + 5);
  tx();
  // A slash of 10 IO into appeal, appealed, then upheld (burned); a second one reversed.
  const slashed = (caseKey: PublicKey, caseId: number, staked: bigint, inAppeal: bigint, slashedTotal: bigint, time: number) =>
    emit("io_cloud", "workerSlashed", K.workerB, {
      case: caseKey, caseId, amount: bn(IO(10)), reasonCode: 1, evidenceHash: Array(32).fill(0), appealEndsAt: bn(time + 30 * 86_400),
      staked: bn(staked), unstaking: bn(0), inAppeal: bn(inAppeal), slashedTotal: bn(slashedTotal), fromCoStake: bn(0), coStaked: bn(0),
    }, time);
  const resolved = (caseKey: PublicKey, caseId: number, outcome: string, staked: bigint, slashedTotal: bigint, time: number) =>
    emit("io_cloud", "slashResolved", K.workerB, {
      case: caseKey, caseId, outcome: variant(outcome), decider: key(102), amount: bn(IO(10)), destination: outcome === "reversed" ? null : variant("burn"),
      staked: bn(staked), unstaking: bn(0), inAppeal: bn(0), slashedTotal: bn(slashedTotal), coStaked: bn(0),
    }, time);
  slashed(key(140), 0, IO(490), IO(10), 0n, t0 + 6);
  emit("io_cloud", "slashAppealed", K.workerB, { case: key(140), caseId: 0, evidenceHash: Array(32).fill(4), appealEndsAt: bn(t0 + 6 + 30 * 86_400) }, t0 + 6);
  resolved(key(140), 0, "upheld", IO(490), IO(10), t0 + 6);
  slashed(key(141), 1, IO(480), IO(10), IO(10), t0 + 6);
  resolved(key(141), 1, "reversed", IO(490), IO(10), t0 + 6);
  tx();
  emit("io_cloud", "workerDeregistered", K.workerC, { dustSwept: bn(0), authority: K.owner }, t0 + 7);
  const proofHour = (time: number) => Math.floor(time / HOUR);
  tx();
  emit("io_cloud", "uptimeRecorded", K.workerA, { hour: bn(proofHour(t0)), ok: true, resultHash: Array(32).fill(1), goodHours: 5, goodHoursNeeded: 5 }, t0 + 8);
  emit("io_cloud", "uptimeRecorded", K.workerB, { hour: bn(proofHour(t0)), ok: false, resultHash: Array(32).fill(2), goodHours: 0, goodHoursNeeded: 5 }, t0 + 8);
  weight(K.workerA, true, false, t0 + 8);

  // Rewards: hour 1 and hour 2 of the schedule.
  tx();
  emit("io_rewards", "rewardsInitialized", K.rewards, { governance: K.owner, weightAuthority: key(103), tokenConfig: K.token, mint: K.mint, pool: pool(t0, 0n, 0n, 0n) }, t0);
  const h1 = START + 600;
  tx();
  emit("io_rewards", "rewardsAccrued", K.rewards, { registeredWorkers: bn(2), pool: pool(h1, 1_000n, 900n, 0n) }, h1);
  emit("io_rewards", "workerRewardUpdated", K.rewardA, { worker: K.workerA, owner: K.owner, baseWeight: bn(8), busy: false, eligible: true, weight: bn("340282366920938463463374607431768211455"), leaseEndHour: bn(0), boostAllowance: bn(0), pending: bn(100), claimed: bn(0), ...NO_CO_STAKER }, h1);
  const h2 = START + HOUR + 60;
  tx();
  emit("io_rewards", "rewardsAccrued", K.rewards, { registeredWorkers: bn(2), pool: pool(h2, 2_700n, 2_300n, 0n, 200n) }, h2);
  emit("io_rewards", "workerRewardUpdated", K.rewardA, { worker: K.workerA, owner: K.owner, baseWeight: bn(8), busy: false, eligible: true, weight: bn(80_000), leaseEndHour: bn(0), boostAllowance: bn(0), pending: bn(250), claimed: bn(0), ...NO_CO_STAKER }, h2);
  emit("io_rewards", "workerRewardUpdated", K.rewardB, { worker: K.workerB, owner: K.voter, baseWeight: bn(4), busy: false, eligible: false, weight: bn(0), leaseEndHour: bn(0), boostAllowance: bn(0), pending: bn(50), claimed: bn(0), ...NO_CO_STAKER }, h2);
  tx();
  const claimSignature = signature();
  emit("io_token", "emissionMinted", K.token, { destination: key(104), amount: bn(250), genesisMinted: bn(IO(500_000_000)), emissionMinted: bn(250), totalMinted: bn(IO(500_000_000) + 250n), roomLeft: bn(IO(300_000_000) - 250n) }, h2 + 10);
  emit("io_rewards", "rewardsAccrued", K.rewards, { registeredWorkers: bn(2), pool: pool(h2 + 10, 2_700n, 2_300n, 250n, 200n) }, h2 + 10);
  emit("io_rewards", "rewardsClaimed", K.rewardA, { worker: K.workerA, owner: K.owner, destination: key(104), amount: bn(250), claimed: bn(250), coPending: bn(0), coClaimed: bn(0) }, h2 + 10);
  // The proof for the hour before the newest event covers the current hour.
  tx();
  emit("io_cloud", "uptimeRecorded", K.workerA, { hour: bn(proofHour(h2) - 1), ok: true, resultHash: Array(32).fill(3), goodHours: 1, goodHoursNeeded: 5 }, h2 + 20);

  // Rentals: booked; booked → active; booked → active → closed.
  const book = (rental: PublicKey, time: number) => {
    tx();
    emit("io_cloud", "rentalBooked", rental, { renter: K.renter, nonce: bn(rental.toBytes()[31]), deviceClass: 1, gpus: 8, pricePerGpuHour: bn(2_000_000), region: regionCode("us-east"), tenderMint: K.usdc, escrow: key(130 + rental.toBytes()[31]), principal: bn(32_000_000), tenderFee: bn(640_000), reservationFee: bn(80_000), reservationFeeIosd: bn(0), totals: totals("booked", 32_720_000n, 720_000n, 0n) }, time);
  };
  const assign = (rental: PublicKey, time: number) => {
    tx();
    emit("io_cloud", "rentalAssigned", rental, { workers: [assignment(K.workerA, 0n)], totals: totals("active", 32_720_000n, 720_000n, 0n) }, time);
  };
  book(K.r1, h2 + 30);
  book(K.r2, h2 + 31);
  assign(K.r2, h2 + 32);
  book(K.r3, h2 + 33);
  assign(K.r3, h2 + 34);
  tx();
  emit("io_cloud", "rentalClosed", K.r3, { payments: [bn(32_000_000)], fees: [bn(0)], workers: [assignment(K.workerA, 32_000_000n)], refund: bn(0), totals: totals("active", 32_720_000n, 720_000n, 32_000_000n) }, h2 + 35);

  // DAO: quorum 10% of 1,000,000 IO locked; P1 reaches it exactly and is finalized, then quorum → 20%.
  tx();
  emit("io_dao", "daoInitialized", K.dao, { ioMint: K.mint, governance: key(105), params: { votingPeriodSecs: bn(86_400), timelockSecs: bn(3_600), quorumBps: 1_000, minProposalPower: bn(0) }, vetoAuthority: PublicKey.default }, t0);
  tx();
  emit("io_dao", "positionLocked", K.pos1, { owner: K.voter, amount: bn(IO(1_000_000)), kind: variant("cliff"), lockEnd: bn(h2 + 86_400 * 365), lockSecs: bn(86_400 * 365), votingPower: bn(IO(1_000_000)), totalLocked: bn(IO(1_000_000)) }, t0);
  const create = (proposal: PublicKey, id: number) => {
    tx();
    emit("io_dao", "proposalCreated", proposal, { id: bn(id), proposer: K.voter, change: { daoQuorum: { bps: 2_000 } }, votingEndsAt: bn(h2 + 86_400), totalLockedAtCreation: bn(IO(1_000_000)) }, h2);
  };
  const vote = (proposal: PublicKey, participating: bigint) => {
    tx();
    emit("io_dao", "proposalVoted", proposal, { position: K.pos1, voter: K.voter, side: variant("yes"), power: bn(participating), yes: bn(participating), no: bn(0), abstain: bn(0), participatingIo: bn(participating) }, h2);
  };
  create(K.p1, 0);
  vote(K.p1, IO(100_000));
  create(K.p2, 1);
  vote(K.p2, IO(150_000));
  tx();
  emit("io_dao", "proposalFinalized", K.p1, { state: variant("succeeded"), yes: bn(IO(100_000)), no: bn(0), abstain: bn(0), participatingIo: bn(IO(100_000)), executableAt: bn(h2 + 90_000) }, h2 + 86_400);
  tx();
  emit("io_dao", "daoParamsChanged", K.dao, { params: { votingPeriodSecs: bn(86_400), timelockSecs: bn(3_600), quorumBps: 2_000, minProposalPower: bn(0) } }, h2 + 86_401);
  return { events, claimSignature, h2 };
}

describe("indexer queries: exact answers on a hand-made history", () => {
  let db: IndexDb;
  let queries: IndexQueries;
  let built: ReturnType<typeof economy>;

  before(async () => {
    built = economy();
    db = await openIndexDb(":memory:");
    const batch = new Batch(await readTableKeys(db));
    for (const [i, event] of built.events.entries()) {
      project(event, batch);
      batch.append("events", EVENT_COLUMNS, eventValues(event, i + 1));
    }
    await db.transaction((tx) => batch.flush(tx));
    queries = new IndexQueries(db);
  });

  after(async () => db?.close());

  it("overview: supply, burns, locks, IOSD, tenders and counts", async () => {
    const overview = await queries.overview();
    expect(overview.genesisMinted).to.equal(IO(500_000_000).toString());
    expect(overview.emissionMinted).to.equal("250");
    expect(overview.totalMinted).to.equal((IO(500_000_000) + 250n).toString());
    expect(overview.burned).to.deep.equal({ credits: IO(100).toString(), fees: IO(5).toString(), slashed: IO(10).toString(), total: IO(115).toString() });
    expect(overview.lockedInVesting).to.equal(IO(140).toString());
    expect(overview.lockedInDao).to.equal(IO(1_000_000).toString());
    expect(overview.staked).to.equal(IO(1_490).toString());
    expect(overview.circulating).to.equal((IO(500_000_000) + 250n - IO(115) - IO(140)).toString());
    expect(overview.iosd).to.deep.equal({ minted: "50000000", spent: "20000000", supply: "30000000", ioBurned: IO(100).toString() });
    expect(overview.tenders.map((tender) => [tender.symbol, tender.decimals, tender.feesBurned])).to.have.deep.members([["IO", 8, IO(5).toString()], ["USDC", 6, "0"]]);
    expect(overview.counts).to.deep.equal({ workers: 2, eligibleWorkers: 1, rentals: 3, activeRentals: 1, proposals: 2, events: built.events.length });
    const last = built.events[built.events.length - 1];
    expect(overview.head).to.deep.equal({ slot: last.slot, blockTime: last.blockTime });
  });

  it("workers: filters, sorting, paging, and the u64-max price kept exact", async () => {
    const byClass = await queries.workers({ deviceClass: 1 });
    expect(byClass.total).to.equal(2);
    expect((await queries.workers({ registered: true })).items.map((w) => w.address).sort()).to.deep.equal([K.workerA, K.workerB].map(String).sort());
    expect((await queries.workers({ eligible: true })).items.map((w) => w.address)).to.deep.equal([K.workerA.toBase58()]);
    expect((await queries.workers({ region: "eu-west" })).items.map((w) => w.deviceClassName)).to.deep.equal(["A100"]);
    expect((await queries.workers({ sort: "gpus", order: "asc" })).items.map((w) => w.gpus)).to.deep.equal([1, 4, 8]);
    const byPrice = await queries.workers({ sort: "price", order: "desc" });
    expect(byPrice.items[0].pricePerGpuHour).to.equal("18446744073709551615");
    expect(byPrice.items.map((w) => w.address)).to.deep.equal([K.workerB, K.workerA, K.workerC].map(String));
    const page = await queries.workers({ sort: "stake", order: "desc", limit: 1, offset: 1 });
    expect(page.total).to.equal(3);
    expect(page.items.map((w) => [w.address, w.staked])).to.deep.equal([[K.workerB.toBase58(), IO(490).toString()]]);
    expect((await queries.workers({ sort: "rewards", order: "desc", limit: 1 })).items[0].rewardsClaimed).to.equal("250");
  });

  it("worker detail: checklist, uptime strip of 720 hours, rentals", async () => {
    const a = (await queries.worker(K.workerA.toBase58()))!;
    // Its last good proof (hour h2 − 1) covered h2, but the newest event is a day later: no longer.
    // After a gap, its count started again at 1 of the 5 hours.
    expect(a.eligibility).to.deep.equal({ stakeAtMinimum: true, uptimeThisHour: false, goodHours: 1, goodHoursNeeded: 5, notSlashed: true });
    const current = Math.floor((built.h2 + 86_401) / HOUR);
    expect(a.uptime).to.have.length(720);
    expect(a.uptime[719].hour).to.equal(current);
    expect(a.uptime.filter((hour) => hour.ok !== null).map((hour) => hour.hour)).to.deep.equal([Math.floor((START - HOUR) / HOUR), Math.floor(built.h2 / HOUR) - 1]);
    expect(a.rentals.sort()).to.deep.equal([K.r2, K.r3].map(String).sort());
    const b = (await queries.worker(K.workerB.toBase58()))!;
    expect(b.eligibility).to.deep.equal({ stakeAtMinimum: false, uptimeThisHour: false, goodHours: 0, goodHoursNeeded: 5, notSlashed: false });
    expect(b.slashedTotal).to.equal(IO(10).toString());
    expect(b.inAppeal).to.equal("0");
    expect(b.slashes.map((c) => [c.caseId, c.state, c.destination, c.appealedAt !== null])).to.deep.equal([
      [0, "upheld", "burn", true],
      [1, "reversed", null, false],
    ]);
    expect(await queries.worker(key(199).toBase58())).to.equal(undefined);
  });

  it("rentals: by state and renter, closed after RentalClosed, with workers and transitions", async () => {
    expect((await queries.rentals({})).total).to.equal(3);
    expect((await queries.rentals({ state: "active" })).items.map((r) => r.address)).to.deep.equal([K.r2.toBase58()]);
    expect((await queries.rentals({ state: "closed" })).items.map((r) => r.address)).to.deep.equal([K.r3.toBase58()]);
    expect((await queries.rentals({ renter: K.renter.toBase58(), limit: 2 })).items.map((r) => r.address)).to.deep.equal([K.r3, K.r2].map(String));
    const closed = (await queries.rental(K.r3.toBase58()))!;
    expect(closed).to.include({ state: "closed", paid: "32000000", deposited: "32720000", fees: "720000", escrow: "0", tenderSymbol: "USDC", tenderDecimals: 6 });
    expect(closed.workers).to.deep.equal([{ worker: K.workerA.toBase58(), gpus: 8, activeSeconds: "3600", downSeconds: "0", forfeitedSeconds: "0", paid: "32000000", fees: "0", down: false }]);
    expect(closed.transitions.map((event) => event.name)).to.deep.equal(["rentalBooked", "rentalAssigned", "rentalClosed"]);
  });

  it("block rewards per hour: released after scale, distributed, claimed, per worker, CSV", async () => {
    const hours = await queries.rewardHours({});
    expect(hours).to.deep.equal({
      total: 2,
      items: [
        { hour: 2, released: "1500", distributed: "1400", claimed: "250", workers: 2 },
        { hour: 1, released: "1000", distributed: "900", claimed: "0", workers: 1 },
      ],
    });
    const detail = (await queries.rewardHour(2))!;
    expect(detail.perWorker).to.have.deep.members([
      { worker: K.workerA.toBase58(), owner: K.owner.toBase58(), earned: "150", claimed: "250" },
      { worker: K.workerB.toBase58(), owner: K.voter.toBase58(), earned: "50", claimed: "0" },
    ]);
    const csv = rewardHourCsv(detail).trim().split("\n");
    expect(csv[0]).to.equal("hour,worker,owner,earned_io,claimed_io");
    expect(csv).to.include(`2,${K.workerA.toBase58()},${K.owner.toBase58()},0.00000150,0.00000250`);
    expect(await queries.rewardHour(3)).to.equal(undefined);
  });

  it("block rewards per hour: the workers paged by address, the CSV streamed page by page with all of them", async () => {
    const all = (await queries.rewardHour(2))!.perWorker;
    expect(all.map((w) => w.worker)).to.deep.equal(all.map((w) => w.worker).sort());
    const second = (await queries.rewardHour(2, { limit: 1, offset: 1 }))!;
    expect(second.workers).to.equal(2);
    expect(second.perWorker).to.deep.equal([all[1]]);
    expect((await queries.rewardHour(2, { limit: 5, after: all[0].worker }))!.perWorker).to.deep.equal([all[1]]);
    expect((await queries.rewardHour(2, { offset: 2 }))!.perWorker).to.deep.equal([]);

    const page = (after?: string) => queries.rewardHour(2, { limit: 1, after });
    let streamed = "";
    for await (const chunk of rewardHourCsvPages((await page())!, page)) streamed += chunk;
    expect(streamed).to.equal(rewardHourCsv((await queries.rewardHour(2))!));
  });

  it("a reward event without its accrual can't be attributed to an hour", () => {
    const claim = built.events.find((event) => event.name === "rewardsClaimed")!;
    const ignore = { insert: () => undefined, upsert: () => undefined, add: () => undefined };
    expect(() => project({ ...claim, signature: "elsewhere" }, ignore)).to.throw(UnattributedRewardEvent);
  });

  it("emissions: minted at its schedule hour against the schedule", async () => {
    const emissions = await queries.emissions();
    expect(emissions.startTime).to.equal(START);
    expect(emissions.minted).to.deep.equal([{ hour: 2, cumulative: "250" }]);
    expect(emissions.scheduleAtMinted).to.have.length(1);
    expect(emissions.schedule).to.have.length(241);
    expect(emissions.schedule.at(-1)!.cumulative).to.equal(IO(300_000_000).toString());
  });

  it("DAO: quorum as io_dao judges it, under the params of the finalization", async () => {
    const dao = await queries.dao();
    expect(dao.params).to.include({ quorumBps: 2_000 });
    const [p2, p1] = dao.proposals;
    // Finalized at 10%: 100,000 of 1,000,000 IO is exactly the quorum.
    expect(p1).to.include({ state: "succeeded", quorum: IO(100_000).toString(), quorumReached: true, participatingIo: IO(100_000).toString() });
    // Still voting under 20%: 150,000 IO is short of 200,000.
    expect(p2).to.include({ state: "voting", quorum: IO(200_000).toString(), quorumReached: false });
    const detail = (await queries.proposal(K.p1.toBase58()))!;
    expect(detail.votes.map((vote) => [vote.voter, vote.side, vote.power])).to.deep.equal([[K.voter.toBase58(), "yes", IO(100_000).toString()]]);
    expect(detail.change).to.deep.equal({ daoQuorum: { bps: 2_000 } });
  });

  it("search, transactions, account events and the feed", async () => {
    expect(await queries.search(K.workerA.toBase58())).to.deep.equal({ kind: "worker", address: K.workerA.toBase58() });
    expect(await queries.search(K.rewardA.toBase58())).to.deep.equal({ kind: "worker", address: K.workerA.toBase58() });
    expect(await queries.search(K.tenderUsdc.toBase58())).to.deep.equal({ kind: "tender", address: K.tenderUsdc.toBase58() });
    expect(await queries.search(K.credits.toBase58())).to.deep.equal({ kind: "config", address: K.credits.toBase58() });
    expect(await queries.search(built.claimSignature)).to.deep.equal({ kind: "transaction", signature: built.claimSignature });
    expect(await queries.search(key(199).toBase58())).to.equal(undefined);
    const tx = (await queries.transaction(built.claimSignature))!;
    expect(tx.events.map((event) => event.name)).to.deep.equal(["emissionMinted", "rewardsAccrued", "rewardsClaimed"]);
    const renter = await queries.accountEvents(K.renter.toBase58(), { limit: 20 });
    expect(renter.map((event) => event.name)).to.deep.equal(["rentalClosed", "rentalAssigned", "rentalBooked", "rentalAssigned", "rentalBooked", "rentalBooked", "feeCollected", "creditsSpent", "creditsBought"]);
    const feed = await queries.events({ limit: 3 });
    expect(feed.map((event) => event.name)).to.deep.equal(["daoParamsChanged", "proposalFinalized", "proposalVoted"]);
    const older = await queries.events({ limit: 2, before: feed[2].position });
    expect(older.map((event) => event.position)).to.deep.equal([feed[2].position - 1, feed[2].position - 2]);
  });
});
