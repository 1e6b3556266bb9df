use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, require_upgrade_authority, CommonError, EventHeader};

use crate::constants::*;
use crate::events::DaoInitialized;
use crate::state::{DaoConfig, DaoParams};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct DaoInitializeArgs {
    pub params: DaoParams,
    /// May veto proposals before execution; the default key for nobody.
    pub veto_authority: Pubkey,
}

#[derive(Accounts)]
pub struct DaoInitialize<'info> {
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

    #[account(init, payer = payer, space = 8 + DaoConfig::INIT_SPACE, seeds = [DAO_CONFIG_SEED], bump)]
    pub config: Box<Account<'info, DaoConfig>>,

    pub io_mint: Box<Account<'info, Mint>>,

    #[account(
        init,
        payer = payer,
        seeds = [LOCK_VAULT_SEED],
        bump,
        token::mint = io_mint,
        token::authority = config,
        token::token_program = token_program,
    )]
    pub lock_vault: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<DaoInitialize>, args: DaoInitializeArgs) -> Result<()> {
    require_upgrade_authority(
        &ctx.accounts.program,
        &ctx.accounts.program_data,
        ctx.accounts.payer.key,
    )?;
    args.params.validate()?;
    let (_, governance_bump) = Pubkey::find_program_address(&[GOVERNANCE_SEED], &crate::ID);
    let config = &mut ctx.accounts.config;
    config.set_inner(DaoConfig {
        io_mint: ctx.accounts.io_mint.key(),
        lock_vault: ctx.accounts.lock_vault.key(),
        veto_authority: args.veto_authority,
        params: args.params,
        total_locked: 0,
        proposal_count: 0,
        seq: 0,
        bump: ctx.bumps.config,
        lock_vault_bump: ctx.bumps.lock_vault,
        governance_bump,
    });
    emit_event(&DaoInitialized {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        io_mint: config.io_mint,
        governance: Pubkey::create_program_address(
            &[GOVERNANCE_SEED, &[governance_bump]],
            &crate::ID,
        )
        .map_err(|_| error!(crate::errors::IoDaoError::InvalidParameter))?,
        params: config.params,
        veto_authority: config.veto_authority,
    });
    Ok(())
}
