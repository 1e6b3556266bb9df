//! veIO voting power: amount × (1 + 3 × remaining / 4 years), rounded down, never above 4×.

use crate::constants::{MAX_LOCK_SECS, MAX_POWER_MULTIPLIER};

/// How a lock runs down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockShape {
    /// Ends at a fixed time; power decays as the end approaches.
    Cliff { end: i64 },
    /// Keeps its full duration until the holder starts the unlock; then behaves as a cliff.
    Constant {
        duration: i64,
        unlock_end: Option<i64>,
    },
}

/// Seconds of lock still ahead at `now`, at most 4 years.
pub fn remaining_lock(shape: LockShape, now: i64) -> i64 {
    let remaining = match shape {
        LockShape::Cliff { end } => end.saturating_sub(now),
        LockShape::Constant {
            unlock_end: Some(end),
            ..
        } => end.saturating_sub(now),
        LockShape::Constant { duration, .. } => duration,
    };
    remaining.clamp(0, MAX_LOCK_SECS)
}

/// Voting power of `amount` locked with `shape`, at `now`.
pub fn voting_power(amount: u64, shape: LockShape, now: i64) -> u64 {
    let remaining = remaining_lock(shape, now) as u128;
    let amount = u128::from(amount);
    let bonus = amount * 3 * remaining / MAX_LOCK_SECS as u128;
    // amount ≤ u64::MAX and bonus ≤ 3 × amount, so the sum fits u128; the cap keeps it in u64.
    let power = (amount + bonus).min(amount * u128::from(MAX_POWER_MULTIPLIER));
    u64::try_from(power).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::SECONDS_PER_DAY;
    use proptest::prelude::*;

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn four_years_is_four_times_and_expiry_is_one_time() {
        let amount = 1_000 * 100_000_000;
        let full = LockShape::Cliff {
            end: NOW + MAX_LOCK_SECS,
        };
        assert_eq!(voting_power(amount, full, NOW), 4 * amount);
        assert_eq!(voting_power(amount, full, NOW + MAX_LOCK_SECS), amount);
        assert_eq!(voting_power(amount, full, NOW + MAX_LOCK_SECS + 1), amount);
        let two_years = LockShape::Cliff {
            end: NOW + MAX_LOCK_SECS / 2,
        };
        assert_eq!(
            voting_power(amount, two_years, NOW),
            amount + amount * 3 / 2
        );
    }

    #[test]
    fn constant_locks_keep_their_power_until_the_unlock_starts() {
        let amount = 400;
        let year = 365 * SECONDS_PER_DAY;
        let held = LockShape::Constant {
            duration: year,
            unlock_end: None,
        };
        assert_eq!(voting_power(amount, held, NOW), 700);
        assert_eq!(voting_power(amount, held, NOW + 10 * year), 700);
        let unlocking = LockShape::Constant {
            duration: year,
            unlock_end: Some(NOW + year / 2),
        };
        assert_eq!(voting_power(amount, unlocking, NOW), 550);
    }

    proptest! {
        #[test]
        fn never_above_four_times_and_cliffs_never_grow(
            amount in any::<u64>(),
            lock in 0i64..=2 * MAX_LOCK_SECS,
            a in 0i64..=2 * MAX_LOCK_SECS,
            b in 0i64..=2 * MAX_LOCK_SECS,
        ) {
            let shape = LockShape::Cliff { end: NOW + lock };
            let (early, late) = (a.min(b), a.max(b));
            let p_early = voting_power(amount, shape, NOW + early);
            let p_late = voting_power(amount, shape, NOW + late);
            prop_assert!(u128::from(p_early) <= 4 * u128::from(amount));
            prop_assert!(p_early >= amount);
            prop_assert!(p_late <= p_early);
        }
    }
}
