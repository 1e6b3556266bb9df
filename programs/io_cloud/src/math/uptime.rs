//! Hourly uptime proofs: which hour a time falls in, and whether the proofs keep a worker eligible.

use io_common::SECONDS_PER_HOUR;

/// The hour index of a Unix time (hour 0 starts at the epoch).
pub fn hour_of(unix_time: i64) -> i64 {
    unix_time.div_euclid(SECONDS_PER_HOUR)
}

/// A proof for hour `h` covers hours `h` and `h + 1` (the hour in which it is produced). The
/// worker's uptime is good at `now` when its latest proof succeeded and no hour since it is
/// missing: a failed proof, or an hour passing without one, makes it ineligible until the next
/// success.
pub fn uptime_ok(has_proof: bool, last_proof_hour: i64, last_proof_ok: bool, now: i64) -> bool {
    has_proof && last_proof_ok && hour_of(now) <= last_proof_hour.saturating_add(1)
}

/// Consecutive good proofs up to and including a new proof for `hour`: one more when the last
/// proof was good and for the hour before, 1 after a gap or a failure, 0 when this one failed.
pub fn good_hours_after(
    good_hours: u16,
    has_proof: bool,
    last_proof_hour: i64,
    last_proof_ok: bool,
    hour: i64,
    ok: bool,
) -> u16 {
    if !ok {
        0
    } else if has_proof && last_proof_ok && hour == last_proof_hour.saturating_add(1) {
        good_hours.saturating_add(1)
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn good_hours_count_consecutive_successes_and_restart_after_a_gap_or_a_failure() {
        let h = 480_000;
        assert_eq!(good_hours_after(0, false, 0, false, h, true), 1);
        assert_eq!(good_hours_after(4, true, h, true, h + 1, true), 5);
        assert_eq!(good_hours_after(4, true, h, true, h + 2, true), 1);
        assert_eq!(good_hours_after(4, true, h, false, h + 1, true), 1);
        assert_eq!(good_hours_after(4, true, h, true, h + 1, false), 0);
        assert_eq!(
            good_hours_after(u16::MAX, true, h, true, h + 1, true),
            u16::MAX
        );
    }

    proptest! {
        /// Over any run of hourly results, the count is the length of the trailing run of
        /// consecutive successes.
        #[test]
        fn good_hours_is_the_trailing_run_of_consecutive_successes(
            proofs in proptest::collection::vec((1i64..3, any::<bool>()), 1..60)
        ) {
            let (mut good, mut has, mut last, mut last_ok) = (0u16, false, 1_000i64, false);
            let mut hours = Vec::new();
            for (step, ok) in proofs {
                let hour = last + step;
                good = good_hours_after(good, has, last, last_ok, hour, ok);
                hours.push((hour, ok));
                (has, last, last_ok) = (true, hour, ok);
            }
            let mut run = 0u16;
            for (i, (hour, ok)) in hours.iter().enumerate().rev() {
                if !ok || (run > 0 && hours[i + 1].0 != hour + 1) {
                    break;
                }
                run += 1;
            }
            prop_assert_eq!(good, run);
        }
    }

    #[test]
    fn a_success_covers_its_hour_and_the_next_only() {
        let h = 480_000;
        let start = h * SECONDS_PER_HOUR;
        assert!(!uptime_ok(false, 0, false, start));
        assert!(uptime_ok(true, h, true, start));
        assert!(uptime_ok(true, h, true, start + 2 * SECONDS_PER_HOUR - 1));
        assert!(!uptime_ok(true, h, true, start + 2 * SECONDS_PER_HOUR));
        assert!(!uptime_ok(true, h, false, start));
        assert_eq!(hour_of(-1), -1);
    }
}
