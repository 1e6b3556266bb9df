use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};
use io_token::program::IoToken;

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::{RewardsAccrued, RewardsClaimed};
use crate::signed_cpi::{mint_rewards, pay_from_fee_reserve};
use crate::state::{RewardsConfig, WorkerReward};

#[derive(Accounts)]
pub struct RewardsClaim<'info> {
    /// The worker's owner, as the weight authority registered it.
    pub owner: Signer<'info>,

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
        has_one = owner @ IoRewardsError::NotWorkerOwner,
    )]
    pub worker_reward: Box<Account<'info, WorkerReward>>,

    /// CHECK: pinned to the config's `token_config` (io_token's config PDA); io_token checks
    /// its owner, seeds and the emission authority again in the CPI.
    #[account(mut)]
    pub token_config: UncheckedAccount<'info>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    /// Any IO token account the owner chooses but the fee reserve.
    #[account(
        mut,
        constraint = destination.mint == mint.key() @ IoRewardsError::WrongMint,
        constraint = destination.key() != fee_reserve.key() @ IoRewardsError::DuplicateAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    /// The fee reserve (IO fees the engine distributed are paid from it first).
    #[account(mut, seeds = [FEE_RESERVE_SEED], bump)]
    pub fee_reserve: Box<Account<'info, TokenAccount>>,

    pub io_token_program: Program<'info, IoToken>,
    pub token_program: Program<'info, Token>,
}

/// Brings the pool to now, settles the worker (its co-staker's share split off) and mints the
/// owner's whole base units through io_token's emission gate. Costs the same whatever the
/// number of workers or the hours since the last claim.
pub fn handler(ctx: Context<RewardsClaim>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let config = &mut accounts.config;
    let worker_reward = &mut accounts.worker_reward;

    config.accrue(now)?;
    let amount = config.claim_owner(worker_reward)?;
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
    let (_, co_pending) = config.pending(worker_reward)?;
    emit_event(&RewardsClaimed {
        header: EventHeader::next(worker_reward.key(), &mut worker_reward.seq)?,
        worker: worker_reward.worker,
        owner: worker_reward.owner,
        destination: accounts.destination.key(),
        amount,
        claimed: worker_reward.claimed,
        co_pending,
        co_claimed: worker_reward.co_claimed,
    });
    Ok(())
}

/// Pays a claim of `amount` (refused if 0): what the engine distributed from fees and claims
/// have not taken out of the fee reserve first, the rest minted through the emission gate; then
/// emits the pool as the claim left it.
#[allow(clippy::too_many_arguments)]
pub fn mint_claim<'info>(
    io_token_program: &Program<'info, IoToken>,
    token_program: &Program<'info, Token>,
    config: &mut Account<'info, RewardsConfig>,
    token_config: &UncheckedAccount<'info>,
    mint: &Account<'info, Mint>,
    destination: &Account<'info, TokenAccount>,
    fee_reserve: &Account<'info, TokenAccount>,
    amount: u64,
) -> Result<()> {
    require!(amount > 0, IoRewardsError::NothingToClaim);
    let from_fees = config.ide.take_from_fees(amount)?;
    if from_fees > 0 {
        pay_from_fee_reserve(token_program, config, fee_reserve, destination, from_fees)?;
    }
    let minted = amount.safe_sub(from_fees)?;
    if minted > 0 {
        mint_rewards(
            io_token_program,
            token_program,
            config,
            token_config,
            mint,
            destination,
            minted,
        )?;
    }
    emit_event(&RewardsAccrued {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        registered_workers: config.registered_workers,
        pool: config.pool,
    });
    Ok(())
}
