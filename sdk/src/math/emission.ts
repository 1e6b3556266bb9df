/**
 * The 20-year hourly emission schedule, bit for bit as `io_rewards` computes it
 * (programs/io_rewards/src/math/emission.rs): q at the exact 10^19 scale, q^h by exponentiation
 * by squaring with each product rounded half up, the closed form
 * `C(h) = 4×10^15 × (10^19 − q^h) / (8760 × (10^19 − q))` rounded down and clamped to the 300M
 * pool, and linear interpolation within an hour.
 */
import { EMISSION_POOL } from "../token/supply.js";

/** Fixed-point scale of q. */
export const Q_SCALE = 10n ** 19n;
/** q = 0.9999861130476040207, exactly, at `Q_SCALE`. */
export const Q_SCALED = 9_999_861_130_476_040_207n;
/** 500M IO × 0.08 in base units (the first hour emits this / 8760). */
const FIRST_HOUR_NUMERATOR = 4_000_000_000_000_000n;
const HOURS_PER_YEAR = 8_760n;
/** Hourly epochs h = 1 ..= 175,319; from there on the cumulative emission is the whole pool. */
export const TOTAL_EPOCHS = 175_319n;
export const SECONDS_PER_EPOCH = 3_600n;

function toHour(hour: number | bigint): bigint {
  const value = typeof hour === "bigint" ? hour : BigInt(hour);
  if (value < 0n) throw new RangeError(`hour must be non-negative, got ${hour}`);
  return value;
}

/** `a × b / Q_SCALE`, rounded half up. */
const mulScaled = (a: bigint, b: bigint): bigint => (a * b + Q_SCALE / 2n) / Q_SCALE;

/** q^h × Q_SCALE. */
export function qPow(hour: number | bigint): bigint {
  let exponent = toHour(hour);
  let result = Q_SCALE;
  let base = Q_SCALED;
  while (exponent > 0n) {
    if (exponent & 1n) result = mulScaled(result, base);
    exponent >>= 1n;
    if (exponent > 0n) base = mulScaled(base, base);
  }
  return result;
}

/** Base units released by the end of hour `hour` (0 at hour 0, the 300M pool from 175,319 on). */
export function cumulativeEmission(hour: number | bigint): bigint {
  const h = toHour(hour);
  if (h === 0n) return 0n;
  if (h >= TOTAL_EPOCHS) return EMISSION_POOL;
  const cumulative = (FIRST_HOUR_NUMERATOR * (Q_SCALE - qPow(h))) / (HOURS_PER_YEAR * (Q_SCALE - Q_SCALED));
  return cumulative < EMISSION_POOL ? cumulative : EMISSION_POOL;
}

/** Base units emitted during hour `hour`: `C(h) − C(h−1)`; 0 for hour 0 and after the schedule. */
export function emissionForHour(hour: number | bigint): bigint {
  const h = toHour(hour);
  if (h === 0n) return 0n;
  return cumulativeEmission(h) - cumulativeEmission(h - 1n);
}

/** Base units released at clock time `now` by a schedule starting at `start` (seconds). */
export function releasedAt(start: number | bigint, now: number | bigint): bigint {
  const elapsed = BigInt(now) - BigInt(start);
  if (elapsed <= 0n) return 0n;
  const hour = elapsed / SECONDS_PER_EPOCH;
  if (hour >= TOTAL_EPOCHS) return EMISSION_POOL;
  const second = elapsed % SECONDS_PER_EPOCH;
  const done = cumulativeEmission(hour);
  const running = cumulativeEmission(hour + 1n) - done;
  return done + (running * second) / SECONDS_PER_EPOCH;
}
