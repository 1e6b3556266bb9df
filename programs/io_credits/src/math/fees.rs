//! Fees of a payment, rounded in the protocol's favour (up) by at most one base unit.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, BPS};

/// Fee on a payment in a non-IO tender (USDC): 2%.
pub const NON_IO_TENDER_FEE_BPS: u16 = 200;
/// Fee on a payment in IO: none.
pub const IO_TENDER_FEE_BPS: u16 = 0;
/// Reservation fee on every booking: 0.25%.
pub const RESERVATION_FEE_BPS: u16 = 25;

/// `amount × bps / 10,000`, rounded up.
pub fn fee_of(amount: u64, bps: u16) -> Result<u64> {
    let scaled = u128::from(amount).safe_mul(u128::from(bps))?;
    scaled.safe_div_ceil(u128::from(BPS))?.safe_cast()
}

/// The tender fee of a payment of `amount` in a tender charging `fee_bps`.
pub fn tender_fee(amount: u64, fee_bps: u16) -> Result<u64> {
    fee_of(amount, fee_bps)
}

/// The 0.25% reservation fee of a booking worth `amount`.
pub fn reservation_fee(amount: u64) -> Result<u64> {
    fee_of(amount, RESERVATION_FEE_BPS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn two_percent_on_usdc_none_on_io_quarter_percent_reservation() {
        assert_eq!(
            tender_fee(1_000_000, NON_IO_TENDER_FEE_BPS).unwrap(),
            20_000
        );
        assert_eq!(tender_fee(1_000_000, IO_TENDER_FEE_BPS).unwrap(), 0);
        assert_eq!(reservation_fee(1_000_000).unwrap(), 2_500);
        assert_eq!(tender_fee(1, NON_IO_TENDER_FEE_BPS).unwrap(), 1);
        assert_eq!(reservation_fee(399).unwrap(), 1);
        assert_eq!(reservation_fee(0).unwrap(), 0);
    }

    proptest! {
        #[test]
        fn fees_round_up_by_less_than_one_unit(amount in any::<u64>(), bps in 0u16..=10_000) {
            let fee = fee_of(amount, bps).unwrap();
            let exact = u128::from(amount) * u128::from(bps);
            prop_assert!(u128::from(fee) * 10_000 >= exact);
            prop_assert!(u128::from(fee) * 10_000 < exact + 10_000);
        }
    }
}
