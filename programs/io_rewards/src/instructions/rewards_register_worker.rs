use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::instructions::rewards_update_worker::emit_updated;
use crate::state::{RewardsConfig, WorkerReward};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RewardsRegisterWorkerArgs {
    /// The wallet that may claim this worker's rewards.
    pub owner: Pubkey,
}

#[derive(Accounts)]
pub struct RewardsRegisterWorker<'info> {
    /// Pays the worker reward account's rent.
    #[account(mut)]
    pub payer: Signer<'info>,

    /// The registered weight authority (io_cloud signs with its PDA `[b"rewards_authority"]`).
    pub weight_authority: Signer<'info>,

    #[account(
        mut,
        seeds = [REWARDS_CONFIG_SEED],
        bump = config.bump,
        has_one = weight_authority @ IoRewardsError::UnauthorizedWeightAuthority,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,

    /// CHECK: only its key is used, as the seed of the worker reward account; the weight
    /// authority's signature vouches that it is io_cloud's worker account.
    pub worker: UncheckedAccount<'info>,

    /// Created on a worker's first registration; kept (with its unclaimed rewards) when the
    /// worker deregisters and registers again.
    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + WorkerReward::INIT_SPACE,
        seeds = [WORKER_REWARD_SEED, worker.key().as_ref()],
        bump,
    )]
    pub worker_reward: Box<Account<'info, WorkerReward>>,

    pub system_program: Program<'info, System>,
}

/// Creates a worker's reward account (no weight until the weight authority grants it), or
/// updates its owner if it exists.
pub fn handler(ctx: Context<RewardsRegisterWorker>, args: RewardsRegisterWorkerArgs) -> Result<()> {
    require!(
        args.owner != Pubkey::default(),
        IoRewardsError::InvalidOwner
    );
    let now = Clock::get()?.unix_timestamp;
    let config_key = ctx.accounts.config.key();
    let config = &mut ctx.accounts.config;
    let worker_reward = &mut ctx.accounts.worker_reward;
    if worker_reward.seq == 0 {
        worker_reward.worker = ctx.accounts.worker.key();
        worker_reward.bump = ctx.bumps.worker_reward;
        config.registered_workers = config.registered_workers.safe_add(1)?;
    }
    config.accrue(now)?;
    worker_reward.owner = args.owner;
    emit_updated(config_key, config, worker_reward)
}
