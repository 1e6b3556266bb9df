use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{Mint as IosdMint, TokenAccount as IosdAccount};
use io_common::{emit_event, EventHeader, SafeMath};
use io_credits::program::IoCredits;
use io_credits::state::CreditsConfig;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalExtended;
use crate::iosd::IosdPayment;
use crate::math::streaming::charges;
use crate::state::{Rental, Tender};
use crate::token_cpi;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RentalExtendArgs {
    pub extra_hours: u32,
    /// Pay the reservation fee (io_credits' governed rate, 0.25% by default) in IOSD (burned) instead of the tender (USD-pegged tenders).
    pub reservation_in_iosd: bool,
}

#[derive(Accounts)]
pub struct RentalExtend<'info> {
    pub renter: Signer<'info>,

    #[account(
        mut,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
        has_one = renter @ IoCloudError::NotRenter,
        has_one = escrow,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    #[account(
        seeds = [TENDER_SEED, rental.tender_mint.as_ref()],
        bump = tender.bump,
        has_one = fee_vault,
    )]
    pub tender: Box<Account<'info, Tender>>,

    #[account(
        mut,
        constraint = renter_token.mint == rental.tender_mint @ IoCloudError::WrongTenderMint,
    )]
    pub renter_token: Box<Account<'info, TokenAccount>>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    #[account(mut)]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

    /// io_credits' config: its governed `reservation_fee_bps` applies (owner, seeds and bump
    /// checked); an IOSD payment burns through it.
    #[account(
        mut,
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Box<Account<'info, CreditsConfig>>,

    /// IOSD payment of the reservation fee (all four, only with `reservation_in_iosd`): the
    /// renter's IOSD account, the IOSD mint, the io_credits program and Token-2022.
    #[account(mut)]
    pub renter_iosd: Option<Box<InterfaceAccount<'info, IosdAccount>>>,
    #[account(mut)]
    pub iosd_mint: Option<Box<InterfaceAccount<'info, IosdMint>>>,
    pub credits_program: Option<Program<'info, IoCredits>>,
    pub token_2022_program: Option<Program<'info, Token2022>>,

    pub token_program: Program<'info, Token>,
}

/// The renter books more hours at the same price (with the same fees); the end moves by as much.
pub fn handler(ctx: Context<RentalExtend>, args: RentalExtendArgs) -> Result<()> {
    require!(ctx.accounts.tender.enabled, IoCloudError::TenderDisabled);
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental = &mut accounts.rental;
    let added = rental.extend(args.extra_hours, now)?;
    let charges = charges(
        rental.price_per_gpu_hour,
        rental.gpus,
        args.extra_hours,
        accounts.tender.fee_bps,
        accounts.credits_config.params.reservation_fee_bps,
        args.reservation_in_iosd,
    )?;
    require_eq!(added, charges.principal, IoCloudError::InvalidHours);
    if args.reservation_in_iosd {
        IosdPayment {
            renter_iosd: &accounts.renter_iosd,
            iosd_mint: &accounts.iosd_mint,
            credits_config: accounts.credits_config.to_account_info(),
            credits_program: &accounts.credits_program,
            token_2022_program: &accounts.token_2022_program,
        }
        .spend(
            accounts.renter.to_account_info(),
            &accounts.tender,
            charges.reservation_fee_iosd,
        )?;
    }
    let rental = &mut accounts.rental;
    rental.record_deposit(&charges)?;
    token_cpi::collect_charges(
        &accounts.token_program.to_account_info(),
        &accounts.tender_mint,
        accounts.renter_token.to_account_info(),
        accounts.renter.to_account_info(),
        accounts.escrow.to_account_info(),
        accounts.fee_vault.to_account_info(),
        &charges,
    )?;
    let rental_key = accounts.rental.key();
    let rental = &mut accounts.rental;
    rental.seq = rental.seq.safe_add(1)?;
    emit_event(&RentalExtended {
        header: EventHeader {
            entity: rental_key,
            seq: rental.seq,
        },
        extra_hours: args.extra_hours,
        principal: charges.principal,
        tender_fee: charges.tender_fee,
        reservation_fee: charges.reservation_fee,
        reservation_fee_iosd: charges.reservation_fee_iosd,
        totals: rental.totals()?,
    });
    Ok(())
}
