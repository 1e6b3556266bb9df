/**
 * Localnet throughput and latency, as a client sees them: `io localnet` started as a child
 * process on a fresh ledger, then over HTTP from web3.js's `Connection`:
 * - sendTransaction → confirmed, one transfer at a time (latency p50 / p99);
 * - a burst of transfers sent concurrently from many payers (transactions per second, each
 *   fsynced to the ledger before it is acknowledged);
 * - logsSubscribe: notifications received over the websocket per second during the burst.
 *
 * `npx tsx harness/ts/localnet/bench.ts [sequential] [burst]` (defaults 200 and 1,000).
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Connection, Keypair, LAMPORTS_PER_SOL, SystemProgram, Transaction } from "@solana/web3.js";

const [sequential = 200, burst = 1_000] = process.argv.slice(2).map(Number);
const port = 30_000 + Math.floor(Math.random() * 20_000);
const ledger = path.join(mkdtempSync(path.join(tmpdir(), "ionet-bench-")), "ledger");
const child = spawn(process.execPath, ["sdk/bin/io.js", "localnet", "--json", "--rpc-port", String(port), "--ledger", ledger], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise<void>((resolve) => child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("{") && resolve()));
const connection = new Connection(`http://127.0.0.1:${port}`, "confirmed");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const payer = Keypair.generate();
await connection.confirmTransaction(await connection.requestAirdrop(payer.publicKey, 1_000 * LAMPORTS_PER_SOL));
const transfer = async (from: Keypair, lamports: number) => {
  const tx = new Transaction({ feePayer: from.publicKey, ...(await connection.getLatestBlockhash()) }).add(
    SystemProgram.transfer({ fromPubkey: from.publicKey, toPubkey: Keypair.generate().publicKey, lamports }),
  );
  tx.sign(from);
  const signature = await connection.sendRawTransaction(tx.serialize());
  const status = await connection.getSignatureStatus(signature);
  if (!status.value || status.value.err) throw new Error(`not confirmed: ${signature}`);
};

const latencies: number[] = [];
for (let i = 0; i < sequential; i++) {
  const started = performance.now();
  await transfer(payer, 1_000_000 + i);
  latencies.push(performance.now() - started);
}
latencies.sort((a, b) => a - b);
console.log(`sendTransaction → confirmed, ${sequential} sequential transfers: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);

const payers = Array.from({ length: 50 }, () => Keypair.generate());
for (const p of payers) await connection.requestAirdrop(p.publicKey, 10 * LAMPORTS_PER_SOL);
let notified = 0;
const subscription = connection.onLogs(SystemProgram.programId, () => notified++, "confirmed");
await new Promise((r) => setTimeout(r, 1_000));
const started = performance.now();
await Promise.all(payers.map(async (p, i) => {
  for (let n = i; n < burst; n += payers.length) await transfer(p, 1_000_000 + n);
}));
const seconds = (performance.now() - started) / 1_000;
await new Promise((r) => setTimeout(r, 1_000));
console.log(`burst of ${burst} transfers from ${payers.length} payers: ${(burst / seconds).toFixed(0)} transactions/s (${seconds.toFixed(2)} s)`);
console.log(`logsSubscribe notifications received: ${notified} of ${burst}, ${(notified / seconds).toFixed(0)}/s`);
await connection.removeOnLogsListener(subscription);
child.kill("SIGTERM");
process.exit(0);
