//! The 20-year hourly emission schedule (SPEC section 4), in closed form.
//!
//! `E_h = 500M × r_1 × q^(h−1)` for epochs h = 1 ..= 175,319, so the cumulative emission through
//! hour h is `C(h) = 500M × r_1 × (1 − q^h) / (1 − q)`, clamped to the 300M pool. With
//! `r_1 = 0.08 / 8760` and q at the scale `Q_SCALE = 10^19` (where it is exact):
//!
//! `C(h) = floor(FIRST_HOUR_NUMERATOR × (Q_SCALE − P_h) / (HOURS_PER_YEAR × (Q_SCALE − Q_SCALED)))`
//!
//! with `P_h = q^h × Q_SCALE` by exponentiation by squaring (at most 18 squarings and 18
//! products for h < 2^18, each rounded half up), so any gap costs O(log h), never O(h). Every
//! intermediate fits u128: the largest is `4×10^15 × 10^19 = 4×10^34`. The result is within 12
//! base units of the 60-digit reference at every hour (checked hour by hour in
//! `tests/io_rewards_schedule.test.ts`; the vectors allow 100) and `C(h) = 300M` exactly for every
//! `h >= 175,319`. Within an hour, emission is linear in seconds.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, SECONDS_PER_HOUR};

use crate::constants::*;

/// `a × b / Q_SCALE`, rounded half up.
fn mul_scaled(a: u128, b: u128) -> Result<u128> {
    a.safe_mul(b)?.safe_add(Q_SCALE / 2)?.safe_div(Q_SCALE)
}

/// `q^h × Q_SCALE` by exponentiation by squaring.
pub fn q_pow(hour: u64) -> Result<u128> {
    let mut result = Q_SCALE;
    let mut base = Q_SCALED;
    let mut exponent = hour;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result = mul_scaled(result, base)?;
        }
        exponent >>= 1;
        if exponent > 0 {
            base = mul_scaled(base, base)?;
        }
    }
    Ok(result)
}

/// Base units released by the end of hour `hour` (hour 0 = the start: nothing yet).
/// Non-decreasing, at most `EMISSION_POOL`, and exactly `EMISSION_POOL` from hour 175,319 on.
pub fn cumulative_emission(hour: u64) -> Result<u64> {
    if hour == 0 {
        return Ok(0);
    }
    if hour >= TOTAL_EPOCHS {
        return Ok(EMISSION_POOL);
    }
    let remaining = Q_SCALE.safe_sub(q_pow(hour)?)?;
    let denominator = HOURS_PER_YEAR.safe_mul(Q_SCALE.safe_sub(Q_SCALED)?)?;
    let cumulative = FIRST_HOUR_NUMERATOR
        .safe_mul(remaining)?
        .safe_div(denominator)?;
    let pool = u128::from(EMISSION_POOL);
    // The closed form is below the pool before the last hour; the clamp is defence in depth.
    Ok(u64::try_from(cumulative.min(pool)).unwrap_or(EMISSION_POOL))
}

/// Base units emitted during hour `hour` (epoch h: from `start + (h−1)·3600` to
/// `start + h·3600`): `C(h) − C(h−1)`, zero for hour 0 and after the last epoch.
pub fn emission_for_hour(hour: u64) -> Result<u64> {
    if hour == 0 {
        return Ok(0);
    }
    cumulative_emission(hour)?.safe_sub(cumulative_emission(hour - 1)?)
}

/// Base units the schedule has released at clock time `now` for a schedule starting at
/// `start`: whole hours in closed form, the running hour linearly in seconds (rounded down).
pub fn released_at(start: i64, now: i64) -> Result<u64> {
    if now <= start {
        return Ok(0);
    }
    let elapsed = now.safe_sub(start)?;
    let hour: u64 = elapsed.safe_div(SECONDS_PER_HOUR)?.safe_cast()?;
    if hour >= TOTAL_EPOCHS {
        return Ok(EMISSION_POOL);
    }
    let second: u128 = (elapsed % SECONDS_PER_HOUR).safe_cast()?;
    let done = cumulative_emission(hour)?;
    let running = u128::from(cumulative_emission(hour.safe_add(1)?)?.safe_sub(done)?);
    let partial = running
        .safe_mul(second)?
        .safe_div(SECONDS_PER_HOUR as u128)?;
    // partial < running <= EMISSION_POOL, so it fits u64.
    done.safe_add(partial.safe_cast()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use io_common::ONE_IO;
    use proptest::prelude::*;

    /// The fixture, read at run time from the package being tested (cargo runs tests from
    /// its folder): a binary reused from another clone sharing the target directory must not
    /// test that clone's copy, which `include_str!` would have baked in.
    fn fixture() -> String {
        let path = std::env::current_dir()
            .expect("current dir")
            .join("tests/fixtures/emissions.json");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// (hour, cumulative, hour emission) of every reference vector. The file is flat JSON; this
    /// reads it without a JSON dependency.
    fn vectors() -> Vec<(u64, u64, u64)> {
        let field = |block: &str, name: &str| -> u64 {
            let key = format!("\"{name}\":");
            let at = block.find(&key).expect(name) + key.len();
            block[at..]
                .trim_start()
                .trim_start_matches('"')
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .expect(name)
        };
        let text = fixture();
        let list = &text[text.find("\"vectors\"").expect("vectors")..];
        list.split('{')
            .skip(1)
            .map(|block| {
                (
                    field(block, "hour"),
                    field(block, "cumulative_base_units"),
                    field(block, "hour_emission_base_units"),
                )
            })
            .collect()
    }

    #[test]
    fn matches_every_reference_vector_within_100_base_units() {
        let vectors = vectors();
        assert_eq!(vectors.len(), 16);
        for (hour, cumulative, _) in vectors {
            let ours = cumulative_emission(hour).unwrap();
            assert!(
                ours.abs_diff(cumulative) <= 100,
                "hour {hour}: {ours} vs {cumulative}"
            );
            assert!(ours <= EMISSION_POOL);
        }
    }

    #[test]
    fn hour_emissions_match_the_vectors_within_100_base_units() {
        for (hour, _, emission) in vectors() {
            let ours = emission_for_hour(hour).unwrap();
            assert!(
                ours.abs_diff(emission) <= 100,
                "hour {hour}: {ours} vs {emission}"
            );
        }
    }

    #[test]
    fn first_hour_emits_4566_21004566_io() {
        assert_eq!(cumulative_emission(1).unwrap(), 456_621_004_566);
        assert_eq!(emission_for_hour(1).unwrap(), 456_621_004_566);
        assert_eq!(q_pow(1).unwrap(), Q_SCALED);
        assert_eq!(q_pow(0).unwrap(), Q_SCALE);
    }

    /// Summing the schedule hour by hour gives exactly 300,000,000 IO at hour 175,319 and
    /// nothing after. Also pins every value with a checksum that the TS mirror must reproduce
    /// (tests/io_rewards_schedule.test.ts), so Rust and TS agree at every hour, not only the
    /// vectors'.
    #[test]
    fn the_whole_schedule_sums_to_exactly_300m_io_at_hour_175319() {
        let mut total: u64 = 0;
        let mut previous = 0;
        let mut checksum: u128 = 0;
        let mut weighted: u64 = 0;
        for hour in 0..=175_324u64 {
            let emission = emission_for_hour(hour).unwrap();
            total += emission;
            let cumulative = cumulative_emission(hour).unwrap();
            assert_eq!(total, cumulative, "hour {hour}");
            assert!(cumulative >= previous, "decreases at hour {hour}");
            previous = cumulative;
            checksum += u128::from(cumulative);
            weighted = weighted.wrapping_add(hour.wrapping_mul(cumulative));
            if hour < TOTAL_EPOCHS {
                assert!(cumulative < EMISSION_POOL, "pool reached early at {hour}");
            }
            if hour > TOTAL_EPOCHS {
                assert_eq!(emission, 0, "emission after the schedule at {hour}");
            }
        }
        assert_eq!(
            cumulative_emission(175_318).unwrap(),
            29_999_959_987_055_755
        );
        assert_eq!(
            cumulative_emission(TOTAL_EPOCHS).unwrap(),
            300_000_000 * ONE_IO
        );
        assert_eq!(total, EMISSION_POOL);
        assert_eq!(checksum, SCHEDULE_CHECKSUM);
        assert_eq!(weighted, SCHEDULE_WEIGHTED_CHECKSUM);
    }

    /// Σ C(h) for h = 0 ..= 175,324 and Σ h·C(h) mod 2^64: the same constants are asserted
    /// against the TS implementation.
    const SCHEDULE_CHECKSUM: u128 = 3_604_594_883_282_207_860_100;
    const SCHEDULE_WEIGHTED_CHECKSUM: u64 = 7_736_890_575_172_901_858;

    #[test]
    fn after_the_schedule_everything_is_the_pool() {
        for hour in [
            TOTAL_EPOCHS,
            TOTAL_EPOCHS + 1,
            200_000,
            10_000_000,
            u64::MAX,
        ] {
            assert_eq!(cumulative_emission(hour).unwrap(), EMISSION_POOL);
        }
        assert_eq!(emission_for_hour(u64::MAX).unwrap(), 0);
        assert_eq!(released_at(0, i64::MAX).unwrap(), EMISSION_POOL);
    }

    #[test]
    fn within_an_hour_emission_is_linear_in_seconds() {
        let start = 1_700_000_000;
        let first = emission_for_hour(1).unwrap();
        assert_eq!(released_at(start, start - 5).unwrap(), 0);
        assert_eq!(released_at(start, start).unwrap(), 0);
        assert_eq!(released_at(start, start + 1).unwrap(), first / 3_600);
        assert_eq!(released_at(start, start + 1_800).unwrap(), first / 2);
        assert_eq!(released_at(start, start + 3_600).unwrap(), first);
        let c9 = cumulative_emission(9).unwrap();
        let e10 = emission_for_hour(10).unwrap();
        let at = start + 9 * 3_600 + 1_234;
        assert_eq!(
            released_at(start, at).unwrap(),
            c9 + (u128::from(e10) * 1_234 / 3_600) as u64
        );
    }

    proptest! {
        /// Released amounts never decrease with time, never exceed the pool, and agree with the
        /// hourly closed form on hour boundaries.
        #[test]
        fn released_is_non_decreasing_and_bounded(a in 0i64..700_000_000, b in 0i64..700_000_000) {
            let (early, late) = (a.min(b), a.max(b));
            let r_early = released_at(0, early).unwrap();
            let r_late = released_at(0, late).unwrap();
            prop_assert!(r_early <= r_late);
            prop_assert!(r_late <= EMISSION_POOL);
            let hour = (late / SECONDS_PER_HOUR) as u64;
            prop_assert_eq!(released_at(0, hour as i64 * SECONDS_PER_HOUR).unwrap(), cumulative_emission(hour).unwrap());
        }

        #[test]
        fn cumulative_is_non_decreasing(hour in 0u64..200_000) {
            prop_assert!(cumulative_emission(hour).unwrap() <= cumulative_emission(hour + 1).unwrap());
        }
    }
}
