use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};
use io_token::program::IoToken;

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::CoStakerRewardsClaimed;
use crate::instructions::rewards_claim::mint_claim;
use crate::state::{RewardsConfig, WorkerReward};

#[derive(Accounts)]
pub struct RewardsClaimCoStake<'info> {
    /// Also the emission authority that signs the mint.
    #[account(
        mut,
        seeds = [REWARDS_CONFIG_SEED],
        bump = config.bump,
        has_one = token_config @ IoRewardsError::WrongTokenConfig,
        has_one = mint @ IoRewardsError::WrongConfigMint,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,

    #[account(
        mut,
        seeds = [WORKER_REWARD_SEED, worker_reward.worker.as_ref()],
        bump = worker_reward.bump,
        constraint = worker_reward.co_staker != Pubkey::default() @ IoRewardsError::NoCoStaker,
    )]
    pub worker_reward: Box<Account<'info, WorkerReward>>,

    /// CHECK: pinned to the config's `token_config` (io_token's config PDA); io_token checks
    /// its owner, seeds and the emission authority again in the CPI.
    #[account(mut)]
    pub token_config: UncheckedAccount<'info>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    /// An IO account of the co-staker's own: the claim pays no one else, so anyone may send it.
    #[account(
        mut,
        constraint = destination.mint == mint.key() @ IoRewardsError::WrongMint,
        constraint = destination.owner == worker_reward.co_staker @ IoRewardsError::NotCoStakerAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    /// The fee reserve (IO fees the engine distributed are paid from it first).
    #[account(mut, seeds = [FEE_RESERVE_SEED], bump)]
    pub fee_reserve: Box<Account<'info, TokenAccount>>,

    pub io_token_program: Program<'info, IoToken>,
    pub token_program: Program<'info, Token>,
}

/// Brings the pool to now, settles the worker (splitting what it earned) and mints the
/// co-staker's whole base units to its own IO account. Anyone may send it (a new co-staker's
/// acceptance needs the last one paid first); O(1) like the owner's claim.
pub fn handler(ctx: Context<RewardsClaimCoStake>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let config = &mut accounts.config;
    let worker_reward = &mut accounts.worker_reward;

    config.accrue(now)?;
    let amount = config.claim_co_staker(worker_reward)?;
    mint_claim(
        &accounts.io_token_program,
        &accounts.token_program,
        config,
        &accounts.token_config,
        &accounts.mint,
        &accounts.destination,
        &accounts.fee_reserve,
        amount,
    )?;
    let (pending, _) = config.pending(worker_reward)?;
    emit_event(&CoStakerRewardsClaimed {
        header: EventHeader::next(worker_reward.key(), &mut worker_reward.seq)?,
        worker: worker_reward.worker,
        co_staker: worker_reward.co_staker,
        destination: accounts.destination.key(),
        amount,
        co_claimed: worker_reward.co_claimed,
        pending,
        claimed: worker_reward.claimed,
    });
    Ok(())
}
