//! What io_cloud grants io_rewards, driven through the real `Worker::lease_at`, `Rental` and
//! io_rewards' `RewardPool` over random sequences of proofs, gaps, stake changes, multiplier
//! changes, rentals and claims:
//! - a worker earns nothing in an hour in which it was never eligible, and everything claimed
//!   plus everything pending stays within what the schedule released;
//! - the busy boost never pays a rental's workers more (above what they would have earned idle)
//!   than the rental's fees in IO (self-dealing does not pay; docs/SECURITY.md).

use anchor_lang::prelude::*;
use io_rewards::math::accumulator::{
    hour_of, Checkpoints, IndexCheckpoint, RewardPool, WeightClass, WeightGrant, WorkerShare,
    CHECKPOINT_SLOTS,
};
use io_rewards::math::emission::released_at;
use proptest::prelude::*;

use super::*;
use crate::math::stake::min_stake;
use io_common::SECONDS_PER_HOUR;

/// An hour-aligned start (hour 472,222).
const T0: i64 = 472_222 * SECONDS_PER_HOUR;
const WORKERS: usize = 3;

fn worker(multiplier_bps: u32, gpus: u16) -> Worker {
    Worker {
        authority: Pubkey::new_unique(),
        device_class: 1,
        region: [0; 8],
        busy: false,
        weight: WorkerWeight::default(),
        rental: Pubkey::default(),
        device_id: [0; 16],
        gpus,
        multiplier_bps,
        price_per_gpu_hour: 1,
        stake_vault: Pubkey::default(),
        staked: 0,
        unstaking: 0,
        unstake_available_at: 0,
        slashed_total: 0,
        has_proof: false,
        last_proof_hour: 0,
        last_proof_ok: false,
        last_proof_hash: [0; 32],
        registered_at: T0,
        seq: 1,
        bump: 255,
        rental_end: 0,
        class_enabled: true,
        ask_io_per_gpu_hour: 1,
        good_hours: 0,
        good_hours_needed: 0,
        assignable: false,
        in_appeal: 0,
        slash_cases: 0,
        co_staker: Pubkey::default(),
        co_offer_max: 0,
        co_share_bps: 0,
        co_staked: 0,
        co_exit_at: 0,
    }
}

#[test]
fn a_co_stake_counts_until_its_exit_notice_ends_and_bounds_the_lease() {
    let mut w = worker(10_000, 1);
    let min = min_stake(10_000, 1).unwrap();
    w.staked = min / 2;
    w.co_staker = Pubkey::new_unique();
    w.co_staked = min - min / 2;
    w.co_share_bps = 2_000;
    let hour = hour_of(T0) + 3;
    w.record_proof(hour, true, [0; 32], 1);
    w.good_hours = 5;
    let now = hour * SECONDS_PER_HOUR + 60;
    let lease = w.lease_at(now).unwrap();
    assert!(lease.weight.eligible);
    assert_eq!(lease.lease_end_hour, hour + 2);
    assert_eq!(w.co_reward_share_bps(), 2_000);

    // The notice ends half-way through the next hour: the lease stops at that hour's start.
    w.co_exit_at = (hour + 1) * SECONDS_PER_HOUR + 1_800;
    assert_eq!(w.co_reward_share_bps(), 0);
    assert_eq!(w.lease_at(now).unwrap().lease_end_hour, hour + 1);
    // Ending within this hour, nothing can be leased; once it has ended the stake is short.
    w.co_exit_at = hour * SECONDS_PER_HOUR + 1_800;
    assert!(!w.lease_at(now).unwrap().weight.eligible);
    assert!(w.is_assignable_at(now).unwrap());
    assert!(!w.is_assignable_at(w.co_exit_at).unwrap());
    // An owner staked to the minimum alone keeps its full lease.
    w.staked = min;
    assert_eq!(w.lease_at(now).unwrap().lease_end_hour, hour + 2);
}

/// The network as io_rewards sees it: the pool, its checkpoints, one share per worker.
struct Rewards {
    pool: RewardPool,
    checkpoints: Checkpoints,
    shares: Vec<WorkerShare>,
    claimed: Vec<u64>,
}

impl Rewards {
    fn new(workers: usize, boost: u32, scale: u16) -> Self {
        Self {
            pool: RewardPool::new(T0, T0, scale, boost),
            checkpoints: [IndexCheckpoint::default(); CHECKPOINT_SLOTS],
            shares: vec![WorkerShare::default(); workers],
            claimed: vec![0; workers],
        }
    }

    /// What io_cloud's `RewardsSync::sync` sends for `worker` at `now`.
    fn sync(&mut self, i: usize, worker: &Worker, now: i64) {
        self.sync_with(i, worker, now, None);
    }

    /// What `RewardsSync::sync_serving` (with `Some((rental, slot, starting))`) sends.
    fn sync_with(
        &mut self,
        i: usize,
        worker: &Worker,
        now: i64,
        serving: Option<(&mut Rental, usize, bool)>,
    ) {
        let lease = worker.lease_at(now).unwrap();
        let (allowance_add, allowance_reset) = match serving {
            Some((rental, slot, starting)) if lease.weight.busy => (
                rental.grant_boost(slot, lease.lease_end_hour).unwrap(),
                starting,
            ),
            Some((_, _, starting)) => (0, starting),
            None => (0, false),
        };
        self.pool.accrue(now, &mut self.checkpoints).unwrap();
        let grant = WeightGrant {
            base_weight: lease.weight.base_weight,
            class: WeightClass::of(lease.weight.eligible, lease.weight.busy),
            lease_end_hour: lease.lease_end_hour,
            allowance_add,
            allowance_reset,
        };
        self.pool
            .set_worker(&mut self.shares[i], grant, &self.checkpoints)
            .unwrap();
    }

    fn claim(&mut self, i: usize, now: i64) {
        self.pool.accrue(now, &mut self.checkpoints).unwrap();
        self.claimed[i] += self
            .pool
            .claim(&mut self.shares[i], &self.checkpoints)
            .unwrap();
    }

    /// Claimed plus pending (scaled) of `i` at `now`, without changing anything.
    fn earned(&self, i: usize, now: i64) -> u128 {
        let (mut pool, mut checkpoints, mut share) = (self.pool, self.checkpoints, self.shares[i]);
        pool.accrue(now, &mut checkpoints).unwrap();
        pool.settle(&mut share, &checkpoints).unwrap();
        u128::from(self.claimed[i]) * io_rewards::constants::INDEX_SCALE + share.accrued
    }
}

#[derive(Clone, Debug)]
enum Op {
    Proof { worker: usize, ok: bool },
    Advance(i64),
    Stake { worker: usize, above_minimum: bool },
    Multiplier { bps: u32 },
    Rent { worker: usize, hours: i64 },
    Release(usize),
    Claim(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..WORKERS, prop::bool::weighted(0.8)).prop_map(|(worker, ok)| Op::Proof { worker, ok }),
        3 => (0i64..=5_400).prop_map(Op::Advance),
        1 => (0i64..=30 * SECONDS_PER_HOUR).prop_map(Op::Advance),
        1 => (0usize..WORKERS, prop::bool::weighted(0.8)).prop_map(|(worker, above_minimum)| Op::Stake { worker, above_minimum }),
        1 => (100u32..=200_000).prop_map(|bps| Op::Multiplier { bps }),
        1 => (0usize..WORKERS, 1i64..=6).prop_map(|(worker, hours)| Op::Rent { worker, hours }),
        1 => (0usize..WORKERS).prop_map(Op::Release),
        1 => (0usize..WORKERS).prop_map(Op::Claim),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_worker_earns_nothing_in_an_hour_it_was_never_eligible(
        ops in prop::collection::vec(op(), 1..120),
    ) {
        let mut workers: Vec<Worker> = (0..WORKERS).map(|_| worker(10_000, 2)).collect();
        let mut rewards = Rewards::new(WORKERS, 20_000, 10_000);
        let mut class_multiplier = 10_000u32;
        let mut now = T0;
        // Per worker: earnings at the start of the current hour, and whether it was eligible
        // at any moment of the current hour.
        let mut at_hour_start = [0u128; WORKERS];
        let mut eligible_this_hour = [false; WORKERS];
        let mark = |workers: &[Worker], eligible: &mut [bool], now: i64| {
            for (flag, w) in eligible.iter_mut().zip(workers) {
                *flag |= w.is_eligible_at(now).unwrap();
            }
        };
        mark(&workers, &mut eligible_this_hour, now);
        for op in ops {
            let target = match op {
                Op::Advance(secs) => now + secs,
                _ => now,
            };
            // Cross each hour boundary on the way, checking the hour that ends there.
            while (hour_of(now) + 1) * SECONDS_PER_HOUR <= target {
                now = (hour_of(now) + 1) * SECONDS_PER_HOUR;
                for i in 0..WORKERS {
                    let earned = rewards.earned(i, now);
                    if !eligible_this_hour[i] {
                        // Equal, or less once a lapsed lease's checkpoint is forgotten.
                        prop_assert!(earned <= at_hour_start[i], "worker {} earned in an ineligible hour", i);
                    }
                    at_hour_start[i] = earned;
                    eligible_this_hour[i] = false;
                }
                mark(&workers, &mut eligible_this_hour, now);
            }
            now = target;
            match op {
                Op::Proof { worker: i, ok } => {
                    let hour = hour_of(now);
                    let w = &mut workers[i];
                    if !w.has_proof || hour > w.last_proof_hour {
                        // One good hour suffices here: these cases test the leases.
                        w.record_proof(hour, ok, [0; 32], 1);
                        w.multiplier_bps = class_multiplier;
                        rewards.sync(i, &workers[i], now);
                    }
                }
                Op::Advance(_) => {}
                Op::Stake { worker: i, above_minimum } => {
                    let w = &mut workers[i];
                    let minimum = min_stake(w.multiplier_bps, w.gpus).unwrap();
                    w.staked = if above_minimum { minimum } else { minimum - 1 };
                    rewards.sync(i, &workers[i], now);
                }
                // Governance: no instruction touches the workers; it applies at their proofs.
                Op::Multiplier { bps } => class_multiplier = bps,
                Op::Rent { worker: i, hours } => {
                    if !workers[i].is_rented() {
                        workers[i].serve(Pubkey::new_unique(), now + hours * SECONDS_PER_HOUR, true);
                        rewards.sync(i, &workers[i], now);
                    }
                }
                // A rental's close: no grant (the busy lease has ended by then, or the worker
                // was released by a replacement, which grants).
                Op::Release(i) => {
                    if workers[i].is_rented() && workers[i].rental_end <= now {
                        workers[i].release();
                    }
                }
                Op::Claim(i) => rewards.claim(i, now),
            }
            mark(&workers, &mut eligible_this_hour, now);
            let total: u128 = (0..WORKERS).map(|i| rewards.earned(i, now)).sum();
            let released = released_at(T0, now).unwrap();
            prop_assert!(total <= u128::from(released) * io_rewards::constants::INDEX_SCALE);
            // A busy lease never outlives the rental's last hour boundary.
            for (w, share) in workers.iter().zip(&rewards.shares) {
                if share.class == WeightClass::Busy && share.lease_end_hour * SECONDS_PER_HOUR > now {
                    prop_assert!(share.lease_end_hour <= hour_of(w.rental_end));
                }
            }
        }
    }
}

/// A booked rental of `gpus` for `hours` at `price` per GPU-hour, its fees at `tender_fee_bps`
/// and the default 0.25% reservation fee in the tender.
fn rental(price: u64, gpus: u16, hours: u32, tender_fee_bps: u16, now: i64) -> Rental {
    let charges =
        crate::math::streaming::charges(price, gpus, hours, tender_fee_bps, 25, false).unwrap();
    let mut rental = super::rental_conservation_tests::booked(price, gpus, now);
    rental.deposit(hours, &charges, now).unwrap();
    rental
}

/// One self-dealing rental: the worker (and a replacement) busy, everyone else idle.
struct SelfDealing {
    boost: u32,
    scale: u16,
    others: u64,
    multiplier: u32,
    gpus: u16,
    hours: u32,
    io_tender: bool,
    usd_per_gpu_hour: u64,
    /// IO price in USD × 10^-8.
    io_price: u64,
    start_hour: i64,
    replace_after: Option<i64>,
    terminate_after: Option<i64>,
}

/// The rental's workers' earnings with the boost as granted (`busy`) or as if they had been
/// idle, and the rental's boost budget and fees in micro-USD.
fn run(case: &SelfDealing, busy: bool) -> (u128, u64, u64) {
    let start = T0 + case.start_hour * SECONDS_PER_HOUR;
    let mut rewards = Rewards::new(3, case.boost, case.scale);
    rewards.pool = RewardPool::new(T0, start, case.scale, case.boost);
    let (price, fee_bps) = if case.io_tender {
        // The renter pays the worker's USD ask in IO at the oracle price.
        let io = u128::from(case.usd_per_gpu_hour) * 100_000_000 * 100 / u128::from(case.io_price);
        (u64::try_from(io.max(1)).unwrap(), 0)
    } else {
        (case.usd_per_gpu_hour, 200)
    };
    let mut rental = rental(price, case.gpus, case.hours, fee_bps, start);
    let terms = TenderTerms {
        is_io: case.io_tender,
        usd_pegged: !case.io_tender,
        decimals: if case.io_tender { 8 } else { 6 },
    };
    let fees_usd = if case.io_tender {
        u64::try_from(u128::from(rental.fees) * u128::from(case.io_price) / 10_000_000_000).unwrap()
    } else {
        rental.fees
    };
    let io_price = IoPrice {
        price: case.io_price,
        exponent: -8,
    };
    let mut dealer = worker(case.multiplier, case.gpus);
    let mut spare = worker(case.multiplier, case.gpus);
    let prove = |w: &mut Worker, now: i64| {
        w.record_proof(hour_of(now), true, [0; 32], 1);
        w.staked = min_stake(w.multiplier_bps, w.gpus).unwrap();
    };
    let mut now = start;
    for w in [&mut dealer, &mut spare] {
        prove(w, now);
    }
    // The rest of the network: `others` idle 1× GPUs as one share, renewed every hour.
    let network = |rewards: &mut Rewards, now: i64| {
        rewards.pool.accrue(now, &mut rewards.checkpoints).unwrap();
        let grant = WeightGrant {
            base_weight: case.others.max(1) * 10_000,
            class: WeightClass::Idle,
            lease_end_hour: hour_of(now) + 2,
            allowance_add: 0,
            allowance_reset: false,
        };
        let share = &mut rewards.shares[0];
        rewards
            .pool
            .set_worker(share, grant, &rewards.checkpoints)
            .unwrap();
    };
    network(&mut rewards, now);
    let assigned = AssignedWorker {
        worker: Pubkey::new_unique(),
        owner: dealer.authority,
        gpus: case.gpus,
    };
    rental.start(&[assigned], now).unwrap();
    rental.boost_budget = rental.fees_in_io(&terms, Some(io_price)).unwrap();
    let budget = rental.boost_budget;
    dealer.serve(Pubkey::new_unique(), rental.end_time, busy);
    rewards.sync_with(1, &dealer, now, Some((&mut rental, 0, true)));
    let (mut serving, mut replaced) = (1usize, false);
    let finish = rental.end_time + 2 * SECONDS_PER_HOUR;
    while now < finish {
        let next = (hour_of(now) + 1) * SECONDS_PER_HOUR;
        let elapsed_hours = (next - start) / SECONDS_PER_HOUR;
        now = next;
        // Each hour: proofs renew every lease.
        network(&mut rewards, now);
        if !replaced && case.replace_after == Some(elapsed_hours) && rental.end_time > now {
            dealer.release();
            prove(&mut dealer, now);
            rewards.sync_with(1, &dealer, now, Some((&mut rental, 0, true)));
            spare.serve(Pubkey::new_unique(), rental.end_time, busy);
            prove(&mut spare, now);
            rewards.sync_with(2, &spare, now, Some((&mut rental, 0, true)));
            (serving, replaced) = (2, true);
        }
        if case.terminate_after == Some(elapsed_hours) && rental.end_time > now {
            rental.terminate(now).unwrap();
            let w = if serving == 1 {
                &mut dealer
            } else {
                &mut spare
            };
            w.serve(Pubkey::new_unique(), rental.end_time, busy);
            rewards.sync_with(serving, w, now, Some((&mut rental, 0, false)));
        }
        for (i, w) in [(1, &mut dealer), (2, &mut spare)] {
            if w.is_rented() && w.rental_end <= now {
                w.release();
            }
            prove(w, now);
            let serving = (i == serving && w.is_rented()).then_some((&mut rental, 0, false));
            rewards.sync_with(i, w, now, serving);
        }
    }
    let earned = rewards.earned(1, now) + rewards.earned(2, now);
    (earned, budget, fees_usd)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Self-dealing does not pay: whatever the governed busy boost and emission scale, the size
    /// of the rest of the network, the worker's class and the rental (IO or USDC, replaced or
    /// terminated early), the rental's workers earn through the boost at most the rental's fees
    /// in IO; valued at the IO price the fees were converted at, at most the fees in USD.
    #[test]
    fn the_busy_boost_never_pays_a_rental_more_than_its_fees(
        boost in io_rewards::constants::MIN_BUSY_BOOST_BPS..=io_rewards::constants::MAX_BUSY_BOOST_BPS,
        scale in 0u16..=10_000,
        others in 0u64..=1_000_000,
        multiplier in 100u32..=1_000_000,
        gpus in 1u16..=64,
        hours in 1u32..=48,
        io_tender in any::<bool>(),
        usd_per_gpu_hour in 1u64..=100_000_000,
        io_price in 100_000u64..=100_000_000_000,
        start_hour in 0i64..175_000,
        replace_after in prop::option::of(0i64..48),
        terminate_after in prop::option::of(0i64..48),
    ) {
        let case = SelfDealing {
            boost, scale, others, multiplier, gpus, hours, io_tender, usd_per_gpu_hour,
            io_price, start_hour, replace_after, terminate_after,
        };
        let (boosted, budget, fees_usd) = run(&case, true);
        let (idle, _, _) = run(&case, false);
        let scale_units = io_rewards::constants::INDEX_SCALE;
        let extra = boosted.saturating_sub(idle) / scale_units;
        // A few base units of rounding per settlement.
        let slack = 2 * u128::from(hours) + 16;
        prop_assert!(extra <= u128::from(budget) + slack, "extra {} budget {}", extra, budget);
        // The extra IO is worth at most the fees at the conversion price (+ one micro-USD per
        // base unit of slack).
        let extra_usd = (extra.saturating_sub(slack)) * u128::from(io_price) / 10_000_000_000;
        prop_assert!(extra_usd <= u128::from(fees_usd) + 1);
    }
}
