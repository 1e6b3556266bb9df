//! Stake minimum and rewards base weight of a worker (SPEC section 3).

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath};

use io_common::BPS;

use crate::constants::STAKE_PER_GPU;

/// Minimum stake: 200 IO × max(1, multiplier) × GPUs, with the multiplier in basis points.
/// Exact: 200 IO is a multiple of 10,000 base units.
pub fn min_stake(multiplier_bps: u32, gpus: u16) -> Result<u64> {
    let multiplier = u128::from(multiplier_bps).max(u128::from(BPS));
    let scaled = u128::from(STAKE_PER_GPU)
        .safe_mul(multiplier)?
        .safe_mul(u128::from(gpus))?
        .safe_div(u128::from(BPS))?;
    scaled.safe_cast()
}

/// Base weight told to the rewards program: multiplier (basis points) × GPUs.
pub fn base_weight(multiplier_bps: u32, gpus: u16) -> Result<u64> {
    u64::from(multiplier_bps).safe_mul(u64::from(gpus))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::{MAX_MULTIPLIER_BPS, MAX_WORKER_GPUS};
    use io_common::ONE_IO;
    use proptest::prelude::*;

    #[test]
    fn io_net_minimums() {
        // RTX 4070 (0.25x): the multiplier is raised to 1.
        assert_eq!(min_stake(2_500, 1).unwrap(), 200 * ONE_IO);
        assert_eq!(min_stake(2_500, 4).unwrap(), 800 * ONE_IO);
        // H100 (10x) with 8 GPUs: 200 × 10 × 8 = 16,000 IO.
        assert_eq!(min_stake(100_000, 8).unwrap(), 16_000 * ONE_IO);
        // 1.5x: 300 IO per GPU.
        assert_eq!(min_stake(15_000, 2).unwrap(), 600 * ONE_IO);
        assert_eq!(base_weight(100_000, 8).unwrap(), 800_000);
    }

    proptest! {
        #[test]
        fn minimum_is_at_least_200_io_per_gpu_and_monotone(
            bps in 1u32..=MAX_MULTIPLIER_BPS,
            gpus in 1u16..=MAX_WORKER_GPUS,
        ) {
            let min = min_stake(bps, gpus).unwrap();
            prop_assert!(min >= 200 * ONE_IO * u64::from(gpus));
            prop_assert!(min_stake(bps + 1, gpus).unwrap() >= min);
            prop_assert!(min_stake(bps, gpus + 1).unwrap() > min);
        }
    }
}
