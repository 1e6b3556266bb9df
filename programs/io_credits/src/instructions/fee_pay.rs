use anchor_lang::prelude::*;
use anchor_spl::token_interface::{self, Mint, TokenAccount, TokenInterface, TransferChecked};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::events::FeeCollected;
use crate::math::fees::fee_of;
use crate::signed_cpi::burn_from_vault;
use crate::state::{CreditsConfig, Tender, TenderKind};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct FeePayArgs {
    /// The fee, in base units of the tender (computed with `math::fees`).
    pub amount: u64,
}

#[derive(Accounts)]
pub struct FeePay<'info> {
    /// Owner of the source account (a renter, or io_cloud's rental PDA through CPI).
    pub payer: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump)]
    pub config: Box<Account<'info, CreditsConfig>>,

    #[account(
        mut,
        seeds = [TENDER_SEED, mint.key().as_ref()],
        bump = tender.bump,
        has_one = vault @ IoCreditsError::WrongVault,
    )]
    pub tender: Box<Account<'info, Tender>>,

    /// Writable: IO fees are partly burned.
    #[account(mut)]
    pub mint: Box<InterfaceAccount<'info, Mint>>,

    #[account(
        mut,
        constraint = source.key() != vault.key() @ IoCreditsError::DuplicateAccount,
        constraint = source.mint == mint.key() @ IoCreditsError::WrongMint,
        constraint = source.owner == payer.key() @ IoCreditsError::NotTokenOwner,
    )]
    pub source: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(mut)]
    pub vault: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(address = tender.token_program @ IoCreditsError::WrongTokenProgram)]
    pub token_program: Interface<'info, TokenInterface>,
}

impl FeePay<'_> {
    fn validate(&self, args: &FeePayArgs) -> Result<()> {
        require!(args.amount > 0, IoCreditsError::ZeroAmount);
        // A disabled tender takes no new payments; a rental booked before still pays its
        // workers' supplier fees (its signer is an account of io_cloud's, hence its PDA).
        let owed_by_a_rental = *self.payer.owner == IO_CLOUD_PROGRAM_ID;
        require!(
            self.tender.enabled || owed_by_a_rental,
            IoCreditsError::TenderDisabled
        );
        Ok(())
    }
}

/// Moves a fee into the tender's vault and accounts everything new there (the payment and
/// anything sent to the vault directly); of IO fees, the governed share is burned at once.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<FeePay>, args: FeePayArgs) -> Result<()> {
    let accounts = ctx.accounts;
    token_interface::transfer_checked(
        CpiContext::new(
            accounts.token_program.to_account_info(),
            TransferChecked {
                from: accounts.source.to_account_info(),
                mint: accounts.mint.to_account_info(),
                to: accounts.vault.to_account_info(),
                authority: accounts.payer.to_account_info(),
            },
        ),
        args.amount,
        accounts.mint.decimals,
    )?;
    accounts.vault.reload()?;
    let received = accounts
        .vault
        .amount
        .safe_sub(accounts.tender.vault_balance()?)?;
    // The burned share rounds up (by less than one base unit): the treasury never keeps more
    // than its share.
    let burned = match accounts.tender.kind {
        TenderKind::Io => fee_of(received, accounts.config.params.io_fee_burn_bps)?,
        TenderKind::NonIo => 0,
    };
    if burned > 0 {
        burn_from_vault(
            &accounts.token_program,
            &accounts.mint,
            &accounts.vault,
            &accounts.tender,
            burned,
        )?;
    }

    let tender = &mut accounts.tender;
    tender.fees_received = tender.fees_received.safe_add(received)?;
    tender.fees_burned = tender.fees_burned.safe_add(burned)?;
    emit_event(&FeeCollected {
        header: EventHeader::next(tender.key(), &mut tender.seq)?,
        mint: tender.mint,
        payer: accounts.payer.key(),
        received,
        burned,
        fees_received: tender.fees_received,
        fees_burned: tender.fees_burned,
        fees_withdrawn: tender.fees_withdrawn,
        vault_balance: tender.vault_balance()?,
    });
    Ok(())
}
