use anchor_lang::prelude::*;
use anchor_spl::token::Mint;
use io_common::{emit_event, require_upgrade_authority, CommonError, EventHeader};

use crate::constants::{
    CONFIG_SEED, DEFAULT_APPEAL_WINDOW_SECS, DEFAULT_ELIGIBILITY_HOURS, IO_DECIMALS,
};
use crate::errors::IoCloudError;
use crate::events::CloudInitialized;
use crate::state::{CloudConfig, SlashDestination};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CloudInitializeArgs {
    pub governance: Pubkey,
    pub orchestrator: Pubkey,
    pub uptime_verifier: Pubkey,
    pub slashing_authority: Pubkey,
}

#[derive(Accounts)]
pub struct CloudInitialize<'info> {
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

    /// `init_if_needed` so that a repeated call is refused with `AlreadyInitialized`.
    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + CloudConfig::INIT_SPACE,
        seeds = [CONFIG_SEED],
        bump,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    /// The IO mint (io_token's PDA on a real cluster).
    pub io_mint: Box<Account<'info, Mint>>,

    pub system_program: Program<'info, System>,
}

impl CloudInitialize<'_> {
    fn validate(&self, args: &CloudInitializeArgs) -> Result<()> {
        require!(
            !self.config.is_initialized(),
            IoCloudError::AlreadyInitialized
        );
        require!(
            self.io_mint.decimals == IO_DECIMALS,
            IoCloudError::InvalidIoMint
        );
        for role in [
            args.governance,
            args.orchestrator,
            args.uptime_verifier,
            args.slashing_authority,
        ] {
            require!(role != Pubkey::default(), IoCloudError::InvalidAuthority);
        }
        Ok(())
    }
}

/// Creates the config with its four roles; slashed IO is burned until governance says otherwise.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<CloudInitialize>, args: CloudInitializeArgs) -> Result<()> {
    require_upgrade_authority(
        &ctx.accounts.program,
        &ctx.accounts.program_data,
        ctx.accounts.payer.key,
    )?;
    let config = &mut ctx.accounts.config;
    config.set_inner(CloudConfig {
        governance: args.governance,
        orchestrator: args.orchestrator,
        uptime_verifier: args.uptime_verifier,
        slashing_authority: args.slashing_authority,
        io_mint: ctx.accounts.io_mint.key(),
        slash_destination: SlashDestination::Burn,
        treasury: Pubkey::default(),
        seq: 0,
        bump: ctx.bumps.config,
        eligibility_hours: DEFAULT_ELIGIBILITY_HOURS,
        appeal_window_secs: DEFAULT_APPEAL_WINDOW_SECS,
    });
    emit_event(&CloudInitialized {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        governance: config.governance,
        orchestrator: config.orchestrator,
        uptime_verifier: config.uptime_verifier,
        slashing_authority: config.slashing_authority,
        io_mint: config.io_mint,
        slash_destination: config.slash_destination,
        eligibility_hours: config.eligibility_hours,
        appeal_window_secs: config.appeal_window_secs,
    });
    Ok(())
}
