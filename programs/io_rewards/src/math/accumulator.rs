//! The reward-per-weight accumulator: O(1) streamed block rewards whatever the number of workers
//! or the time since a worker last claimed.
//!
//! Weights are counted in two classes so that a change of the governed busy boost applies to
//! every busy worker at once, in O(1):
//! - an eligible idle worker weighs `base_weight × BPS` (1×),
//! - an eligible busy worker weighs `base_weight × busy_boost_bps`,
//! - an ineligible worker weighs nothing.
//!
//! The pool's total weight is `W = idle_weight × BPS + busy_weight × busy_boost_bps`. Accruing an
//! amount `A` (base units) adds `step = (A × INDEX_SCALE + dust) / W` per weight unit, that is
//! `step × BPS` to `index_idle` and `step × busy_boost_bps` to `index_busy`; the remainder of the
//! division stays in `dust` for the next accrual, so nothing is lost to rounding. A worker earns
//! `base_weight × (index of its class − its snapshot)`, kept at `INDEX_SCALE` in `accrued` until
//! it claims whole base units.
//!
//! Ledger identities (checked by the property test below):
//! - `schedule_released = distributed + unallocated + forgone`;
//! - `distributed × INDEX_SCALE = claimed × INDEX_SCALE + Σ workers' earned (scaled) + dust`.
//!
//! **Zero total weight**: emissions released while no worker has weight are not lost. They wait
//! in `unallocated` and are added to the indices at the first accrual at which the total weight
//! is positive, i.e. paid pro rata to the workers holding weight at that moment (on top of what
//! the schedule releases from then on). Emissions withheld by an emission scale below 100% are
//! counted in `forgone` and never emitted later.

use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::{BPS, INDEX_SCALE};
use crate::math::emission::released_at;

/// Which reward index a worker earns from.
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub enum WeightClass {
    /// Ineligible: weighs nothing, earns nothing.
    #[default]
    None,
    /// Eligible and idle: weighs `base_weight × 1`.
    Idle,
    /// Eligible and rented: weighs `base_weight × busy_boost`.
    Busy,
}

impl WeightClass {
    pub fn of(eligible: bool, busy: bool) -> Self {
        match (eligible, busy) {
            (false, _) => WeightClass::None,
            (true, false) => WeightClass::Idle,
            (true, true) => WeightClass::Busy,
        }
    }
}

/// The distribution state of the whole network (kept in the rewards config).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct RewardPool {
    /// Clock time at which hour 1 of the schedule begins.
    pub start_time: i64,
    /// Clock time up to which the schedule has been accrued.
    pub last_accrual: i64,
    /// Base units the schedule had released at `last_accrual` (before the emission scale).
    pub schedule_released: u64,
    /// Base units put into the reward indices (claimed or claimable by workers), ever.
    pub distributed: u64,
    /// Base units emitted while no worker had weight, waiting for weight to return.
    pub unallocated: u64,
    /// Base units the schedule released but the emission scale withheld; never emitted later.
    pub forgone: u64,
    /// Base units minted to workers by claims, ever.
    pub claimed: u64,
    /// Σ base weights of eligible idle workers.
    pub idle_weight: u64,
    /// Σ base weights of eligible busy workers.
    pub busy_weight: u64,
    /// Reward (base units × INDEX_SCALE) per base-weight unit of an idle worker, ever.
    pub index_idle: u128,
    /// Reward (base units × INDEX_SCALE) per base-weight unit of a busy worker, ever.
    pub index_busy: u128,
    /// Remainder (base units × INDEX_SCALE) of the last division, carried into the next.
    pub dust: u128,
    /// Share of the schedule emitted, in basis points (10,000 = 100%).
    pub emission_scale_bps: u16,
    /// Weight factor of a busy worker, in basis points (20,000 = 2×).
    pub busy_boost_bps: u32,
}

/// One worker's share (kept in its `WorkerReward` account).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct WorkerShare {
    /// Multiplier × GPUs, in the weight authority's units.
    pub base_weight: u64,
    pub class: WeightClass,
    /// The index of its class when it was last settled.
    pub index_snapshot: u128,
    /// Earned and not yet claimed, in base units × INDEX_SCALE.
    pub accrued: u128,
}

impl RewardPool {
    pub fn new(start_time: i64, now: i64, emission_scale_bps: u16, busy_boost_bps: u32) -> Self {
        Self {
            start_time,
            last_accrual: now,
            emission_scale_bps,
            busy_boost_bps,
            ..Self::default()
        }
    }

    /// Σ weights, each class with its factor (basis points).
    pub fn total_weight(&self) -> Result<u128> {
        u128::from(self.idle_weight)
            .safe_mul(u128::from(BPS))?
            .safe_add(u128::from(self.busy_weight).safe_mul(u128::from(self.busy_boost_bps))?)
    }

    pub fn index_of(&self, class: WeightClass) -> u128 {
        match class {
            WeightClass::None => 0,
            WeightClass::Idle => self.index_idle,
            WeightClass::Busy => self.index_busy,
        }
    }

    /// Brings the pool to `now`: what the schedule released since the last accrual, times the
    /// emission scale, goes to the indices (or waits in `unallocated` while the total weight is
    /// zero). Costs two closed-form schedule evaluations whatever the gap.
    pub fn accrue(&mut self, now: i64) -> Result<()> {
        if now > self.last_accrual {
            let released = released_at(self.start_time, now)?;
            let fresh = released.safe_sub(self.schedule_released)?;
            let emitted = u128::from(fresh)
                .safe_mul(u128::from(self.emission_scale_bps))?
                .safe_div(u128::from(BPS))?;
            // emitted <= fresh because emission_scale_bps <= BPS.
            let emitted = u64::try_from(emitted).unwrap_or(fresh).min(fresh);
            self.forgone = self.forgone.safe_add(fresh.safe_sub(emitted)?)?;
            self.unallocated = self.unallocated.safe_add(emitted)?;
            self.schedule_released = released;
            self.last_accrual = now;
        }
        let weight = self.total_weight()?;
        if weight > 0 && self.unallocated > 0 {
            let amount = self.unallocated;
            let numerator = u128::from(amount)
                .safe_mul(INDEX_SCALE)?
                .safe_add(self.dust)?;
            let step = numerator.safe_div(weight)?;
            self.dust = numerator.safe_sub(step.safe_mul(weight)?)?;
            self.index_idle = self.index_idle.safe_add(step.safe_mul(u128::from(BPS))?)?;
            self.index_busy = self
                .index_busy
                .safe_add(step.safe_mul(u128::from(self.busy_boost_bps))?)?;
            self.distributed = self.distributed.safe_add(amount)?;
            self.unallocated = 0;
        }
        Ok(())
    }

    /// Adds what `worker` earned since its last settlement to its `accrued`. The pool must have
    /// been accrued to now.
    pub fn settle(&self, worker: &mut WorkerShare) -> Result<()> {
        if worker.class == WeightClass::None {
            worker.index_snapshot = 0;
            return Ok(());
        }
        let index = self.index_of(worker.class);
        let earned =
            u128::from(worker.base_weight).safe_mul(index.safe_sub(worker.index_snapshot)?)?;
        worker.accrued = worker.accrued.safe_add(earned)?;
        worker.index_snapshot = index;
        Ok(())
    }

    /// Settles `worker` and gives it a new base weight and class from this moment on.
    pub fn set_worker(
        &mut self,
        worker: &mut WorkerShare,
        base_weight: u64,
        class: WeightClass,
    ) -> Result<()> {
        self.settle(worker)?;
        match worker.class {
            WeightClass::None => {}
            WeightClass::Idle => {
                self.idle_weight = self.idle_weight.safe_sub(worker.base_weight)?
            }
            WeightClass::Busy => {
                self.busy_weight = self.busy_weight.safe_sub(worker.base_weight)?
            }
        }
        match class {
            WeightClass::None => {}
            WeightClass::Idle => self.idle_weight = self.idle_weight.safe_add(base_weight)?,
            WeightClass::Busy => self.busy_weight = self.busy_weight.safe_add(base_weight)?,
        }
        worker.base_weight = base_weight;
        worker.class = class;
        worker.index_snapshot = self.index_of(class);
        Ok(())
    }

    /// Settles `worker` and takes its whole base units out of `accrued` as a claim; the
    /// fraction of a base unit stays for the next claim.
    pub fn claim(&mut self, worker: &mut WorkerShare) -> Result<u64> {
        self.settle(worker)?;
        let whole = worker.accrued.safe_div(INDEX_SCALE)?;
        let amount =
            u64::try_from(whole).map_err(|_| error!(io_common::CommonError::CastOverflow))?;
        worker.accrued = worker.accrued.safe_sub(whole.safe_mul(INDEX_SCALE)?)?;
        self.claimed = self.claimed.safe_add(amount)?;
        Ok(amount)
    }

    /// Whole base units a claim would pay now (the pool accrued to now), without changing state.
    pub fn pending(&self, worker: &WorkerShare) -> Result<u64> {
        let mut copy = *worker;
        self.settle(&mut copy)?;
        u64::try_from(copy.accrued.safe_div(INDEX_SCALE)?)
            .map_err(|_| error!(io_common::CommonError::CastOverflow))
    }

    /// The weight a worker of `base_weight` and `class` counts with (basis-point units).
    pub fn weight_of(&self, base_weight: u64, class: WeightClass) -> Result<u128> {
        let factor = match class {
            WeightClass::None => 0,
            WeightClass::Idle => BPS,
            WeightClass::Busy => u64::from(self.busy_boost_bps),
        };
        u128::from(base_weight).safe_mul(u128::from(factor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::*;
    use crate::math::emission::cumulative_emission;
    use proptest::prelude::*;

    const START: i64 = 1_700_000_000;
    const HOUR: i64 = SECONDS_PER_EPOCH;

    fn pool() -> RewardPool {
        RewardPool::new(
            START,
            START,
            DEFAULT_EMISSION_SCALE_BPS,
            DEFAULT_BUSY_BOOST_BPS,
        )
    }

    fn set(
        pool: &mut RewardPool,
        worker: &mut WorkerShare,
        now: i64,
        base: u64,
        class: WeightClass,
    ) {
        pool.accrue(now).unwrap();
        pool.set_worker(worker, base, class).unwrap();
    }

    fn claim(pool: &mut RewardPool, worker: &mut WorkerShare, now: i64) -> u64 {
        pool.accrue(now).unwrap();
        pool.claim(worker).unwrap()
    }

    #[test]
    fn two_workers_share_pro_rata_to_a_base_unit() {
        let mut pool = pool();
        let (mut a, mut b) = (WorkerShare::default(), WorkerShare::default());
        set(&mut pool, &mut a, START, 100, WeightClass::Idle);
        set(&mut pool, &mut b, START, 300, WeightClass::Idle);
        let end = START + 10 * HOUR;
        let paid_a = claim(&mut pool, &mut a, end);
        let paid_b = claim(&mut pool, &mut b, end);
        let released = cumulative_emission(10).unwrap();
        assert!(paid_a.abs_diff(released / 4) <= 1);
        assert!(paid_b.abs_diff(released * 3 / 4) <= 1);
        assert!(paid_a + paid_b <= released);
    }

    #[test]
    fn a_busy_worker_earns_at_the_boost_from_that_second() {
        let mut pool = pool();
        let (mut a, mut b) = (WorkerShare::default(), WorkerShare::default());
        set(&mut pool, &mut a, START, 10, WeightClass::Idle);
        set(&mut pool, &mut b, START, 10, WeightClass::Idle);
        let turn = START + HOUR + 17;
        set(&mut pool, &mut a, turn, 10, WeightClass::Busy);
        let first = released_at(START, turn).unwrap();
        let end = turn + 1_000;
        let later = released_at(START, end).unwrap() - first;
        let paid_a = claim(&mut pool, &mut a, end);
        let paid_b = claim(&mut pool, &mut b, end);
        assert!(paid_a.abs_diff(first / 2 + later * 2 / 3) <= 1);
        assert!(paid_b.abs_diff(first / 2 + later / 3) <= 1);
    }

    #[test]
    fn an_ineligible_worker_earns_nothing() {
        let mut pool = pool();
        let (mut a, mut off) = (WorkerShare::default(), WorkerShare::default());
        set(&mut pool, &mut a, START, 10, WeightClass::Idle);
        set(&mut pool, &mut off, START, 1_000, WeightClass::None);
        assert_eq!(claim(&mut pool, &mut off, START + 5 * HOUR), 0);
        assert!(
            claim(&mut pool, &mut a, START + 5 * HOUR).abs_diff(cumulative_emission(5).unwrap())
                <= 1
        );
    }

    #[test]
    fn emissions_with_zero_total_weight_wait_for_the_next_weight() {
        let mut pool = pool();
        let mut a = WorkerShare::default();
        pool.accrue(START + 2 * HOUR).unwrap();
        assert_eq!(pool.unallocated, cumulative_emission(2).unwrap());
        assert_eq!(pool.distributed, 0);
        set(&mut pool, &mut a, START + 2 * HOUR, 7, WeightClass::Idle);
        // Weight is back: the next accrual, even in the same second, hands them out.
        assert_eq!(pool.unallocated, cumulative_emission(2).unwrap());
        pool.accrue(START + 2 * HOUR).unwrap();
        assert_eq!(pool.unallocated, 0);
        assert_eq!(pool.pending(&a).unwrap(), cumulative_emission(2).unwrap());
        let paid = claim(&mut pool, &mut a, START + 3 * HOUR);
        assert!(paid.abs_diff(cumulative_emission(3).unwrap()) <= 1);
    }

    #[test]
    fn a_boost_change_applies_to_every_busy_worker_at_once() {
        let mut pool = pool();
        let (mut a, mut b) = (WorkerShare::default(), WorkerShare::default());
        set(&mut pool, &mut a, START, 10, WeightClass::Busy);
        set(&mut pool, &mut b, START, 10, WeightClass::Idle);
        pool.accrue(START + HOUR).unwrap();
        pool.busy_boost_bps = 40_000;
        let first = cumulative_emission(1).unwrap();
        let later = cumulative_emission(2).unwrap() - first;
        let paid_a = claim(&mut pool, &mut a, START + 2 * HOUR);
        assert!(paid_a.abs_diff(first * 2 / 3 + later * 4 / 5) <= 1);
    }

    #[test]
    fn half_scale_forgoes_half() {
        let mut pool = pool();
        let mut a = WorkerShare::default();
        set(&mut pool, &mut a, START, 10, WeightClass::Idle);
        pool.accrue(START + HOUR).unwrap();
        pool.emission_scale_bps = 5_000;
        let paid = claim(&mut pool, &mut a, START + 2 * HOUR);
        let first = cumulative_emission(1).unwrap();
        let second = emission_for(2);
        assert!(paid.abs_diff(first + second / 2) <= 1);
        assert_eq!(pool.forgone, second - second / 2);
    }

    /// The smallest and the largest weights over the whole 20 years: no overflow, and the
    /// whole pool reaches the workers.
    #[test]
    fn extreme_weights_over_the_whole_schedule_never_overflow() {
        let end = START + TOTAL_EPOCHS as i64 * HOUR + 1;
        // One busy worker of base weight 1 at the largest boost.
        let mut pool = pool();
        pool.busy_boost_bps = MAX_BUSY_BOOST_BPS;
        let mut tiny = WorkerShare::default();
        set(&mut pool, &mut tiny, START, 1, WeightClass::Busy);
        assert_eq!(claim(&mut pool, &mut tiny, end), EMISSION_POOL);
        // A million workers at the largest base weight, one of them ours.
        let mut pool = pool_with(1_000_000 - 1);
        let mut big = WorkerShare::default();
        set(
            &mut pool,
            &mut big,
            START,
            MAX_BASE_WEIGHT,
            WeightClass::Busy,
        );
        for hour in [1, 10_000, 100_000, TOTAL_EPOCHS as i64] {
            pool.accrue(START + hour * HOUR).unwrap();
        }
        let paid = claim(&mut pool, &mut big, end);
        assert!(paid.abs_diff(EMISSION_POOL / 1_000_000) <= 1);
        assert_eq!(pool.distributed, EMISSION_POOL);
    }

    fn pool_with(busy_workers_at_max: u64) -> RewardPool {
        let mut pool = pool();
        pool.busy_boost_bps = MAX_BUSY_BOOST_BPS;
        pool.busy_weight = busy_workers_at_max * MAX_BASE_WEIGHT;
        pool
    }

    fn emission_for(hour: u64) -> u64 {
        crate::math::emission::emission_for_hour(hour).unwrap()
    }

    #[derive(Clone, Debug)]
    enum Op {
        Set {
            worker: usize,
            base: u64,
            eligible: bool,
            busy: bool,
        },
        Claim(usize),
        Advance(i64),
        Scale(u16),
        Boost(u32),
        Crank,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (
                0usize..4,
                0u64..=MAX_BASE_WEIGHT,
                any::<bool>(),
                any::<bool>()
            )
                .prop_map(|(worker, base, eligible, busy)| Op::Set {
                    worker,
                    base,
                    eligible,
                    busy
                }),
            (0usize..4, 0u64..50, any::<bool>(), any::<bool>()).prop_map(
                |(worker, base, eligible, busy)| Op::Set {
                    worker,
                    base,
                    eligible,
                    busy
                }
            ),
            (0usize..4).prop_map(Op::Claim),
            (0i64..7_200).prop_map(Op::Advance),
            (0i64..=10_000 * HOUR).prop_map(Op::Advance),
            (0u16..=MAX_EMISSION_SCALE_BPS).prop_map(Op::Scale),
            (MIN_BUSY_BOOST_BPS..=MAX_BUSY_BOOST_BPS).prop_map(Op::Boost),
            Just(Op::Crank),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Over random weight changes, claims, time jumps and parameter changes: everything
        /// claimed plus everything pending never exceeds what the schedule has released; the
        /// ledgers balance exactly; rounding never loses more than a base unit per worker.
        #[test]
        fn claimed_plus_pending_never_exceeds_the_released_schedule(
            ops in prop::collection::vec(op(), 1..80),
            start_offset in 0i64..(20 * HOUR),
        ) {
            let mut pool = RewardPool::new(START + start_offset, START, DEFAULT_EMISSION_SCALE_BPS, DEFAULT_BUSY_BOOST_BPS);
            let mut workers = [WorkerShare::default(); 4];
            let mut paid = [0u64; 4];
            let mut now = START;
            for op in ops {
                match op {
                    Op::Set { worker, base, eligible, busy } => {
                        pool.accrue(now).unwrap();
                        pool.set_worker(&mut workers[worker], base, WeightClass::of(eligible, busy)).unwrap();
                    }
                    Op::Claim(worker) => {
                        pool.accrue(now).unwrap();
                        let before = pool.pending(&workers[worker]).unwrap();
                        let amount = pool.claim(&mut workers[worker]).unwrap();
                        prop_assert_eq!(amount, before);
                        paid[worker] += amount;
                    }
                    Op::Advance(secs) => now += secs,
                    Op::Scale(bps) => {
                        pool.accrue(now).unwrap();
                        pool.emission_scale_bps = bps;
                    }
                    Op::Boost(bps) => {
                        pool.accrue(now).unwrap();
                        pool.busy_boost_bps = bps;
                    }
                    Op::Crank => pool.accrue(now).unwrap(),
                }
                // A view at `now` of what every worker could claim.
                let mut view = pool;
                view.accrue(now).unwrap();
                let pending: u64 = workers.iter().map(|w| view.pending(w).unwrap()).sum();
                let claimed: u64 = paid.iter().sum();
                let released = released_at(view.start_time, now).unwrap();
                prop_assert!(claimed + pending <= released);
                prop_assert!(claimed + pending <= view.distributed);
                prop_assert_eq!(claimed, view.claimed);
                prop_assert!(released <= EMISSION_POOL);
                prop_assert_eq!(
                    view.schedule_released,
                    view.distributed + view.unallocated + view.forgone
                );
                let mut earned_scaled: u128 = 0;
                for worker in &workers {
                    let mut settled = *worker;
                    view.settle(&mut settled).unwrap();
                    earned_scaled += settled.accrued;
                }
                prop_assert_eq!(
                    u128::from(view.distributed) * INDEX_SCALE,
                    u128::from(claimed) * INDEX_SCALE + earned_scaled + view.dust
                );
                prop_assert!(view.distributed - claimed - pending <= workers.len() as u64 + 1);
                if view.total_weight().unwrap() > 0 {
                    prop_assert_eq!(view.unallocated, 0);
                }
            }
        }
    }
}
