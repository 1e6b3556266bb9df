//! Monthly vesting: `parts` equal parts, the first at the end of month `first_month`, one per
//! month after; a month is `SECONDS_PER_MONTH` from the start; rounding dust goes to the last part.

use crate::constants::SECONDS_PER_MONTH;

/// Completed months between `start` and `now` (0 before `start`).
pub fn months_elapsed(start: i64, now: i64) -> u64 {
    if now <= start {
        return 0;
    }
    ((now - start) / SECONDS_PER_MONTH) as u64
}

/// Parts unlocked at `now`.
pub fn parts_unlocked(parts: u16, first_month: u16, start: i64, now: i64) -> u64 {
    let before_first = u64::from(first_month.saturating_sub(1));
    months_elapsed(start, now)
        .saturating_sub(before_first)
        .min(u64::from(parts))
}

/// Amount of `total` unlocked at `now`: whole parts of `total / parts`, all of it after the last.
pub fn unlocked_amount(total: u64, parts: u16, first_month: u16, start: i64, now: i64) -> u64 {
    if parts == 0 {
        return total;
    }
    let unlocked = parts_unlocked(parts, first_month, start, now);
    if unlocked == u64::from(parts) {
        total
    } else {
        // unlocked < parts, so the product stays below total.
        total / u64::from(parts) * unlocked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::*;
    use proptest::prelude::*;

    const START: i64 = 1_700_000_000;

    fn at_end_of_month(month: i64) -> i64 {
        START + month * SECONDS_PER_MONTH
    }

    #[test]
    fn investors_unlock_24_parts_from_month_13_to_36() {
        let total = SEED_INVESTORS_ALLOCATION;
        let part = total / 24;
        let unlocked = |now| unlocked_amount(total, 24, 13, START, now);
        assert_eq!(unlocked(START), 0);
        assert_eq!(unlocked(at_end_of_month(13) - 1), 0);
        assert_eq!(unlocked(at_end_of_month(13)), part);
        assert_eq!(unlocked(at_end_of_month(24)), 12 * part);
        assert_eq!(unlocked(at_end_of_month(36) - 1), 23 * part);
        assert_eq!(unlocked(at_end_of_month(36)), total);
        assert_eq!(unlocked(at_end_of_month(100)), total);
    }

    #[test]
    fn dust_goes_to_the_last_part() {
        let total = SERIES_A_ALLOCATION + 7;
        let part = total / 24;
        assert_eq!(
            unlocked_amount(total, 24, 13, START, at_end_of_month(35)),
            23 * part
        );
        assert_eq!(
            unlocked_amount(total, 24, 13, START, at_end_of_month(36)) - 23 * part,
            part + total % 24
        );
    }

    #[test]
    fn core_contributors_unlock_36_parts_to_month_48() {
        let total = CORE_CONTRIBUTORS_ALLOCATION;
        let unlocked = |month| unlocked_amount(total, 36, 13, START, at_end_of_month(month));
        assert_eq!(unlocked(12), 0);
        assert_eq!(unlocked(13), total / 36);
        assert_eq!(unlocked(47), 35 * (total / 36));
        assert_eq!(unlocked(48), total);
    }

    proptest! {
        #[test]
        fn unlocking_never_decreases_and_never_exceeds_the_total(
            total in 0u64..=u64::MAX / 2,
            parts in 1u16..=60,
            first in 1u16..=24,
            a in 0i64..200 * SECONDS_PER_MONTH,
            b in 0i64..200 * SECONDS_PER_MONTH,
        ) {
            let (early, late) = (a.min(b), a.max(b));
            let x = unlocked_amount(total, parts, first, START, START + early);
            let y = unlocked_amount(total, parts, first, START, START + late);
            prop_assert!(x <= y);
            prop_assert!(y <= total);
            let end = START + i64::from(first - 1 + parts) * SECONDS_PER_MONTH;
            prop_assert_eq!(unlocked_amount(total, parts, first, START, end), total);
        }
    }
}
