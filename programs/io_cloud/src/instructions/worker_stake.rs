use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{StakeChange, WeightChangeReason, WorkerStakeChanged};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, Worker};
use crate::token_cpi;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct WorkerStakeArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct WorkerStake<'info> {
    pub authority: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoCloudError::WrongIoMint)]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
        has_one = stake_vault @ IoCloudError::WrongStakeVault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    /// The authority's IO account the stake comes from.
    #[account(
        mut,
        token::mint = io_mint,
        constraint = source.key() != stake_vault.key() @ IoCloudError::DuplicateAccount,
    )]
    pub source: Box<Account<'info, TokenAccount>>,

    pub io_mint: Box<Account<'info, Mint>>,

    pub token_program: Program<'info, Token>,

    pub rewards: WorkerRewardsSync<'info>,
}

/// Moves IO from the authority into the worker's stake vault.
pub fn handler(ctx: Context<WorkerStake>, args: WorkerStakeArgs) -> Result<()> {
    require!(args.amount > 0, IoCloudError::ZeroAmount);
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    token_cpi::transfer(
        &accounts.token_program.to_account_info(),
        &accounts.io_mint,
        accounts.source.to_account_info(),
        accounts.stake_vault.to_account_info(),
        accounts.authority.to_account_info(),
        &[],
        args.amount,
    )?;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    worker.staked = worker.staked.safe_add(args.amount)?;
    emit_event(&WorkerStakeChanged {
        header: EventHeader::next(key, &mut worker.seq)?,
        change: StakeChange::Staked,
        amount: args.amount,
        staked: worker.staked,
        unstaking: worker.unstaking,
        unstake_available_at: worker.unstake_available_at,
        min_stake: worker.min_stake()?,
    });
    accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Staked,
    )
}
