/**
 * Block rewards per schedule hour. The tables hold running totals after each hour's last
 * accrual (and each worker's pending + claimed after its last reward event of the hour); an
 * hour's figures are the growth since the previous row, hours without accruals having none.
 */
import { ONE_IO } from "../units.js";
import type { Page, RewardHour, RewardHourDetail } from "./api_types.js";
import { IndexDb, Row, toBig, toNum } from "./db.js";

const DEFAULT_LIMIT = 50;

const previous = (column: string) =>
  `(SELECT p.${column} FROM reward_hours p WHERE p.hour < r.hour ORDER BY p.hour DESC LIMIT 1) AS previous_${column}`;

const SELECT = `SELECT r.*, ${previous("emitted_total")}, ${previous("distributed_total")} FROM reward_hours r`;

/**
 * Workers with reward events in each hour, counted once an hour is over: an hour before the
 * newest one gets no more rows (io_rewards' events come in time order), so its count is final.
 */
const finalCounts = new WeakMap<IndexDb, Map<number, number>>();

async function workerCounts(db: IndexDb, hours: number[]): Promise<Map<number, number>> {
  const cache = finalCounts.get(db) ?? new Map<number, number>();
  finalCounts.set(db, cache);
  const newest = toNum((await db.get(`SELECT MAX(hour) AS hour FROM reward_hours`))?.hour);
  const counts = new Map<number, number>();
  for (const hour of hours) {
    let count = cache.get(hour);
    if (count === undefined) {
      count = toNum((await db.get(`SELECT COUNT(*) AS n FROM worker_reward_hours WHERE hour = ?`, [hour]))?.n);
      if (hour < newest) cache.set(hour, count);
    }
    counts.set(hour, count);
  }
  return counts;
}

async function withCounts(db: IndexDb, rows: Row[]): Promise<RewardHour[]> {
  const counts = await workerCounts(db, rows.map((row) => toNum(row.hour)));
  return rows.map((row) => ({ ...toHour(row), workers: counts.get(toNum(row.hour)) ?? 0 }));
}

const toHour = (row: Row): Omit<RewardHour, "workers"> => ({
  hour: toNum(row.hour),
  released: (toBig(row.emitted_total) - toBig(row.previous_emitted_total)).toString(),
  distributed: (toBig(row.distributed_total) - toBig(row.previous_distributed_total)).toString(),
  claimed: toBig(row.claimed).toString(),
});

export async function rewardHours(db: IndexDb, query: { limit?: number; offset?: number }): Promise<Page<RewardHour>> {
  const [count, rows] = await Promise.all([
    db.get(`SELECT COUNT(*) AS n FROM reward_hours`),
    db.all(`${SELECT} ORDER BY r.hour DESC LIMIT ? OFFSET ?`, [query.limit ?? DEFAULT_LIMIT, query.offset ?? 0]),
  ]);
  return { total: toNum(count?.n), items: await withCounts(db, rows) };
}

export async function rewardHour(db: IndexDb, hour: number): Promise<RewardHourDetail | undefined> {
  const row = await db.get(`${SELECT} WHERE r.hour = ?`, [hour]);
  if (!row) return undefined;
  const workers = await db.all(
    `SELECT w.worker, w.owner, w.earned_total, w.claimed,
      (SELECT p.earned_total FROM worker_reward_hours p WHERE p.worker = w.worker AND p.hour < w.hour ORDER BY p.hour DESC LIMIT 1) AS previous_total
     FROM worker_reward_hours w WHERE w.hour = ? ORDER BY w.worker`,
    [hour],
  );
  return {
    ...toHour(row),
    workers: workers.length,
    perWorker: workers.map((worker) => ({
      worker: String(worker.worker),
      owner: String(worker.owner ?? ""),
      earned: (toBig(worker.earned_total) - toBig(worker.previous_total)).toString(),
      claimed: toBig(worker.claimed).toString(),
    })),
  };
}

/** Base units as IO with its 8 decimals. */
const io = (amount: string): string => {
  const value = BigInt(amount);
  const sign = value < 0n ? "-" : "";
  const magnitude = value < 0n ? -value : value;
  return `${sign}${magnitude / ONE_IO}.${(magnitude % ONE_IO).toString().padStart(8, "0")}`;
};

/** One hour's rewards per worker as CSV (io.net's export): amounts in IO. */
export function rewardHourCsv(detail: RewardHourDetail): string {
  const lines = ["hour,worker,owner,earned_io,claimed_io"];
  for (const row of detail.perWorker) lines.push([detail.hour, row.worker, row.owner, io(row.earned), io(row.claimed)].join(","));
  return lines.join("\n") + "\n";
}
