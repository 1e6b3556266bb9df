//! The one place a worker's rewards weight changes (SPEC section 4: io_cloud tells io_rewards
//! each worker's base weight and whether it is busy and eligible).
//!
//! Every instruction that may change a worker's weight (registration, update, stake, unstake,
//! slash, uptime proof, refresh, assignment, down/up, replacement, close, deregistration) ends
//! with [`sync_worker_weight`], which calls [`worker_weight_changed`] when the weight differs
//! from what was last reported. The io_rewards CPI (`rewards_update_worker`, which settles the
//! worker's rewards before its weight changes) belongs inside `worker_weight_changed`.

use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::events::{WeightChangeReason, WorkerWeightChanged};
use crate::state::{Worker, WorkerWeight};

/// Reports a worker's new weight: records it as reported and emits `WorkerWeightChanged`.
pub fn worker_weight_changed(
    worker_key: Pubkey,
    worker: &mut Worker,
    weight: WorkerWeight,
    reason: WeightChangeReason,
) -> Result<()> {
    let previous = worker.weight;
    worker.weight = weight;
    worker.seq = worker.seq.safe_add(1)?;
    emit_event(&WorkerWeightChanged {
        header: EventHeader {
            entity: worker_key,
            seq: worker.seq,
        },
        reason,
        previous,
        weight,
    });
    Ok(())
}

/// Recomputes the worker's weight at `now` and reports it if it changed.
pub fn sync_worker_weight(
    worker_key: Pubkey,
    worker: &mut Worker,
    now: i64,
    reason: WeightChangeReason,
) -> Result<()> {
    let weight = worker.weight_at(now)?;
    if weight != worker.weight {
        worker_weight_changed(worker_key, worker, weight, reason)?;
    }
    Ok(())
}

/// A deregistering worker leaves with no weight.
pub fn worker_removed(worker_key: Pubkey, worker: &mut Worker) -> Result<()> {
    if worker.weight != WorkerWeight::default() {
        worker_weight_changed(
            worker_key,
            worker,
            WorkerWeight::default(),
            WeightChangeReason::Deregistered,
        )?;
    }
    Ok(())
}
