/**
 * The Incentive Dynamic Engine, bit for bit as `io_rewards` computes it
 * (programs/io_rewards/src/math/ide.rs): USD targets paid in IO at the engine's price, first from
 * the Reward Vault (released schedule IO), then from the fee reserve; the unneeded fresh schedule
 * IO retired at `retireBps`. `accrueRewardPool` calls `fundSegment` for every segment in IDE mode.
 */
import { iosdToIoDown, ioToIosd } from "./oracle.js";

const BPS = 10_000n;
const HOUR = 3_600n;
/** The engine's price converts USD to IO for this long after its publish time (seconds). */
export const IDE_PRICE_VALID_SECONDS = 7_200n;

export type RewardModeName = "schedule" | "ide";

export interface IdeParamsState {
  mode: RewardModeName;
  /** USD target of one 1× GPU-hour, micro-USD. */
  usdPerGpuHour: bigint;
  retireBps: number;
  feeBuffer: bigint;
}

/** One hour's figures (the segments that ended in it). */
export interface IdeHourState {
  hour: bigint;
  usdDue: bigint;
  ioNeeded: bigint;
  ioPaid: bigint;
  fromFees: bigint;
  retired: bigint;
  usdUnpaid: bigint;
}

/** The on-chain `Ide` with bigint fields. */
export interface IdeState {
  params: IdeParamsState;
  pending: IdeParamsState;
  pendingHour: bigint;
  price: bigint;
  priceExponent: number;
  priceTime: bigint;
  reserve: bigint;
  retired: bigint;
  retiredReported: bigint;
  feeAvailable: bigint;
  feeDrawn: bigint;
  feeDistributed: bigint;
  feePaid: bigint;
  feeBurned: bigint;
  totals: IdeHourState;
  usdUnpaidReported: bigint;
  current: IdeHourState;
  previous: IdeHourState;
}

export const emptyIdeHour = (hour = 0n): IdeHourState => ({ hour, usdDue: 0n, ioNeeded: 0n, ioPaid: 0n, fromFees: 0n, retired: 0n, usdUnpaid: 0n });

export const SCHEDULE_PARAMS: IdeParamsState = { mode: "schedule", usdPerGpuHour: 0n, retireBps: 0, feeBuffer: 0n };

/** An engine that never ran (schedule mode, nothing pending). */
export function idleIde(): IdeState {
  return {
    params: { ...SCHEDULE_PARAMS },
    pending: { ...SCHEDULE_PARAMS },
    pendingHour: 0n,
    price: 0n,
    priceExponent: 0,
    priceTime: 0n,
    reserve: 0n,
    retired: 0n,
    retiredReported: 0n,
    feeAvailable: 0n,
    feeDrawn: 0n,
    feeDistributed: 0n,
    feePaid: 0n,
    feeBurned: 0n,
    totals: emptyIdeHour(),
    usdUnpaidReported: 0n,
    current: emptyIdeHour(),
    previous: emptyIdeHour(),
  };
}

export const copyIde = (ide: IdeState): IdeState => ({
  ...ide,
  params: { ...ide.params },
  pending: { ...ide.pending },
  totals: { ...ide.totals },
  current: { ...ide.current },
  previous: { ...ide.previous },
});

/** The hour index of a Unix time (floored, also before 1970). */
export const hourOfTime = (unix: bigint): bigint => (unix >= 0n ? unix / HOUR : -((-unix + HOUR - 1n) / HOUR));
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const saturatingSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

/** The hour a pending change takes effect at, if due by `now`. */
export const ideChangeDue = (ide: IdeState, now: bigint): bigint | undefined =>
  ide.pendingHour > 0n && ide.pendingHour <= hourOfTime(now) ? ide.pendingHour : undefined;

/** Applies the pending change; returns the reserve handed back when leaving IDE mode. */
export function applyPendingIde(ide: IdeState): bigint {
  const leaving = ide.params.mode === "ide" && ide.pending.mode === "schedule";
  ide.params = ide.pending;
  ide.pending = { ...SCHEDULE_PARAMS };
  ide.pendingHour = 0n;
  if (!leaving) return 0n;
  const reserve = ide.reserve;
  ide.reserve = 0n;
  return reserve;
}

const addHour = (into: IdeHourState, segment: IdeHourState): void => {
  into.usdDue += segment.usdDue;
  into.ioNeeded += segment.ioNeeded;
  into.ioPaid += segment.ioPaid;
  into.fromFees += segment.fromFees;
  into.retired += segment.retired;
  into.usdUnpaid += segment.usdUnpaid;
};

/** Funds one segment of `seconds` ending at `end` (total weight in basis-point units): the IO put into the indices. */
export function fundSegment(ide: IdeState, emitted: bigint, weight: bigint, seconds: bigint, end: bigint): bigint {
  const usdDue = (weight * ide.params.usdPerGpuHour * seconds) / (BPS * BPS * HOUR);
  const priced = ide.price > 0n && end - ide.priceTime <= IDE_PRICE_VALID_SECONDS;
  const ioNeeded = priced ? iosdToIoDown(usdDue, ide.price, ide.priceExponent) : 0n;
  const available = ide.reserve + emitted;
  const fromReserve = min(ioNeeded, available);
  const fromFees = min(ioNeeded - fromReserve, ide.feeAvailable);
  const ioPaid = fromReserve + fromFees;
  const surplus = priced ? saturatingSub(emitted, ioNeeded) : 0n;
  const retired = (surplus * BigInt(ide.params.retireBps)) / BPS;
  ide.reserve = available - fromReserve - retired;
  ide.retired += retired;
  ide.feeAvailable -= fromFees;
  ide.feeDistributed += fromFees;
  const usdPaid = priced ? ioToIosd(ioPaid, ide.price, ide.priceExponent) : 0n;
  const usdUnpaid = ioPaid < ioNeeded || !priced ? saturatingSub(usdDue, usdPaid) : 0n;
  const segment: IdeHourState = { hour: hourOfTime(end - 1n), usdDue, ioNeeded, ioPaid, fromFees, retired, usdUnpaid };
  if (segment.hour !== ide.current.hour) {
    ide.previous = ide.current;
    ide.current = emptyIdeHour(segment.hour);
  }
  addHour(ide.current, segment);
  addHour(ide.totals, segment);
  return ioPaid;
}
