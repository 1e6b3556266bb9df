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

/// A payment out of a tender's fee vault (`fee_withdraw`, `fee_release`): the tender, its mint,
/// its vault, where the IO or tokens go, and the tender's token program.
#[derive(Accounts)]
pub struct FeeVaultPayout<'info> {
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

    #[account(
        mut,
        constraint = destination.mint == mint.key() @ IoCreditsError::WrongMint,
        constraint = destination.key() != vault.key() @ IoCreditsError::DuplicateAccount,
    )]
    pub destination: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(address = tender.token_program @ IoCreditsError::WrongTokenProgram)]
    pub token_program: Interface<'info, TokenInterface>,
}

impl FeeVaultPayout<'_> {
    /// A payout of `amount` must be positive and within what the vault holds of fees.
    pub fn validate(&self, amount: u64) -> Result<()> {
        require!(amount > 0, IoCreditsError::ZeroAmount);
        require!(
            amount <= self.tender.vault_balance()?,
            IoCreditsError::TreasuryExceeded
        );
        Ok(())
    }

    /// Pays `amount` from the vault to `destination`, counted as withdrawn.
    pub fn pay(&mut self, amount: u64) -> Result<()> {
        pay_from_vault(
            &self.token_program,
            &self.mint,
            &self.vault,
            &self.destination,
            &self.tender,
            amount,
        )?;
        let tender = &mut self.tender;
        tender.fees_withdrawn = tender.fees_withdrawn.safe_add(amount)?;
        emit_event(&FeeWithdrawn {
            header: EventHeader::next(tender.key(), &mut tender.seq)?,
            mint: tender.mint,
            destination: self.destination.key(),
            amount,
            fees_withdrawn: tender.fees_withdrawn,
            vault_balance: tender.vault_balance()?,
        });
        Ok(())
    }
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

    /// To the treasury's account of this tender.
    pub payout: FeeVaultPayout<'info>,
}

/// Governance moves the treasury's share of a fee vault to a treasury account.
#[access_control(ctx.accounts.payout.validate(args.amount))]
pub fn handler(ctx: Context<FeeWithdraw>, args: FeeWithdrawArgs) -> Result<()> {
    ctx.accounts.payout.pay(args.amount)
}
