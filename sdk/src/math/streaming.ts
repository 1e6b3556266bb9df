/**
 * Streaming math of `io_cloud` rentals, bit for bit the program's `math/streaming.rs` and the
 * accrual rules of `state/rental.rs`: prices per GPU-hour in the tender's base units, pay from
 * cumulative streamed seconds rounded down, the first hour held back until served.
 */
import { reservationFee, supplierFee, tenderFee } from "./fees.js";

export const STREAM_SECONDS_PER_HOUR = 3_600n;
const U64_MAX = (1n << 64n) - 1n;

function u64(value: bigint, what: string): bigint {
  if (value < 0n || value > U64_MAX) throw new RangeError(`${what} does not fit a u64: ${value}`);
  return value;
}

/** Price × GPUs × hours: what a booking deposits into escrow. */
export function rentalPrincipal(pricePerGpuHour: bigint, gpus: number, hours: number): bigint {
  return u64(pricePerGpuHour * BigInt(gpus) * BigInt(hours), "principal");
}

/** What `gpus` GPUs earned over `seconds` of streaming: ⌊price × gpus × seconds / 3600⌋. */
export function streamAccrued(pricePerGpuHour: bigint, gpus: number, seconds: bigint): bigint {
  return u64((pricePerGpuHour * BigInt(gpus) * seconds) / STREAM_SECONDS_PER_HOUR, "accrued");
}

/** What is payable of it: nothing before a full hour served, unless the rental has ended. */
export function streamPayable(pricePerGpuHour: bigint, gpus: number, seconds: bigint, ended: boolean): bigint {
  if (seconds < STREAM_SECONDS_PER_HOUR && !ended) return 0n;
  return streamAccrued(pricePerGpuHour, gpus, seconds);
}

export interface RentalCharges {
  /** Into the rental's escrow. */
  principal: bigint;
  /** Tender fee (2% non-IO, 0% IO): into the fee vault. */
  tenderFee: bigint;
  /** Reservation fee at io_credits' governed rate: into the fee vault, or 0 when paid in IOSD. */
  reservationFee: bigint;
  /** Everything the renter pays in the tender. */
  total: bigint;
}

/**
 * What booking (or extending by) `hours` charges the renter in the tender, with io_credits'
 * governed `reservationFeeBps` (its config's `params.reservationFeeBps`), as `charges()` does.
 */
export function rentalCharges(
  pricePerGpuHour: bigint,
  gpus: number,
  hours: number,
  tenderFeeBps: number,
  reservationFeeBps: number,
  reservationInIosd = false,
): RentalCharges {
  const principal = rentalPrincipal(pricePerGpuHour, gpus, hours);
  const fee = tenderFee(principal, tenderFeeBps);
  const reservation = reservationInIosd ? 0n : reservationFee(principal, reservationFeeBps);
  return { principal, tenderFee: fee, reservationFee: reservation, total: principal + fee + reservation };
}

/** The IOSD reservation fee of a booking in a USD-pegged tender (micro-USD = IOSD base units). */
export const rentalReservationFeeIosd = (principal: bigint, reservationFeeBps: number): bigint =>
  reservationFee(principal, reservationFeeBps);

/** One worker's stream, as the rental account stores it (`Assignment`). */
export interface StreamSlot {
  gpus: number;
  since: bigint;
  activeSeconds: bigint;
  /** Paid to the worker, net of its supplier fees. */
  paid: bigint;
  /** Supplier fees taken from its pay. */
  fees: bigint;
  down: boolean;
}

/** One payout: what reaches the worker and its supplier fee (into the tender's fee vault). */
export interface SlotPayout {
  net: bigint;
  fee: bigint;
}

/** The slot's streamed seconds brought up to `now` (capped at the end), as `checkpoint` does. */
export function slotActiveSecondsAt(slot: StreamSlot, now: bigint, endTime: bigint): bigint {
  const until = now < endTime ? now : endTime;
  if (slot.down || until <= slot.since) return slot.activeSeconds;
  return slot.activeSeconds + (until - slot.since);
}

/** What a settle at `now` would take out of the escrow for the slot (its worker's pay and fee). */
export function slotDueAt(slot: StreamSlot, pricePerGpuHour: bigint, now: bigint, endTime: bigint): bigint {
  const seconds = slotActiveSecondsAt(slot, now, endTime);
  return streamPayable(pricePerGpuHour, slot.gpus, seconds, now >= endTime) - slot.paid - slot.fees;
}

/** A settle at `now` split as the program splits it, at the rental's `supplierFeeBps`. */
export function slotPayoutAt(slot: StreamSlot, pricePerGpuHour: bigint, now: bigint, endTime: bigint, supplierFeeBps: number): SlotPayout {
  const before = slot.paid + slot.fees;
  const after = before + slotDueAt(slot, pricePerGpuHour, now, endTime);
  const fee = supplierFee(before, after, supplierFeeBps);
  return { net: after - before - fee, fee };
}
