//! The circuit breaker on IOSD minting: a sliding window kept as a ring of slot buckets.
//!
//! The window of `W` seconds is cut into `BREAKER_SLOTS` (24) slots of `g = W / 24` seconds;
//! slot `k` covers `[k·g, (k+1)·g)` of the clock. The ring holds 25 buckets: the slot in
//! progress and the 24 before it. A mint at time `t` (in slot `K`) is allowed only if the IOSD
//! minted in slots `K−24 ..= K` plus the new amount stays within the limit. Those slots cover
//! `[t − W − (t mod g), t]`, which contains the last `W` seconds, so:
//!
//! - **exact bound**: the IOSD minted in any interval of `W` seconds never exceeds the limit;
//! - **release**: a mint's quota comes back between `W` and `W + g` seconds after it (when its
//!   slot leaves the ring), never earlier.
//!
//! When governance changes the window, everything in the ring is carried into the current slot
//! of the new granularity: it counts as minted now, which can only delay new mints.

use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::{BREAKER_RING, BREAKER_SLOTS};
use crate::errors::IoCreditsError;

const _: () = assert!(BREAKER_RING == 25);

/// IOSD minted per slot over the last window (stored in the credits config).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct Breaker {
    /// Index of the latest slot the ring has been advanced to (`clock / slot length`).
    pub slot: i64,
    /// IOSD base units minted in slot `k` sit in bucket `k mod 25`, for `k` in
    /// `slot − 24 ..= slot`.
    pub buckets: [u64; 25],
}

/// Length of one slot of a window of `window_s` seconds.
pub fn slot_length(window_s: u32) -> Result<i64> {
    i64::from(window_s).safe_div(i64::from(BREAKER_SLOTS))
}

fn bucket_of(slot: i64) -> usize {
    // rem_euclid of a positive modulus is in 0..25, so the cast is exact.
    slot.rem_euclid(BREAKER_RING as i64) as usize
}

impl Breaker {
    /// The slot index of clock time `now`.
    fn slot_at(now: i64, window_s: u32) -> Result<i64> {
        Ok(now.div_euclid(slot_length(window_s)?))
    }

    /// Moves the ring to `now`, emptying the buckets of slots that left the window. A clock
    /// that went back stays in the latest slot seen.
    fn advance(&mut self, now: i64, window_s: u32) -> Result<()> {
        let target = Self::slot_at(now, window_s)?.max(self.slot);
        let gap = target.safe_sub(self.slot)?;
        if gap >= BREAKER_RING as i64 {
            self.buckets = [0; BREAKER_RING];
        } else {
            let mut k = self.slot;
            while k < target {
                k = k.safe_add(1)?;
                self.buckets[bucket_of(k)] = 0;
            }
        }
        self.slot = target;
        Ok(())
    }

    /// IOSD minted in the slots the ring holds.
    pub fn in_window(&self) -> Result<u64> {
        self.buckets
            .iter()
            .try_fold(0u64, |sum, b| sum.safe_add(*b))
    }

    /// IOSD minted in the window that ends at `now` (what a mint at `now` is checked against).
    pub fn in_window_at(&self, now: i64, window_s: u32) -> Result<u64> {
        let mut moved = *self;
        moved.advance(now, window_s)?;
        moved.in_window()
    }

    /// Records a mint of `amount` at `now`; refused with `CircuitBreakerTripped` if it would take
    /// the window above `limit`. Returns what the window holds after the mint.
    pub fn record(&mut self, now: i64, window_s: u32, limit: u64, amount: u64) -> Result<u64> {
        self.advance(now, window_s)?;
        let after = self.in_window()?.safe_add(amount)?;
        require!(after <= limit, IoCreditsError::CircuitBreakerTripped);
        let bucket = &mut self.buckets[bucket_of(self.slot)];
        *bucket = bucket.safe_add(amount)?;
        Ok(after)
    }

    /// Re-cuts the ring for a new window length: everything still held counts as minted now.
    pub fn rescale(&mut self, now: i64, old_window_s: u32, new_window_s: u32) -> Result<()> {
        self.advance(now, old_window_s)?;
        let held = self.in_window()?;
        self.buckets = [0; BREAKER_RING];
        self.slot = Self::slot_at(now, new_window_s)?;
        self.buckets[bucket_of(self.slot)] = held;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const W: u32 = 86_400; // slots of 3,600 s
    const G: i64 = 3_600;

    fn refused(result: Result<u64>) -> bool {
        matches!(result, Err(Error::AnchorError(e))
            if e.error_code_number == 6000 + IoCreditsError::CircuitBreakerTripped as u32)
    }

    #[test]
    fn refuses_past_the_limit_and_releases_after_the_window() {
        let mut b = Breaker::default();
        let t0 = 1_700_000_000 - 1_700_000_000 % G; // start of a slot
        assert_eq!(b.record(t0, W, 100, 60).unwrap(), 60);
        assert_eq!(b.record(t0 + 10, W, 100, 40).unwrap(), 100);
        assert!(refused(b.record(t0 + 20, W, 100, 1)));
        // Just before the mint's slot leaves the ring: still counted.
        assert!(refused(b.record(t0 + i64::from(W) + G - 1, W, 100, 1)));
        // W + g after the slot's start: released.
        assert_eq!(b.record(t0 + i64::from(W) + G, W, 100, 100).unwrap(), 100);
    }

    #[test]
    fn a_mint_late_in_its_slot_is_released_at_least_w_after_it() {
        let mut b = Breaker::default();
        let t0 = 1_700_000_000 - 1_700_000_000 % G + G - 1; // last second of a slot
        b.record(t0, W, 100, 100).unwrap();
        assert!(refused(b.record(t0 + i64::from(W), W, 100, 1)));
        assert_eq!(b.record(t0 + i64::from(W) + 1, W, 100, 1).unwrap(), 1);
    }

    #[test]
    fn a_clock_going_back_does_not_release() {
        let mut b = Breaker::default();
        b.record(1_000_000, W, 100, 100).unwrap();
        assert!(refused(b.record(900_000, W, 100, 1)));
    }

    #[test]
    fn rescale_keeps_everything_held() {
        let mut b = Breaker::default();
        b.record(1_000_000, W, 100, 70).unwrap();
        b.rescale(1_000_100, W, 3_600).unwrap();
        assert_eq!(b.in_window().unwrap(), 70);
        assert!(refused(b.record(1_000_200, 3_600, 100, 31)));
        assert_eq!(
            b.record(1_000_100 + 3_600 + 150, 3_600, 100, 100).unwrap(),
            100
        );
    }

    proptest! {
        /// Whatever the mints and gaps, the IOSD accepted in any W-second interval stays within
        /// the limit, and a mint refused had the window (as of its time) plus it above the limit.
        #[test]
        fn no_window_of_w_seconds_exceeds_the_limit(
            steps in prop::collection::vec((0i64..20_000, 1u64..60), 1..120),
            limit in 50u64..200,
        ) {
            let mut b = Breaker::default();
            let mut now: i64 = 1_700_000_000;
            let mut accepted: Vec<(i64, u64)> = Vec::new();
            for (gap, amount) in steps {
                now += gap;
                let before = b.in_window_at(now, W).unwrap();
                match b.record(now, W, limit, amount) {
                    Ok(after) => {
                        prop_assert_eq!(after, before + amount);
                        accepted.push((now, amount));
                    }
                    Err(_) => prop_assert!(before + amount > limit),
                }
                for &(start, _) in &accepted {
                    let sum: u64 = accepted
                        .iter()
                        .filter(|(t, _)| *t >= start && *t < start + i64::from(W))
                        .map(|(_, a)| a)
                        .sum();
                    prop_assert!(sum <= limit);
                }
                // Everything minted in the last W seconds is counted.
                let recent: u64 = accepted
                    .iter()
                    .filter(|(t, _)| *t > now - i64::from(W))
                    .map(|(_, a)| a)
                    .sum();
                prop_assert!(b.in_window_at(now, W).unwrap() >= recent);
            }
        }
    }
}
