/**
 * Indexer catch-up throughput (docs/BENCHMARKS.md): events applied durably per second, i.e.
 * sequence checks, events as JSON, the projection (projection.ts), the batch writer and the
 * commits of batches with their seqs and cursors. The events are real: the demo economy's
 * history on the embedded harness, copied with every public key remapped per copy (so each copy
 * is a new set of workers, rentals, positions...) and its payloads encoded and decoded again as
 * the chain's logs are, each copy made as the replay reaches it and its making (with the
 * decoding) left out of the time; RPC fetch time is not included either. For PostgreSQL the
 * benchmark starts its own server (fsync on), which inherits `taskset`'s pinning: one core for
 * both.
 *
 * Run on one core: `taskset -c 0 npx tsx sdk/src/indexer/bench.ts [--events N] [--db sqlite|postgres]
 * [--batch T] [--bulk-batch E] [--no-projection]` (pinned, V8's collector threads share that core too).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { PublicKey, type Connection } from "@solana/web3.js";

import { runDemoEconomy } from "../demo/economy.js";
import { entityOf, type ChainEvent } from "../events/chain_event.js";
import { ChainTransaction, transactionsSince } from "../events/sources.js";
import { encodeEvent } from "../events/encode_event.js";
import { CODERS, PROGRAM_IDS, PROGRAM_NAMES, ProgramName } from "../programs.js";
import { Indexer } from "./indexer.js";
import { IndexDb, tableNames, withTransaction } from "./db.js";
import { openIndexDb } from "./open_db.js";
import { startPostgres } from "./postgres_server.js";
import { project } from "./projection.js";

type History = Record<ProgramName, ChainTransaction[]>;

/** Each program's history of a demo economy run of `hours` simulated hours. */
async function demoHistory(hours: number): Promise<History> {
  const history = {} as History;
  await runDemoEconomy({
    hours,
    onFinish: async (sandbox) => {
      for (const name of PROGRAM_NAMES) {
        history[name] = [];
        for await (const tx of transactionsSince(sandbox.provider.connection, PROGRAM_IDS[name], undefined)) {
          history[name].push({ signature: tx.signature, events: tx.events.filter((event) => event.program === name) });
        }
      }
    },
  });
  return history;
}

/** `value` with each public key replaced by its image under `remap` (other values shared). */
function remapKeys(value: unknown, remap: (key: PublicKey) => PublicKey): unknown {
  if (value instanceof PublicKey) return remap(value);
  if (Array.isArray(value)) return value.map((item) => remapKeys(item, remap));
  if (value === null || typeof value !== "object" || value.constructor !== Object) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = remapKeys(field, remap);
  return out;
}

/** Copy `copy` of `name`'s history: keys and signatures of its own, the same sequence numbers. */
function copyOf(history: History, copy: number, name: ProgramName): ChainTransaction[] {
  const images = new Map<string, PublicKey>();
  const remap = (key: PublicKey) => {
    const base58 = key.toBase58();
    let image = images.get(base58);
    if (!image) {
      const bytes = key.toBytes();
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      view.setUint32(0, view.getUint32(0) ^ copy);
      image = new PublicKey(bytes);
      images.set(base58, image);
    }
    return image;
  };
  return history[name].map((tx) => {
    // Through JSON as an RPC response's signature is (a flat string, not a concatenation's).
    const signature = JSON.parse(JSON.stringify(`${tx.signature}.${copy}`)) as string;
    const events = tx.events.map((event): ChainEvent => {
      // Encoded, then decoded as the chain's logs are (chain_event.ts): fresh objects, as a real catch-up has.
      const payload = encodeEvent(name, event.name, remapKeys(event.data, remap) as Record<string, unknown>);
      const data = CODERS[name].events.decode(payload)!.data as Record<string, unknown>;
      return { signature, slot: event.slot + copy, blockTime: event.blockTime, index: event.index, program: name, name: event.name, data, payload, ...entityOf(data) };
    });
    return { signature, events };
  });
}

/** `db` timing its transactions (flush and commit of each batch). */
function timingCommits(db: IndexDb): { db: IndexDb; seconds: () => number } {
  let ms = 0;
  const timed = withTransaction(db, async (work) => {
    const started = performance.now();
    try {
      return await db.transaction(work);
    } finally {
      ms += performance.now() - started;
    }
  });
  return { db: timed, seconds: () => ms / 1000 };
}

/** Rows in each table of the store after the run (what was written, collapsed). */
async function tableCounts(db: IndexDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await tableNames(db)) {
    const count = Number((await db.get(`SELECT count(*) AS n FROM ${name}`))?.n ?? 0);
    if (count > 0) counts[name] = count;
  }
  return counts;
}

const countEvents = (history: History) => PROGRAM_NAMES.reduce((sum, name) => sum + history[name].reduce((n, tx) => n + tx.events.length, 0), 0);

async function main() {
  const options = new Command()
    .option("--events <n>", "events to apply (at least)", "200000")
    .option("--db <store>", "sqlite or postgres", "sqlite")
    .option("--batch <n>", "transactions per batch (the indexer's default: 500)", "500")
    .option("--bulk-batch <n>", "events per batch once the replay is a backlog (the indexer's default: 20000)", "20000")
    .option("--hours <n>", "simulated hours of the demo economy copied", "6")
    .option("--no-projection", "write the events and the bookkeeping only (the indexer's own cost)")
    .parse()
    .opts();
  if (options.db !== "sqlite" && options.db !== "postgres") throw new Error(`--db must be sqlite or postgres, not ${options.db}`);
  const positive = (flag: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, not ${text}`);
    return value;
  };
  const wanted = positive("--events", options.events);
  const batchTransactions = positive("--batch", options.batch);
  const bulkBatchEvents = positive("--bulk-batch", options.bulkBatch);
  const hours = positive("--hours", options.hours);

  const base = await demoHistory(hours);
  const perCopy = countEvents(base);
  const copies = Math.ceil(wanted / perCopy);
  const events = perCopy * copies;
  // Copies are made as the replay reaches them (memory stays small); their making is not timed.
  let synthesisMs = 0;
  function* replayOf(name: ProgramName) {
    for (let copy = 1; copy <= copies; copy++) {
      const started = performance.now();
      const transactions = copyOf(base, copy, name);
      synthesisMs += performance.now() - started;
      yield* transactions;
    }
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "ionet-indexer-bench-"));
  const server = options.db === "postgres" ? await startPostgres() : undefined;
  const db = await openIndexDb(server?.url ?? path.join(dir, "index.db"));
  // Only the genesis hash is asked of the chain: the history is replayed from memory.
  const chain = { getGenesisHash: async () => "bench" } as unknown as Connection;
  const commits = timingCommits(db);
  const indexer = new Indexer(chain, commits.db, { project: options.projection ? project : () => undefined, batchTransactions, bulkBatchEvents });
  try {
    const started = performance.now();
    await indexer.applyTransactions(PROGRAM_NAMES.map((name) => [name, replayOf(name)] as const));
    const seconds = (performance.now() - started - synthesisMs) / 1000;
    const { batches } = indexer.stats();
    const rowsByTable = await tableCounts(db);
    console.log(
      JSON.stringify(
        {
          store: server ? "postgresql (own server, unix socket, fsync on, synchronous_commit on)" : "sqlite (file, WAL, synchronous=NORMAL: atomic, survives a process crash)",
          projection: options.projection ? "projection.ts" : "none (events and bookkeeping only)",
          events,
          transactions: copies * PROGRAM_NAMES.reduce((n, name) => n + base[name].length, 0),
          batchTransactions,
          bulkBatchEvents,
          batches,
          eventsPerBatch: Math.round(events / batches),
          seconds: +seconds.toFixed(2),
          eventsPerSecond: Math.round(events / seconds),
          secondsWritingBatches: +commits.seconds().toFixed(2),
          secondsApplyingInMemory: +(seconds - commits.seconds()).toFixed(2),
          rowsPerEvent: +(Object.values(rowsByTable).reduce((a, b) => a + b, 0) / events).toFixed(2),
          rowsByTable,
          source: `${copies} copies of a ${hours}-hour demo economy history (${perCopy} events), keys remapped per copy; their synthesis not timed, no RPC fetch time`,
          machine: `${os.cpus()[0]?.model ?? "cpu"}, ${os.cpus().length} cores (the indexer uses one), node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`,
        },
        null,
        2,
      ),
    );
  } finally {
    await db.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
