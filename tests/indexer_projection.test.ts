/**
 * The projection on real events: the demo economy runs on the embedded harness (workers staking
 * and proving uptime, rentals booked / assigned / settled / closed, a failure and replacement,
 * claims, a DAO vote executed), its history is read back through `transactionsSince` for the
 * five programs and projected into an SQLite store; the tables and queries must equal the chain
 * read independently through the SDK clients.
 */
import { expect } from "chai";
import { getAccount } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";

import { feeVaultPda, tenderPda } from "../sdk/src/credits/pda.js";
import { runDemoEconomy } from "../sdk/src/demo/economy.js";
import { indexHistory } from "./support_indexer.js";
import type { Sandbox } from "../sdk/src/demo/sandbox.js";
import type { ChainEvent } from "../sdk/src/events/chain_event.js";
import { Batch } from "../sdk/src/indexer/batch.js";
import { IndexDb, toBig, toNum } from "../sdk/src/indexer/db.js";
import { openIndexDb } from "../sdk/src/indexer/open_db.js";
import { handles, project, UnknownEvent } from "../sdk/src/indexer/projection.js";
import { IndexQueries } from "../sdk/src/indexer/queries.js";
import { IDLS, PROGRAM_NAMES } from "../sdk/src/programs.js";
import { MAX_SUPPLY } from "../sdk/src/token/supply.js";

const big = (value: { toString(): string }) => BigInt(value.toString());
const camel = (name: string) => name[0].toLowerCase() + name.slice(1);

describe("indexer projection: the demo economy's history equals the chain", function () {
  this.timeout(900_000);
  let sandbox: Sandbox;
  let db: IndexDb;
  let queries: IndexQueries;
  let events: ChainEvent[];

  before(async () => {
    await runDemoEconomy({ hours: 18, onFinish: async (done) => void (sandbox = done) });
    db = await openIndexDb(":memory:");
    queries = new IndexQueries(db);
    events = await indexHistory(sandbox, db);
  });

  after(async () => db?.close());

  it("handles every event of the five IDLs and refuses an unknown one", () => {
    for (const program of PROGRAM_NAMES) {
      const names = (IDLS[program].events ?? []).map((event) => camel(event.name));
      expect(names.length, program).to.be.greaterThan(0);
      for (const name of names) expect(handles(program, name), `${program}.${name}`).to.equal(true);
    }
    const total = PROGRAM_NAMES.reduce((sum, program) => sum + (IDLS[program].events ?? []).length, 0);
    expect(total).to.equal(61);
    const stranger = { ...events[0], name: "somethingNew" };
    expect(() => project(stranger, new Batch(new Map()))).to.throw(UnknownEvent);
  });

  it("saw the economy's whole range of events and counts them", async () => {
    const names = new Set(events.map((event) => event.name));
    for (const name of ["workerRegistered", "workerStakeChanged", "uptimeRecorded", "rentalBooked", "rentalAssigned", "rentalSettled", "rentalWorkerReplaced", "rewardsClaimed", "proposalVoted", "proposalExecuted", "emissionMinted", "feeCollected", "creditsBought", "creditsSpent", "workerSlashed", "slashAppealed", "slashResolved"]) {
      expect(names.has(name), name).to.equal(true);
    }
    const overview = await queries.overview();
    expect(overview.counts.events).to.equal(events.length);
  });

  it("supply equals the token config", async () => {
    const config = (await sandbox.token.fetchConfig())!;
    const overview = await queries.overview();
    expect(overview.genesisMinted).to.equal(config.genesisMinted.toString());
    expect(overview.emissionMinted).to.equal(config.emissionMinted.toString());
    expect(overview.totalMinted).to.equal((big(config.genesisMinted) + big(config.emissionMinted)).toString());
    expect(overview.cap).to.equal(MAX_SUPPLY.toString());
    const status = await sandbox.token.getSupplyStatus();
    expect(overview.lockedInVesting).to.equal(status.lockedInVesting.toString());
    const emissions = await queries.emissions();
    expect(emissions.minted.at(-1)?.cumulative).to.equal(config.emissionMinted.toString());
  });

  it("workers equal their accounts (stake, unstaking, slashes, GPUs, weight, rewards)", async () => {
    const page = await queries.workers({ limit: 100 });
    expect(page.total).to.equal(20);
    let vaults = 0n;
    for (const summary of page.items) {
      const account = await sandbox.cloud.fetchWorkerOrThrow(new PublicKey(summary.address));
      expect(summary.staked, summary.address).to.equal(account.staked.toString());
      expect(summary.slashedTotal).to.equal(account.slashedTotal.toString());
      expect((await queries.worker(summary.address))!.inAppeal).to.equal(account.inAppeal.toString());
      expect(summary.gpus).to.equal(account.gpus);
      expect(summary.eligible).to.equal(account.weight.eligible);
      expect(summary.busy).to.equal(account.weight.busy);
      expect(summary.authority).to.equal(account.authority.toBase58());
      const detail = (await queries.worker(summary.address))!;
      expect(detail.unstaking).to.equal(account.unstaking.toString());
      vaults += big(account.staked) + big(account.unstaking) + big(account.coStaked);
      const reward = (await sandbox.rewards.fetchWorkerReward(new PublicKey(summary.address)))!;
      expect(summary.rewardsClaimed).to.equal(reward.claimed.toString());
    }
    expect((await queries.overview()).staked).to.equal(vaults.toString());
  });

  it("rentals equal their accounts; closed ones are closed on chain", async () => {
    const page = await queries.rentals({ limit: 100 });
    expect(page.total).to.equal(5);
    expect(page.items.filter((rental) => rental.state !== "closed").length).to.be.greaterThan(0);
    for (const summary of page.items) {
      const account = await sandbox.cloud.fetchRental(new PublicKey(summary.address));
      if (summary.state === "closed") {
        expect(account, summary.address).to.equal(null);
        continue;
      }
      expect(account, summary.address).to.not.equal(null);
      expect(summary.paid).to.equal(account!.paid.toString());
      expect(summary.refunded).to.equal(account!.refunded.toString());
      expect(summary.fees).to.equal(account!.fees.toString());
      expect(summary.deposited).to.equal((big(account!.principal) + big(account!.fees)).toString());
      expect(summary.renter).to.equal(account!.renter.toBase58());
      const detail = (await queries.rental(summary.address))!;
      const paidToWorkers = detail.workers.reduce((sum, worker) => sum + BigInt(worker.paid), 0n);
      expect(paidToWorkers.toString()).to.equal(summary.paid);
    }
  });

  it("tenders' fees equal the tender accounts and their vaults", async () => {
    const { tenders } = await queries.overview();
    expect(tenders.map((tender) => tender.symbol).sort()).to.deep.equal(["IO", "USDC"]);
    for (const tender of tenders) {
      const mint = new PublicKey(tender.mint);
      const account = (await sandbox.credits.fetchTender(mint))!;
      expect(tender.address).to.equal(tenderPda(mint).toBase58());
      expect(tender.feesReceived).to.equal(account.feesReceived.toString());
      expect(tender.feesBurned).to.equal(account.feesBurned.toString());
      expect(tender.feesWithdrawn).to.equal(account.feesWithdrawn.toString());
      const vault = await getAccount(sandbox.provider.connection, feeVaultPda(mint));
      expect(tender.vaultBalance).to.equal(vault.amount.toString());
    }
  });

  it("each proposal's tally, state, quorum and change equal its account", async () => {
    const { proposals, totalLocked } = await queries.dao();
    // The demo's two: the fee withdrawal to the treasury, then busy_boost.
    expect(proposals.map((p) => Object.keys(p.change)[0]).sort()).to.deep.equal(["creditsFeeWithdraw", "rewardsBusyBoost"]);
    for (const row of proposals) {
      const account = (await sandbox.dao.fetchProposal(BigInt(row.id)))!;
      expect(row.yes).to.equal(account.yes.toString());
      expect(row.no).to.equal(account.no.toString());
      expect(row.abstain).to.equal(account.abstain.toString());
      expect(row.participatingIo).to.equal(account.participatingIo.toString());
      expect(row.state).to.equal(Object.keys(account.state)[0]);
      expect(row.state).to.equal("executed");
      expect(row.quorumReached).to.equal(true);
      const detail = (await queries.proposal(row.address))!;
      expect(detail.votes).to.have.length(3);
    }
    const config = (await sandbox.dao.fetchConfig())!;
    expect(totalLocked).to.equal(config.totalLocked.toString());
  });

  it("block rewards per hour add up to the pool", async () => {
    const pool = (await sandbox.rewards.fetchConfig())!.pool;
    const hours = await queries.rewardHours({ limit: 1_000 });
    const sum = (pick: (hour: (typeof hours.items)[number]) => string) => hours.items.reduce((total, hour) => total + BigInt(pick(hour)), 0n);
    expect(sum((hour) => hour.released).toString()).to.equal((big(pool.scheduleReleased) - big(pool.forgone)).toString());
    expect(sum((hour) => hour.distributed).toString()).to.equal(pool.distributed.toString());
    expect(sum((hour) => hour.claimed).toString()).to.equal(pool.claimed.toString());
    let earned = 0n;
    for (const hour of hours.items) {
      const detail = (await queries.rewardHour(hour.hour, { limit: 1_000 }))!;
      expect(detail.perWorker).to.have.length(hour.workers);
      earned += detail.perWorker.reduce((total, worker) => total + BigInt(worker.earned), 0n);
    }
    const rows = await db.all(`SELECT rewards_total FROM workers`);
    expect(earned).to.equal(rows.reduce((total, row) => total + toBig(row.rewards_total), 0n));
  });

  it("the uptime strip and checklist follow the worker's proofs", async () => {
    const { items } = await queries.workers({ limit: 1 });
    const detail = (await queries.worker(items[0].address))!;
    const account = await sandbox.cloud.fetchWorkerOrThrow(new PublicKey(detail.address));
    expect(detail.uptime).to.have.length(720);
    const last = detail.uptime.find((hour) => hour.hour === toNum(account.lastProofHour.toString()));
    expect(last?.ok).to.equal(account.lastProofOk);
    // A co-stake counts until its exit notice ends (none of the demo's exits).
    expect(detail.eligibility.stakeAtMinimum).to.equal(big(account.staked) + big(account.coStaked) >= BigInt(detail.minStake));
    expect(detail.eligibility.notSlashed).to.equal(big(account.slashedTotal) === 0n && big(account.inAppeal) === 0n);
    // The chain's own judgement at its last weight change: eligible means every box is ticked.
    expect([detail.eligibility.goodHours, detail.eligibility.goodHoursNeeded]).to.deep.equal([account.goodHours, account.goodHoursNeeded]);
    if (account.weight.eligible) {
      expect(detail.eligibility).to.deep.equal({ stakeAtMinimum: true, uptimeThisHour: true, goodHours: account.goodHours, goodHoursNeeded: 5, notSlashed: true });
      expect(account.goodHours >= 5).to.equal(true);
    }
    expect(detail.uptime.filter((hour) => hour.ok !== null).length).to.be.greaterThan(18);
  });
});
