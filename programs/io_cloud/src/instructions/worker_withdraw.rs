use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{StakeChange, WorkerStakeChanged};
use crate::state::{CloudConfig, Worker};
use crate::token_cpi;

#[derive(Accounts)]
pub struct WorkerWithdraw<'info> {
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

    /// Any IO account the authority chooses, except the vault.
    #[account(
        mut,
        token::mint = io_mint,
        constraint = destination.key() != stake_vault.key() @ IoCloudError::DuplicateAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    pub io_mint: Box<Account<'info, Mint>>,

    pub token_program: Program<'info, Token>,
}

impl WorkerWithdraw<'_> {
    fn validate(&self) -> Result<()> {
        require!(self.worker.unstaking > 0, IoCloudError::NothingUnstaking);
        let now = Clock::get()?.unix_timestamp;
        require!(
            now >= self.worker.unstake_available_at,
            IoCloudError::CooldownNotOver
        );
        Ok(())
    }
}

/// Pays out unstaked IO once its cooldown is over.
#[access_control(ctx.accounts.validate())]
pub fn handler(ctx: Context<WorkerWithdraw>) -> Result<()> {
    let accounts = ctx.accounts;
    let amount = accounts.worker.unstaking;
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
    worker.unstaking = 0;
    worker.unstake_available_at = 0;
    emit_event(&WorkerStakeChanged {
        header: EventHeader::next(key, &mut worker.seq)?,
        change: StakeChange::Withdrawn,
        amount,
        staked: worker.staked,
        unstaking: worker.unstaking,
        unstake_available_at: worker.unstake_available_at,
        min_stake: worker.min_stake()?,
    });
    Ok(())
}
