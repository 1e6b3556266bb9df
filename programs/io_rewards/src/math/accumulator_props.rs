//! Property tests of the accumulator over random grants, lapses, claims, time jumps and
//! parameter changes.

use io_common::SECONDS_PER_HOUR;
use proptest::prelude::*;

use crate::constants::*;
use crate::math::accumulator::*;
use crate::math::emission::released_at;

const START: i64 = 1_700_000_000;
const WORKERS: usize = 4;

#[derive(Clone, Debug)]
enum Op {
    Grant {
        worker: usize,
        base: u64,
        eligible: bool,
        busy: bool,
        lease_ahead: i64,
        allowance: u64,
        reset: bool,
    },
    Claim(usize),
    Advance(i64),
    Scale(u16),
    Boost(u32),
    Crank,
}

fn op() -> impl Strategy<Value = Op> {
    let grant = |bases: BoxedStrategy<u64>| {
        (
            0usize..WORKERS,
            bases,
            any::<bool>(),
            any::<bool>(),
            1i64..=MAX_LEASE_HOURS,
            0u64..1_000_000_000_000,
            prop::bool::weighted(0.2),
        )
            .prop_map(
                |(worker, base, eligible, busy, lease_ahead, allowance, reset)| Op::Grant {
                    worker,
                    base,
                    eligible,
                    busy,
                    lease_ahead,
                    allowance,
                    reset,
                },
            )
    };
    prop_oneof![
        grant((0u64..=MAX_BASE_WEIGHT).boxed()),
        grant((0u64..50).boxed()),
        grant((0u64..50).boxed()),
        (0usize..WORKERS).prop_map(Op::Claim),
        (0i64..7_200).prop_map(Op::Advance),
        (0i64..=60 * SECONDS_PER_HOUR).prop_map(Op::Advance),
        (0i64..=10_000 * SECONDS_PER_HOUR).prop_map(Op::Advance),
        (0u16..=MAX_EMISSION_SCALE_BPS).prop_map(Op::Scale),
        (MIN_BUSY_BOOST_BPS..=MAX_BUSY_BOOST_BPS).prop_map(Op::Boost),
        Just(Op::Crank),
    ]
}

/// What the test knows of a worker independently of its share.
#[derive(Clone, Copy, Default)]
struct Model {
    paid: u64,
    /// Allowance granted, ever (revocations not subtracted).
    allowance_granted: u128,
    /// What its weight would have earned idle while it held weight (scaled), ever.
    idle_counterfactual: u128,
    /// `accrued` once its lease had lapsed, until it is granted weight again.
    frozen: Option<u128>,
}

/// The idle counterfactual a settlement of `share` adds (mirrors the lease-end rule).
fn idle_delta(pool: &RewardPool, share: &WorkerShare, checkpoints: &Checkpoints) -> u128 {
    if share.class == WeightClass::None {
        return 0;
    }
    let idle = if share.lease_end_hour * SECONDS_PER_HOUR > pool.last_accrual {
        pool.index_idle
    } else {
        let slot = checkpoints[share.lease_end_hour.rem_euclid(CHECKPOINT_SLOTS as i64) as usize];
        if slot.hour == share.lease_end_hour {
            slot.index_idle
        } else {
            share.idle_snapshot
        }
    };
    u128::from(share.base_weight) * (idle - share.idle_snapshot)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Over random sequences: everything claimed plus everything pending never exceeds what the
    /// schedule has released; the ledgers balance; a share earns nothing after its lease ends
    /// (until granted again); and a worker is never paid more than its idle counterfactual plus
    /// the boost allowance it was granted.
    #[test]
    fn claimed_plus_pending_never_exceeds_the_released_schedule(
        ops in prop::collection::vec(op(), 1..80),
        start_offset in 0i64..(20 * SECONDS_PER_HOUR),
    ) {
        let mut pool = RewardPool::new(START + start_offset, START, DEFAULT_EMISSION_SCALE_BPS, DEFAULT_BUSY_BOOST_BPS);
        let mut checkpoints = [IndexCheckpoint::default(); CHECKPOINT_SLOTS];
        let mut workers = [WorkerShare::default(); WORKERS];
        let mut models = [Model::default(); WORKERS];
        let mut now = START;
        for op in ops {
            match op {
                Op::Grant { worker, base, eligible, busy, lease_ahead, allowance, reset } => {
                    pool.accrue(now, &mut checkpoints).unwrap();
                    models[worker].idle_counterfactual += idle_delta(&pool, &workers[worker], &checkpoints);
                    let grant = WeightGrant {
                        base_weight: base,
                        class: WeightClass::of(eligible, busy),
                        lease_end_hour: hour_of(now) + lease_ahead,
                        allowance_add: allowance,
                        allowance_reset: reset,
                    };
                    pool.set_worker(&mut workers[worker], grant, &checkpoints).unwrap();
                    models[worker].allowance_granted += u128::from(allowance);
                    models[worker].frozen = None;
                }
                Op::Claim(worker) => {
                    pool.accrue(now, &mut checkpoints).unwrap();
                    models[worker].idle_counterfactual += idle_delta(&pool, &workers[worker], &checkpoints);
                    let before = pool.pending(&workers[worker], &checkpoints).unwrap();
                    let amount = pool.claim(&mut workers[worker], &checkpoints).unwrap();
                    prop_assert_eq!(amount, before);
                    models[worker].paid += amount;
                    if models[worker].frozen.is_some() {
                        models[worker].frozen = Some(workers[worker].accrued);
                    }
                }
                Op::Advance(secs) => now += secs,
                Op::Scale(bps) => {
                    pool.accrue(now, &mut checkpoints).unwrap();
                    pool.emission_scale_bps = bps;
                }
                Op::Boost(bps) => {
                    pool.accrue(now, &mut checkpoints).unwrap();
                    pool.busy_boost_bps = bps;
                }
                Op::Crank => pool.accrue(now, &mut checkpoints).unwrap(),
            }
            // A view at `now` of what every worker could claim.
            let mut view = pool;
            let mut view_checkpoints = checkpoints;
            view.accrue(now, &mut view_checkpoints).unwrap();
            let pending: u64 = workers.iter().map(|w| view.pending(w, &view_checkpoints).unwrap()).sum();
            let claimed: u64 = models.iter().map(|m| m.paid).sum();
            let released = released_at(view.start_time, now).unwrap();
            prop_assert!(claimed + pending <= released);
            prop_assert!(claimed + pending <= view.distributed);
            prop_assert_eq!(claimed, view.claimed);
            prop_assert!(released <= EMISSION_POOL);
            prop_assert_eq!(view.schedule_released, view.distributed + view.unallocated + view.forgone);
            let mut earned_scaled: u128 = 0;
            for (worker, model) in workers.iter().zip(models.iter_mut()) {
                let mut settled = *worker;
                let idle = model.idle_counterfactual + idle_delta(&view, worker, &view_checkpoints);
                view.settle(&mut settled, &view_checkpoints).unwrap();
                earned_scaled += settled.accrued;
                // The boost never pays beyond the allowance granted.
                let total = u128::from(model.paid) * INDEX_SCALE + settled.accrued;
                prop_assert!(total <= idle + model.allowance_granted * INDEX_SCALE);
                // Nothing is earned after a lease ends.
                let lapsed = worker.class != WeightClass::None && worker.lease_end_hour * SECONDS_PER_HOUR <= now;
                if lapsed || worker.class == WeightClass::None {
                    match model.frozen {
                        // Equal, or less once its checkpoint is gone (forfeited).
                        Some(frozen) => prop_assert!(settled.accrued <= frozen),
                        None => model.frozen = Some(settled.accrued),
                    }
                }
            }
            prop_assert!(
                u128::from(view.distributed) * INDEX_SCALE
                    >= u128::from(claimed) * INDEX_SCALE + earned_scaled + view.dust + view.boost_withheld
            );
            // Live weight is exactly what the live leases hold.
            let live = |class: WeightClass| -> u64 {
                workers.iter()
                    .filter(|w| w.class == class && w.lease_end_hour * SECONDS_PER_HOUR > view.last_accrual)
                    .map(|w| w.base_weight)
                    .sum()
            };
            prop_assert_eq!(view.idle_weight, live(WeightClass::Idle));
            prop_assert_eq!(view.busy_weight, live(WeightClass::Busy));
            if view.total_weight().unwrap() > 0 {
                prop_assert_eq!(view.unallocated, 0);
            }
        }
    }
}
