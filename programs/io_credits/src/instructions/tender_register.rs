use anchor_lang::prelude::*;
use anchor_spl::token_interface::{Mint, TokenAccount, TokenInterface};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::events::TenderRegistered;
use crate::state::{CreditsConfig, Tender, TenderKind};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct TenderRegisterArgs {
    /// Fee on a payment in this tender, in basis points (2% = 200 for USDC, 0 for IO).
    pub fee_bps: u16,
    /// One base unit is one micro-USD (USDC); refused for IO.
    pub usd_pegged: bool,
}

// `init_if_needed` lets a repeated registration reach `validate`, which refuses it with
// `TenderAlreadyRegistered` (a plain `init` would fail in the system program).
#[derive(Accounts)]
pub struct TenderRegister<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,

    pub governance: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCreditsError::Unauthorized,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    /// Any SPL Token or Token-2022 mint except IOSD (checked before the vault is created).
    #[account(
        constraint = mint.key() != config.iosd_mint @ IoCreditsError::IosdNotATender,
        mint::token_program = token_program,
    )]
    pub mint: Box<InterfaceAccount<'info, Mint>>,

    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + Tender::INIT_SPACE,
        seeds = [TENDER_SEED, mint.key().as_ref()],
        bump,
    )]
    pub tender: Box<Account<'info, Tender>>,

    #[account(
        init_if_needed,
        payer = payer,
        seeds = [FEE_VAULT_SEED, mint.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = tender,
        token::token_program = token_program,
    )]
    pub vault: Box<InterfaceAccount<'info, TokenAccount>>,

    pub token_program: Interface<'info, TokenInterface>,
    pub system_program: Program<'info, System>,
}

impl TenderRegister<'_> {
    fn validate(&self, args: &TenderRegisterArgs) -> Result<()> {
        require!(
            self.tender.seq == 0,
            IoCreditsError::TenderAlreadyRegistered
        );
        require!(
            args.fee_bps <= MAX_TENDER_FEE_BPS,
            IoCreditsError::TenderFeeOutOfBounds
        );
        require!(
            !(args.usd_pegged && self.mint.key() == self.config.io_mint),
            IoCreditsError::IoNotUsdPegged
        );
        Ok(())
    }
}

/// Registers a tender with its fee rate and creates its fee vault (owned by the tender PDA).
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<TenderRegister>, args: TenderRegisterArgs) -> Result<()> {
    let kind = if ctx.accounts.mint.key() == ctx.accounts.config.io_mint {
        TenderKind::Io
    } else {
        TenderKind::NonIo
    };
    let tender = &mut ctx.accounts.tender;
    tender.set_inner(Tender {
        mint: ctx.accounts.mint.key(),
        token_program: ctx.accounts.token_program.key(),
        vault: ctx.accounts.vault.key(),
        kind,
        usd_pegged: args.usd_pegged,
        fee_bps: args.fee_bps,
        enabled: true,
        fees_received: 0,
        fees_burned: 0,
        fees_withdrawn: 0,
        seq: 0,
        bump: ctx.bumps.tender,
    });
    let tender_key = tender.key();
    emit_event(&TenderRegistered {
        header: EventHeader::next(tender_key, &mut tender.seq)?,
        mint: tender.mint,
        token_program: tender.token_program,
        vault: tender.vault,
        kind,
        usd_pegged: tender.usd_pegged,
        fee_bps: tender.fee_bps,
        enabled: tender.enabled,
    });
    Ok(())
}
