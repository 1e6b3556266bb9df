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

    /// CHECK: the worker's io_rewards account (address checked by seeds); io_rewards updates it.
    #[account(
        mut,
        seeds = [io_rewards::constants::WORKER_REWARD_SEED, worker.key().as_ref()],
        bump,
        seeds::program = io_rewards::ID,
    )]
    pub worker_reward: UncheckedAccount<'info>,

    pub rewards: RewardsSync<'info>,
}

/// Anyone: grants io_rewards the worker's weight as of now. Every weight change already does
/// this inside its own instruction; this settles a worker nobody else touches (a silent one
/// whose lease has lapsed, before its lease's checkpoint is forgotten).
pub fn handler(ctx: Context<WorkerSyncRewards>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker_reward = ctx.accounts.worker_reward.to_account_info();
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        &mut ctx.accounts.worker,
        &worker_reward,
        now,
        WeightChangeReason::Refreshed,
    )
}
