use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{CoStakeChange, WeightChangeReason};
use crate::rewards_hook::*;
use crate::state::Worker;

#[derive(Accounts)]
pub struct CoStakeExit<'info> {
    pub co_staker: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = co_staker @ IoCloudError::NotCoStaker,
        constraint = worker.co_exit_at == 0 @ IoCloudError::CoStakeExiting,
    )]
    pub worker: Box<Account<'info, Worker>>,

    pub rewards: WorkerRewardsSync<'info>,
}

/// Starts the co-staker's exit: it earns nothing from this second; its IO still counts towards
/// the device's minimum for the 7-day notice (the owner's time to make up the stake), then cools
/// down for 14 days, slashable throughout.
pub fn handler(ctx: Context<CoStakeExit>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.co_exit_at = now.safe_add(CO_STAKE_EXIT_NOTICE_SECONDS)?;
    worker.emit_co_stake(key, CoStakeChange::ExitRequested, 0)?;
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::CoStake,
    )
}
