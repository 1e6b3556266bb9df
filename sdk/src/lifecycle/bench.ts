/**
 * Lifecycle benchmarks (docs/BENCHMARKS.md): matching with 100,000 registered workers, and
 * events applied per second through the durable store. Run: `npx tsx sdk/src/lifecycle/bench.ts`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { runDemoEconomy } from "../demo/economy.js";
import { Orchestrator } from "./orchestrator.js";
import { SqliteStore } from "./store.js";
import { WorkerIndex } from "./worker_index.js";

function rng(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function benchMatching(workers = 100_000, bookings = 20_000) {
  const random = rng(42);
  const index = new WorkerIndex();
  const gpuSizes = [1, 1, 2, 4, 8];
  const started = performance.now();
  for (let i = 0; i < workers; i++) {
    index.add({ id: `w${i}`, deviceClass: Math.floor(random() * 8), region: `region-${Math.floor(random() * 6)}`, gpus: gpuSizes[Math.floor(random() * gpuSizes.length)] });
  }
  const buildMs = performance.now() - started;
  const times: number[] = [];
  let matched = 0;
  for (let i = 0; i < bookings; i++) {
    const deviceClass = Math.floor(random() * 8);
    const gpus = 1 + Math.floor(random() * 16);
    const region = random() < 0.5 ? `region-${Math.floor(random() * 6)}` : undefined;
    const t0 = performance.now();
    const chosen = index.match(deviceClass, gpus, region);
    if (chosen) {
      for (const w of chosen) index.remove(w.id); // assigned: leaves the idle pool
      matched++;
    }
    times.push(performance.now() - t0);
    if (chosen) for (const w of chosen) index.add(w); // the rental ends: back to the pool
  }
  times.sort((a, b) => a - b);
  return {
    workers,
    bookings,
    matched,
    indexBuildMs: Math.round(buildMs),
    matchMicrosP50: +(percentile(times, 0.5) * 1000).toFixed(1),
    matchMicrosP99: +(percentile(times, 0.99) * 1000).toFixed(1),
  };
}

export function benchStore(events = 50_000, perTransaction = 3) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ionet-bench-")), "state.db");
  const store = new SqliteStore(file);
  const started = performance.now();
  for (let tx = 0; tx < events / perTransaction; tx++) {
    store.transaction(() => {
      for (let i = 0; i < perTransaction; i++) {
        const key = `sig${tx}#${i}`;
        if (store.isProcessed(key)) continue;
        const entity = `rental${tx % 5_000}`;
        store.put("rental", entity, { seq: BigInt(tx), paid: BigInt(tx * 1000) });
        store.setSeq(entity, BigInt(tx));
        store.markProcessed(key);
      }
      store.setCursor("cloud", `sig${tx}`);
    });
  }
  const seconds = (performance.now() - started) / 1000;
  store.close();
  return { events, perTransaction, seconds: +seconds.toFixed(2), eventsPerSecond: Math.round(events / seconds) };
}

/**
 * The orchestrator rebuilding its state from the demo economy's history: reading the
 * transactions from the harness, decoding events, applying them and committing to SQLite.
 */
export async function benchOrchestratorReplay(hours = 48) {
  let figures: Record<string, number> = {};
  await runDemoEconomy({
    hours,
    onFinish: async (sandbox) => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), "ionet-replay-")), "state.db");
      const orchestrator = new Orchestrator({
        connection: sandbox.provider.connection,
        cloud: sandbox.cloud,
        orchestrator: sandbox.orchestratorKey,
        store: new SqliteStore(file),
        now: sandbox.now,
        ioMint: sandbox.token.mint,
      });
      const started = performance.now();
      const applied = await orchestrator.log.catchUp();
      const seconds = (performance.now() - started) / 1000;
      figures = { transactions: sandbox.context.banksClient.history.length, eventsApplied: applied, seconds: +seconds.toFixed(2), eventsPerSecond: Math.round(applied / seconds) };
    },
  });
  return figures;
}

if (process.argv[1]?.endsWith("bench.ts")) {
  const orchestratorReplay = await benchOrchestratorReplay();
  console.log(JSON.stringify({ matching: benchMatching(), store: benchStore(), orchestratorReplay }, null, 2));
}
