use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::{RewardsAccrued, WorkerRewardUpdated};
use crate::math::accumulator::WeightClass;
use crate::state::{RewardsConfig, WorkerReward};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RewardsUpdateWorkerArgs {
    /// The wallet that may claim this worker's rewards (unclaimed rewards follow the worker).
    pub owner: Pubkey,
    /// Multiplier × GPU count in the weight authority's units (io_cloud: multiplier in basis
    /// points, H100 = 100,000, RTX 4070 = 2,500, times GPUs); at most `MAX_BASE_WEIGHT`. Only
    /// ratios matter: rewards are pro rata.
    pub base_weight: u64,
    /// Rented right now: weighs `base_weight × busy_boost`.
    pub busy: bool,
    /// Staked and proving uptime: ineligible workers weigh nothing.
    pub eligible: bool,
}

#[derive(Accounts)]
pub struct RewardsUpdateWorker<'info> {
    /// Pays the worker reward account's rent on the first update.
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

fn validate(args: &RewardsUpdateWorkerArgs) -> Result<()> {
    require!(
        args.owner != Pubkey::default(),
        IoRewardsError::InvalidOwner
    );
    require!(
        args.base_weight <= MAX_BASE_WEIGHT,
        IoRewardsError::BaseWeightTooLarge
    );
    Ok(())
}

/// Brings the pool to now, settles the worker at its old weight, then applies the new one.
pub fn handler(ctx: Context<RewardsUpdateWorker>, args: RewardsUpdateWorkerArgs) -> Result<()> {
    validate(&args)?;
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    let worker_reward = &mut ctx.accounts.worker_reward;

    if worker_reward.seq == 0 {
        worker_reward.worker = ctx.accounts.worker.key();
        worker_reward.bump = ctx.bumps.worker_reward;
        config.registered_workers = config.registered_workers.safe_add(1)?;
    }

    let class = WeightClass::of(args.eligible, args.busy);
    config.pool.accrue(now)?;
    config
        .pool
        .set_worker(&mut worker_reward.share, args.base_weight, class)?;
    worker_reward.owner = args.owner;
    worker_reward.busy = args.busy;
    worker_reward.eligible = args.eligible;

    config.seq = config.seq.safe_add(1)?;
    emit_event(&RewardsAccrued {
        header: EventHeader {
            entity: config.key(),
            seq: config.seq,
        },
        registered_workers: config.registered_workers,
        pool: config.pool,
    });

    worker_reward.seq = worker_reward.seq.safe_add(1)?;
    emit_event(&WorkerRewardUpdated {
        header: EventHeader {
            entity: worker_reward.key(),
            seq: worker_reward.seq,
        },
        worker: worker_reward.worker,
        owner: worker_reward.owner,
        base_weight: args.base_weight,
        busy: args.busy,
        eligible: args.eligible,
        weight: config.pool.weight_of(args.base_weight, class)?,
        pending: config.pool.pending(&worker_reward.share)?,
        claimed: worker_reward.claimed,
    });
    Ok(())
}
