//! Co-staking's split of a worker's block rewards (io.net: the owner sets the co-staker's share
//! of the device's rewards). Every settlement of a worker's share splits what it added between
//! the owner's and the co-staker's buckets at the terms in force until then, so a claim by
//! either is O(1) and a change of terms never reprices what was already earned.

use anchor_lang::prelude::*;
use io_common::{SafeMath, BPS};

use crate::errors::IoRewardsError;

/// A co-staker's share is at most 100%.
pub fn check_share(share_bps: u16) -> Result<()> {
    require!(
        u64::from(share_bps) <= BPS,
        IoRewardsError::InvalidCoStakeShare
    );
    Ok(())
}

/// The co-staker's part of `earned` (base units × INDEX_SCALE) at `share_bps`, rounded down:
/// the owner keeps the remainder, so the two parts always add up to `earned`.
pub fn co_staker_part(earned: u128, share_bps: u16) -> Result<u128> {
    check_share(share_bps)?;
    earned
        .safe_mul(u128::from(share_bps))?
        .safe_div(u128::from(BPS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::INDEX_SCALE;
    use proptest::prelude::*;

    #[test]
    fn the_co_staker_gets_its_share_rounded_down() {
        assert_eq!(co_staker_part(1_000, 2_500).unwrap(), 250);
        assert_eq!(co_staker_part(999, 2_500).unwrap(), 249);
        assert_eq!(co_staker_part(1_000, 0).unwrap(), 0);
        assert_eq!(co_staker_part(1_000, 10_000).unwrap(), 1_000);
        assert!(co_staker_part(1_000, 10_001).is_err());
    }

    proptest! {
        /// Split at every settlement under changing terms: the parts add up to what was earned,
        /// and the co-staker is short of its exact share by less than one scaled unit per
        /// settlement (far below a base unit: INDEX_SCALE is 10^18).
        #[test]
        fn settlements_split_exactly(
            steps in proptest::collection::vec((0u128..=100_000_000_000_000_000_000_000_000_000_000, 0u16..=10_000), 1..60),
        ) {
            let (mut owner, mut co, mut ideal) = (0u128, 0u128, 0u128);
            let mut earned_total = 0u128;
            for (earned, bps) in steps.iter().copied() {
                let part = co_staker_part(earned, bps).unwrap();
                prop_assert!(part <= earned);
                co += part;
                owner += earned - part;
                earned_total += earned;
                ideal += earned * u128::from(bps);
            }
            let settlements = u128::try_from(steps.len()).unwrap();
            prop_assert_eq!(owner + co, earned_total);
            prop_assert!(co * 10_000 <= ideal);
            prop_assert!(ideal < (co + settlements) * 10_000);
            prop_assert!(settlements < INDEX_SCALE);
        }
    }
}
