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

/** The per-worker page of an hour: `after` (a worker's address, exclusive) is the CSV export's keyset. */
export interface RewardHourQuery {
  limit?: number;
  offset?: number;
  after?: string;
}

const DEFAULT_WORKERS_LIMIT = 100;

/**
 * One page of the hour's workers, ordered by address. The page is cut first (by the primary key
 * (hour, worker)), so each of its rows alone looks up its previous hour's row
 * (worker_reward_hours_worker): the cost follows the page, not the hour's worker count.
 */
async function workerPage(db: IndexDb, hour: number, query: RewardHourQuery): Promise<Row[]> {
  const keyset = query.after === undefined ? [] : [query.after];
  const after = keyset.length > 0 ? "AND worker > ?" : "";
  const params = [hour, ...keyset, query.limit ?? DEFAULT_WORKERS_LIMIT, query.offset ?? 0];
  return db.all(
    `SELECT w.worker, w.owner, w.earned_total, w.claimed,
      (SELECT p.earned_total FROM worker_reward_hours p WHERE p.worker = w.worker AND p.hour < w.hour ORDER BY p.hour DESC LIMIT 1) AS previous_total
     FROM (SELECT hour, worker, owner, earned_total, claimed FROM worker_reward_hours
           WHERE hour = ? ${after} ORDER BY worker LIMIT ? OFFSET ?) w
     ORDER BY w.worker`,
    params,
  );
}

export async function rewardHour(db: IndexDb, hour: number, query: RewardHourQuery = {}): Promise<RewardHourDetail | undefined> {
  const row = await db.get(`${SELECT} WHERE r.hour = ?`, [hour]);
  if (!row) return undefined;
  const [counts, page] = await Promise.all([workerCounts(db, [hour]), workerPage(db, hour, query)]);
  return {
    ...toHour(row),
    workers: counts.get(hour) ?? 0,
    perWorker: page.map((worker) => ({
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

const REWARD_HOUR_CSV_HEADER = "hour,worker,owner,earned_io,claimed_io\n";

type HourWorker = RewardHourDetail["perWorker"][number];

/** CSV rows (io.net's export) of an hour's workers, amounts in IO; no header. */
const csvRows = (hour: number, workers: HourWorker[]): string =>
  workers.map((row) => [hour, row.worker, row.owner, io(row.earned), io(row.claimed)].join(",") + "\n").join("");

/** The header and the rows of `detail`'s page of workers. */
export const rewardHourCsv = (detail: RewardHourDetail): string => REWARD_HOUR_CSV_HEADER + csvRows(detail.hour, detail.perWorker);

/** Workers per page of the CSV export. */
export const CSV_PAGE = 1_000;

/**
 * Every worker of the hour as CSV, one page at a time (keyset on the worker's address, so each
 * page costs the same): `first` is the hour's first page, `next` reads the page after a worker;
 * an empty page ends it.
 */
export async function* rewardHourCsvPages(first: RewardHourDetail, next: (after: string) => Promise<RewardHourDetail | undefined>): AsyncGenerator<string> {
  yield rewardHourCsv(first);
  let page = first.perWorker;
  while (page.length > 0) {
    page = (await next(page[page.length - 1].worker))?.perWorker ?? [];
    if (page.length > 0) yield csvRows(first.hour, page);
  }
}
