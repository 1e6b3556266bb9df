/** Rentals: the list (by state, by renter, newest first) and one rental with its workers and transitions. */
import type { Page, RentalDetail, RentalQuery, RentalSummary } from "./api_types.js";
import { IndexDb, Row, SqlValue, toBig, toBool, toNum } from "./db.js";
import { entityEvents } from "./query_events.js";
import { tenderUnit } from "./query_overview.js";

const DEFAULT_LIMIT = 50;

const SELECT = `SELECT r.*, t.kind AS tender_kind, t.usd_pegged AS tender_usd FROM rentals r LEFT JOIN tenders t ON t.mint = r.tender_mint`;

const amount = (value: SqlValue | undefined) => toBig(value).toString();

const toSummary = (row: Row): RentalSummary => {
  const mint = String(row.tender_mint ?? "");
  const unit = tenderUnit(row.tender_kind === null ? null : String(row.tender_kind), toBool(row.tender_usd), mint);
  return {
    address: String(row.address),
    renter: String(row.renter ?? ""),
    state: String(row.state) as RentalSummary["state"],
    deviceClass: toNum(row.device_class),
    gpus: toNum(row.gpus),
    region: String(row.region ?? ""),
    tenderMint: mint,
    tenderSymbol: unit.symbol,
    tenderDecimals: unit.decimals,
    pricePerGpuHour: String(row.price_per_gpu_hour ?? "0"),
    startTime: toNum(row.start_time),
    endTime: toNum(row.end_time),
    hours: toNum(row.hours),
    deposited: amount(row.deposited),
    fees: amount(row.fees),
    paid: amount(row.paid),
    supplierFees: amount(row.supplier_fees),
    refunded: amount(row.refunded),
    escrow: amount(row.escrow),
    bookedAt: toNum(row.booked_at),
  };
};

export async function rentals(db: IndexDb, query: RentalQuery): Promise<Page<RentalSummary>> {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (query.state !== undefined) conditions.push("r.state = ?"), params.push(query.state);
  if (query.renter !== undefined) conditions.push("r.renter = ?"), params.push(query.renter);
  const where = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
  const [count, rows] = await Promise.all([
    db.get(`SELECT COUNT(*) AS n FROM rentals r ${where}`, params),
    db.all(`${SELECT} ${where} ORDER BY r.booked_slot DESC, r.address DESC LIMIT ? OFFSET ?`, [...params, query.limit ?? DEFAULT_LIMIT, query.offset ?? 0]),
  ]);
  return { total: toNum(count?.n), items: rows.map(toSummary) };
}

export async function rental(db: IndexDb, address: string): Promise<RentalDetail | undefined> {
  const row = await db.get(`${SELECT} WHERE r.address = ?`, [address]);
  if (!row) return undefined;
  const [workers, transitions] = await Promise.all([
    db.all(`SELECT * FROM rental_workers WHERE rental = ? ORDER BY assigned_seq, worker`, [address]),
    entityEvents(db, address),
  ]);
  return {
    ...toSummary(row),
    escrowAccount: String(row.escrow_account ?? ""),
    workers: workers.map((worker) => ({
      worker: String(worker.worker),
      gpus: toNum(worker.gpus),
      activeSeconds: amount(worker.active_seconds),
      downSeconds: amount(worker.down_seconds),
      forfeitedSeconds: amount(worker.forfeited_seconds),
      paid: amount(worker.paid),
      fees: amount(worker.fees),
      down: toBool(worker.down),
    })),
    transitions,
  };
}
