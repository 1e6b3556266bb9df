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

#[cfg(test)]
mod tests {
    use super::*;

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
