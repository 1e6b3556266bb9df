//! Property tests of the Incentive Dynamic Engine: one segment at a time (`Ide::fund`) and the
//! whole pool through `RewardPool::accrue_funded` over random grants, prices, fees, claims,
//! time jumps and mode switches.

use io_common::{BPS, ONE_IO, SECONDS_PER_HOUR};
use io_token::math::cap::Minted;
use proptest::prelude::*;

use crate::constants::*;
use crate::math::accumulator::*;
use crate::math::ide::*;

const START: i64 = 1_700_000_000;
const WORKERS: usize = 3;
/// Pyth's usual IO/USD exponent: price × 10^-8 USD per IO.
const EXPONENT: i32 = -8;

fn params(usd_per_gpu_hour: u64, retire_bps: u16, fee_buffer: u64) -> IdeParams {
    IdeParams {
        mode: RewardMode::Ide,
        usd_per_gpu_hour,
        retire_bps,
        fee_buffer,
    }
}

/// An engine in IDE mode with `price` (× 10^-8 USD per IO) published at `time`.
fn engine(p: IdeParams, price: u64, time: i64, reserve: u64, fees: u64) -> Ide {
    let mut ide = Ide {
        params: p,
        reserve,
        fee_available: fees,
        ..Ide::default()
    };
    ide.set_price(price, EXPONENT, time);
    ide
}

/// `10^(2 − exponent)`: IO base units × price / this = micro-USD (io_credits' scale).
const SCALE: u128 = 10_000_000_000;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// One segment: never pays more than both vaults hold; when they suffice, pays exactly the
    /// IO the USD due buys, within one base unit (`paid × price ≤ due × scale < (paid + 1) ×
    /// price`); the reserve's ledger balances (before + emitted = from reserve + after +
    /// retired) and so does the fee reserve's; at least the governed share of the unneeded fresh
    /// IO is retired.
    #[test]
    fn a_segment_pays_what_is_due_within_what_is_held(
        usd in 1u64..=MAX_USD_PER_GPU_HOUR,
        retire in MIN_RETIRE_BPS..=MAX_RETIRE_BPS,
        price in 1_000_000u64..1_000_000_000_000,
        weight_gpus in 0u128..100_000,
        seconds in 1i64..=SECONDS_PER_HOUR,
        emitted in 0u64..10_000 * ONE_IO,
        reserve in 0u64..10_000 * ONE_IO,
        fees in 0u64..10_000 * ONE_IO,
    ) {
        let end = START + seconds;
        let mut ide = engine(params(usd, retire, 0), price, START, reserve, fees);
        let weight = weight_gpus * u128::from(BPS) * u128::from(BPS);
        let paid = ide.fund(emitted, weight, seconds, end).unwrap();
        let hour = ide.current;

        prop_assert!(paid <= reserve + emitted + fees);
        prop_assert_eq!(paid, hour.io_paid);
        let due = weight * u128::from(usd) * seconds as u128 / (u128::from(BPS) * u128::from(BPS) * 3_600);
        prop_assert_eq!(u128::from(hour.usd_due), due);
        let needed = u128::from(hour.io_needed);
        prop_assert!(needed * u128::from(price) <= due * SCALE);
        prop_assert!(due * SCALE < (needed + 1) * u128::from(price));
        if u128::from(reserve + emitted + fees) >= needed {
            prop_assert_eq!(u128::from(paid), needed);
            prop_assert_eq!(hour.usd_unpaid, 0);
        } else {
            prop_assert_eq!(paid, reserve + emitted + fees);
            prop_assert!(hour.usd_unpaid > 0 || due == 0);
        }
        let from_reserve = paid - hour.from_fees;
        prop_assert_eq!(reserve + emitted, from_reserve + ide.reserve + hour.retired);
        prop_assert_eq!(fees, ide.fee_available + ide.fee_distributed);
        let surplus = u128::from(emitted.saturating_sub(hour.io_needed));
        prop_assert!(u128::from(hour.retired) * u128::from(BPS) <= surplus * u128::from(retire));
        prop_assert!(u128::from(hour.retired + 1) * u128::from(BPS) > surplus * u128::from(retire));
    }

    /// Without a valid price the engine pays nothing, retires nothing and records the USD due
    /// as unpaid; the fresh IO waits in the reserve.
    #[test]
    fn without_a_valid_price_nothing_is_paid_or_retired(
        stale_by in 1i64..100_000,
        emitted in 0u64..10_000 * ONE_IO,
        weight_gpus in 1u128..1_000,
    ) {
        let end = START + IDE_PRICE_VALID_SECONDS + stale_by;
        let mut ide = engine(params(1_000_000, 5_000, 0), 100_000_000, START, 0, ONE_IO);
        let weight = weight_gpus * u128::from(BPS) * u128::from(BPS);
        prop_assert_eq!(ide.fund(emitted, weight, SECONDS_PER_HOUR, end).unwrap(), 0);
        prop_assert_eq!(ide.reserve, emitted);
        prop_assert_eq!(ide.retired, 0);
        prop_assert_eq!(ide.current.usd_unpaid, ide.current.usd_due);
        prop_assert!(ide.current.usd_due > 0);
    }
}

#[derive(Clone, Debug)]
enum Op {
    Grant {
        worker: usize,
        gpus: u64,
        busy: bool,
    },
    Advance(i64),
    Price(u64),
    Fees(u64),
    Claim(usize),
    Mode {
        ide: bool,
        usd: u64,
        retire: u16,
    },
}

/// IO/USD prices from 0.01 to 10 USD, each decade as likely (× 10^-8 USD per IO).
fn price() -> impl Strategy<Value = u64> {
    prop_oneof![
        1_000_000u64..10_000_000,
        10_000_000u64..100_000_000,
        100_000_000u64..1_000_000_000,
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..WORKERS, 0u64..64, any::<bool>()).prop_map(|(worker, gpus, busy)| Op::Grant {
            worker,
            gpus,
            busy
        }),
        (1i64..=2 * SECONDS_PER_HOUR).prop_map(Op::Advance),
        (1i64..=30 * SECONDS_PER_HOUR).prop_map(Op::Advance),
        price().prop_map(Op::Price),
        (0u64..5_000 * ONE_IO).prop_map(Op::Fees),
        (0u64..50_000 * ONE_IO).prop_map(Op::Fees),
        (0usize..WORKERS).prop_map(Op::Claim),
        (
            any::<bool>(),
            1u64..=50_000_000,
            MIN_RETIRE_BPS..=MAX_RETIRE_BPS
        )
            .prop_map(|(ide, usd, retire)| Op::Mode { ide, usd, retire }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The whole pool under random sequences: what the schedule released plus the fees the
    /// engine distributed equals what went to the indices, what waits, what was forgone, the
    /// reserve and what was retired; claims never exceed what was distributed; io_token's ledger
    /// accepts every mint and retirement (minted and retired together never pass 300M, nor the
    /// total 800M), and retired room is never mintable afterwards.
    #[test]
    fn the_pool_balances_and_retired_io_is_never_minted(
        ops in prop::collection::vec(op(), 1..60),
        start_in_ide in any::<bool>(),
        usd in 1u64..=50_000_000,
        price in price(),
    ) {
        let mut pool = RewardPool::new(START, START, DEFAULT_EMISSION_SCALE_BPS, DEFAULT_BUSY_BOOST_BPS);
        let mut checkpoints = [IndexCheckpoint::default(); CHECKPOINT_SLOTS];
        let mut ide = if start_in_ide {
            engine(params(usd, MIN_RETIRE_BPS, 20_000 * ONE_IO), price, START, 0, 0)
        } else {
            Ide::default()
        };
        let mut shares = [WorkerShare::default(); WORKERS];
        let mut ledger = Minted::default().after_genesis().unwrap();
        let mut now = START;
        let mut fee_reserve_balance: u64 = 0;
        for op in ops {
            match op {
                Op::Grant { worker, gpus, busy } => {
                    pool.accrue_funded(now, &mut checkpoints, &mut ide).unwrap();
                    let grant = WeightGrant {
                        base_weight: gpus * BPS,
                        class: WeightClass::of(gpus > 0, busy),
                        lease_end_hour: hour_of(now) + MAX_LEASE_HOURS,
                        allowance_add: u64::MAX / 8,
                        allowance_reset: true,
                    };
                    pool.set_worker(&mut shares[worker], grant, &checkpoints).unwrap();
                }
                Op::Advance(seconds) => now += seconds,
                Op::Price(price) => ide.set_price(price, EXPONENT, now),
                // IO fees reach the fee reserve; the crank counts them (and burns above the
                // buffer) only in IDE mode.
                Op::Fees(amount) => {
                    fee_reserve_balance += amount;
                    if ide.mode() == RewardMode::Ide {
                        let held = ide.fee_reserve_held().unwrap();
                        prop_assert_eq!(ide.receive_fees(fee_reserve_balance).unwrap(), fee_reserve_balance - held);
                        fee_reserve_balance -= ide.burn_above_buffer().unwrap();
                    }
                }
                Op::Claim(worker) => {
                    pool.accrue_funded(now, &mut checkpoints, &mut ide).unwrap();
                    let amount = pool.claim(&mut shares[worker], &checkpoints).unwrap();
                    if amount > 0 {
                        let from_fees = ide.take_from_fees(amount).unwrap();
                        fee_reserve_balance -= from_fees;
                        if amount > from_fees {
                            ledger = ledger.after_emission(amount - from_fees).unwrap();
                        }
                    }
                }
                Op::Mode { ide: on, usd, retire } => {
                    pool.accrue_funded(now, &mut checkpoints, &mut ide).unwrap();
                    let mode = if on { RewardMode::Ide } else { RewardMode::Schedule };
                    let next = IdeParams { mode, usd_per_gpu_hour: usd, retire_bps: retire, fee_buffer: 20_000 * ONE_IO };
                    let from = ide.schedule(next, now).unwrap();
                    prop_assert_eq!(from, hour_of(now) + 1);
                }
            }
            pool.accrue_funded(now, &mut checkpoints, &mut ide).unwrap();
            let retired = ide.take_unreported_retirement().unwrap();
            if retired > 0 {
                ledger = ledger.after_retirement(retired).unwrap();
            }

            prop_assert_eq!(
                u128::from(pool.schedule_released) + u128::from(ide.fee_distributed),
                u128::from(pool.distributed) + u128::from(pool.unallocated) + u128::from(pool.forgone)
                    + u128::from(ide.reserve) + u128::from(ide.retired)
            );
            prop_assert!(pool.claimed <= pool.distributed);
            prop_assert!(fee_reserve_balance >= ide.fee_reserve_held().unwrap());
            prop_assert_eq!(ide.fee_drawn, ide.fee_available + ide.fee_distributed + ide.fee_burned);
            prop_assert!(ledger.emission + ledger.retired <= EMISSION_POOL);
            prop_assert!(ledger.emission <= pool.distributed - ide.fee_distributed);
            prop_assert_eq!(ledger.retired, ide.retired);
        }
        // Whatever is left of the pool can be minted, and not one base unit more.
        let room = EMISSION_POOL - ledger.emission - ledger.retired;
        if room > 0 {
            prop_assert!(ledger.after_emission(room).is_ok());
        }
        prop_assert!(ledger.after_emission(room + 1).is_err());
    }
}
