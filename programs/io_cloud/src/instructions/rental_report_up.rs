use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::rewards_hook::*;
use crate::state::{CloudConfig, Rental, Worker};
use crate::worker_status::report;

#[derive(Accounts)]
pub struct RentalReportUp<'info> {
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

/// The orchestrator reports a down worker back up: it streams again from now.
pub fn handler(ctx: Context<RentalReportUp>) -> Result<()> {
    let accounts = ctx.accounts;
    report(
        &mut accounts.rental,
        &mut accounts.worker,
        &accounts.rewards,
        &ctx.bumps.rewards,
        true,
    )
}
