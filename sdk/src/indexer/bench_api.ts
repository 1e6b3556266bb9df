/**
 * API latency benchmark: fills a store with the synthetic economy through the real pipeline
 * (projection → Batch → migrated store, the events logged beside), then times every
 * ExplorerQueries method over varied parameters and prints p50 / p99 per endpoint. With `--paint`
 * it then serves the store with the explorer (explorer/dist, built) and prints the first
 * contentful paint of the overview and workers pages in headless Chromium, `--loads` times each.
 *
 *   npx tsx sdk/src/indexer/bench_api.ts [--db sqlite|postgres] [--workers 100000] [--events 1000000] [--calls 200] [--paint [--loads 20]]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { assertExplorerBuilt, measurePaint, type PaintTarget } from "../explorer/paint.js";
import type { ExplorerQueries } from "./api_types.js";
import { Batch, readTableKeys } from "./batch.js";
import type { IndexDb } from "./db.js";
import { EVENT_COLUMNS, eventValues } from "./event_row.js";
import { openIndexDb } from "./open_db.js";
import { startPostgres } from "./postgres_server.js";
import { project } from "./projection.js";
import { IndexQueries } from "./queries.js";
import { syntheticEvents } from "./synthetic.js";

/** Events per committed batch (whole transactions), as the indexer commits when catching up. */
const BATCH_EVENTS = 20_000;

async function fill(db: IndexDb, workers: number, events: number): Promise<{ events: number; seconds: number }> {
  const keys = await readTableKeys(db);
  let batch = new Batch(keys);
  let inBatch = 0;
  let count = 0;
  let signature = "";
  const started = performance.now();
  const commit = async () => {
    await db.transaction((tx) => batch.flush(tx));
    batch = new Batch(keys);
    inBatch = 0;
  };
  for (const event of syntheticEvents({ workers, events })) {
    if (event.signature !== signature && inBatch >= BATCH_EVENTS) await commit();
    signature = event.signature;
    project(event, batch);
    batch.append("events", EVENT_COLUMNS, eventValues(event, count + 1));
    inBatch++;
    if (++count % 200_000 === 0) process.stderr.write(`  ${count} events\n`);
  }
  await commit();
  return { events: count, seconds: (performance.now() - started) / 1_000 };
}

/** Addresses and hours to vary the parameters with, read from the filled store. */
async function samples(db: IndexDb) {
  const column = async (sql: string) => (await db.all(sql)).map((row) => String(Object.values(row)[0]));
  return {
    workers: await column(`SELECT address FROM workers ORDER BY address LIMIT 500`),
    rentals: await column(`SELECT address FROM rentals ORDER BY address LIMIT 500`),
    renters: await column(`SELECT DISTINCT renter FROM rentals ORDER BY renter LIMIT 100`),
    proposals: await column(`SELECT address FROM proposals ORDER BY address LIMIT 100`),
    hours: (await column(`SELECT hour FROM reward_hours ORDER BY hour`)).map(Number),
    signatures: await column(`SELECT signature FROM events WHERE slot > 1000 ORDER BY slot DESC LIMIT 500`),
    head: Number((await db.get(`SELECT MAX(slot) AS slot FROM events`))?.slot ?? 0),
  };
}

type Samples = Awaited<ReturnType<typeof samples>>;

const pick = <T>(items: T[], i: number): T => items[(i * 7919) % items.length];

/** One call of each endpoint, the i-th variation of its parameters. */
function endpoints(queries: ExplorerQueries, s: Samples): Record<string, (i: number) => Promise<unknown>> {
  const sorts = ["stake", "gpus", "rewards", "registered", "price"] as const;
  const states = ["booked", "active", "closed"] as const;
  return {
    overview: () => queries.overview(),
    emissions: () => queries.emissions(),
    workers: (i) =>
      queries.workers({
        deviceClass: i % 3 === 0 ? 1 + (i % 4) : undefined,
        region: i % 5 === 0 ? "eu-west" : undefined,
        eligible: i % 2 === 0 ? true : undefined,
        sort: sorts[i % sorts.length],
        order: i % 2 ? "asc" : "desc",
        limit: 50,
        offset: (i % 10) * 50,
      }),
    worker: (i) => queries.worker(pick(s.workers, i)),
    rentals: (i) => queries.rentals({ state: i % 2 ? states[i % 3] : undefined, renter: i % 3 === 0 ? pick(s.renters, i) : undefined, limit: 50, offset: (i % 5) * 50 }),
    rental: (i) => queries.rental(pick(s.rentals, i)),
    rewardHours: (i) => queries.rewardHours({ limit: 50, offset: i % 3 }),
    rewardHour: (i) => queries.rewardHour(pick(s.hours, i), { limit: 100, offset: (i % 50) * 100 }),
    dao: () => queries.dao(),
    proposal: (i) => queries.proposal(pick(s.proposals, i)),
    search: (i) => queries.search(i % 2 ? pick(s.workers, i) : pick(s.signatures, i)),
    transaction: (i) => queries.transaction(pick(s.signatures, i)),
    accountEvents: (i) => queries.accountEvents(i % 2 ? pick(s.workers, i) : pick(s.rentals, i), { limit: 50 }),
    events: (i) => queries.events({ limit: 50, before: i % 2 ? s.head - (i % 1_000) : undefined }),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(db: IndexDb, calls: number) {
  const queries = new IndexQueries(db);
  const s = await samples(db);
  const results: { endpoint: string; p50: number; p99: number; max: number }[] = [];
  for (const [endpoint, call] of Object.entries(endpoints(queries, s))) {
    for (let i = 0; i < 5; i++) await call(i); // warm up
    const times: number[] = [];
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      await call(i);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    results.push({ endpoint, p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1] });
  }
  return results;
}

const PAINTED: PaintTarget[] = [
  { name: "overview (/)", route: "/", shownSelector: "[data-testid=overview-cap]" },
  { name: "workers (/workers)", route: "/workers", shownSelector: "[data-testid=worker-row]" },
];

async function printPaint(db: IndexDb, label: string, loads: number) {
  const results = await measurePaint(new IndexQueries(db), PAINTED, { loads, visits: ["first", "returning"] });
  const stats = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${percentile(sorted, 50).toFixed(0)} | ${percentile(sorted, 99).toFixed(0)}`;
  };
  console.log(`\nFirst contentful paint and figures shown, ${label}, ${loads} loads each, headless Chromium (ms from navigation start)`);
  console.log("first visit: a new browser context per load (empty cache); returning: new pages in one context that loaded the page before (hashed assets cached)");
  console.log("| page | visit | FCP p50 | FCP p99 | figures shown p50 | figures shown p99 |\n|---|---|---:|---:|---:|---:|");
  for (const { target, visit, times } of results) console.log(`| ${target.name} | ${visit} | ${stats(times.firstContentfulPaint)} | ${stats(times.figuresShown)} |`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "sqlite" },
      workers: { type: "string", default: "100000" },
      events: { type: "string", default: "1000000" },
      calls: { type: "string", default: "200" },
      paint: { type: "boolean", default: false },
      loads: { type: "string", default: "20" },
    },
  });
  const workers = Number(values.workers);
  const events = Number(values.events);
  if (values.paint) assertExplorerBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), "io-bench-api-"));
  const server = values.db === "postgres" ? await startPostgres() : undefined;
  const db = await openIndexDb(server ? await server.createDatabase("bench") : path.join(dir, "index.sqlite"));
  try {
    process.stderr.write(`filling ${values.db} with ${workers} workers, ${events} events...\n`);
    const filled = await fill(db, workers, events);
    process.stderr.write(`filled: ${filled.events} events in ${filled.seconds.toFixed(1)} s (${Math.round(filled.events / filled.seconds)} events/s)\n`);
    // Planner statistics (and PostgreSQL's visibility map), as a running store keeps them.
    await db.exec(db.dialect === "postgres" ? "VACUUM ANALYZE" : "ANALYZE");
    const results = await time(db, Number(values.calls));
    console.log(`API latency, ${values.db}, ${workers} workers, ${filled.events} events, ${values.calls} calls each (ms)`);
    console.log("| endpoint | p50 | p99 | max |\n|---|---:|---:|---:|");
    for (const r of results) console.log(`| ${r.endpoint} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`);
    if (values.paint) await printPaint(db, `${values.db}, ${workers} workers, ${filled.events} events`, Number(values.loads));
  } finally {
    await db.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
