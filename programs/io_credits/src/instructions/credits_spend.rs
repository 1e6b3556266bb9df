use anchor_lang::prelude::*;
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{self, Burn, Mint, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::CONFIG_SEED;
use crate::errors::IoCreditsError;
use crate::events::CreditsSpent;
use crate::state::CreditsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CreditsSpendArgs {
    /// IOSD base units to burn.
    pub amount: u64,
}

/// Accounts kept minimal so io_cloud can CPI it with the renter's signature.
#[derive(Accounts)]
pub struct CreditsSpend<'info> {
    /// Owner of the IOSD account (signs directly, or through io_cloud's CPI).
    pub holder: Signer<'info>,

    #[account(
        mut,
        constraint = holder_iosd.mint == iosd_mint.key() @ IoCreditsError::WrongMint,
        constraint = holder_iosd.owner == holder.key() @ IoCreditsError::NotTokenOwner,
        token::token_program = token_2022_program,
    )]
    pub holder_iosd: Box<InterfaceAccount<'info, TokenAccount>>,

    #[account(mut)]
    pub iosd_mint: Box<InterfaceAccount<'info, Mint>>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = iosd_mint @ IoCreditsError::WrongMint,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    pub token_2022_program: Program<'info, Token2022>,
}

impl CreditsSpend<'_> {
    fn validate(&self, args: &CreditsSpendArgs) -> Result<()> {
        require!(args.amount > 0, IoCreditsError::ZeroAmount);
        require!(
            self.holder_iosd.amount >= args.amount,
            IoCreditsError::InsufficientCredits
        );
        Ok(())
    }
}

/// Burns `amount` IOSD from the holder: spending credits destroys them.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<CreditsSpend>, args: CreditsSpendArgs) -> Result<()> {
    let accounts = ctx.accounts;
    token_interface::burn(
        CpiContext::new(
            accounts.token_2022_program.to_account_info(),
            Burn {
                mint: accounts.iosd_mint.to_account_info(),
                from: accounts.holder_iosd.to_account_info(),
                authority: accounts.holder.to_account_info(),
            },
        ),
        args.amount,
    )?;

    let source_balance = accounts.holder_iosd.amount.safe_sub(args.amount)?;
    let config = &mut accounts.config;
    config.iosd_spent = config.iosd_spent.safe_add(args.amount)?;
    emit_event(&CreditsSpent {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        holder: accounts.holder.key(),
        source: accounts.holder_iosd.key(),
        amount: args.amount,
        source_balance,
        iosd_spent: config.iosd_spent,
    });
    Ok(())
}
