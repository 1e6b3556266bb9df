use anchor_lang::prelude::*;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::instructions::fee_withdraw::withdraw;
use crate::state::{Tender, TenderKind};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct FeeReleaseArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct FeeRelease<'info> {
    /// io_rewards' config PDA, signing through CPI: only the rewards program, in its Incentive
    /// Dynamic Engine mode, draws IO fees to pay suppliers.
    #[account(
        seeds = [IO_REWARDS_CONFIG_SEED],
        bump,
        seeds::program = IO_REWARDS_PROGRAM_ID,
    )]
    pub rewards_config: Signer<'info>,

    #[account(
        mut,
        seeds = [TENDER_SEED, mint.key().as_ref()],
        bump = tender.bump,
        has_one = vault @ IoCreditsError::WrongVault,
        constraint = tender.kind == TenderKind::Io @ IoCreditsError::NotIoTender,
    )]
    pub tender: Box<Account<'info, Tender>>,

    pub mint: Box<InterfaceAccount<'info, Mint>>,

    #[account(mut)]
    pub vault: Box<InterfaceAccount<'info, TokenAccount>>,

    /// The rewards program's fee reserve.
    #[account(
        mut,
        constraint = destination.mint == mint.key() @ IoCreditsError::WrongMint,
        constraint = destination.key() != vault.key() @ IoCreditsError::DuplicateAccount,
    )]
    pub destination: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(address = tender.token_program @ IoCreditsError::WrongTokenProgram)]
    pub token_program: Interface<'info, TokenInterface>,
}

impl FeeRelease<'_> {
    fn validate(&self, args: &FeeReleaseArgs) -> Result<()> {
        require!(args.amount > 0, IoCreditsError::ZeroAmount);
        require!(
            args.amount <= self.tender.vault_balance()?,
            IoCreditsError::TreasuryExceeded
        );
        Ok(())
    }
}

/// io_rewards moves IO fees out of the IO tender's vault into its fee reserve.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<FeeRelease>, args: FeeReleaseArgs) -> Result<()> {
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
