use anchor_lang::prelude::*;
use anchor_spl::token::Mint as SplMint;
use anchor_spl::token_2022::spl_token_2022::extension::ExtensionType;
use anchor_spl::token_2022::spl_token_2022::state::Mint as Mint2022;
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{self, InitializeMint2, NonTransferableMintInitialize};
use io_common::{emit_event, require_upgrade_authority, CommonError, EventHeader};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::events::CreditsInitialized;
use crate::math::breaker::Breaker;
use crate::signed_cpi::create_pda_account;
use crate::state::{CreditsConfig, CreditsParams};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct InitializeArgs {
    /// Sets every parameter from now on: the DAO's PDA (seeds `[b"governance"]` of io_dao).
    pub governance: Pubkey,
    /// The starting parameters, checked against their bounds.
    pub params: CreditsParams,
}

/// io_token's IO mint: its PDA `[MINT_SEED]`.
pub fn io_mint_address() -> Pubkey {
    Pubkey::find_program_address(&[io_token::constants::MINT_SEED], &io_token::ID).0
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
        space = 8 + CreditsConfig::INIT_SPACE,
        seeds = [CONFIG_SEED],
        bump,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    /// CHECK: the IOSD mint PDA (seeds checked); the handler creates it as a Token-2022 mint
    /// with the NonTransferable extension, only while the config is not yet initialized.
    #[account(mut, seeds = [IOSD_MINT_SEED], bump)]
    pub iosd_mint: UncheckedAccount<'info>,

    /// io_token's IO mint (an SPL Token mint).
    #[account(constraint = io_mint.key() == io_mint_address() @ IoCreditsError::WrongIoMint)]
    pub io_mint: Box<Account<'info, SplMint>>,

    pub token_2022_program: Program<'info, Token2022>,
    pub system_program: Program<'info, System>,
}

impl Initialize<'_> {
    fn validate(&self, args: &InitializeArgs) -> Result<()> {
        require!(
            !self.config.is_initialized(),
            IoCreditsError::AlreadyInitialized
        );
        require!(
            args.governance != Pubkey::default(),
            IoCreditsError::InvalidGovernance
        );
        args.params.validate()
    }
}

/// Creates IOSD: Token-2022, 6 decimals, NonTransferable, mint authority the config PDA, no
/// freeze authority.
fn create_iosd_mint(accounts: &Initialize, bump: u8) -> Result<()> {
    let space =
        ExtensionType::try_calculate_account_len::<Mint2022>(&[ExtensionType::NonTransferable])?;
    let token_program = accounts.token_2022_program.to_account_info();
    let mint = accounts.iosd_mint.to_account_info();
    create_pda_account(
        &accounts.payer.to_account_info(),
        &mint,
        &accounts.system_program.to_account_info(),
        space,
        &token_program.key(),
        &[IOSD_MINT_SEED, &[bump]],
    )?;
    token_interface::non_transferable_mint_initialize(CpiContext::new(
        token_program.clone(),
        NonTransferableMintInitialize {
            token_program_id: token_program.clone(),
            mint: mint.clone(),
        },
    ))?;
    token_interface::initialize_mint2(
        CpiContext::new(token_program, InitializeMint2 { mint }),
        IOSD_DECIMALS,
        &accounts.config.key(),
        None,
    )
}

#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<Initialize>, args: InitializeArgs) -> Result<()> {
    require_upgrade_authority(
        &ctx.accounts.program,
        &ctx.accounts.program_data,
        ctx.accounts.payer.key,
    )?;
    create_iosd_mint(ctx.accounts, ctx.bumps.iosd_mint)?;

    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    config.set_inner(CreditsConfig {
        governance: args.governance,
        iosd_mint: ctx.accounts.iosd_mint.key(),
        io_mint: ctx.accounts.io_mint.key(),
        params: args.params,
        breaker: Breaker::default(),
        io_burned: 0,
        iosd_minted: 0,
        iosd_spent: 0,
        initialized_at: now,
        seq: 0,
        bump: ctx.bumps.config,
    });

    emit_event(&CreditsInitialized {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        governance: config.governance,
        iosd_mint: config.iosd_mint,
        io_mint: config.io_mint,
        params: config.params,
        initialized_at: now,
    });
    Ok(())
}
