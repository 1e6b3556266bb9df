use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, require_upgrade_authority, CommonError, EventHeader};
use io_token::state::TokenConfig;

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::RewardsInitialized;
use crate::math::accumulator::RewardPool;
use crate::state::RewardsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct InitializeArgs {
    /// Sets `emission_scale` and `busy_boost` (the DAO's PDA in production).
    pub governance: Pubkey,
    /// Sets workers' reward weights (io_cloud's PDA `[b"rewards_authority"]` in production).
    pub weight_authority: Pubkey,
    /// Clock time at which hour 1 of the schedule begins. A start in the past releases the
    /// hours already gone at the first accrual (to the first workers with weight).
    pub start_time: i64,
}

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

    /// `init_if_needed` so that a repeated call reaches the handler and is refused with
    /// `AlreadyInitialized` instead of a system-program error.
    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + RewardsConfig::INIT_SPACE,
        seeds = [REWARDS_CONFIG_SEED],
        bump,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,

    /// io_token's config: owner (io_token), seeds and bump checked.
    #[account(
        seeds = [io_token::constants::CONFIG_SEED],
        bump = token_config.bump,
        seeds::program = io_token::ID,
        has_one = mint @ IoRewardsError::WrongConfigMint,
    )]
    pub token_config: Box<Account<'info, TokenConfig>>,

    pub mint: Box<Account<'info, Mint>>,

    /// The fee reserve: IO fees the Incentive Dynamic Engine draws, held by the config.
    #[account(
        init_if_needed,
        payer = payer,
        seeds = [FEE_RESERVE_SEED],
        bump,
        token::mint = mint,
        token::authority = config,
    )]
    pub fee_reserve: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

fn validate(args: &InitializeArgs) -> Result<()> {
    require!(
        args.governance != Pubkey::default() && args.weight_authority != Pubkey::default(),
        IoRewardsError::InvalidAuthority
    );
    require!(args.start_time >= 0, IoRewardsError::InvalidStartTime);
    Ok(())
}

pub fn handler(ctx: Context<Initialize>, args: InitializeArgs) -> Result<()> {
    require_upgrade_authority(
        &ctx.accounts.program,
        &ctx.accounts.program_data,
        ctx.accounts.payer.key,
    )?;
    let config = &mut ctx.accounts.config;
    require!(!config.is_initialized(), IoRewardsError::AlreadyInitialized);
    validate(&args)?;

    let now = Clock::get()?.unix_timestamp;
    config.governance = args.governance;
    config.weight_authority = args.weight_authority;
    config.token_config = ctx.accounts.token_config.key();
    config.mint = ctx.accounts.mint.key();
    config.registered_workers = 0;
    config.pool = RewardPool::new(
        args.start_time,
        now,
        DEFAULT_EMISSION_SCALE_BPS,
        DEFAULT_BUSY_BOOST_BPS,
    );
    config.bump = ctx.bumps.config;

    // The header takes seq from 0 to 1, which marks the config initialized.
    emit_event(&RewardsInitialized {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        governance: config.governance,
        weight_authority: config.weight_authority,
        token_config: config.token_config,
        mint: config.mint,
        pool: config.pool,
    });
    Ok(())
}
