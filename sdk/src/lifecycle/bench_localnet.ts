/**
 * Events per second through the orchestrator's event log over a localnet (docs/BENCHMARKS.md):
 * `io localnet` as a child process, workers registered through its RPC, then io_cloud's events
 * applied to a fresh SQLite store from history (`catchUp`) and live (logsSubscribe over the
 * websocket, each notification a catch-up from the cursor).
 * Run: `npx tsx sdk/src/lifecycle/bench_localnet.ts [workers]` (default 200 each phase).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { Keypair, LAMPORTS_PER_SOL } from "@solana/web3.js";

import { IoCloudClient } from "../cloud/client.js";
import { startLocalnetProcess, stopReconnecting } from "../localnet/child.js";
import { PROGRAM_IDS } from "../programs.js";
import { EventLog } from "./event_log.js";
import { SqliteStore } from "./store.js";

const workers = Number(process.argv[2] ?? 200);
const net = await startLocalnetProcess();
const authority = Keypair.generate();
await net.connection.confirmTransaction(await net.connection.requestAirdrop(authority.publicKey, 1_000 * LAMPORTS_PER_SOL));
const cloud = new IoCloudClient(new AnchorProvider(net.connection, new Wallet(authority), { commitment: "confirmed" }));
const register = async (count: number) => {
  for (let i = 0; i < count; i++) {
    const deviceId = Keypair.generate().publicKey.toBytes().slice(0, 16);
    await cloud.registerWorker(authority, { deviceId, deviceClass: 1, gpus: 8, region: "us-east", pricePerGpuHour: 2_000_000n, askIoPerGpuHour: 100_000_000n });
  }
};

await register(workers);
let applied = 0;
let registrations = 0;
const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), "ionet-bench-")), "store.sqlite"));
const log = new EventLog(net.connection, PROGRAM_IDS.io_cloud, store, "io_cloud", (event) => {
  applied++;
  if (event.name === "workerRegistered") registrations++;
});
let started = performance.now();
await log.catchUp();
let seconds = (performance.now() - started) / 1_000;
console.log(`history: ${applied} io_cloud events of ${workers} transactions applied in ${seconds.toFixed(2)} s: ${(applied / seconds).toFixed(0)} events/s`);

applied = 0;
log.follow();
await log.drain();
started = performance.now();
await register(workers);
const sent = performance.now();
while (registrations < 2 * workers) await new Promise((r) => setTimeout(r, 5));
const done = performance.now();
seconds = (done - started) / 1_000;
console.log(`live: ${applied} events applied while ${workers} transactions were sent over ${((sent - started) / 1_000).toFixed(2)} s: ${(applied / seconds).toFixed(0)} events/s, the last ${(done - sent).toFixed(0)} ms after its transaction confirmed`);
await log.stop();
store.close();
stopReconnecting(net.connection);
await net.stop();
process.exit(0);
