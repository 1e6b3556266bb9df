/**
 * The explorer's JSON API over a real indexer store: the demo economy on the embedded harness,
 * indexed live. Every endpoint answers; its numbers equal the chain read independently through
 * the SDK clients; every malformed parameter is a 400 with its sentence, every unknown address a
 * 404, never a stack trace; the live stream delivers a new event; a taken port is a clear error.
 */
import { getAccount, getMint, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";
import { expect } from "chai";

import { toBigInt } from "../sdk/src/codec.js";
import { proposalPda } from "../sdk/src/dao/pda.js";
import { ExplorerListenError, startExplorerServer } from "../sdk/src/explorer/server.js";
import type {
  Dao,
  EventRow,
  Overview,
  Page,
  ProposalDetail,
  RentalDetail,
  RentalSummary,
  RewardHour,
  RewardHourDetail,
  SearchHit,
  TransactionView,
  WorkerDetail,
  WorkerSummary,
} from "../sdk/src/indexer/api_types.js";
import { IndexQueries } from "../sdk/src/indexer/queries.js";
import { ExplorerOverDemo, startExplorerOverDemo } from "./support_browser.js";

/** A valid public key nothing on the chain uses. */
const UNKNOWN = Keypair.generate().publicKey.toBase58();
const UNKNOWN_SIGNATURE = "5".repeat(88);

describe("explorer API over the indexed demo economy", function () {
  this.timeout(300_000);
  let fx: ExplorerOverDemo;
  const get = (path: string) => fetch(`${fx.server.url}${path}`);
  const json = async <T>(path: string): Promise<T> => {
    const response = await get(path);
    expect(response.status, `${path}: ${await response.clone().text()}`).to.equal(200);
    expect(response.headers.get("content-type")).to.match(/^application\/json/);
    return (await response.json()) as T;
  };

  before(async () => {
    fx = await startExplorerOverDemo(20);
  });
  after(async () => fx && (await fx.close()));

  it("overview: supply, locks, stake, IOSD and fee vaults equal the chain", async () => {
    const { sandbox, report } = fx;
    const view = await json<Overview>("/api/overview");
    const supply = await sandbox.token.getSupplyStatus();
    expect(view.cap).to.equal(String(supply.cap));
    expect(view.genesisMinted).to.equal(String(supply.genesisMinted));
    expect(view.emissionMinted).to.equal(String(supply.emissionMinted));
    expect(view.totalMinted).to.equal(String(supply.totalMinted));
    expect(view.burned.total).to.equal(String(supply.burned));
    expect(view.lockedInVesting).to.equal(String(supply.lockedInVesting));
    expect(view.circulating).to.equal(String(supply.circulating));
    expect(view.lockedInDao).to.equal(String(await sandbox.balance(sandbox.dao.lockVault)));
    let staked = 0n;
    // IO in the stake vaults: the owners' and the co-staker's.
    for (const { worker } of report.rewards) {
      const account = await sandbox.cloud.fetchWorkerOrThrow(new PublicKey(worker));
      staked += toBigInt(account.staked) + toBigInt(account.coStaked);
    }
    expect(view.staked).to.equal(String(staked));
    const iosd = await getMint(sandbox.provider.connection, sandbox.credits.iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID);
    expect(view.iosd.supply).to.equal(String(iosd.supply));
    expect(view.tenders.length).to.be.greaterThanOrEqual(2);
    for (const tender of view.tenders) expect(tender.vaultBalance, tender.symbol).to.equal(String(await sandbox.balance(new PublicKey(tender.vault))));
    for (const fee of report.fees) expect(view.tenders.find((t) => t.vault === fee.vault)?.vaultBalance).to.equal(fee.inVault);
    expect(view.counts.workers).to.equal(report.rewards.length);
    expect(view.counts.rentals).to.equal(report.rentals.length);
    expect(view.counts.proposals).to.equal(2);
    expect(view.head?.slot).to.be.greaterThan(0);
  });

  it("the demo's USDC fees went to the DAO treasury by a passed proposal: the explorer shows the withdrawal", async () => {
    const { sandbox, report } = fx;
    const withdrawn = BigInt(report.treasury.withdrawn);
    expect(withdrawn > 0n, "fees were collected by hour 8").to.equal(true);
    expect(await sandbox.balance(new PublicKey(report.treasury.destination))).to.equal(withdrawn);
    const usdc = report.fees.find((f) => f.tender === "USDC")!;
    expect(usdc.withdrawn).to.equal(report.treasury.withdrawn);
    expect(BigInt(usdc.received) - BigInt(usdc.withdrawn)).to.equal(BigInt(usdc.inVault));
    const proposal = (await sandbox.dao.fetchProposal(BigInt(report.treasury.proposal)))!;
    expect("executed" in proposal.state).to.equal(true);
    expect("creditsFeeWithdraw" in proposal.change).to.equal(true);
    const view = await json<Overview>("/api/overview");
    expect(view.tenders.find((t) => t.vault === usdc.vault)?.feesWithdrawn).to.equal(report.treasury.withdrawn);
  });

  it("the demo's IOSD: bought by burning IO at the posted price, spent on reservation fees; the explorer counts what io_credits counts", async () => {
    const { report, sandbox } = fx;
    expect(report.iosd.buyers).to.equal(2);
    expect(BigInt(report.iosd.minted) > 0n && BigInt(report.iosd.spent) > 0n).to.equal(true);
    const config = (await sandbox.credits.fetchConfig())!;
    expect([report.iosd.ioBurned, report.iosd.minted, report.iosd.spent]).to.deep.equal([config.ioBurned, config.iosdMinted, config.iosdSpent].map(String));
    const view = await json<Overview>("/api/overview");
    expect([view.iosd.ioBurned, view.iosd.minted, view.iosd.spent]).to.deep.equal([report.iosd.ioBurned, report.iosd.minted, report.iosd.spent]);
  });

  it("the demo's slash, appealed and reversed: its worker's page lists the case, nothing in appeal or slashed", async () => {
    const episode = fx.report.slashAppeal!;
    expect([episode.outcome, episode.stakeAfter]).to.deep.equal(["reversed", episode.stakeBefore]);
    const detail = await json<WorkerDetail>(`/api/workers/${episode.worker}`);
    expect(detail.slashes.map((c) => [c.address, c.state, c.amount, c.appealedAt !== null])).to.deep.equal([[episode.case, "reversed", episode.amount, true]]);
    expect([detail.inAppeal, detail.slashedTotal, detail.staked]).to.deep.equal(["0", "0", episode.stakeAfter]);
  });

  it("the demo's co-staked worker: half its minimum from a co-staker, its rewards split 80/20, on its page as on chain", async () => {
    const c = fx.report.coStake;
    expect(BigInt(c.coStake)).to.equal(BigInt(c.minStake) / 2n);
    const [owner, co] = [BigInt(c.ownerClaimed), BigInt(c.coStakerClaimed)];
    expect(co > 0n, "the co-staker was paid").to.equal(true);
    // 20% of what both claimed, to within a few base units of rounding per settlement and claim.
    const gap = co * 5n - (owner + co);
    expect((gap < 0n ? -gap : gap) < 10_000n, `owner ${owner}, co-staker ${co}`).to.equal(true);
    const detail = await json<WorkerDetail>(`/api/workers/${c.worker}`);
    const account = await fx.sandbox.cloud.fetchWorkerOrThrow(new PublicKey(c.worker));
    const reward = (await fx.sandbox.rewards.fetchWorkerReward(new PublicKey(c.worker)))!;
    expect(detail.coStake).to.deep.include({ coStaker: c.coStaker, shareBps: c.shareBps, coStaked: String(toBigInt(account.coStaked)), exitAt: null });
    expect(detail.coStake!.rewardsClaimed).to.equal(String(toBigInt(reward.coClaimed)));
    expect(detail.eligibility.stakeAtMinimum, "the co-stake counts towards the minimum").to.equal(true);
  });

  it("emissions: minted so far equals io_token's emission ledger, on the schedule's hours", async () => {
    const view = await json<{ minted: { hour: number; cumulative: string }[]; schedule: unknown[]; scheduleAtMinted: { hour: number }[] }>("/api/emissions");
    const supply = await fx.sandbox.token.getSupplyStatus();
    expect(view.minted.at(-1)?.cumulative).to.equal(String(supply.emissionMinted));
    expect(view.schedule.length).to.be.greaterThan(100);
    expect(view.scheduleAtMinted.map((p) => p.hour)).to.deep.equal(view.minted.map((p) => p.hour));
  });

  it("workers: every worker, filters, sorting and paging; each worker's page equals its account", async () => {
    const all = await json<Page<WorkerSummary>>("/api/workers?limit=500");
    expect(all.total).to.equal(fx.report.rewards.length);
    for (const summary of all.items) {
      const account = await fx.sandbox.cloud.fetchWorkerOrThrow(new PublicKey(summary.address));
      expect(summary.staked).to.equal(String(toBigInt(account.staked)));
      expect(summary.gpus).to.equal(account.gpus);
      expect(summary.deviceClass).to.equal(account.deviceClass);
      expect(summary.authority).to.equal(account.authority.toBase58());
    }
    const firstClass = await json<Page<WorkerSummary>>("/api/workers?deviceClass=1");
    expect(firstClass.total).to.equal(4);
    expect(firstClass.items.every((w) => w.deviceClass === 1)).to.equal(true);
    const region = await json<Page<WorkerSummary>>("/api/workers?region=eu-west&limit=500");
    expect(region.items.length).to.be.greaterThan(0);
    expect(region.items.every((w) => w.region === "eu-west")).to.equal(true);
    const eligible = await json<Page<WorkerSummary>>("/api/workers?eligible=true&limit=500");
    expect(eligible.items.every((w) => w.eligible)).to.equal(true);
    const byGpus = await json<Page<WorkerSummary>>("/api/workers?sort=gpus&order=desc&limit=500");
    expect(byGpus.items.map((w) => w.gpus)).to.deep.equal([...byGpus.items.map((w) => w.gpus)].sort((a, b) => b - a));
    const page2 = await json<Page<WorkerSummary>>("/api/workers?sort=gpus&order=desc&limit=5&offset=5");
    expect(page2.items.map((w) => w.address)).to.deep.equal(byGpus.items.slice(5, 10).map((w) => w.address));

    for (const { worker, claimed, gpus } of fx.report.rewards.slice(0, 4)) {
      const detail = await json<WorkerDetail>(`/api/workers/${worker}`);
      expect(detail.gpus).to.equal(gpus);
      expect(detail.rewardsClaimed).to.equal(claimed);
      expect(detail.uptime.length).to.equal(720);
      expect(detail.events.length).to.be.greaterThan(0);
      expect(detail.events.every((e) => e.signature.length >= 64)).to.equal(true);
    }
  });

  it("rentals: each rental's escrow, payouts and refunds equal its account and escrow balance", async () => {
    const list = await json<Page<RentalSummary>>("/api/rentals?limit=500");
    expect(list.total).to.equal(fx.report.rentals.length);
    for (const { rental } of fx.report.rentals) {
      const detail = await json<RentalDetail>(`/api/rentals/${rental}`);
      const account = await fx.sandbox.cloud.fetchRental(new PublicKey(rental));
      if (account) {
        expect(detail.paid, "paid").to.equal(String(toBigInt(account.paid)));
        expect(detail.refunded, "refunded").to.equal(String(toBigInt(account.refunded)));
        expect(detail.fees, "fees").to.equal(String(toBigInt(account.fees)));
        expect(detail.gpus).to.equal(account.gpus);
        const escrow = await getAccount(fx.sandbox.provider.connection, account.escrow).catch(() => undefined);
        if (escrow) expect(detail.escrow, "escrow").to.equal(String(escrow.amount));
      }
      const seqs = detail.transitions.map((e) => BigInt(e.seq));
      expect(seqs, "transitions oldest first").to.deep.equal([...seqs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(detail.transitions[0].name).to.equal("rentalBooked");
      expect(detail.workers.length).to.be.greaterThan(0);
    }
    const renter = list.items[0].renter;
    const byRenter = await json<Page<RentalSummary>>(`/api/rentals?renter=${renter}`);
    expect(byRenter.items.every((r) => r.renter === renter)).to.equal(true);
    const active = await json<Page<RentalSummary>>("/api/rentals?state=active");
    expect(active.items.every((r) => r.state === "active")).to.equal(true);
  });

  it("block rewards: hours, one hour per worker, and its CSV (header + one row per worker)", async () => {
    const hours = await json<Page<RewardHour>>("/api/rewards/hours?limit=500");
    expect(hours.total).to.be.greaterThan(0);
    const claimedTotal = hours.items.reduce((sum, h) => sum + BigInt(h.claimed), 0n);
    const ownersClaimed = fx.report.rewards.reduce((sum, r) => sum + BigInt(r.claimed), 0n);
    expect(String(claimedTotal), "owners' and the co-staker's claims").to.equal(String(ownersClaimed + BigInt(fx.report.coStake.coStakerClaimed)));
    const hour = hours.items.find((h) => h.workers > 0)!;
    const detail = await json<RewardHourDetail>(`/api/rewards/hours/${hour.hour}`);
    expect(detail.workers).to.equal(hour.workers);
    expect(detail.perWorker.length).to.equal(Math.min(100, hour.workers));
    const csv = await get(`/api/rewards/hours/${hour.hour}/csv`);
    expect(csv.status).to.equal(200);
    expect(csv.headers.get("content-type")).to.match(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).to.match(/^attachment; filename=".+\.csv"$/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).to.equal("hour,worker,owner,earned_io,claimed_io");
    expect(lines.length).to.equal(1 + hour.workers);
    const all = await json<RewardHourDetail>(`/api/rewards/hours/${hour.hour}?limit=1000`);
    expect(lines.slice(1).map((line) => line.split(",")[1])).to.deep.equal(all.perWorker.map((w) => w.worker));
  });

  it("block rewards: one hour's workers a page at a time, ordered by address", async () => {
    const hours = await json<Page<RewardHour>>("/api/rewards/hours?limit=500");
    const hour = hours.items.find((h) => h.workers > 2)!;
    const all = await json<RewardHourDetail>(`/api/rewards/hours/${hour.hour}?limit=1000`);
    expect(all.perWorker.map((w) => w.worker)).to.deep.equal(all.perWorker.map((w) => w.worker).sort());
    const page = await json<RewardHourDetail>(`/api/rewards/hours/${hour.hour}?limit=2&offset=1`);
    expect(page.workers).to.equal(hour.workers);
    expect(page.released).to.equal(hour.released);
    expect(page.perWorker).to.deep.equal(all.perWorker.slice(1, 3));
  });

  it("DAO: the proposal's tallies and state equal its account; its votes link transactions", async () => {
    const dao = await json<Dao>("/api/dao");
    expect(dao.totalLocked).to.equal(String(await fx.sandbox.balance(fx.sandbox.dao.lockVault)));
    expect(dao.positions).to.equal(3);
    const id = BigInt(fx.report.dao.proposal);
    const row = dao.proposals.find((p) => p.id === String(id))!;
    expect(row.address).to.equal(proposalPda(id).toBase58());
    const account = (await fx.sandbox.dao.fetchProposal(id))!;
    const detail = await json<ProposalDetail>(`/api/dao/proposals/${row.address}`);
    expect(detail.yes).to.equal(String(toBigInt(account.yes)));
    expect(detail.no).to.equal(String(toBigInt(account.no)));
    expect(detail.abstain).to.equal(String(toBigInt(account.abstain)));
    expect(detail.state).to.equal("executed");
    expect(detail.quorumReached).to.equal(true);
    expect(detail.votes.length).to.equal(3);
    expect(detail.executedAt).to.be.a("number");
  });

  it("search, transactions and account events: each kind to its entity, unknown to a 404", async () => {
    const worker = fx.report.rewards[0].worker;
    expect(await json<SearchHit>(`/api/search?q=${worker}`)).to.deep.equal({ kind: "worker", address: worker });
    const rental = fx.report.rentals[0].rental;
    expect(await json<SearchHit>(`/api/search?q=${rental}`)).to.deep.equal({ kind: "rental", address: rental });
    const [newest] = await json<EventRow[]>("/api/events?limit=1");
    expect(await json<SearchHit>(`/api/search?q=${newest.signature}`)).to.deep.equal({ kind: "transaction", signature: newest.signature });
    const tx = await json<TransactionView>(`/api/tx/${newest.signature}`);
    expect(tx.events.map((e) => e.signature)).to.include(newest.signature);
    expect(tx.slot).to.equal(newest.slot);
    const onChain = await fx.sandbox.provider.connection.getTransaction(newest.signature, { maxSupportedTransactionVersion: 0 }).catch(() => null);
    if (onChain) expect(onChain.slot).to.equal(tx.slot);

    const events = await json<EventRow[]>(`/api/accounts/${worker}/events?limit=10`);
    expect(events.length).to.be.greaterThan(0);
    expect(events.length).to.be.at.most(10);
    const page = await json<EventRow[]>("/api/events?limit=20");
    expect(page.length).to.equal(20);
    expect(page[0].slot).to.be.at.least(page[19].slot);
  });

  const refused: [string, number, string][] = [
    ["/api/workers/not-a-key", 400, "worker address must be a base58 public key (32 to 44 characters)"],
    [`/api/workers/${"0".repeat(32)}`, 400, "worker address must be a base58 public key (32 to 44 characters)"],
    ["/api/workers?limit=0", 400, "limit must be an integer from 1 to 500"],
    ["/api/workers?limit=501", 400, "limit must be an integer from 1 to 500"],
    ["/api/workers?limit=ten", 400, "limit must be an integer from 1 to 500"],
    ["/api/workers?offset=-1", 400, "offset must be an integer from 0 to 1000000000"],
    ["/api/workers?deviceClass=256", 400, "deviceClass must be an integer from 0 to 255"],
    ["/api/workers?eligible=maybe", 400, "eligible must be true or false"],
    ["/api/workers?registered=2", 400, "registered must be true or false"],
    ["/api/workers?sort=name", 400, "sort must be one of stake, gpus, rewards, registered, price"],
    ["/api/workers?order=up", 400, "order must be one of asc, desc"],
    ["/api/workers?color=red", 400, 'unknown parameter "color"'],
    ["/api/rentals?state=paused", 400, "state must be one of booked, active, terminated, cancelled, closed"],
    ["/api/rentals?renter=abc", 400, "renter must be a base58 public key (32 to 44 characters)"],
    ["/api/rentals/xyz", 400, "rental address must be a base58 public key (32 to 44 characters)"],
    ["/api/rewards/hours/0", 400, "hour must be an integer from 1 to 10000000"],
    ["/api/rewards/hours/1.5", 400, "hour must be an integer from 1 to 10000000"],
    ["/api/rewards/hours/abc/csv", 400, "hour must be an integer from 1 to 10000000"],
    ["/api/rewards/hours?limit=9999", 400, "limit must be an integer from 1 to 500"],
    ["/api/rewards/hours/5?limit=1001", 400, "limit must be an integer from 1 to 1000"],
    ["/api/rewards/hours/5?offset=-1", 400, "offset must be an integer from 0 to 1000000000"],
    ["/api/rewards/hours/5/csv?limit=10", 400, 'unknown parameter "limit"'],
    ["/api/dao/proposals/short", 400, "proposal address must be a base58 public key (32 to 44 characters)"],
    ["/api/search", 400, 'missing parameter "q"'],
    ["/api/search?q=hello", 400, "q must be an address (32 to 44 base58 characters) or a transaction signature (64 to 88)"],
    ["/api/tx/abc", 400, "signature must be a base58 transaction signature (64 to 88 characters)"],
    ["/api/accounts/abc/events", 400, "address must be a base58 public key (32 to 44 characters)"],
    [`/api/accounts/${UNKNOWN}/events?before=-5`, 400, `before must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}`],
    ["/api/events?limit=-1", 400, "limit must be an integer from 1 to 500"],
    ["/api/overview?x=1", 400, 'unknown parameter "x"'],
    [`/api/workers/${UNKNOWN}`, 404, `no worker with address ${UNKNOWN}`],
    [`/api/rentals/${UNKNOWN}`, 404, `no rental with address ${UNKNOWN}`],
    [`/api/dao/proposals/${UNKNOWN}`, 404, `no proposal with address ${UNKNOWN}`],
    ["/api/rewards/hours/9999999", 404, "no rewards recorded for hour 9999999"],
    ["/api/rewards/hours/9999999/csv", 404, "no rewards recorded for hour 9999999"],
    [`/api/search?q=${UNKNOWN}`, 404, `no account or transaction matches ${UNKNOWN}`],
    [`/api/tx/${UNKNOWN_SIGNATURE}`, 404, `no indexed transaction with signature ${UNKNOWN_SIGNATURE}`],
    ["/api/nothing", 404, "no such endpoint: GET /api/nothing"],
    ["/api/workers/a/b/c", 404, "no such endpoint: GET /api/workers/a/b/c"],
  ];

  it("refuses every malformed parameter with a 400 and unknown things with a 404, in one sentence", async () => {
    for (const [path, status, message] of refused) {
      const response = await get(path);
      const body = await response.text();
      expect(response.status, path).to.equal(status);
      expect(response.headers.get("content-type"), path).to.match(/^application\/json/);
      expect(JSON.parse(body), path).to.deep.equal({ error: message });
      expect(body, path).not.to.match(/\bat .+:\d+:\d+/);
    }
    const post = await fetch(`${fx.server.url}/api/overview`, { method: "POST" });
    expect(post.status).to.equal(404);
    expect(await post.json()).to.deep.equal({ error: "no such endpoint: POST /api/overview" });
  });

  it("answers an internal failure with a bare 500, logging one line", async () => {
    const broken = Object.create(new IndexQueries(fx.db)) as IndexQueries;
    broken.overview = () => Promise.reject(new Error("disk on fire\n    at somewhere (file.ts:1:2)"));
    const server = await startExplorerServer({ queries: broken, live: fx.indexer });
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      const response = await fetch(`${server.url}/api/overview`);
      expect(response.status).to.equal(500);
      expect(await response.json()).to.deep.equal({ error: "internal error" });
    } finally {
      process.stderr.write = write;
      await server.close();
    }
    expect(written).to.deep.equal(["explorer: GET /api/overview: disk on fire\n"]);
  });

  it("serves the front end: index.html for client routes, 404 for a missing asset", async () => {
    for (const path of ["/", "/workers", `/workers/${UNKNOWN}`, "/no/such/page"]) {
      const response = await get(path);
      expect(response.status, path).to.equal(200);
      expect(response.headers.get("content-type"), path).to.match(/^text\/html/);
      expect(await response.text()).to.contain('<div id="root">');
    }
    expect((await get("/assets/nothing-here.js")).status).to.equal(404);
    expect((await get("/../../package.json")).status).to.not.equal(200);
    expect((await get("/workers%ZZ")).status).to.equal(400);
  });

  it("streams each applied event over /api/live (server-sent events) as the chain moves", async () => {
    const abort = new AbortController();
    const response = await fetch(`${fx.server.url}/api/live`, { signal: abort.signal });
    expect(response.headers.get("content-type")).to.match(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const { sandbox } = fx;
    const holder = await sandbox.fund();
    const io = await sandbox.giveIo(holder.publicKey, 1_000n * 100_000_000n);
    let confirmed = 0;
    const lock = sandbox.dao.lock(holder, 7, 1_000n * 100_000_000n, "cliff", 365 * 86_400, io, sandbox.token.mint).then(() => (confirmed = Date.now()));
    let text = "";
    let row: EventRow | undefined;
    while (!row) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      const message = text.split("\n\n").find((m) => m.startsWith("data: ") && m.includes(holder.publicKey.toBase58()));
      if (message) row = JSON.parse(message.slice("data: ".length)) as EventRow;
    }
    const arrived = Date.now();
    await lock;
    abort.abort();
    expect(row!.program).to.equal("io_dao");
    const latency = Math.max(0, arrived - confirmed);
    console.log(`    live: the lock's event reached the stream ${latency} ms after confirmation`);
    expect(latency).to.be.below(1_000);
  });

  it("removes a stream's listener when its client disconnects, and ends open streams on close", async () => {
    const listeners = new Set<(rows: EventRow[]) => void>();
    const live = { onApplied: (listener: (rows: EventRow[]) => void) => (listeners.add(listener), () => void listeners.delete(listener)) };
    const server = await startExplorerServer({ queries: new IndexQueries(fx.db), live });
    const abort = new AbortController();
    const first = await fetch(`${server.url}/api/live`, { signal: abort.signal });
    const second = await fetch(`${server.url}/api/live`);
    expect(listeners.size).to.equal(2);
    abort.abort();
    await first.body?.cancel().catch(() => undefined);
    for (let i = 0; i < 50 && listeners.size > 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listeners.size).to.equal(1);
    await server.close();
    expect(await second.text()).to.equal(": connected\n\n");
    expect(listeners.size).to.equal(0);
  });

  it("a taken port is an ExplorerListenError saying so", async () => {
    let error: unknown;
    await startExplorerServer({ queries: new IndexQueries(fx.db), live: fx.indexer, port: fx.server.port }).catch((e) => (error = e));
    expect(error).to.be.instanceOf(ExplorerListenError);
    expect((error as Error).message).to.equal(`port ${fx.server.port} on 127.0.0.1 is already in use: stop what holds it or pick another port`);
  });
});
