use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};
use io_credits::math::fees::{IO_TENDER_FEE_BPS, NON_IO_TENDER_FEE_BPS};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::TenderSet as TenderSetEvent;
use crate::state::{CloudConfig, Tender};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct TenderSetArgs {
    /// Fee in basis points, at most 10%; `None` = io_credits' default (0% IO, 2% otherwise).
    pub fee_bps: Option<u16>,
    pub enabled: bool,
    /// One base unit of the mint is one micro-USD (USDC; never IO).
    pub usd_pegged: bool,
}

#[derive(Accounts)]
pub struct TenderSet<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,

    pub governance: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    pub mint: Box<Account<'info, Mint>>,

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
        token::authority = config,
        token::token_program = token_program,
    )]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

/// Governance accepts a mint as tender (with its fee vault) or changes its fee or status.
pub fn handler(ctx: Context<TenderSet>, args: TenderSetArgs) -> Result<()> {
    let is_io = ctx.accounts.mint.key() == ctx.accounts.config.io_mint;
    let default_fee = if is_io {
        IO_TENDER_FEE_BPS
    } else {
        NON_IO_TENDER_FEE_BPS
    };
    let fee_bps = args.fee_bps.unwrap_or(default_fee);
    require!(
        fee_bps <= MAX_TENDER_FEE_BPS,
        IoCloudError::TenderFeeTooHigh
    );
    let tender = &mut ctx.accounts.tender;
    tender.mint = ctx.accounts.mint.key();
    tender.is_io = is_io;
    tender.fee_bps = fee_bps;
    tender.enabled = args.enabled;
    tender.usd_pegged = args.usd_pegged && !is_io;
    tender.fee_vault = ctx.accounts.fee_vault.key();
    tender.bump = ctx.bumps.tender;
    tender.fee_vault_bump = ctx.bumps.fee_vault;
    tender.seq = tender.seq.safe_add(1)?;
    emit_event(&TenderSetEvent {
        header: EventHeader {
            entity: tender.key(),
            seq: tender.seq,
        },
        mint: tender.mint,
        is_io,
        fee_bps,
        enabled: tender.enabled,
        usd_pegged: tender.usd_pegged,
        fee_vault: tender.fee_vault,
    });
    Ok(())
}
