/**
 * The lifecycle as long-running processes on one `io localnet`: the orchestrator daemon and four
 * worker daemons (three serve a rental, one is the spare), each its own child process talking
 * JSON-RPC and heartbeats. A renter books from the CLI; time travels hour by hour; a worker
 * daemon is killed and replaced; the localnet and then the orchestrator are SIGKILLed and
 * restarted. Each `it` builds on the ones before.
 *
 * The heartbeat timeout (600 s) is shorter than an hour, so each hour is crossed in 300 s steps,
 * each waiting until every live worker's heartbeat at the new time has reached the orchestrator.
 */
import { expect } from "chai";
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey } from "@solana/web3.js";

import { decodeEvents, IO, IoCloudClient, USDC } from "@ionet/sdk";

import { chainClock } from "../sdk/src/daemons/chain_clock.js";
import { ActionRecord, SqliteStore } from "../sdk/src/lifecycle/store.js";
import { writeKeypair } from "../sdk/src/localnet/keys.js";
import { freePortPair, LocalnetProcess, rpc, startLocalnetProcess } from "./support_localnet.js";

const HOUR = 3_600;
const STEP_SECS = 300;
const HEARTBEAT_TIMEOUT_SECS = 600;
const INTERVAL_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value (not undefined / false), at most `timeoutMs`. */
async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${lastError})` : ""}`);
    await sleep(250);
  }
}

/** An `io` child process with its output kept, `--json` lines parsed. */
class IoProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  readonly exited: Promise<number | null>;

  constructor(readonly args: string[]) {
    this.child = spawn(process.execPath, ["sdk/bin/io.js", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout!.on("data", (chunk) => (this.stdout += chunk));
    this.child.stderr!.on("data", (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }

  /** The JSON objects printed so far. */
  lines(): any[] {
    return this.stdout.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  }

  line(predicate: (line: any) => boolean, what: string, timeoutMs = 60_000): Promise<any> {
    return until(`${what}\n--- stdout:\n${this.stdout.slice(-3000)}\n--- stderr:\n${this.stderr.slice(-3000)}`, () => this.lines().find(predicate), timeoutMs);
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number | null> {
    if (this.running) this.child.kill(signal);
    return this.exited;
  }
}

/** Runs one `io` command to its end; it must succeed; its --json output parsed. */
async function io(args: string[]): Promise<any> {
  const run = new IoProcess([...args, "--json"]);
  const code = await run.exited;
  expect(code, `io ${args.join(" ")}\n${run.stderr}`).to.equal(0);
  return JSON.parse(run.stdout);
}

interface Provider {
  authority: Keypair;
  keypairFile: string;
  worker: string;
  stateFile: string;
  daemon?: IoProcess;
  /** IO held once staked. */
  ioAfterStake: bigint;
}

describe("lifecycle daemons on a localnet: orchestrator and workers as processes", function () {
  this.timeout(600_000);
  const dir = mkdtempSync(path.join(tmpdir(), "ionet-lifecycle-"));
  const storeFile = path.join(dir, "orchestrator.db");
  let net: LocalnetProcess;
  let cloud: IoCloudClient;
  let orchestrator: IoProcess;
  let orchestratorArgs: string[];
  let heartbeatUrl: string;
  let store: SqliteStore;
  const providers: Provider[] = [];
  let rental: string;
  let assigned: Provider[];
  let killed: Provider;
  let spare: Provider;
  const children: IoProcess[] = [];

  const now = () => chainClock(net.connection)();
  const tokenBalance = async (mint: string, owner: PublicKey) => {
    const info = await net.connection.getTokenAccountBalance(getAssociatedTokenAddressSync(new PublicKey(mint), owner)).catch(() => undefined);
    return BigInt(info?.value.amount ?? 0);
  };
  const cli = (p: { keypairFile: string }, ...args: string[]) => io([...args, "--url", net.url, "--keypair", p.keypairFile]);
  const live = () => providers.filter((p) => p.daemon?.running);

  /** Moves chain time `secs` forward and waits until every live worker's heartbeat after the move reached the orchestrator. */
  async function advance(secs: number): Promise<void> {
    expect((await rpc(net.url, "ionet_advanceClock", [secs])).error).to.equal(undefined);
    const moved = await now();
    await until("heartbeats after the clock moved", () => live().every((p) => (store.get<bigint>("heartbeat", p.worker) ?? 0n) >= moved), 30_000);
  }

  /** The orchestrator's settle of `rental` for `hour` as its store records it: sent, skipped (nothing payable yet), or not yet decided. */
  const settleDecision = (hour: bigint) => store.actions().find(([key]) => key.startsWith(`settle:${rental}:`) && key.endsWith(`:${hour}`))?.[1].status;

  /** Crosses into the next chain hour in 300 s steps, then waits for the orchestrator to decide `rental`'s settle for it. */
  async function nextHour(): Promise<bigint> {
    const start = await now();
    const target = (start / BigInt(HOUR) + 1n) * BigInt(HOUR);
    while ((await now()) < target) await advance(Math.min(STEP_SECS, Number(target - (await now())) + 1));
    const hour = (await now()) / BigInt(HOUR);
    await until(`the settle decision for hour ${hour}\n${orchestrator.stderr.slice(-2000)}`, () => ["sent", "skipped"].includes(settleDecision(hour) ?? ""));
    return hour;
  }

  function startOrchestrator(): IoProcess {
    orchestrator = new IoProcess(orchestratorArgs);
    children.push(orchestrator);
    return orchestrator;
  }

  function startWorker(p: Provider): void {
    const verifierFile = path.join(net.economy.keysDir, "verifier.json");
    p.daemon = new IoProcess([
      "worker", "run", "--json", "--url", net.url, "--keypair", p.keypairFile, "--worker", p.worker,
      "--heartbeat-url", heartbeatUrl, "--verifier-keypair", verifierFile, "--state", p.stateFile, "--interval-ms", String(INTERVAL_MS),
    ]);
    children.push(p.daemon);
  }

  /** Every action the chain shows on the rental: event names with their block times. */
  async function rentalHistory(): Promise<{ name: string; blockTime: number; signature: string }[]> {
    const found = [];
    for (const { signature } of await net.connection.getSignaturesForAddress(new PublicKey(rental))) {
      const tx = await net.connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
      for (const event of decodeEvents(tx!.meta!.logMessages!)) found.push({ name: event.name, blockTime: tx!.blockTime!, signature });
    }
    return found;
  }

  before(async () => {
    net = await startLocalnetProcess();
    cloud = new IoCloudClient(new AnchorProvider(net.connection, new Wallet(Keypair.generate()), { commitment: "confirmed" }));
    const heartbeatPort = await freePortPair();
    orchestratorArgs = [
      "orchestrator", "run", "--json", "--url", net.url, "--keypair", path.join(net.economy.keysDir, "orchestrator.json"), "--store", storeFile,
      "--heartbeat-port", String(heartbeatPort), "--heartbeat-timeout", String(HEARTBEAT_TIMEOUT_SECS), "--interval-ms", String(INTERVAL_MS),
    ];
  });

  after(async () => {
    for (const child of children) child.child.kill("SIGKILL");
    await Promise.all(children.map((c) => c.exited));
    store?.close();
    await net?.stop("SIGKILL");
  });

  it("registers and stakes four 1-GPU H100 workers from the CLI, each with its own funded authority", async () => {
    for (let i = 0; i < 4; i++) {
      const authority = Keypair.generate();
      const keypairFile = path.join(dir, `worker-${i}.json`);
      writeKeypair(keypairFile, authority);
      await net.connection.confirmTransaction(await net.connection.requestAirdrop(authority.publicKey, 10 * LAMPORTS_PER_SOL), "confirmed");
      expect((await rpc(net.url, "ionet_requestTokens", [authority.publicKey.toBase58(), { io: IO(3_000).toString(), usdc: USDC(1).toString() }])).error).to.equal(undefined);
      const { worker } = await cli({ keypairFile }, "worker", "register", "--class", "H100", "--gpus", "1", "--price", "2");
      const staked = await cli({ keypairFile }, "worker", "stake", "--worker", worker, "--amount", "2000");
      expect(staked.staked).to.equal(IO(2_000).toString());
      const ioAfterStake = await tokenBalance(net.economy.ioMint, authority.publicKey);
      expect(ioAfterStake).to.equal(IO(1_000));
      providers.push({ authority, keypairFile, worker, stateFile: path.join(dir, `worker-${i}-state.json`), ioAfterStake });
    }
  });

  it("starts the orchestrator daemon (heartbeat URL first) and a worker daemon per worker; their proofs make the workers assignable", async () => {
    startOrchestrator();
    heartbeatUrl = (await orchestrator.line((l) => l.action === "listening", "the heartbeat endpoint")).heartbeatUrl;
    expect(heartbeatUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+\/heartbeat$/);
    store = new SqliteStore(storeFile);
    for (const p of providers) startWorker(p);
    const hour = (await now()) / BigInt(HOUR);
    for (const p of providers) {
      const proved = await p.daemon!.line((l) => l.action === "proved", `worker ${p.worker} proving uptime`);
      expect(BigInt(proved.hour) >= hour).to.equal(true);
      expect(proved.recorded).to.equal(true);
    }
    await until("every worker assignable", async () => {
      for (const p of providers) if (!(await cloud.fetchWorkerOrThrow(new PublicKey(p.worker))).assignable) return false;
      return true;
    });
    await until("heartbeats from every worker", () => providers.every((p) => store.get("heartbeat", p.worker) !== undefined));
  });

  it("a renter books 3 H100s from the CLI; the orchestrator assigns three workers and their daemons run the job once", async () => {
    const renter = Keypair.generate();
    const keypairFile = path.join(dir, "renter.json");
    writeKeypair(keypairFile, renter);
    await net.connection.confirmTransaction(await net.connection.requestAirdrop(renter.publicKey, 10 * LAMPORTS_PER_SOL), "confirmed");
    await rpc(net.url, "ionet_requestTokens", [renter.publicKey.toBase58(), { usdc: USDC(1_000).toString() }]);
    const booked = await cli({ keypairFile }, "rent", "book", "--class", "H100", "--gpus", "3", "--hours", "12", "--price", "2");
    rental = booked.rental;
    const line = await orchestrator.line((l) => l.action === "assigned" && l.rental === rental, "the assignment");
    expect(line.workers).to.have.length(3);
    assigned = providers.filter((p) => line.workers.includes(p.worker));
    spare = providers.find((p) => !line.workers.includes(p.worker))!;
    expect(assigned).to.have.length(3);
    const account = await cloud.fetchRentalOrThrow(new PublicKey(rental));
    expect(Object.keys(account.state)[0]).to.equal("active");
    expect(account.assignments.map((a) => a.worker.toBase58()).sort()).to.deep.equal([...line.workers].sort());
    for (const p of assigned) await p.daemon!.line((l) => l.action === "ran job" && l.rental === rental, `worker ${p.worker} running the job`);
    expect(spare.daemon!.lines().filter((l) => l.action === "ran job")).to.deep.equal([]);
  });

  it("over 5 chain hours, one at a time, the orchestrator settles each hour and payouts stream to the assigned workers' USDC accounts", async () => {
    const before = await Promise.all(assigned.map((p) => tokenBalance(net.economy.usdcMint, p.authority.publicKey)));
    const slotOf = async (p: Provider) => (await cloud.fetchRentalOrThrow(new PublicKey(rental))).assignments.find((a) => a.worker.toBase58() === p.worker)!;
    const paidBefore = await Promise.all(assigned.map(async (p) => BigInt((await slotOf(p)).paid.toString())));
    const decisions = [];
    for (let h = 0; h < 5; h++) decisions.push(settleDecision(await nextHour()));
    // The first hour served is held back until served in full: at most one hour with nothing to pay.
    expect(decisions.filter((d) => d === "sent").length >= 4, decisions.join()).to.equal(true);
    const after = await Promise.all(assigned.map((p) => tokenBalance(net.economy.usdcMint, p.authority.publicKey)));
    for (const [i, p] of assigned.entries()) expect(after[i] > before[i], `worker ${p.worker} paid`).to.equal(true);
    // What each received is what the rental says it paid it, net of its supplier fee; 5 hours
    // of 1 GPU at 2 USDC from a booking within an hour: at least 4 full hours (8 USDC) earned.
    for (const [i, p] of assigned.entries()) {
      const slot = await slotOf(p);
      expect(after[i] - before[i], `worker ${p.worker} received`).to.equal(BigInt(slot.paid.toString()) - paidBefore[i]);
      expect(BigInt(slot.paid.add(slot.fees).toString()) >= USDC(8), `worker ${p.worker} earned`).to.equal(true);
      expect(slot.fees.gtn(0), `worker ${p.worker} paid a supplier fee`).to.equal(true);
    }
    for (const p of assigned) expect(p.daemon!.lines().filter((l) => l.action === "ran job")).to.have.length(1);
  });

  it("a worker daemon killed with SIGKILL is replaced by the spare once silent past the heartbeat timeout", async () => {
    killed = assigned[0];
    await killed.daemon!.kill("SIGKILL");
    const silentSince = store.get<bigint>("heartbeat", killed.worker)!;
    await until("the replacement", async () => {
      if (orchestrator.lines().some((l) => l.action === "replaced" && l.worker === killed.worker)) return true;
      await advance(STEP_SECS);
      return false;
    }, 120_000);
    expect((await now()) - silentSince > BigInt(HEARTBEAT_TIMEOUT_SECS)).to.equal(true);
    const account = await cloud.fetchRentalOrThrow(new PublicKey(rental));
    const serving = account.assignments.map((a) => a.worker.toBase58());
    expect(serving).to.include(spare.worker);
    expect(serving).to.not.include(killed.worker);
    await spare.daemon!.line((l) => l.action === "ran job" && l.rental === rental, "the spare running the job");
    assigned = assigned.filter((p) => p !== killed).concat(spare);
  });

  it("worker daemons claim block rewards: their IO balances grow", async () => {
    await nextHour();
    for (const p of live()) {
      await p.daemon!.line((l) => l.action === "claimed", `worker ${p.worker} claiming`);
      const claimed = p.daemon!.lines().filter((l) => l.action === "claimed").reduce((a, l) => a + BigInt(l.amount), 0n);
      expect(claimed > 0n).to.equal(true);
      // A claim may land between the two reads: the balance holds at least what was printed.
      expect((await tokenBalance(net.economy.ioMint, p.authority.publicKey)) >= p.ioAfterStake + claimed).to.equal(true);
    }
  });

  it("the localnet SIGKILLed and restarted on the same ledger and port: every balance and account unchanged", async () => {
    // Pause the daemons so nothing is sent while the chain is compared.
    for (const child of [orchestrator, ...live().map((p) => p.daemon!)]) child.child.kill("SIGSTOP");
    await sleep(2_000);
    const owners = [...providers.map((p) => p.authority.publicKey)];
    const snapshot = async () => {
      const accounts = [rental, ...providers.map((p) => p.worker)];
      return {
        accounts: await Promise.all(accounts.map(async (a) => (await net.connection.getAccountInfo(new PublicKey(a)))?.data.toString("base64"))),
        balances: await Promise.all(owners.flatMap((o) => [net.connection.getBalance(o), tokenBalance(net.economy.ioMint, o), tokenBalance(net.economy.usdcMint, o)].map(async (b) => String(await b)))),
        history: (await net.connection.getSignaturesForAddress(new PublicKey(rental))).map((s) => s.signature),
      };
    };
    const before = await snapshot();
    const port = Number(new URL(net.url).port);
    await net.stop("SIGKILL");
    let restarted: LocalnetProcess;
    try {
      restarted = await startLocalnetProcess({ ledger: net.ledger, port });
    } catch {
      restarted = await startLocalnetProcess({ ledger: net.ledger, port }); // the native addon may be mid-rebuild: retry once
    }
    net = restarted;
    cloud = new IoCloudClient(new AnchorProvider(net.connection, new Wallet(Keypair.generate()), { commitment: "confirmed" }));
    expect(await snapshot()).to.deep.equal(before);
    for (const child of [orchestrator, ...live().map((p) => p.daemon!)]) child.child.kill("SIGCONT");
    // The daemons carry on against the restarted chain.
    await nextHour();
  });

  it("the orchestrator SIGKILLed mid-run and restarted on the same store sends no transaction twice", async () => {
    // Kill it once the clock crossed an hour, while its settle is in flight (recorded pending, not yet sent).
    const target = ((await now()) / BigInt(HOUR) + 1n) * BigInt(HOUR);
    while ((await now()) < target - BigInt(STEP_SECS)) await advance(STEP_SECS);
    await rpc(net.url, "ionet_advanceClock", [Number(target - (await now())) + 1]);
    const inFlight = `settle:${rental}:`;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(2)) {
      if (store.actions("pending").some(([key]) => key.startsWith(inFlight) && key.endsWith(`:${target / BigInt(HOUR)}`))) break;
    }
    await orchestrator.kill("SIGKILL");
    const pendingAtCrash = store.actions("pending").map(([key]) => key.split(":")[0]);
    startOrchestrator();
    await orchestrator.line((l) => l.action === "listening", "the restarted heartbeat endpoint");
    // Settled once for the hour of the crash, by whichever incarnation got there.
    await until("the settle of the hour of the crash", async () =>
      (await rentalHistory()).some((e) => e.name === "rentalSettled" && Math.floor(e.blockTime / HOUR) === Number(target) / HOUR),
    );
    await nextHour();
    // The restarted one redid nothing of what was done before it.
    expect(orchestrator.lines().filter((l) => l.action === "assigned" || l.action === "replaced")).to.deep.equal([]);

    const history = await rentalHistory();
    expect(history.filter((e) => e.name === "rentalAssigned")).to.have.length(1);
    // Every incarnation's replacements, should there be more than the one of the killed worker.
    const replacements = children.filter((c) => c.args[0] === "orchestrator").flatMap((c) => c.lines().filter((l) => l.action === "replaced"));
    expect(history.filter((e) => e.name === "rentalWorkerReplaced"), JSON.stringify(replacements)).to.have.length(1);
    const settlesPerHour = new Map<number, number>();
    for (const e of history.filter((e) => e.name === "rentalSettled")) settlesPerHour.set(Math.floor(e.blockTime / HOUR), (settlesPerHour.get(Math.floor(e.blockTime / HOUR)) ?? 0) + 1);
    for (const [hour, count] of settlesPerHour) expect(count, `settles in hour ${hour}`).to.equal(1);
    // The chain settled in exactly the hours the store records a settle as sent.
    const sentHours = store.actions("sent").filter(([key]) => key.startsWith(`settle:${rental}:`)).map(([key]) => Number(key.split(":").pop()));
    expect([...settlesPerHour.keys()].sort()).to.deep.equal(sentHours.sort());
    expect(sentHours.length >= 7, sentHours.join()).to.equal(true);
    // The store's sent actions: each a distinct transaction the chain shows (none resent by the restart).
    // (one a crash left pending is resolved from the chain, without a signature of its own).
    const signed = store.actions("sent").filter(([, record]: [string, ActionRecord]) => record.signature);
    const signatures = signed.map(([, record]) => record.signature!);
    expect(new Set(signatures).size).to.equal(signatures.length);
    const onChain = new Set(history.map((e) => e.signature));
    for (const [key, record] of signed) if (key.includes(rental)) expect(onChain.has(record.signature!), key).to.equal(true);
    const resolved = store.actions().filter(([, record]) => record.detail?.startsWith("resolved from the chain"));
    console.log(`      (pending at the crash: ${pendingAtCrash.join(", ") || "none"}; resolved from the chain on restart as landed: ${resolved.map(([key]) => key.split(":")[0]).join(", ") || "none"})`);
  });

  it("a worker daemon SIGKILLed and restarted on its state file redoes nothing of this hour, then goes on next hour", async () => {
    const p = assigned.find((a) => a.daemon?.running)!;
    const hour = await nextHour();
    const done = (l: any) => BigInt(l.hour ?? -1) === hour;
    await p.daemon!.line((l) => l.action === "proved" && done(l), "this hour's proof");
    await p.daemon!.line((l) => l.action === "claimed" && done(l), "this hour's claim");
    await p.daemon!.kill("SIGKILL");
    startWorker(p);
    await p.daemon!.line((l) => l.action === "running", "the restarted worker daemon");
    await sleep(10 * INTERVAL_MS);
    expect((await now()) / BigInt(HOUR)).to.equal(hour);
    expect(p.daemon!.lines().filter((l) => l.action !== "running")).to.deep.equal([]);
    const next = await nextHour();
    await p.daemon!.line((l) => l.action === "proved" && BigInt(l.hour) === next, "next hour's proof");
  });

  it("SIGTERM stops the daemons cleanly (exit code 0)", async () => {
    expect(await orchestrator.kill("SIGTERM")).to.equal(0);
    for (const p of live()) expect(await p.daemon!.kill("SIGTERM")).to.equal(0);
  });
});
