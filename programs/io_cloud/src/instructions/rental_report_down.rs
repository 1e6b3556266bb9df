use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{RentalWorkerStatus, WeightChangeReason};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, Rental, Worker};

/// Accounts of `rental_report_down` and `rental_report_up`.
#[derive(Accounts)]
pub struct RentalReportWorker<'info> {
    pub orchestrator: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = orchestrator @ IoCloudError::NotOrchestrator,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,
    pub rewards: WorkerRewardsSync<'info>,
}

/// Reports a worker of the rental down (`up = false`) or back up, and emits the new status.
pub fn report(ctx: Context<RentalReportWorker>, up: bool) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental_key = accounts.rental.key();
    let worker_key = accounts.worker.key();
    let rental = &mut accounts.rental;
    let slot = rental.slot_of(&worker_key)?;
    if up {
        rental.report_up(slot, now)?;
    } else {
        rental.report_down(slot, now)?;
    }
    accounts.worker.serve(rental_key, rental.end_time, up);
    let reason = if up {
        WeightChangeReason::Busy
    } else {
        WeightChangeReason::Idle
    };
    accounts.rewards.sync_serving(
        &ctx.bumps.rewards,
        worker_key,
        &mut accounts.worker,
        rental,
        slot,
        now,
        reason,
    )?;
    rental.seq = rental.seq.safe_add(1)?;
    emit_event(&RentalWorkerStatus {
        header: EventHeader {
            entity: rental_key,
            seq: rental.seq,
        },
        worker: rental.assignments[slot].view(),
        totals: rental.totals()?,
    });
    Ok(())
}

/// The orchestrator reports a worker down: it stops streaming (and, within its first hour of
/// service, forfeits that hour); the unstreamed time returns to the renter at close.
pub fn handler(ctx: Context<RentalReportWorker>) -> Result<()> {
    report(ctx, false)
}
