use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount, TransferChecked};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::PositionWithdrawn;
use crate::state::{DaoConfig, Position};

#[derive(Accounts)]
pub struct PositionWithdraw<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,

    #[account(mut, seeds = [DAO_CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoDaoError::WrongIoMint, has_one = lock_vault @ IoDaoError::WrongLockVault)]
    pub config: Box<Account<'info, DaoConfig>>,

    pub io_mint: Box<Account<'info, Mint>>,

    #[account(mut)]
    pub lock_vault: Box<Account<'info, TokenAccount>>,

    /// Not the lock vault: a transfer to itself would close the position and strand its IO.
    #[account(mut, token::mint = io_mint, constraint = destination.key() != lock_vault.key() @ IoDaoError::DuplicateAccount)]
    pub destination: Box<Account<'info, TokenAccount>>,

    /// Closed to the owner once withdrawn.
    #[account(
        mut,
        close = owner,
        seeds = [POSITION_SEED, owner.key().as_ref(), &position.nonce.to_le_bytes()],
        bump = position.bump,
        has_one = owner @ IoDaoError::NotPositionOwner,
    )]
    pub position: Box<Account<'info, Position>>,

    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<PositionWithdraw>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let position = &accounts.position;
    require!(position.expired_at(now), IoDaoError::LockNotExpired);
    require!(now >= position.voted_until, IoDaoError::PositionHasLiveVote);

    let config = &accounts.config;
    let seeds: &[&[u8]] = &[DAO_CONFIG_SEED, &[config.bump]];
    token::transfer_checked(
        CpiContext::new_with_signer(
            accounts.token_program.to_account_info(),
            TransferChecked {
                from: accounts.lock_vault.to_account_info(),
                mint: accounts.io_mint.to_account_info(),
                to: accounts.destination.to_account_info(),
                authority: config.to_account_info(),
            },
            &[seeds],
        ),
        position.amount,
        accounts.io_mint.decimals,
    )?;

    let amount = position.amount;
    let config = &mut accounts.config;
    config.total_locked = config.total_locked.safe_sub(amount)?;
    emit_event(&PositionWithdrawn {
        header: EventHeader::next(accounts.position.key(), &mut accounts.position.seq)?,
        owner: accounts.owner.key(),
        amount,
        total_locked: config.total_locked,
    });
    Ok(())
}
