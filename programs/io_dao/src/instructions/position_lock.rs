use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, Token, TokenAccount, TransferChecked};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::PositionLocked;
use crate::state::{DaoConfig, LockKind, Position};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct PositionLockArgs {
    /// Distinguishes the owner's positions (part of the PDA seeds).
    pub nonce: u64,
    pub amount: u64,
    pub kind: LockKind,
    /// 1 day to 4 years.
    pub lock_secs: i64,
}

#[derive(Accounts)]
#[instruction(args: PositionLockArgs)]
pub struct PositionLock<'info> {
    #[account(mut)]
    pub owner: Signer<'info>,

    #[account(mut, seeds = [DAO_CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoDaoError::WrongIoMint, has_one = lock_vault @ IoDaoError::WrongLockVault)]
    pub config: Box<Account<'info, DaoConfig>>,

    pub io_mint: Box<Account<'info, Mint>>,

    #[account(mut)]
    pub lock_vault: Box<Account<'info, TokenAccount>>,

    #[account(mut, token::mint = io_mint, token::authority = owner)]
    pub source: Box<Account<'info, TokenAccount>>,

    #[account(
        init,
        payer = owner,
        space = 8 + Position::INIT_SPACE,
        seeds = [POSITION_SEED, owner.key().as_ref(), &args.nonce.to_le_bytes()],
        bump,
    )]
    pub position: Box<Account<'info, Position>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

pub fn validate_lock_secs(lock_secs: i64) -> Result<()> {
    require!(lock_secs >= MIN_LOCK_SECS, IoDaoError::LockTooShort);
    require!(lock_secs <= MAX_LOCK_SECS, IoDaoError::LockTooLong);
    Ok(())
}

pub fn handler(ctx: Context<PositionLock>, args: PositionLockArgs) -> Result<()> {
    require!(args.amount > 0, IoDaoError::ZeroAmount);
    validate_lock_secs(args.lock_secs)?;
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;

    token::transfer_checked(
        CpiContext::new(
            accounts.token_program.to_account_info(),
            TransferChecked {
                from: accounts.source.to_account_info(),
                mint: accounts.io_mint.to_account_info(),
                to: accounts.lock_vault.to_account_info(),
                authority: accounts.owner.to_account_info(),
            },
        ),
        args.amount,
        accounts.io_mint.decimals,
    )?;

    let lock_end = match args.kind {
        LockKind::Cliff => now.safe_add(args.lock_secs)?,
        LockKind::Constant => 0,
    };
    accounts.position.set_inner(Position {
        owner: accounts.owner.key(),
        nonce: args.nonce,
        amount: args.amount,
        kind: args.kind,
        lock_end,
        lock_secs: args.lock_secs,
        voted_until: 0,
        seq: 0,
        bump: ctx.bumps.position,
    });
    let config = &mut accounts.config;
    config.total_locked = config.total_locked.safe_add(args.amount)?;

    let position = &mut accounts.position;
    emit_event(&PositionLocked {
        header: EventHeader::next(position.key(), &mut position.seq)?,
        owner: position.owner,
        amount: position.amount,
        kind: position.kind,
        lock_end: position.lock_end,
        lock_secs: position.lock_secs,
        voting_power: position.power_at(now),
        total_locked: config.total_locked,
    });
    Ok(())
}
