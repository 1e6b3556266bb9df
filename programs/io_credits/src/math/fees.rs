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

/// The rate a worker pays on what a rental pays it (io.net: suppliers pay the renters'
/// structure): the reservation rate plus the tender's rate, so 2.25% in USDC and 0.25% in IO.
pub fn supplier_fee_bps(tender_fee_bps: u16, reservation_fee_bps: u16) -> Result<u16> {
    tender_fee_bps.safe_add(reservation_fee_bps)
}

/// The supplier fee of a payout that takes a worker's gross pay from `before` to `after`: the
/// fee of the new total less the fee of the old, so a stream's fees round up (in the protocol's
/// favour) by less than one base unit in all, however often it is settled.
pub fn supplier_fee(before: u64, after: u64, bps: u16) -> Result<u64> {
    fee_of(after, bps)?.safe_sub(fee_of(before, bps)?)
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

    #[test]
    fn suppliers_pay_the_reservation_and_tender_rates() {
        let usdc = supplier_fee_bps(NON_IO_TENDER_FEE_BPS, RESERVATION_FEE_BPS).unwrap();
        assert_eq!(usdc, 225);
        assert_eq!(supplier_fee(0, 10_000_000, usdc).unwrap(), 225_000);
        let io = supplier_fee_bps(IO_TENDER_FEE_BPS, RESERVATION_FEE_BPS).unwrap();
        assert_eq!(supplier_fee(0, 10_000_000, io).unwrap(), 25_000);
        // 1 unit then 1 more: the first rounds up to 1, the second owes nothing more.
        assert_eq!(supplier_fee(0, 1, usdc).unwrap(), 1);
        assert_eq!(supplier_fee(1, 2, usdc).unwrap(), 0);
    }

    proptest! {
        #[test]
        fn supplier_fees_in_pieces_equal_the_fee_of_the_whole(
            cuts in proptest::collection::vec(0u64..=1_000_000_000_000, 1..12),
            bps in 0u16..=1_100,
        ) {
            let mut points = cuts.clone();
            points.sort_unstable();
            let mut before = 0;
            let mut total = 0;
            for after in points.iter().copied() {
                let fee = supplier_fee(before, after, bps).unwrap();
                prop_assert!(fee <= after - before);
                total += fee;
                before = after;
            }
            prop_assert_eq!(total, fee_of(before, bps).unwrap());
        }

        #[test]
        fn fees_round_up_by_less_than_one_unit(amount in any::<u64>(), bps in 0u16..=10_000) {
            let fee = fee_of(amount, bps).unwrap();
            let exact = u128::from(amount) * u128::from(bps);
            prop_assert!(u128::from(fee) * 10_000 >= exact);
            prop_assert!(u128::from(fee) * 10_000 < exact + 10_000);
        }
    }
}
