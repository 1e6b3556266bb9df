use anchor_lang::prelude::*;

use crate::constants::WORKER_SEED;
use crate::events::WeightChangeReason;
use crate::rewards_hook::*;
use crate::state::Worker;

#[derive(Accounts)]
pub struct WorkerSyncRewards<'info> {
    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    pub rewards: WorkerRewardsSync<'info>,
}

/// Anyone: grants io_rewards the worker's weight as of now. Every weight change already does
/// this inside its own instruction; this settles a worker nobody else touches (a silent one
/// whose lease has lapsed, before its lease's checkpoint is forgotten).
pub fn handler(ctx: Context<WorkerSyncRewards>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        &mut ctx.accounts.worker,
        now,
        WeightChangeReason::Refreshed,
    )
}
