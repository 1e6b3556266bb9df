use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::{RewardsAccrued, WorkerRewardUpdated};
use crate::math::accumulator::{WeightClass, WeightGrant};
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
    /// Hour (Unix time / 3600) at whose start the weight lapses unless granted again: one of
    /// the next `MAX_LEASE_HOURS` boundaries (ignored when ineligible).
    pub lease_end_hour: i64,
    /// Base units added to the worker's busy-boost allowance.
    pub allowance_add: u64,
    /// Drop what is left of the allowance before adding (the worker leaves or starts a rental).
    pub allowance_reset: bool,
    /// The worker's co-staker, or the default key when none earns (the last one keeps its
    /// unclaimed rewards). A new co-staker needs the last one's rewards claimed first.
    pub co_staker: Pubkey,
    /// The co-staker's share of what the worker earns from now on (basis points, at most 100%).
    pub co_share_bps: u16,
}

#[derive(Accounts)]
pub struct RewardsUpdateWorker<'info> {
    /// The registered weight authority (io_cloud signs with its PDA `[b"rewards_authority"]`).
    pub weight_authority: Signer<'info>,

    #[account(
        mut,
        seeds = [REWARDS_CONFIG_SEED],
        bump = config.bump,
        has_one = weight_authority @ IoRewardsError::UnauthorizedWeightAuthority,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,

    #[account(
        mut,
        seeds = [WORKER_REWARD_SEED, worker_reward.worker.as_ref()],
        bump = worker_reward.bump,
    )]
    pub worker_reward: Box<Account<'info, WorkerReward>>,
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

/// Brings the pool to now, settles the worker at its old weight and co-staking terms (up to its
/// lease's end if that has passed), then grants the new ones until `lease_end_hour`.
pub fn handler(ctx: Context<RewardsUpdateWorker>, args: RewardsUpdateWorkerArgs) -> Result<()> {
    validate(&args)?;
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    let worker_reward = &mut ctx.accounts.worker_reward;

    let grant = WeightGrant {
        base_weight: args.base_weight,
        class: WeightClass::of(args.eligible, args.busy),
        lease_end_hour: args.lease_end_hour,
        allowance_add: args.allowance_add,
        allowance_reset: args.allowance_reset,
    };
    config.accrue(now)?;
    config.set_worker(worker_reward, grant)?;
    worker_reward.set_co_staker(args.co_staker, args.co_share_bps)?;
    worker_reward.owner = args.owner;
    worker_reward.busy = args.busy;
    worker_reward.eligible = args.eligible;
    let config_key = config.key();
    emit_updated(config_key, config, worker_reward)
}

/// The config's and the worker's events after a weight change.
pub fn emit_updated(
    config_key: Pubkey,
    config: &mut RewardsConfig,
    worker_reward: &mut Account<WorkerReward>,
) -> Result<()> {
    emit_event(&RewardsAccrued {
        header: EventHeader::next(config_key, &mut config.seq)?,
        registered_workers: config.registered_workers,
        pool: config.pool,
    });
    let share = worker_reward.share;
    let (pending, co_pending) = config.pending(worker_reward)?;
    emit_event(&WorkerRewardUpdated {
        header: EventHeader::next(worker_reward.key(), &mut worker_reward.seq)?,
        worker: worker_reward.worker,
        owner: worker_reward.owner,
        base_weight: share.base_weight,
        busy: worker_reward.busy,
        eligible: worker_reward.eligible,
        weight: config.pool.weight_of(share.base_weight, share.class)?,
        lease_end_hour: share.lease_end_hour,
        boost_allowance: share.boost_allowance,
        pending,
        claimed: worker_reward.claimed,
        co_staker: worker_reward.co_staker,
        co_share_bps: worker_reward.co_share_bps,
        co_pending,
        co_claimed: worker_reward.co_claimed,
    });
    Ok(())
}
