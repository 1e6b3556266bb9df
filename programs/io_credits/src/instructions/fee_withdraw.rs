use anchor_lang::prelude::*;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::events::FeeWithdrawn;
use crate::signed_cpi::pay_from_vault;
use crate::state::{CreditsConfig, Tender};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct FeeWithdrawArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct FeeWithdraw<'info> {
    pub governance: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCreditsError::Unauthorized,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    #[account(
        mut,
        seeds = [TENDER_SEED, mint.key().as_ref()],
        bump = tender.bump,
        has_one = vault @ IoCreditsError::WrongVault,
    )]
    pub tender: Box<Account<'info, Tender>>,

    pub mint: Box<InterfaceAccount<'info, Mint>>,

    #[account(mut)]
    pub vault: Box<InterfaceAccount<'info, TokenAccount>>,

    /// The treasury's account of this tender.
    #[account(
        mut,
        constraint = destination.mint == mint.key() @ IoCreditsError::WrongMint,
        constraint = destination.key() != vault.key() @ IoCreditsError::DuplicateAccount,
    )]
    pub destination: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(address = tender.token_program @ IoCreditsError::WrongTokenProgram)]
    pub token_program: Interface<'info, TokenInterface>,
}

impl FeeWithdraw<'_> {
    fn validate(&self, args: &FeeWithdrawArgs) -> Result<()> {
        require!(args.amount > 0, IoCreditsError::ZeroAmount);
        require!(
            args.amount <= self.tender.vault_balance()?,
            IoCreditsError::TreasuryExceeded
        );
        Ok(())
    }
}

/// Governance moves the treasury's share of a fee vault to a treasury account.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<FeeWithdraw>, args: FeeWithdrawArgs) -> Result<()> {
    let accounts = ctx.accounts;
    withdraw(
        &accounts.token_program,
        &accounts.mint,
        &accounts.vault,
        &accounts.destination,
        &mut accounts.tender,
        args.amount,
    )
}

/// Pays `amount` (checked against the vault's balance by the caller) from a tender's vault to
/// `destination`, counted as withdrawn.
pub fn withdraw<'info>(
    token_program: &Interface<'info, TokenInterface>,
    mint: &InterfaceAccount<'info, Mint>,
    vault: &InterfaceAccount<'info, TokenAccount>,
    destination: &InterfaceAccount<'info, TokenAccount>,
    tender: &mut Account<'info, Tender>,
    amount: u64,
) -> Result<()> {
    pay_from_vault(token_program, mint, vault, destination, tender, amount)?;
    tender.fees_withdrawn = tender.fees_withdrawn.safe_add(amount)?;
    emit_event(&FeeWithdrawn {
        header: EventHeader::next(tender.key(), &mut tender.seq)?,
        mint: tender.mint,
        destination: destination.key(),
        amount,
        fees_withdrawn: tender.fees_withdrawn,
        vault_balance: tender.vault_balance()?,
    });
    Ok(())
}
