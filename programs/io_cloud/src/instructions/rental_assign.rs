use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{RentalAssigned, WeightChangeReason};
use crate::remaining::load_worker;
use crate::rewards_hook::sync_worker_weight;
use crate::state::{AssignedWorker, CloudConfig, Rental, RentalState, Worker};

/// `remaining_accounts`: the workers (writable), whose GPUs add up to the rental's.
#[derive(Accounts)]
pub struct RentalAssign<'info> {
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
}

/// Checks a worker may serve `rental` at `now`: its class, idle, eligible.
pub fn check_assignable(worker: &Worker, rental: &Rental, now: i64) -> Result<AssignedWorker> {
    require!(
        worker.device_class == rental.device_class,
        IoCloudError::WrongDeviceClass
    );
    require!(!worker.is_rented(), IoCloudError::WorkerBusy);
    require!(worker.is_eligible_at(now)?, IoCloudError::WorkerIneligible);
    Ok(AssignedWorker {
        worker: worker.address()?,
        owner: worker.authority,
        gpus: worker.gpus,
    })
}

/// Marks a worker as serving `rental` (or idle, with the default key) and reports its weight.
pub fn set_worker_rental(
    key: Pubkey,
    worker: &mut Worker,
    rental: Pubkey,
    busy: bool,
    now: i64,
) -> Result<()> {
    worker.rental = rental;
    worker.busy = busy;
    let reason = if busy {
        WeightChangeReason::Busy
    } else {
        WeightChangeReason::Idle
    };
    sync_worker_weight(key, worker, now, reason)
}

/// The orchestrator assigns eligible idle workers of the booked class; streaming starts now.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalAssign<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let rental_key = ctx.accounts.rental.key();
    let rental = &mut ctx.accounts.rental;
    require!(
        rental.state == RentalState::Booked,
        IoCloudError::RentalNotBooked
    );
    let mut workers = Vec::with_capacity(ctx.remaining_accounts.len());
    let mut assigned = Vec::with_capacity(ctx.remaining_accounts.len());
    for info in ctx.remaining_accounts {
        let worker = load_worker(info)?;
        assigned.push(check_assignable(&worker, rental, now)?);
        workers.push(worker);
    }
    rental.start(&assigned, now)?;
    for worker in workers.iter_mut() {
        let key = worker.key();
        set_worker_rental(key, worker, rental_key, true, now)?;
        worker.exit(&crate::ID)?;
    }
    rental.seq = rental.seq.safe_add(1)?;
    emit_event(&RentalAssigned {
        header: EventHeader {
            entity: rental_key,
            seq: rental.seq,
        },
        workers: rental.views(),
        totals: rental.totals()?,
    });
    Ok(())
}
