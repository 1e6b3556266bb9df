use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::CoStakeChange;
use crate::state::{CloudConfig, Worker};
use crate::token_cpi;

#[derive(Accounts)]
pub struct CoStakeWithdraw<'info> {
    pub co_staker: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoCloudError::WrongIoMint)]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = co_staker @ IoCloudError::NotCoStaker,
        has_one = stake_vault @ IoCloudError::WrongStakeVault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    /// Any IO account the co-staker chooses, except the vault.
    #[account(
        mut,
        token::mint = io_mint,
        constraint = destination.key() != stake_vault.key() @ IoCloudError::DuplicateAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    pub io_mint: Box<Account<'info, Mint>>,

    pub token_program: Program<'info, Token>,
}

impl CoStakeWithdraw<'_> {
    fn validate(&self) -> Result<()> {
        let worker = &self.worker;
        require!(worker.co_exit_at != 0, IoCloudError::CoStakeNotExiting);
        let now = Clock::get()?.unix_timestamp;
        require!(
            now >= worker.co_available_at()?,
            IoCloudError::CooldownNotOver
        );
        // A reversed slash returns the co-staker's part to the co-stake: it waits for them.
        require!(worker.in_appeal == 0, IoCloudError::SlashCasesOpen);
        Ok(())
    }
}

/// Pays the co-staker its IO (what slashes left) after the 7-day notice and the 14-day
/// cooldown, and frees the worker for a new offer. Its rewards weight is unchanged: the
/// co-stake stopped counting when the notice ended.
#[access_control(ctx.accounts.validate())]
pub fn handler(ctx: Context<CoStakeWithdraw>) -> Result<()> {
    let accounts = ctx.accounts;
    let amount = accounts.worker.co_staked;
    let worker = &accounts.worker;
    token_cpi::transfer(
        &accounts.token_program.to_account_info(),
        &accounts.io_mint,
        accounts.stake_vault.to_account_info(),
        accounts.destination.to_account_info(),
        worker.to_account_info(),
        &worker.signer_seeds(),
        amount,
    )?;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    worker.co_staked = 0;
    worker.emit_co_stake(key, CoStakeChange::Withdrawn, amount)?;
    worker.co_staker = Pubkey::default();
    worker.co_share_bps = 0;
    worker.co_exit_at = 0;
    Ok(())
}
