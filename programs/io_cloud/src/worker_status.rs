//! A rental's worker reported down or back up (`rental_report_down`, `rental_report_up`): the
//! stream stops or restarts, the worker's weight follows, and the rental's event says so.

use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::events::{RentalWorkerStatus, WeightChangeReason};
use crate::rewards_hook::{WorkerRewardsSync, WorkerRewardsSyncBumps};
use crate::state::{Rental, Worker};

/// Reports `worker` of `rental` down (`up = false`) or back up at `now`.
pub fn report<'info>(
    rental: &mut Account<'info, Rental>,
    worker: &mut Account<'info, Worker>,
    rewards: &WorkerRewardsSync<'info>,
    bumps: &WorkerRewardsSyncBumps,
    up: bool,
) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let rental_key = rental.key();
    let worker_key = worker.key();
    let slot = rental.slot_of(&worker_key)?;
    if up {
        rental.report_up(slot, now)?;
    } else {
        rental.report_down(slot, now)?;
    }
    worker.serve(rental_key, rental.end_time, up);
    let reason = if up {
        WeightChangeReason::Busy
    } else {
        WeightChangeReason::Idle
    };
    rewards.sync_serving(bumps, worker_key, worker, rental, slot, now, reason)?;
    emit_event(&RentalWorkerStatus {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        worker: rental.assignments[slot].view(),
        totals: rental.totals()?,
    });
    Ok(())
}
