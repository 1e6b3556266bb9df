//! Seeds, the emission schedule's fixed numbers and the bounds of the governed parameters
//! (SPEC section 4).
//!
//! Fixed-point precisions used in this crate:
//! - schedule: `Q_SCALE = 10^19`; q = 0.9999861130476040207 is exactly `Q_SCALED / Q_SCALE`;
//! - reward accumulator: `INDEX_SCALE = 10^18` per weight unit (see `math::accumulator`);
//! - parameters: basis points (`io_common::BPS = 10_000` = 100% or 1×).

use anchor_lang::prelude::*;
use io_common::ONE_IO;

/// Seed of the rewards config PDA. The config also signs `io_token::mint_emission`: it is the
/// emission authority io_token must register.
#[constant]
pub const REWARDS_CONFIG_SEED: &[u8] = b"rewards_config";
/// Seed of a worker's reward account: `[WORKER_REWARD_SEED, worker]`, `worker` being the key of
/// io_cloud's worker account.
#[constant]
pub const WORKER_REWARD_SEED: &[u8] = b"worker_reward";

/// The whole emission pool: 300,000,000 IO. The schedule never releases more.
#[constant]
pub const EMISSION_POOL: u64 = 300_000_000 * ONE_IO;
/// Hourly epochs h = 1 ..= TOTAL_EPOCHS (each `io_common::SECONDS_PER_HOUR` long); the cumulative
/// emission equals the pool from here on.
#[constant]
pub const TOTAL_EPOCHS: u64 = 175_319;

/// Fixed-point scale of q.
pub const Q_SCALE: u128 = 10_000_000_000_000_000_000;
/// q = 1 − 0.0000138869523959793 = 0.9999861130476040207, exactly, at `Q_SCALE`.
pub const Q_SCALED: u128 = 9_999_861_130_476_040_207;
/// 500,000,000 IO × 0.08 in base units: with r_1 = 0.08 / 8760, the first hour emits
/// `FIRST_HOUR_NUMERATOR / HOURS_PER_YEAR` base units.
pub const FIRST_HOUR_NUMERATOR: u128 = 4_000_000_000_000_000;
pub const HOURS_PER_YEAR: u128 = 8_760;

/// Scale of the reward-per-weight indices (reward base units × 10^18 per weight unit).
pub const INDEX_SCALE: u128 = 1_000_000_000_000_000_000;

/// Default share of the schedule emitted: 100%.
#[constant]
pub const DEFAULT_EMISSION_SCALE_BPS: u16 = 10_000;
/// `emission_scale_bps` never exceeds 100% of the schedule.
#[constant]
pub const MAX_EMISSION_SCALE_BPS: u16 = 10_000;
/// Default boost of a busy (rented) worker: 2× (SPEC).
#[constant]
pub const DEFAULT_BUSY_BOOST_BPS: u32 = 20_000;
/// A busy worker never earns less than an idle one: at least 1×.
#[constant]
pub const MIN_BUSY_BOOST_BPS: u32 = 10_000;
/// At most 5×.
#[constant]
pub const MAX_BUSY_BOOST_BPS: u32 = 50_000;
/// Largest base weight of one worker: multiplier × GPUs in the weight authority's units
/// (io_cloud: multiplier in basis points, so 10^12 = a 100× class with 1,000,000 GPUs).
#[constant]
pub const MAX_BASE_WEIGHT: u64 = 1_000_000_000_000u64;

/// Seed of the fee reserve: the rewards config's IO token account holding fees drawn from
/// io_credits for the Incentive Dynamic Engine (`math::ide`).
#[constant]
pub const FEE_RESERVE_SEED: &[u8] = b"fee_reserve";
/// The engine's USD target is at most 100 USD per 1× GPU-hour (micro-USD).
#[constant]
pub const MAX_USD_PER_GPU_HOUR: u64 = 100_000_000;
/// At least half of the schedule IO the engine does not need is retired (io.net: ≥ 50%).
#[constant]
pub const MIN_RETIRE_BPS: u16 = 5_000;
#[constant]
pub const MAX_RETIRE_BPS: u16 = 10_000;
/// The undistributed fee reserve kept before IO fees are burned: at most 10,000,000 IO.
#[constant]
pub const MAX_FEE_BUFFER: u64 = 10_000_000 * ONE_IO;
/// The engine's price converts USD to IO for this long after its publish time; segments after
/// that pay nothing until a crank brings a fresh price (one missed hourly crank is tolerated).
#[constant]
pub const IDE_PRICE_VALID_SECONDS: i64 = 7_200;

/// A weight grant's lease ends at most this many hour boundaries after it is made (io_cloud: a
/// proof for hour h keeps a worker eligible until the end of hour h + 1).
#[constant]
pub const MAX_LEASE_HOURS: i64 = 2;
