//! Conservation of a rental's tender over random sequences of book / assign / settle / extend /
//! down / up / replace / terminate / close, driven through the same `Rental` methods the
//! instructions call. A ledger plays the token accounts: renter deposits, worker payments,
//! supplier fees, refunds, renter fees, escrow. After every step, `deposited = paid net +
//! supplier fees + refunded + fees + escrow`, the escrow never goes negative and equals
//! `Rental::escrow_balance`, no worker is paid more than it streamed, each slot's supplier fees
//! are the fee of its gross pay exactly (never rounded more than once), and a refused step
//! leaves the rental unchanged.

use anchor_lang::prelude::*;
use proptest::prelude::*;

use super::rental::*;
use io_common::SECONDS_PER_HOUR;

use crate::constants::MAX_RENTAL_WORKERS;
use crate::instructions::RentalBookArgs;
use crate::math::streaming::{accrued, charges};
use io_credits::math::fees::fee_of;

#[derive(Clone, Debug)]
enum Op {
    Assign(u8),
    Advance(u32),
    Settle,
    Extend(u8),
    Down(u8),
    Up(u8),
    Replace(u8),
    Terminate,
    Close,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (1u8..=8).prop_map(Op::Assign),
        (0u32..=3 * 3_600).prop_map(Op::Advance),
        (0u32..=120).prop_map(Op::Advance),
        Just(Op::Settle),
        (0u8..=3).prop_map(Op::Extend),
        (0u8..8).prop_map(Op::Down),
        (0u8..8).prop_map(Op::Up),
        (0u8..8).prop_map(Op::Replace),
        Just(Op::Terminate),
        Just(Op::Close),
    ]
}

#[derive(Default, Debug)]
struct Ledger {
    deposited: i128,
    paid: i128,
    supplier_fees: i128,
    refunded: i128,
    fees: i128,
    escrow: i128,
}

impl Ledger {
    fn deposit(&mut self, principal: u64, fees: u64) {
        self.deposited += i128::from(principal) + i128::from(fees);
        self.fees += i128::from(fees);
        self.escrow += i128::from(principal);
    }
    fn pay(&mut self, payout: Payout) {
        self.paid += i128::from(payout.net);
        self.supplier_fees += i128::from(payout.fee);
        self.escrow -= i128::from(payout.net) + i128::from(payout.fee);
    }
    fn refund(&mut self, amount: u64) {
        self.refunded += i128::from(amount);
        self.escrow -= i128::from(amount);
    }
}

fn key(n: u64) -> Pubkey {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&n.to_le_bytes());
    bytes[31] = 1;
    Pubkey::new_from_array(bytes)
}

/// A booked rental with nothing deposited yet, its workers paying no supplier fee (shared with
/// the rewards lease tests).
pub(super) fn booked(price: u64, gpus: u16, now: i64) -> Rental {
    booked_at_rate(price, gpus, 0, now)
}

/// A booked rental whose workers pay `supplier_fee_bps`.
fn booked_at_rate(price: u64, gpus: u16, supplier_fee_bps: u16, now: i64) -> Rental {
    let args = RentalBookArgs {
        nonce: 7,
        device_class: 1,
        gpus,
        hours: 0,
        price_per_gpu_hour: price,
        region: [0; 8],
        reservation_in_iosd: false,
    };
    Rental::booked(key(0), &args, key(1), key(2), supplier_fee_bps, now, 255)
}

/// Splits `gpus` over `count` workers (at least one GPU each).
fn split(gpus: u16, count: u8, first_key: u64) -> Vec<AssignedWorker> {
    let count = u16::from(count)
        .min(gpus)
        .min(u16::from(MAX_RENTAL_WORKERS))
        .max(1);
    (0..count)
        .map(|i| AssignedWorker {
            worker: key(first_key + u64::from(i)),
            owner: key(1_000 + first_key + u64::from(i)),
            gpus: if i + 1 == count {
                gpus - (count - 1) * (gpus / count)
            } else {
                gpus / count
            },
        })
        .collect()
}

fn check(rental: &Rental, ledger: &Ledger) -> std::result::Result<(), TestCaseError> {
    prop_assert_eq!(
        ledger.deposited,
        ledger.paid + ledger.supplier_fees + ledger.refunded + ledger.fees + ledger.escrow,
        "deposited = paid + supplier fees + refunded + fees + escrow"
    );
    prop_assert!(ledger.escrow >= 0, "escrow went negative: {:?}", ledger);
    prop_assert_eq!(ledger.escrow, i128::from(rental.escrow_balance().unwrap()));
    prop_assert_eq!(ledger.paid, i128::from(rental.paid));
    prop_assert_eq!(ledger.supplier_fees, i128::from(rental.supplier_fees));
    prop_assert_eq!(ledger.refunded, i128::from(rental.refunded));
    prop_assert_eq!(ledger.deposited, i128::from(rental.deposited().unwrap()));
    for a in &rental.assignments {
        let streamed = accrued(rental.price_per_gpu_hour, a.gpus, a.active_seconds).unwrap();
        let gross = a.gross_paid().unwrap();
        prop_assert!(gross <= streamed, "paid beyond what streamed: {:?}", a);
        prop_assert_eq!(a.fees, fee_of(gross, rental.supplier_fee_bps).unwrap());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn deposited_equals_paid_supplier_fees_refunded_fees_and_escrow_always(
        price in 1u64..=5_000_000_000,
        gpus in 1u16..=16,
        hours in 1u32..=6,
        fee_bps in prop_oneof![Just(0u16), Just(200u16), 0u16..=1_000],
        iosd in any::<bool>(),
        ops in proptest::collection::vec(op(), 1..60),
    ) {
        let mut now: i64 = 1_700_000_000;
        let mut ledger = Ledger::default();
        let mut rental = booked_at_rate(price, gpus, fee_bps + 25, now);
        let booking = charges(price, gpus, hours, fee_bps, 25, iosd).unwrap();
        rental.deposit(hours, &booking, now).unwrap();
        ledger.deposit(booking.principal, booking.fees().unwrap());
        check(&rental, &ledger)?;

        let mut next_key = 10u64;
        let mut closed = false;
        for op in ops {
            if closed {
                break;
            }
            let before = rental.clone();
            let outcome: Result<()> = match op {
                Op::Advance(seconds) => {
                    now += i64::from(seconds);
                    Ok(())
                }
                Op::Assign(count) => {
                    let workers = split(gpus, count, next_key);
                    next_key += 8;
                    rental.start(&workers, now)
                }
                Op::Settle => rental.settle(now).map(|payouts| payouts.into_iter().for_each(|p| ledger.pay(p))),
                Op::Extend(extra) => charges(price, gpus, u32::from(extra), fee_bps, 25, iosd)
                    .and_then(|more| {
                        rental.deposit(u32::from(extra), &more, now)?;
                        ledger.deposit(more.principal, more.fees()?);
                        Ok(())
                    }),
                Op::Down(slot) => rental.report_down(usize::from(slot), now),
                Op::Up(slot) => rental.report_up(usize::from(slot), now),
                Op::Replace(slot) => {
                    let gpus_of_slot = rental.assignments.get(usize::from(slot)).map_or(1, |a| a.gpus);
                    let next = AssignedWorker { worker: key(next_key), owner: key(next_key + 1), gpus: gpus_of_slot };
                    next_key += 2;
                    rental.replace(usize::from(slot), &next, now).map(|(payout, _)| ledger.pay(payout))
                }
                Op::Terminate => rental.terminate(now).map(|refund| ledger.refund(refund)),
                Op::Close => rental.close_out(now).map(|(dues, refund)| {
                    dues.into_iter().for_each(|p| ledger.pay(p));
                    ledger.refund(refund);
                    closed = true;
                }),
            };
            if outcome.is_err() {
                prop_assert_eq!(&rental, &before, "a refused step changed the rental");
            }
            check(&rental, &ledger)?;
        }
        if closed {
            prop_assert_eq!(ledger.escrow, 0, "close leaves nothing in escrow");
        }
    }

    /// A worker reported down for `down` seconds after its first hour is paid exactly for the
    /// seconds it streamed; the renter gets the down time back at close.
    #[test]
    fn down_time_returns_to_the_renter(
        price in 1u64..=5_000_000_000,
        gpus in 1u16..=8,
        up_first in 3_600u32..=7_200,
        down in 1u32..=3_600,
    ) {
        let mut now: i64 = 1_700_000_000;
        let mut rental = booked_at_rate(price, gpus, 225, now);
        let booking = charges(price, gpus, 4, 200, 25, false).unwrap();
        rental.deposit(4, &booking, now).unwrap();
        rental.start(&split(gpus, 1, 10), now).unwrap();
        now += i64::from(up_first);
        rental.report_down(0, now).unwrap();
        now += i64::from(down);
        rental.report_up(0, now).unwrap();
        now = rental.end_time;
        let (dues, refund) = rental.close_out(now).unwrap();
        let streamed = 4 * 3_600 - u64::from(down);
        let earned = accrued(price, gpus, streamed).unwrap();
        prop_assert_eq!(dues[0].gross().unwrap(), earned);
        prop_assert_eq!(dues[0].fee, fee_of(earned, 225).unwrap());
        prop_assert_eq!(refund, booking.principal - earned);
        prop_assert_eq!(rental.assignments[0].down_seconds, u64::from(down));
    }
}

#[test]
fn a_worker_stopping_in_its_first_hour_is_not_paid_for_it() {
    let price = 3_600_000; // 1,000 base units per GPU-second
    let mut now: i64 = 1_700_000_000;
    let mut rental = booked(price, 1, now);
    rental
        .deposit(3, &charges(price, 1, 3, 200, 25, false).unwrap(), now)
        .unwrap();
    rental.start(&split(1, 1, 10), now).unwrap();
    now += 1_800;
    // Nothing is payable within the first hour.
    assert!(rental.clone().settle(now).is_err());
    rental.report_down(0, now).unwrap();
    assert_eq!(rental.assignments[0].forfeited_seconds, 1_800);
    assert_eq!(rental.assignments[0].active_seconds, 0);
    now += 600;
    rental.report_up(0, now).unwrap();
    now = rental.end_time;
    let (dues, refund) = rental.close_out(now).unwrap();
    // Streamed 3 h − 40 min after coming back up; 40 minutes go back to the renter.
    assert_eq!(dues[0].net, 1_000 * (3 * 3_600 - 2_400));
    assert_eq!(refund, 1_000 * 2_400);
    assert_eq!(rental.escrow_balance().unwrap(), 0);
}

#[test]
fn early_termination_keeps_the_first_hour() {
    let price = 3_600_000;
    let mut now: i64 = 1_700_000_000;
    let mut rental = booked(price, 2, now);
    rental
        .deposit(5, &charges(price, 2, 5, 0, 25, false).unwrap(), now)
        .unwrap();
    rental.start(&split(2, 2, 10), now).unwrap();
    now += 600;
    // Terminated 10 minutes in: the rental runs to the end of its first hour.
    let refund = rental.terminate(now).unwrap();
    assert_eq!(refund, 2 * 1_000 * 4 * 3_600);
    assert_eq!(rental.end_time, rental.start_time + SECONDS_PER_HOUR);
    assert!(rental.close_out(now).is_err());
    let (dues, rest) = rental.close_out(rental.end_time).unwrap();
    let paid = Payout {
        net: 3_600_000,
        fee: 0,
    };
    assert_eq!(dues, vec![paid, paid]);
    assert_eq!(rest, 0);
}

#[test]
fn a_usdc_worker_pays_the_reservation_and_tender_rates_on_its_pay() {
    // 1 USDC per GPU-hour, 2 GPUs, 2 hours, settled after 90 minutes and at the end.
    let price = 1_000_000;
    let mut now: i64 = 1_700_000_000;
    let mut rental = booked_at_rate(price, 2, 225, now);
    rental
        .deposit(2, &charges(price, 2, 2, 200, 25, false).unwrap(), now)
        .unwrap();
    rental.start(&split(2, 1, 10), now).unwrap();
    now += 5_400;
    let first = rental.settle(now).unwrap();
    // 3 USDC streamed: 2.25% of it, 67,500, is the fee.
    assert_eq!(
        first,
        vec![Payout {
            net: 2_932_500,
            fee: 67_500
        }]
    );
    let (last, refund) = rental.close_out(rental.end_time).unwrap();
    assert_eq!(
        last,
        vec![Payout {
            net: 977_500,
            fee: 22_500
        }]
    );
    assert_eq!(refund, 0);
    assert_eq!(rental.paid, 3_910_000);
    assert_eq!(rental.supplier_fees, 90_000);
}
