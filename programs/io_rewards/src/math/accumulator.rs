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
//! **Leases.** Weight is never granted open-ended: every grant carries a lease that ends at an
//! hour boundary at most `MAX_LEASE_HOURS` ahead (io_cloud: the end of the hour after the latest
//! good uptime proof, and for a busy worker no later than its rental's last hour boundary). The
//! pool keeps the base weights whose leases end at each of the next boundaries (`expiring`, the
//! veToken "slope changes" pattern bounded to a few hours); an accrual that crosses a boundary
//! accrues up to it, drops the weight expiring there and records both indices in a checkpoint.
//! A worker whose lease ended settles against its lease's checkpoint, so it earns nothing after
//! its lease whoever sends what, and an accrual costs at most `LEASE_SLOTS + 1` schedule steps.
//! Checkpoints are kept for `CHECKPOINT_SLOTS` boundaries: a share not settled within that many
//! hours after its lease ended forfeits what it earned between its last settlement and the end
//! of its lease (it stays in the pool's ledger as distributed and unclaimed).
//!
//! **Boost allowance.** A busy worker's earnings above what the same weight would have earned
//! idle (`base × Δindex_busy − base × Δindex_idle`) are paid only up to its `boost_allowance`,
//! which the weight authority grants from the fees of the rental it serves; the rest is
//! withheld (`boost_withheld`): paid to no one and never minted, like emissions an emission
//! scale forgoes. Handing it to other workers instead would let a self-dealer's second worker
//! collect part of it. The busy boost therefore never pays a worker, or any group of workers,
//! more than the fees granted to them (docs/SECURITY.md, self-dealing).
//!
//! Ledger identities (checked by the property tests):
//! - `schedule_released + fees distributed = distributed + unallocated + forgone + the IDE's
//!   reserve + retired` (the last three terms 0 while the engine never ran, `math::ide`);
//! - `distributed × INDEX_SCALE ≥ claimed × INDEX_SCALE + Σ workers' earned (scaled) + dust +
//!   boost_withheld`, with equality while no share has forfeited a lapsed lease.
//!
//! **Zero total weight**: emissions released while no worker has weight are not lost. They wait
//! in `unallocated` and are added to the indices at the first accrual at which the total weight
//! is positive, i.e. paid pro rata to the workers holding weight at that moment (on top of what
//! the schedule releases from then on). Emissions withheld by an emission scale below 100% are
//! counted in `forgone` and never emitted later.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, BPS, SECONDS_PER_HOUR};

use crate::constants::{INDEX_SCALE, MAX_LEASE_HOURS};
use crate::errors::IoRewardsError;
use crate::math::emission::released_at;
use crate::math::ide::{Ide, RewardMode};

/// Lease-end boundaries the pool tracks at once: leases end at most `MAX_LEASE_HOURS` ahead.
pub const LEASE_SLOTS: usize = 3;
/// Boundaries whose indices are kept for lapsed shares to settle against.
pub const CHECKPOINT_SLOTS: usize = 48;

/// The hour index (Unix time / 3600) of a time; hour `h` begins at `h × 3600`.
pub fn hour_of(unix_time: i64) -> i64 {
    unix_time.div_euclid(SECONDS_PER_HOUR)
}

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

/// Base weights whose leases end at the start of `hour`.
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct LeaseExpiry {
    pub hour: i64,
    pub idle: u64,
    pub busy: u64,
}

impl LeaseExpiry {
    fn is_empty(&self) -> bool {
        self.idle == 0 && self.busy == 0
    }
}

/// Both indices at the start of `hour`, recorded when leases ended there.
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct IndexCheckpoint {
    pub hour: i64,
    pub index_idle: u128,
    pub index_busy: u128,
}

/// The last `CHECKPOINT_SLOTS` boundaries at which leases ended (slot = hour mod the length).
pub type Checkpoints = [IndexCheckpoint; CHECKPOINT_SLOTS];

fn checkpoint_at(checkpoints: &Checkpoints, hour: i64) -> Option<IndexCheckpoint> {
    let slot = checkpoints[hour.rem_euclid(CHECKPOINT_SLOTS as i64) as usize];
    (slot.hour == hour).then_some(slot)
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
    /// Busy-boost earnings above workers' allowances (base units × INDEX_SCALE), never paid.
    pub boost_withheld: u128,
    /// Share of the schedule emitted, in basis points (10,000 = 100%).
    pub emission_scale_bps: u16,
    /// Weight factor of a busy worker, in basis points (20,000 = 2×).
    pub busy_boost_bps: u32,
    /// Weights whose leases end at each of the next boundaries (slot = hour mod LEASE_SLOTS).
    pub expiring: [LeaseExpiry; LEASE_SLOTS],
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
    /// `index_idle` when it was last settled (a busy worker's idle counterfactual).
    pub idle_snapshot: u128,
    /// Earned and not yet claimed, in base units × INDEX_SCALE.
    pub accrued: u128,
    /// Hour at whose start the weight lapses (meaningless while the class is `None`).
    pub lease_end_hour: i64,
    /// Base units of busy-boost earnings (above idle) it may still be paid.
    pub boost_allowance: u64,
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

    /// Brings the pool to `now` under the schedule alone (no engine; `accrue_funded` with an
    /// engine in schedule mode and nothing pending does the same).
    pub fn accrue(&mut self, now: i64, checkpoints: &mut Checkpoints) -> Result<()> {
        self.accrue_funded(now, checkpoints, &mut Ide::default())
    }

    /// Brings the pool to `now`: leases ending on the way drop out at their boundary (each
    /// recorded in `checkpoints`), a mode change takes effect at its boundary, and what the
    /// schedule released, times the emission scale, goes to the indices (or waits in
    /// `unallocated` while the total weight is zero) in schedule mode, or funds the engine's USD
    /// targets in IDE mode (`math::ide`). At most `LEASE_SLOTS + 2` closed-form schedule
    /// evaluations whatever the gap.
    pub fn accrue_funded(
        &mut self,
        now: i64,
        checkpoints: &mut Checkpoints,
        ide: &mut Ide,
    ) -> Result<()> {
        loop {
            let expiry = self.next_expiry(now);
            let change = ide.change_due(now);
            match (expiry, change) {
                (None, None) => break,
                (Some(slot), Some(hour)) if hour <= self.expiring[slot].hour => {
                    self.change_mode_at(hour, ide)?
                }
                (None, Some(hour)) => self.change_mode_at(hour, ide)?,
                (Some(slot), _) => {
                    let expiry = self.expiring[slot];
                    let boundary = expiry.hour.safe_mul(SECONDS_PER_HOUR)?;
                    self.accrue_to(boundary, ide)?;
                    self.idle_weight = self.idle_weight.safe_sub(expiry.idle)?;
                    self.busy_weight = self.busy_weight.safe_sub(expiry.busy)?;
                    checkpoints[expiry.hour.rem_euclid(CHECKPOINT_SLOTS as i64) as usize] =
                        IndexCheckpoint {
                            hour: expiry.hour,
                            index_idle: self.index_idle,
                            index_busy: self.index_busy,
                        };
                    self.expiring[slot] = LeaseExpiry::default();
                }
            }
        }
        self.accrue_to(now, ide)
    }

    /// Accrues to the start of `hour` under the old mode, then applies the pending change (what
    /// the engine's reserve hands back on leaving IDE mode waits in `unallocated`).
    fn change_mode_at(&mut self, hour: i64, ide: &mut Ide) -> Result<()> {
        self.accrue_to(hour.safe_mul(SECONDS_PER_HOUR)?, ide)?;
        let handed_back = ide.apply_pending();
        self.unallocated = self.unallocated.safe_add(handed_back)?;
        Ok(())
    }

    /// The tracked lease end due soonest at or before `now`, if any.
    fn next_expiry(&self, now: i64) -> Option<usize> {
        let until = hour_of(now);
        (0..LEASE_SLOTS)
            .filter(|&i| !self.expiring[i].is_empty() && self.expiring[i].hour <= until)
            .min_by_key(|&i| self.expiring[i].hour)
    }

    fn accrue_to(&mut self, now: i64, ide: &mut Ide) -> Result<()> {
        if now > self.last_accrual {
            let released = released_at(self.start_time, now)?;
            let fresh = released.safe_sub(self.schedule_released)?;
            let emitted = u128::from(fresh)
                .safe_mul(u128::from(self.emission_scale_bps))?
                .safe_div(u128::from(BPS))?;
            // emitted <= fresh because emission_scale_bps <= BPS.
            let emitted = u64::try_from(emitted).unwrap_or(fresh).min(fresh);
            self.forgone = self.forgone.safe_add(fresh.safe_sub(emitted)?)?;
            let paid = match ide.mode() {
                RewardMode::Schedule => emitted,
                RewardMode::Ide => ide.fund(
                    emitted,
                    self.total_weight()?,
                    now.safe_sub(self.last_accrual)?,
                    now,
                )?,
            };
            self.unallocated = self.unallocated.safe_add(paid)?;
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

    /// Adds what `worker` earned since its last settlement to its `accrued` (up to the end of
    /// its lease if that has passed, after which it holds no weight). The pool must have been
    /// accrued to now.
    pub fn settle(&mut self, worker: &mut WorkerShare, checkpoints: &Checkpoints) -> Result<()> {
        if worker.class == WeightClass::None {
            worker.index_snapshot = 0;
            worker.idle_snapshot = 0;
            return Ok(());
        }
        let lapsed = worker.lease_end_hour.safe_mul(SECONDS_PER_HOUR)? <= self.last_accrual;
        let (idle_index, busy_index) = if !lapsed {
            (self.index_idle, self.index_busy)
        } else if let Some(checkpoint) = checkpoint_at(checkpoints, worker.lease_end_hour) {
            (checkpoint.index_idle, checkpoint.index_busy)
        } else {
            // Forfeited: its lease's checkpoint is gone (see the module doc).
            (worker.idle_snapshot, worker.index_snapshot)
        };
        let base = u128::from(worker.base_weight);
        let idle_earned = base.safe_mul(idle_index.safe_sub(worker.idle_snapshot)?)?;
        let earned = match worker.class {
            WeightClass::Busy => {
                let busy_earned = base.safe_mul(busy_index.safe_sub(worker.index_snapshot)?)?;
                let extra = busy_earned.saturating_sub(idle_earned);
                let allowed = extra.min(u128::from(worker.boost_allowance).safe_mul(INDEX_SCALE)?);
                let used: u64 = allowed.safe_div_ceil(INDEX_SCALE)?.safe_cast()?; // <= boost_allowance
                worker.boost_allowance = worker.boost_allowance.saturating_sub(used);
                self.boost_withheld = self.boost_withheld.safe_add(extra.safe_sub(allowed)?)?;
                idle_earned.safe_add(allowed)?
            }
            _ => idle_earned,
        };
        worker.accrued = worker.accrued.safe_add(earned)?;
        if lapsed {
            worker.class = WeightClass::None;
            worker.index_snapshot = 0;
            worker.idle_snapshot = 0;
        } else {
            worker.index_snapshot = self.index_of(worker.class);
            worker.idle_snapshot = self.index_idle;
        }
        Ok(())
    }

    /// Settles `worker` and gives it a new base weight and class, leased until the start of
    /// `lease_end_hour`, from this moment on. The pool must have been accrued to now.
    pub fn set_worker(
        &mut self,
        worker: &mut WorkerShare,
        grant: WeightGrant,
        checkpoints: &Checkpoints,
    ) -> Result<()> {
        self.settle(worker, checkpoints)?;
        // A share still holding weight after settling holds it under a live lease.
        if worker.class != WeightClass::None {
            let slot = self.lease_slot(worker.lease_end_hour)?;
            let expiry = &mut self.expiring[slot];
            match worker.class {
                WeightClass::None => {}
                WeightClass::Idle => {
                    self.idle_weight = self.idle_weight.safe_sub(worker.base_weight)?;
                    expiry.idle = expiry.idle.safe_sub(worker.base_weight)?;
                }
                WeightClass::Busy => {
                    self.busy_weight = self.busy_weight.safe_sub(worker.base_weight)?;
                    expiry.busy = expiry.busy.safe_sub(worker.base_weight)?;
                }
            }
        }
        let class = if grant.base_weight == 0 {
            WeightClass::None
        } else {
            grant.class
        };
        if class != WeightClass::None {
            let now_hour = hour_of(self.last_accrual);
            require!(
                grant.lease_end_hour > now_hour
                    && grant.lease_end_hour <= now_hour.safe_add(MAX_LEASE_HOURS)?,
                IoRewardsError::InvalidLease
            );
            let slot = self.lease_slot(grant.lease_end_hour)?;
            let expiry = &mut self.expiring[slot];
            expiry.hour = grant.lease_end_hour;
            match class {
                WeightClass::None => {}
                WeightClass::Idle => {
                    self.idle_weight = self.idle_weight.safe_add(grant.base_weight)?;
                    expiry.idle = expiry.idle.safe_add(grant.base_weight)?;
                }
                WeightClass::Busy => {
                    self.busy_weight = self.busy_weight.safe_add(grant.base_weight)?;
                    expiry.busy = expiry.busy.safe_add(grant.base_weight)?;
                }
            }
        }
        worker.base_weight = grant.base_weight;
        worker.class = class;
        worker.lease_end_hour = if class == WeightClass::None {
            0
        } else {
            grant.lease_end_hour
        };
        worker.index_snapshot = self.index_of(class);
        worker.idle_snapshot = if class == WeightClass::None {
            0
        } else {
            self.index_idle
        };
        let kept = if grant.allowance_reset {
            0
        } else {
            worker.boost_allowance
        };
        worker.boost_allowance = kept.safe_add(grant.allowance_add)?;
        Ok(())
    }

    /// The expiry slot of a lease ending at `hour`; refused if another live hour holds it.
    fn lease_slot(&self, hour: i64) -> Result<usize> {
        let slot = hour.rem_euclid(LEASE_SLOTS as i64) as usize;
        let expiry = self.expiring[slot];
        require!(
            expiry.is_empty() || expiry.hour == hour,
            IoRewardsError::InvalidLease
        );
        Ok(slot)
    }

    /// Settles `worker` and takes its whole base units out of `accrued` as a claim; the
    /// fraction of a base unit stays for the next claim.
    pub fn claim(&mut self, worker: &mut WorkerShare, checkpoints: &Checkpoints) -> Result<u64> {
        self.settle(worker, checkpoints)?;
        self.take_whole(&mut worker.accrued)
    }

    /// Takes the whole base units of a settled bucket (`accrued`, base units × INDEX_SCALE) as
    /// claimed; the fraction of a base unit stays for the next claim.
    pub fn take_whole(&mut self, accrued: &mut u128) -> Result<u64> {
        let whole = accrued.safe_div(INDEX_SCALE)?;
        let amount: u64 = whole.safe_cast()?;
        *accrued = accrued.safe_sub(whole.safe_mul(INDEX_SCALE)?)?;
        self.claimed = self.claimed.safe_add(amount)?;
        Ok(amount)
    }

    /// Whole base units a claim would pay now (the pool accrued to now), without changing state.
    pub fn pending(&self, worker: &WorkerShare, checkpoints: &Checkpoints) -> Result<u64> {
        let (mut pool, mut copy) = (*self, *worker);
        pool.settle(&mut copy, checkpoints)?;
        copy.accrued.safe_div(INDEX_SCALE)?.safe_cast()
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

/// What the weight authority grants a worker from now on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeightGrant {
    pub base_weight: u64,
    pub class: WeightClass,
    /// Hour at whose start the weight lapses unless granted again.
    pub lease_end_hour: i64,
    /// Base units added to the busy-boost allowance.
    pub allowance_add: u64,
    /// Drop what is left of the allowance first (a worker leaving or starting a rental).
    pub allowance_reset: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::constants::*;
    use crate::math::emission::cumulative_emission;

    const START: i64 = 1_700_000_000;
    /// Enough allowance that the boost is never capped.
    const UNCAPPED: u64 = u64::MAX / 4;

    /// A pool whose workers keep the weight they were given: every hour boundary renews each
    /// weighted worker's lease, as io_cloud's hourly uptime proofs do.
    struct Sim {
        pool: RewardPool,
        checkpoints: Checkpoints,
        workers: Vec<(WorkerShare, u64, WeightClass)>,
        now: i64,
    }

    impl Sim {
        fn new(workers: usize) -> Self {
            Self {
                pool: RewardPool::new(
                    START,
                    START,
                    DEFAULT_EMISSION_SCALE_BPS,
                    DEFAULT_BUSY_BOOST_BPS,
                ),
                checkpoints: [IndexCheckpoint::default(); CHECKPOINT_SLOTS],
                workers: vec![(WorkerShare::default(), 0, WeightClass::None); workers],
                now: START,
            }
        }

        fn grant(&mut self, i: usize, allowance_add: u64) {
            self.pool.accrue(self.now, &mut self.checkpoints).unwrap();
            let (share, base, class) = &mut self.workers[i];
            let grant = WeightGrant {
                base_weight: *base,
                class: *class,
                lease_end_hour: hour_of(self.now) + MAX_LEASE_HOURS,
                allowance_add,
                allowance_reset: false,
            };
            self.pool
                .set_worker(share, grant, &self.checkpoints)
                .unwrap();
        }

        fn set(&mut self, i: usize, base: u64, class: WeightClass) {
            self.workers[i].1 = base;
            self.workers[i].2 = class;
            self.grant(i, UNCAPPED);
        }

        /// Moves to `to`, renewing every lease at each hour boundary on the way.
        fn advance_to(&mut self, to: i64) {
            loop {
                let boundary = (hour_of(self.now) + 1) * SECONDS_PER_HOUR;
                if boundary > to {
                    break;
                }
                self.now = boundary;
                for i in 0..self.workers.len() {
                    if self.workers[i].2 != WeightClass::None {
                        self.grant(i, 0);
                    }
                }
            }
            self.now = to;
        }

        fn claim(&mut self, i: usize, at: i64) -> u64 {
            self.advance_to(at);
            self.pool.accrue(self.now, &mut self.checkpoints).unwrap();
            self.pool
                .claim(&mut self.workers[i].0, &self.checkpoints)
                .unwrap()
        }
    }

    #[test]
    fn two_workers_share_pro_rata_to_a_base_unit() {
        let mut sim = Sim::new(2);
        sim.set(0, 100, WeightClass::Idle);
        sim.set(1, 300, WeightClass::Idle);
        let end = START + 10 * SECONDS_PER_HOUR;
        let paid_a = sim.claim(0, end);
        let paid_b = sim.claim(1, end);
        let released = cumulative_emission(10).unwrap();
        assert!(paid_a.abs_diff(released / 4) <= 1);
        assert!(paid_b.abs_diff(released * 3 / 4) <= 1);
        assert!(paid_a + paid_b <= released);
    }

    #[test]
    fn a_busy_worker_earns_at_the_boost_from_that_second() {
        let mut sim = Sim::new(2);
        sim.set(0, 10, WeightClass::Idle);
        sim.set(1, 10, WeightClass::Idle);
        let turn = START + SECONDS_PER_HOUR + 17;
        sim.advance_to(turn);
        sim.set(0, 10, WeightClass::Busy);
        let first = released_at(START, turn).unwrap();
        let end = turn + 1_000;
        let later = released_at(START, end).unwrap() - first;
        let paid_a = sim.claim(0, end);
        let paid_b = sim.claim(1, end);
        assert!(paid_a.abs_diff(first / 2 + later * 2 / 3) <= 2);
        assert!(paid_b.abs_diff(first / 2 + later / 3) <= 2);
    }

    #[test]
    fn an_ineligible_worker_earns_nothing() {
        let mut sim = Sim::new(2);
        sim.set(0, 10, WeightClass::Idle);
        sim.set(1, 1_000, WeightClass::None);
        assert_eq!(sim.claim(1, START + 5 * SECONDS_PER_HOUR), 0);
        assert!(
            sim.claim(0, START + 5 * SECONDS_PER_HOUR)
                .abs_diff(cumulative_emission(5).unwrap())
                <= 1
        );
    }

    #[test]
    fn a_lease_not_renewed_stops_earning_at_its_boundary_and_frees_its_weight() {
        let mut sim = Sim::new(2);
        sim.set(0, 10, WeightClass::Idle);
        sim.set(1, 10, WeightClass::Idle);
        // Worker 1 goes silent: its lease is not renewed (no proof), worker 0's is.
        let lease_end = hour_of(START) + MAX_LEASE_HOURS;
        sim.workers[1].2 = WeightClass::None;
        let end = START + 10 * SECONDS_PER_HOUR;
        let paid_0 = sim.claim(0, end);
        let paid_1 = sim.claim(1, end);
        let split = released_at(START, lease_end * SECONDS_PER_HOUR).unwrap();
        let total = cumulative_emission(10).unwrap();
        assert!(paid_1.abs_diff(split / 2) <= 1);
        assert!(paid_0.abs_diff(split / 2 + (total - split)) <= 2);
        assert_eq!(sim.workers[1].0.class, WeightClass::None);
        assert_eq!(sim.pool.idle_weight, 10);
    }

    #[test]
    fn a_lapsed_share_settles_late_against_its_checkpoint() {
        let mut sim = Sim::new(2);
        sim.set(0, 10, WeightClass::Idle);
        sim.set(1, 30, WeightClass::Idle);
        sim.workers[1].2 = WeightClass::None;
        let lease_end = hour_of(START) + MAX_LEASE_HOURS;
        // Settled (claimed) 40 hours after its lease ended: still exactly its share until then.
        let paid_1 = sim.claim(1, (lease_end + 40) * SECONDS_PER_HOUR);
        let split = released_at(START, lease_end * SECONDS_PER_HOUR).unwrap();
        assert!(paid_1.abs_diff(split * 3 / 4) <= 1);
    }

    #[test]
    fn a_lapsed_share_forfeits_once_its_checkpoint_is_gone() {
        let mut sim = Sim::new(3);
        sim.set(0, 10, WeightClass::Idle);
        sim.set(1, 30, WeightClass::Idle);
        sim.workers[1].2 = WeightClass::None;
        let settled_until = sim.now;
        // Worker 2 lapses at every boundary for longer than the checkpoints are kept.
        for _ in 0..CHECKPOINT_SLOTS + 4 {
            sim.pool.accrue(sim.now, &mut sim.checkpoints).unwrap();
            let grant = WeightGrant {
                base_weight: 1,
                class: WeightClass::Idle,
                lease_end_hour: hour_of(sim.now) + 1,
                allowance_add: 0,
                allowance_reset: false,
            };
            let share = &mut sim.workers[2].0;
            sim.pool.set_worker(share, grant, &sim.checkpoints).unwrap();
            sim.advance_to((hour_of(sim.now) + 1) * SECONDS_PER_HOUR);
        }
        let paid = sim.claim(1, sim.now);
        // It was last settled when granted: nothing since, as its lease's checkpoint is gone.
        assert_eq!(paid, released_at(START, settled_until).unwrap());
        assert!(sim.pool.claimed <= sim.pool.distributed);
    }

    #[test]
    fn leases_further_than_two_boundaries_or_already_over_are_refused() {
        let mut sim = Sim::new(1);
        sim.pool.accrue(START, &mut sim.checkpoints).unwrap();
        for lease_end_hour in [hour_of(START), hour_of(START) + MAX_LEASE_HOURS + 1] {
            let grant = WeightGrant {
                base_weight: 5,
                class: WeightClass::Idle,
                lease_end_hour,
                allowance_add: 0,
                allowance_reset: false,
            };
            let result = sim
                .pool
                .set_worker(&mut sim.workers[0].0, grant, &sim.checkpoints);
            assert_eq!(result.unwrap_err(), IoRewardsError::InvalidLease.into());
        }
    }

    #[test]
    fn the_boost_is_paid_only_up_to_the_allowance_and_the_rest_is_withheld() {
        let mut sim = Sim::new(2);
        sim.workers[0] = (WorkerShare::default(), 10, WeightClass::Busy);
        sim.grant(0, 1_000);
        sim.set(1, 10, WeightClass::Idle);
        let end = START + 4 * SECONDS_PER_HOUR;
        let paid_0 = sim.claim(0, end);
        let paid_1 = sim.claim(1, end);
        let released = cumulative_emission(4).unwrap();
        // At 2× the busy worker's idle counterfactual is a third; the boost adds 1,000 units.
        assert!(paid_0.abs_diff(released / 3 + 1_000) <= 2, "{paid_0}");
        assert!(paid_1.abs_diff(released / 3) <= 2);
        let withheld = sim.pool.boost_withheld / INDEX_SCALE;
        assert!((withheld as u64).abs_diff(released / 3 - 1_000) <= 3);
        assert_eq!(sim.workers[0].0.boost_allowance, 0);
    }

    #[test]
    fn emissions_with_zero_total_weight_wait_for_the_next_weight() {
        let mut sim = Sim::new(1);
        sim.advance_to(START + 2 * SECONDS_PER_HOUR);
        sim.pool.accrue(sim.now, &mut sim.checkpoints).unwrap();
        assert_eq!(sim.pool.unallocated, cumulative_emission(2).unwrap());
        assert_eq!(sim.pool.distributed, 0);
        sim.set(0, 7, WeightClass::Idle);
        // Weight is back: the next accrual, even in the same second, hands them out.
        assert_eq!(sim.pool.unallocated, cumulative_emission(2).unwrap());
        sim.pool.accrue(sim.now, &mut sim.checkpoints).unwrap();
        assert_eq!(sim.pool.unallocated, 0);
        assert_eq!(
            sim.pool
                .pending(&sim.workers[0].0, &sim.checkpoints)
                .unwrap(),
            cumulative_emission(2).unwrap()
        );
        let paid = sim.claim(0, START + 3 * SECONDS_PER_HOUR);
        assert!(paid.abs_diff(cumulative_emission(3).unwrap()) <= 1);
    }

    #[test]
    fn a_boost_change_applies_to_every_busy_worker_at_once() {
        let mut sim = Sim::new(2);
        sim.set(0, 10, WeightClass::Busy);
        sim.set(1, 10, WeightClass::Idle);
        sim.advance_to(START + SECONDS_PER_HOUR);
        sim.pool.accrue(sim.now, &mut sim.checkpoints).unwrap();
        sim.pool.busy_boost_bps = 40_000;
        let first = cumulative_emission(1).unwrap();
        let later = cumulative_emission(2).unwrap() - first;
        let paid_a = sim.claim(0, START + 2 * SECONDS_PER_HOUR);
        assert!(paid_a.abs_diff(first * 2 / 3 + later * 4 / 5) <= 2);
    }

    #[test]
    fn half_scale_forgoes_half() {
        let mut sim = Sim::new(1);
        sim.set(0, 10, WeightClass::Idle);
        sim.advance_to(START + SECONDS_PER_HOUR);
        sim.pool.accrue(sim.now, &mut sim.checkpoints).unwrap();
        sim.pool.emission_scale_bps = 5_000;
        let paid = sim.claim(0, START + 2 * SECONDS_PER_HOUR);
        let first = cumulative_emission(1).unwrap();
        let second = crate::math::emission::emission_for_hour(2).unwrap();
        assert!(paid.abs_diff(first + second / 2) <= 2);
    }

    /// The smallest and the largest weights over the whole 20 years: no overflow, and the
    /// pool reaches the workers (each probe renews the lease just before its boundary).
    #[test]
    fn extreme_weights_over_the_whole_schedule_never_overflow() {
        let end = START + TOTAL_EPOCHS as i64 * SECONDS_PER_HOUR + 1;
        for (base, rest) in [(1u64, 0u64), (MAX_BASE_WEIGHT, 1_000_000 - 1)] {
            let mut sim = Sim::new(1);
            sim.pool.busy_boost_bps = MAX_BUSY_BOOST_BPS;
            sim.pool.busy_weight = rest * MAX_BASE_WEIGHT;
            sim.set(0, base, WeightClass::Busy);
            for hour in [1, 10_000, 100_000, TOTAL_EPOCHS as i64] {
                sim.now = START + hour * SECONDS_PER_HOUR - SECONDS_PER_HOUR;
                sim.grant(0, 0);
                sim.advance_to(START + hour * SECONDS_PER_HOUR);
            }
            let paid = sim.claim(0, end);
            assert!(paid <= EMISSION_POOL / (rest + 1));
            assert_eq!(sim.pool.distributed, EMISSION_POOL);
            if rest == 0 {
                assert_eq!(paid, EMISSION_POOL);
            }
        }
    }
}
