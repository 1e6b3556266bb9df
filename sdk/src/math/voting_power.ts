/** veIO voting power, mirroring programs/io_dao/src/math/voting_power.rs bit for bit. */

export const SECONDS_PER_DAY = 86_400n;
export const MIN_LOCK_SECS = SECONDS_PER_DAY;
export const MAX_LOCK_SECS = 4n * 365n * SECONDS_PER_DAY;

export type LockShape =
  | { kind: "cliff"; end: bigint }
  | { kind: "constant"; duration: bigint; unlockEnd: bigint | null };

/** Seconds of lock ahead at `now`, clamped to [0, 4 years]. */
export function remainingLock(shape: LockShape, now: bigint): bigint {
  const remaining =
    shape.kind === "cliff" ? shape.end - now : shape.unlockEnd !== null ? shape.unlockEnd - now : shape.duration;
  if (remaining < 0n) return 0n;
  return remaining > MAX_LOCK_SECS ? MAX_LOCK_SECS : remaining;
}

/** amount × (1 + 3 × remaining / 4 years), rounded down, at most 4 × amount. */
export function votingPowerOf(amount: bigint, shape: LockShape, now: bigint): bigint {
  const power = amount + (amount * 3n * remainingLock(shape, now)) / MAX_LOCK_SECS;
  return power > 4n * amount ? 4n * amount : power;
}
