/**
 * Fees of a payment, bit-for-bit the on-chain `io_credits::math::fees`: rounded up (in the
 * protocol's favour) by less than one base unit. Checked against the Rust on
 * tests/vectors/fee_cases.json.
 */

/** Raised where the on-chain function refuses; `errorName` is the program's error name. */
export class CreditsMathError extends Error {
  constructor(readonly errorName: string) {
    super(`io_credits math: ${errorName}`);
    this.name = "CreditsMathError";
  }
}

export const U64_MAX = (1n << 64n) - 1n;
export const U128_MAX = (1n << 128n) - 1n;

/** Basis points in one whole. */
export const BPS_DENOMINATOR = 10_000n;
/** Fee on a payment in a non-IO tender (USDC): 2%. */
export const NON_IO_TENDER_FEE_BPS = 200;
/** Fee on a payment in IO: none. */
export const IO_TENDER_FEE_BPS = 0;
/** Reservation fee on every booking: 0.25%. */
export const RESERVATION_FEE_BPS = 25;

export function checkU64(value: bigint, what: string): bigint {
  if (value < 0n || value > U64_MAX) throw new RangeError(`${what} is not a u64: ${value}`);
  return value;
}

export const divCeil = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** `amount × bps / 10,000`, rounded up. */
export function feeOf(amount: bigint, bps: number): bigint {
  checkU64(amount, "amount");
  if (!Number.isInteger(bps) || bps < 0 || bps > 0xffff) throw new RangeError(`bps is not a u16: ${bps}`);
  const fee = divCeil(amount * BigInt(bps), BPS_DENOMINATOR);
  if (fee > U64_MAX) throw new CreditsMathError("CastOverflow");
  return fee;
}

/** The tender fee of a payment of `amount` in a tender charging `feeBps`. */
export const tenderFee = (amount: bigint, feeBps: number): bigint => feeOf(amount, feeBps);

/** The reservation fee of a booking worth `amount` (0.25% unless governance changed it). */
export const reservationFee = (amount: bigint, bps: number = RESERVATION_FEE_BPS): bigint => feeOf(amount, bps);

/** The share of `received` IO fee revenue burned by `fee_pay` (rounded up, like every fee). */
export const ioFeeBurned = (received: bigint, burnBps: number): bigint => feeOf(received, burnBps);

/** The rate a worker pays on what a rental pays it: the reservation rate plus the tender's (2.25% in USDC, 0.25% in IO). */
export const supplierFeeBps = (tenderFeeBps: number, reservationFeeBps: number = RESERVATION_FEE_BPS): number =>
  tenderFeeBps + reservationFeeBps;

/**
 * The supplier fee of a payout taking a worker's gross pay from `before` to `after`: the fee of the
 * new total less the fee of the old, so a stream's fees round up by less than one base unit in all.
 */
export const supplierFee = (before: bigint, after: bigint, bps: number): bigint => feeOf(after, bps) - feeOf(before, bps);
