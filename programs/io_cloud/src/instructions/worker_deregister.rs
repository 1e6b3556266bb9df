use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::WorkerDeregistered;
use crate::rewards_hook::*;
use crate::state::{CloudConfig, Worker};
use crate::token_cpi;

#[derive(Accounts)]
pub struct WorkerDeregister<'info> {
    /// Receives the rent of the worker and its vault.
    #[account(mut)]
    pub authority: Signer<'info>,

    #[account(
        mut,
        close = authority,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
        has_one = stake_vault @ IoCloudError::WrongStakeVault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoCloudError::WrongIoMint)]
    pub config: Box<Account<'info, CloudConfig>>,

    pub io_mint: Box<Account<'info, Mint>>,

    /// Receives IO sent to the stake vault from outside the program (the authority's account).
    #[account(
        mut,
        token::mint = io_mint,
        token::authority = authority,
        constraint = dust_destination.key() != stake_vault.key() @ IoCloudError::DuplicateAccount,
    )]
    pub dust_destination: Box<Account<'info, TokenAccount>>,

    pub rewards: WorkerRewardsSync<'info>,

    pub token_program: Program<'info, Token>,
}

impl WorkerDeregister<'_> {
    fn validate(&self) -> Result<()> {
        require!(!self.worker.is_rented(), IoCloudError::WorkerRented);
        require!(
            self.worker.balances().total()? == 0,
            IoCloudError::StakeNotWithdrawn
        );
        Ok(())
    }
}

/// Removes an idle, unstaked worker: its weight goes to zero, IO sent to its vault from outside
/// returns to the authority, its vault and account close and their rent returns to the
/// authority. Its io_rewards account stays, with whatever it may still claim.
#[access_control(ctx.accounts.validate())]
pub fn handler(ctx: Context<WorkerDeregister>) -> Result<()> {
    let accounts = ctx.accounts;
    let worker = &accounts.worker;
    let dust = accounts.stake_vault.amount;
    if dust > 0 {
        token_cpi::transfer(
            &accounts.token_program.to_account_info(),
            &accounts.io_mint,
            accounts.stake_vault.to_account_info(),
            accounts.dust_destination.to_account_info(),
            worker.to_account_info(),
            &worker.signer_seeds(),
            dust,
        )?;
    }
    token_cpi::close(
        &accounts.token_program.to_account_info(),
        accounts.stake_vault.to_account_info(),
        accounts.authority.to_account_info(),
        worker.to_account_info(),
        &worker.signer_seeds(),
    )?;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    accounts.rewards.remove(&ctx.bumps.rewards, key, worker)?;
    emit_event(&WorkerDeregistered {
        header: EventHeader::next(key, &mut worker.seq)?,
        authority: worker.authority,
        dust_swept: dust,
    });
    Ok(())
}
