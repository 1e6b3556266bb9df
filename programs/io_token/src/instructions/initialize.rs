use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token};
use io_common::{emit_event, require_upgrade_authority, CommonError, EventHeader};

use crate::constants::*;
use crate::errors::IoTokenError;
use crate::events::TokenInitialized;
use crate::state::TokenConfig;

#[derive(Accounts)]
pub struct Initialize<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,

    /// This program's own account: its loader tells who may initialize it.
    /// CHECK: the address is fixed; only its owner and data are read.
    #[account(address = crate::ID @ CommonError::WrongProgramAccount)]
    pub program: UncheckedAccount<'info>,

    /// This program's ProgramData: its upgrade authority must be the payer (a harness builtin
    /// may have none).
    /// CHECK: address, owner and layout checked by `io_common::require_upgrade_authority`.
    pub program_data: UncheckedAccount<'info>,

    /// Becomes the config's authority.
    pub authority: Signer<'info>,

    /// `init_if_needed` so that a repeated call reaches the handler and is refused with
    /// `AlreadyInitialized` instead of a system-program error.
    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + TokenConfig::INIT_SPACE,
        seeds = [CONFIG_SEED],
        bump,
    )]
    pub config: Account<'info, TokenConfig>,

    #[account(
        init_if_needed,
        payer = payer,
        seeds = [MINT_SEED],
        bump,
        mint::decimals = IO_DECIMALS,
        mint::authority = config,
        mint::token_program = token_program,
    )]
    pub mint: Account<'info, Mint>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<Initialize>) -> Result<()> {
    require_upgrade_authority(
        &ctx.accounts.program,
        &ctx.accounts.program_data,
        ctx.accounts.payer.key,
    )?;
    let config = &mut ctx.accounts.config;
    require!(!config.is_initialized(), IoTokenError::AlreadyInitialized);

    config.authority = ctx.accounts.authority.key();
    config.mint = ctx.accounts.mint.key();
    config.initialized_at = Clock::get()?.unix_timestamp;
    config.bump = ctx.bumps.config;

    // The header takes seq from 0 to 1, which marks the config initialized.
    emit_event(&TokenInitialized {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        mint: config.mint,
        authority: config.authority,
        decimals: IO_DECIMALS,
        max_supply: MAX_SUPPLY,
        initialized_at: config.initialized_at,
    });
    Ok(())
}
