/** Workers: the filtered, sorted list and one worker's page (eligibility checklist, uptime strip). */
import type { CoStakeView, Page, SlashCaseRow, WorkerDetail, WorkerQuery, WorkerSummary } from "./api_types.js";
import { IndexDb, Row, SqlValue, toBig, toBool, toNum } from "./db.js";
import { entityEvents, head } from "./query_events.js";
import { clockHour } from "./query_overview.js";

const DEFAULT_LIMIT = 50;
const RECENT_EVENTS = 50;
/** The uptime strip: 30 days of hours. */
const UPTIME_HOURS = 720;

const SORT_COLUMNS: Record<NonNullable<WorkerQuery["sort"]>, string> = {
  stake: "w.staked",
  gpus: "w.gpus",
  rewards: "w.rewards_total",
  registered: "w.registered_at",
  price: "w.price_sort",
};

const SELECT = `SELECT w.*, d.name AS class_name FROM workers w LEFT JOIN device_classes d ON d.class_id = w.device_class`;

const toSummary = (row: Row): WorkerSummary => ({
  address: String(row.address),
  authority: String(row.authority ?? ""),
  deviceClass: toNum(row.device_class),
  deviceClassName: String(row.class_name ?? ""),
  gpus: toNum(row.gpus),
  region: String(row.region ?? ""),
  multiplierBps: toNum(row.multiplier_bps),
  pricePerGpuHour: String(row.price_per_gpu_hour ?? "0"),
  askIoPerGpuHour: String(row.ask_io_per_gpu_hour ?? "0"),
  staked: toBig(row.staked).toString(),
  minStake: toBig(row.min_stake).toString(),
  busy: toBool(row.busy),
  eligible: toBool(row.eligible),
  slashedTotal: toBig(row.slashed_total).toString(),
  rewardsClaimed: toBig(row.rewards_claimed).toString(),
  rewardsPending: toBig(row.rewards_pending).toString(),
  registeredAt: toNum(row.registered_at),
  registered: toBool(row.registered),
});

export async function workers(db: IndexDb, query: WorkerQuery): Promise<Page<WorkerSummary>> {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const filter = (condition: string, value: SqlValue | undefined) => {
    if (value === undefined) return;
    conditions.push(condition);
    params.push(value);
  };
  filter("w.device_class = ?", query.deviceClass);
  filter("w.region = ?", query.region);
  filter("w.eligible = ?", query.eligible === undefined ? undefined : Number(query.eligible));
  filter("w.registered = ?", query.registered === undefined ? undefined : Number(query.registered));
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
  // The count reads the filters' covering index. The list should walk the sort's index (per
  // class when filtered by class: stake and GPUs follow the class) and skip misses of the other
  // filters, each matching a large share of the fleet. PostgreSQL's planner finds that from its
  // statistics; SQLite's would fetch every match to sort it, so there no index may serve those
  // filters (`+ 0`, `|| ''`).
  const listWhere =
    db.dialect === "sqlite"
      ? where.replace("w.region =", "w.region || '' =").replace("w.eligible =", "w.eligible + 0 =").replace("w.registered =", "w.registered + 0 =")
      : where;
  const order = query.order === "asc" ? "ASC" : "DESC";
  const column = SORT_COLUMNS[query.sort ?? "registered"];
  const [count, rows] = await Promise.all([
    db.get(`SELECT COUNT(*) AS n FROM workers w ${where}`, params),
    db.all(`${SELECT} ${listWhere} ORDER BY ${column} ${order}, w.address ${order} LIMIT ? OFFSET ?`, [
      ...params,
      query.limit ?? DEFAULT_LIMIT,
      query.offset ?? 0,
    ]),
  ]);
  return { total: toNum(count?.n), items: rows.map(toSummary) };
}

/** The co-staking columns of a worker's row (null without an offer or a co-staker). */
function coStakeOf(row: Row): CoStakeView | null {
  const coStaker = row.co_staker ? String(row.co_staker) : null;
  const offerMax = toBig(row.co_offer_max);
  if (!coStaker && offerMax === 0n) return null;
  const exitAt = toNum(row.co_exit_at ?? 0);
  return {
    coStaker,
    offerMax: offerMax.toString(),
    shareBps: toNum(row.co_share_bps ?? 0),
    coStaked: toBig(row.co_staked).toString(),
    exitAt: exitAt === 0 ? null : exitAt,
    availableAt: exitAt === 0 ? null : toNum(row.co_available_at),
    rewardsPending: toBig(row.rewards_co_pending).toString(),
    rewardsClaimed: toBig(row.rewards_co_claimed).toString(),
  };
}

/** The stake io_cloud counts at `now`: the owner's, and the co-staker's until its exit notice ends. */
function countedStake(row: Row, now: number): bigint {
  const exitAt = toNum(row.co_exit_at ?? 0);
  return toBig(row.staked) + (exitAt === 0 || now < exitAt ? toBig(row.co_staked) : 0n);
}

/**
 * The checklist io_cloud applies: stake at its minimum (a co-stake counting); uptime good now, as `uptime_ok` judges
 * it (the latest proof succeeded and is for the current hour or the one before: a proof for
 * hour h is produced in h + 1 and covers both), "now" being the newest indexed event's time;
 * never slashed (nothing slashed and nothing in appeal).
 */
export async function worker(db: IndexDb, address: string): Promise<WorkerDetail | undefined> {
  const row = await db.get(`${SELECT} WHERE w.address = ?`, [address]);
  if (!row) return undefined;
  const newest = await head(db);
  const current = newest ? clockHour(newest.blockTime) : 0;
  const [proofs, rentals, slashes, events] = await Promise.all([
    db.all(`SELECT hour, ok FROM worker_uptime WHERE worker = ? AND hour > ? AND hour <= ?`, [address, current - UPTIME_HOURS, current]),
    db.all(`SELECT rental FROM rental_workers WHERE worker = ? ORDER BY assigned_seq`, [address]),
    db.all(`SELECT * FROM slash_cases WHERE worker = ? ORDER BY case_id`, [address]),
    entityEvents(db, address, RECENT_EVENTS),
  ]);
  const byHour = new Map(proofs.map((proof) => [toNum(proof.hour), toBool(proof.ok)]));
  const summary = toSummary(row);
  const hasProof = row.last_proof_hour !== null && row.last_proof_hour !== undefined;
  return {
    ...summary,
    deviceId: String(row.device_id ?? ""),
    stakeVault: String(row.stake_vault ?? ""),
    unstaking: toBig(row.unstaking).toString(),
    unstakeAvailableAt: toNum(row.unstake_available_at),
    eligibility: {
      stakeAtMinimum: countedStake(row, newest?.blockTime ?? 0) >= toBig(row.min_stake),
      uptimeThisHour: hasProof && toBool(row.last_proof_ok) && current <= toNum(row.last_proof_hour) + 1,
      goodHours: toNum(row.good_hours ?? 0),
      goodHoursNeeded: toNum(row.good_hours_needed ?? 0),
      notSlashed: toBig(row.slashed_total) === 0n && toBig(row.in_appeal) === 0n,
    },
    inAppeal: toBig(row.in_appeal).toString(),
    coStake: coStakeOf(row),
    slashes: slashes.map((c) => ({
      address: String(c.address),
      caseId: toNum(c.case_id),
      amount: toBig(c.amount).toString(),
      reasonCode: toNum(c.reason_code),
      state: String(c.state) as SlashCaseRow["state"],
      slashedAt: toNum(c.slashed_at),
      appealEndsAt: toNum(c.appeal_ends_at),
      appealedAt: c.appealed_at === null || c.appealed_at === undefined ? null : toNum(c.appealed_at),
      destination: c.destination === null || c.destination === undefined ? null : String(c.destination),
    })),
    uptime: Array.from({ length: UPTIME_HOURS }, (_, i) => {
      const hour = current - UPTIME_HOURS + 1 + i;
      return { hour, ok: byHour.get(hour) ?? null };
    }),
    rentals: rentals.map((rental) => String(rental.rental)),
    events,
  };
}
