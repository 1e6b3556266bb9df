use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};
use io_credits::math::fees::fee_of;
use io_credits::state::CreditsConfig;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::FeesWithdrawn;
use crate::state::{CloudConfig, Tender};
use crate::token_cpi;

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
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    #[account(
        mut,
        seeds = [TENDER_SEED, mint.key().as_ref()],
        bump = tender.bump,
        has_one = mint,
        has_one = fee_vault,
    )]
    pub tender: Box<Account<'info, Tender>>,

    #[account(mut)]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

    /// The treasury account receiving what is not burned.
    #[account(
        mut,
        token::mint = mint,
        constraint = destination.key() != fee_vault.key() @ IoCloudError::DuplicateAccount,
    )]
    pub destination: Box<Account<'info, TokenAccount>>,

    /// io_credits' config: its governed share of IO fees burned applies to io_cloud's fees too.
    #[account(
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Box<Account<'info, CreditsConfig>>,

    pub token_program: Program<'info, Token>,
}

/// Governance takes `amount` of collected fees out of a tender's vault; for IO, the governed
/// share is burned (rounded up) and the rest paid to `destination`.
pub fn handler(ctx: Context<FeeWithdraw>, args: FeeWithdrawArgs) -> Result<()> {
    require!(args.amount > 0, IoCloudError::ZeroAmount);
    let accounts = ctx.accounts;
    require!(
        args.amount <= accounts.fee_vault.amount,
        IoCloudError::InsufficientFees
    );
    let burned = if accounts.tender.is_io {
        fee_of(args.amount, accounts.credits_config.params.io_fee_burn_bps)?
    } else {
        0
    };
    let paid = args.amount.safe_sub(burned)?;
    let token_program = accounts.token_program.to_account_info();
    let seeds: &[&[u8]] = &[CONFIG_SEED, &[accounts.config.bump]];
    if burned > 0 {
        token_cpi::burn(
            &token_program,
            &accounts.mint,
            accounts.fee_vault.to_account_info(),
            accounts.config.to_account_info(),
            seeds,
            burned,
        )?;
    }
    token_cpi::transfer(
        &token_program,
        &accounts.mint,
        accounts.fee_vault.to_account_info(),
        accounts.destination.to_account_info(),
        accounts.config.to_account_info(),
        seeds,
        paid,
    )?;

    let tender = &mut accounts.tender;
    tender.seq = tender.seq.safe_add(1)?;
    emit_event(&FeesWithdrawn {
        header: EventHeader {
            entity: tender.key(),
            seq: tender.seq,
        },
        mint: tender.mint,
        amount: args.amount,
        burned,
        paid,
        destination: accounts.destination.key(),
        vault_after: accounts.fee_vault.amount.safe_sub(args.amount)?,
    });
    Ok(())
}
