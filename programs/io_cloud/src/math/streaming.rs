//! Per-second streaming of a rental's escrow to its workers (SPEC section 3).
//!
//! Prices are per GPU-hour in the tender's base units. A worker's pay is computed from the
//! cumulative seconds it has streamed, never summed from per-second pieces, so rounding never
//! accumulates: `accrued = ⌊price × gpus × seconds / 3600⌋` (rounded down, in the renter's
//! favour, by less than one base unit per worker).

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, SECONDS_PER_HOUR};

fn to_u64(value: u128) -> Result<u64> {
    value.safe_cast()
}

/// What a booking of `hours` for `gpus` GPUs at `price_per_gpu_hour` deposits into escrow.
pub fn principal(price_per_gpu_hour: u64, gpus: u16, hours: u32) -> Result<u64> {
    let total = u128::from(price_per_gpu_hour)
        .safe_mul(u128::from(gpus))?
        .safe_mul(u128::from(hours))?;
    to_u64(total)
}

/// What `gpus` GPUs have earned over `seconds` of streaming: price per GPU-second × GPUs ×
/// seconds, rounded down.
pub fn accrued(price_per_gpu_hour: u64, gpus: u16, seconds: u64) -> Result<u64> {
    let scaled = u128::from(price_per_gpu_hour)
        .safe_mul(u128::from(gpus))?
        .safe_mul(u128::from(seconds))?;
    to_u64(scaled.safe_div(SECONDS_PER_HOUR as u128)?)
}

/// What a worker may be paid of what it has accrued: nothing until it has served a full hour,
/// unless the rental has ended with it still streaming (its first hour is held back so that a
/// worker that stops within it is not paid for it).
pub fn payable(price_per_gpu_hour: u64, gpus: u16, seconds: u64, ended: bool) -> Result<u64> {
    if seconds < SECONDS_PER_HOUR as u64 && !ended {
        return Ok(0);
    }
    accrued(price_per_gpu_hour, gpus, seconds)
}

/// What a booking (or an extension) charges the renter, in the tender's base units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Charges {
    /// Price × GPUs × hours: into the rental's escrow.
    pub principal: u64,
    /// The tender fee (io_credits: 2% non-IO, 0% IO): into the tender's fee vault.
    pub tender_fee: u64,
    /// The governed reservation fee (io_credits' `reservation_fee_bps`) in the tender: into the
    /// fee vault, or 0 here when paid in IOSD.
    pub reservation_fee: u64,
    /// The reservation fee in IOSD micro-USD (burned) when paid that way, else 0.
    pub reservation_fee_iosd: u64,
}

impl Charges {
    /// Everything the renter pays in the tender.
    pub fn total(&self) -> Result<u64> {
        self.principal
            .safe_add(self.tender_fee)?
            .safe_add(self.reservation_fee)
    }

    /// Fees taken from the tender.
    pub fn fees(&self) -> Result<u64> {
        self.tender_fee.safe_add(self.reservation_fee)
    }
}

/// The charges of booking `hours` at `price_per_gpu_hour` for `gpus` GPUs in a tender charging
/// `tender_fee_bps`, with io_credits' governed `reservation_fee_bps`, paid in the tender or
/// (a USD-pegged tender's principal being micro-USD) in IOSD.
pub fn charges(
    price_per_gpu_hour: u64,
    gpus: u16,
    hours: u32,
    tender_fee_bps: u16,
    reservation_fee_bps: u16,
    reservation_in_iosd: bool,
) -> Result<Charges> {
    let principal = principal(price_per_gpu_hour, gpus, hours)?;
    let reservation = io_credits::math::fees::fee_of(principal, reservation_fee_bps)?;
    let (reservation_fee, reservation_fee_iosd) = if reservation_in_iosd {
        (0, reservation)
    } else {
        (reservation, 0)
    };
    Ok(Charges {
        principal,
        tender_fee: io_credits::math::fees::tender_fee(principal, tender_fee_bps)?,
        reservation_fee,
        reservation_fee_iosd,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn streams_per_second_rounded_down() {
        // 2.50 USDC per GPU-hour, 4 GPUs: 10 USDC an hour, 2,777.77 micro-USDC a second.
        assert_eq!(principal(2_500_000, 4, 3).unwrap(), 30_000_000);
        assert_eq!(accrued(2_500_000, 4, 1).unwrap(), 2_777);
        assert_eq!(accrued(2_500_000, 4, 3_600).unwrap(), 10_000_000);
        assert_eq!(accrued(2_500_000, 4, 3_601).unwrap(), 10_002_777);
        assert_eq!(payable(2_500_000, 4, 3_599, false).unwrap(), 0);
        assert_eq!(payable(2_500_000, 4, 3_599, true).unwrap(), 9_997_222);
        assert_eq!(payable(2_500_000, 4, 3_600, false).unwrap(), 10_000_000);
    }

    #[test]
    fn charges_follow_the_io_credits_fees() {
        // 1,000 USDC of GPU time: 2% tender fee, 0.25% reservation.
        let usdc = charges(1_000_000, 10, 100, 200, 25, false).unwrap();
        assert_eq!(usdc.principal, 1_000_000_000);
        assert_eq!(usdc.tender_fee, 20_000_000);
        assert_eq!(usdc.reservation_fee, 2_500_000);
        assert_eq!(usdc.total().unwrap(), 1_022_500_000);
        let io = charges(1_000_000, 10, 100, 0, 25, true).unwrap();
        assert_eq!(io.fees().unwrap(), 0);
        assert_eq!(io.reservation_fee_iosd, 2_500_000);
        // The governed rate applies: 1% after a vote.
        let governed = charges(1_000_000, 10, 100, 200, 100, false).unwrap();
        assert_eq!(governed.reservation_fee, 10_000_000);
    }

    #[test]
    fn overflow_is_an_error() {
        assert!(principal(u64::MAX, 2, 1).is_err());
        assert!(accrued(u64::MAX, u16::MAX, u64::MAX).is_err());
    }

    proptest! {
        #[test]
        fn accrual_is_monotone_and_bounded_by_the_principal(
            price in 0u64..=1_000_000_000_000,
            gpus in 1u16..=64,
            hours in 1u32..=8_760,
            a in 0u64..=31_536_000,
            b in 0u64..=31_536_000,
        ) {
            let (lo, hi) = (a.min(b), a.max(b));
            prop_assert!(accrued(price, gpus, lo).unwrap() <= accrued(price, gpus, hi).unwrap());
            let booked = u64::from(hours) * 3_600;
            let cap = principal(price, gpus, hours).unwrap();
            prop_assert!(accrued(price, gpus, lo.min(booked)).unwrap() <= cap);
            // Two workers splitting the same seconds never earn more than one would.
            let split = accrued(price, gpus, lo).unwrap() + accrued(price, gpus, hi - lo).unwrap();
            prop_assert!(split <= accrued(price, gpus, hi).unwrap());
        }
    }
}
