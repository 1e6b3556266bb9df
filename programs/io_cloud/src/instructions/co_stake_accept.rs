use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{CoStakeChange, WeightChangeReason};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, Worker};
use crate::token_cpi;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CoStakeAcceptArgs {
    /// IO deposited: at most the offer's cap.
    pub amount: u64,
    /// The reward share the co-staker accepts: refused if the offer's differs (an owner can't
    /// change the terms under a pending acceptance).
    pub share_bps: u16,
}

#[derive(Accounts)]
pub struct CoStakeAccept<'info> {
    pub co_staker: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoCloudError::WrongIoMint)]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = stake_vault @ IoCloudError::WrongStakeVault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    /// The co-staker's IO account the deposit comes from.
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

/// Takes the worker's open offer: the co-staker's IO goes into the stake vault, counts towards
/// the minimum, and earns the offer's share of the worker's block rewards from this second.
/// io_rewards refuses while the worker's last co-staker has whole base units unclaimed
/// (anyone may pay them out with `rewards_claim_co_stake`).
pub fn handler(ctx: Context<CoStakeAccept>, args: CoStakeAcceptArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let co_staker = accounts.co_staker.key();
    accounts
        .worker
        .check_co_stake_acceptance(co_staker, args.amount, args.share_bps)?;
    token_cpi::transfer(
        &accounts.token_program.to_account_info(),
        &accounts.io_mint,
        accounts.source.to_account_info(),
        accounts.stake_vault.to_account_info(),
        accounts.co_staker.to_account_info(),
        &[],
        args.amount,
    )?;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    worker.co_staker = co_staker;
    worker.co_staked = args.amount;
    worker.co_offer_max = 0;
    worker.co_exit_at = 0;
    worker.emit_co_stake(key, CoStakeChange::Accepted, args.amount)?;
    accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::CoStake,
    )
}
