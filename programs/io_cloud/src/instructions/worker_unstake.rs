use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{StakeChange, WeightChangeReason, WorkerStakeChanged};
use crate::rewards_hook::*;
use crate::state::Worker;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct WorkerUnstakeArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct WorkerUnstake<'info> {
    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
    )]
    pub worker: Box<Account<'info, Worker>>,

    pub rewards: WorkerRewardsSync<'info>,
}

impl WorkerUnstake<'_> {
    fn validate(&self, args: &WorkerUnstakeArgs) -> Result<()> {
        require!(args.amount > 0, IoCloudError::ZeroAmount);
        require!(!self.worker.is_rented(), IoCloudError::WorkerRented);
        require!(self.worker.unstaking == 0, IoCloudError::UnstakePending);
        require!(
            args.amount <= self.worker.staked,
            IoCloudError::InsufficientStake
        );
        Ok(())
    }
}

/// Starts the 14-day cooldown of `amount` of the stake; refused while rented. The amount stops
/// counting towards the minimum at once and stays slashable until withdrawn.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<WorkerUnstake>, args: WorkerUnstakeArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.staked = worker.staked.safe_sub(args.amount)?;
    worker.unstaking = args.amount;
    worker.unstake_available_at = now.safe_add(UNSTAKE_COOLDOWN_SECONDS)?;
    emit_event(&WorkerStakeChanged {
        header: EventHeader::next(key, &mut worker.seq)?,
        change: StakeChange::UnstakeRequested,
        amount: args.amount,
        staked: worker.staked,
        unstaking: worker.unstaking,
        unstake_available_at: worker.unstake_available_at,
        min_stake: worker.min_stake()?,
    });
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Unstaked,
    )
}
