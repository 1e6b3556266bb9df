//! Units every program counts in. Each program's own constants are built from these.

/// Base units in one IO (8 decimals).
pub const ONE_IO: u64 = 100_000_000;

/// Basis points in one (100%, or a multiplier of 1×).
pub const BPS: u64 = 10_000;

/// Seconds in an hour: the emission epoch, the uptime window and the price unit of GPU time.
pub const SECONDS_PER_HOUR: i64 = 3_600;
