use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoTokenError;
use crate::events::VestingClaimed;
use crate::signed_cpi::pay_from_vault;
use crate::state::{TokenConfig, VestingSchedule};

#[derive(Accounts)]
pub struct VestingClaim<'info> {
    pub beneficiary: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = mint @ IoTokenError::WrongMint)]
    pub config: Box<Account<'info, TokenConfig>>,

    pub mint: Box<Account<'info, Mint>>,

    #[account(
        mut,
        seeds = [VESTING_SEED, &[vesting.allocation.seed()]],
        bump = vesting.bump,
        has_one = beneficiary @ IoTokenError::NotBeneficiary,
        has_one = vault @ IoTokenError::WrongVault,
    )]
    pub vesting: Box<Account<'info, VestingSchedule>>,

    #[account(mut)]
    pub vault: Box<Account<'info, TokenAccount>>,

    /// Where the unlocked IO goes; any IO account the beneficiary chooses, except the vault.
    #[account(
        mut,
        token::mint = mint,
        constraint = destination.key() != vault.key() @ IoTokenError::DuplicateAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<VestingClaim>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let amount = accounts.vesting.claimable_at(now);
    require!(amount > 0, IoTokenError::NothingToClaim);

    pay_from_vault(
        &accounts.token_program,
        &accounts.mint,
        &accounts.vault,
        &accounts.destination,
        &accounts.vesting,
        amount,
    )?;

    let vesting = &mut accounts.vesting;
    vesting.claimed = vesting.claimed.safe_add(amount)?;
    emit_event(&VestingClaimed {
        header: EventHeader::next(vesting.key(), &mut vesting.seq)?,
        beneficiary: vesting.beneficiary,
        destination: accounts.destination.key(),
        amount,
        claimed: vesting.claimed,
        remaining: vesting.total.safe_sub(vesting.claimed)?,
    });
    Ok(())
}
