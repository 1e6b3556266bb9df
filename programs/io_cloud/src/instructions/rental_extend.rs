use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalExtended;
use crate::rental_payment::*;
use crate::state::Rental;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RentalExtendArgs {
    pub extra_hours: u32,
    /// Pay the reservation fee (io_credits' governed rate) in IOSD, burned, instead of the
    /// tender (USD-pegged tenders only).
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
        has_one = escrow @ IoCloudError::WrongEscrow,
        constraint = rental.tender_mint == payment.tender.mint @ IoCloudError::WrongTenderMint,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    pub payment: RentalPayment<'info>,

    /// Writable: io_credits burns its governed share of IO fees.
    #[account(mut, address = payment.tender.mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    /// SPL Token: io_cloud streams SPL Token tenders only (the mint's owner is checked too).
    pub token_program: Program<'info, Token>,
}

/// The renter books more hours at the same price (with the same fees); the end moves by as much.
pub fn handler(ctx: Context<RentalExtend>, args: RentalExtendArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let charges = accounts.payment.charges(
        accounts.rental.price_per_gpu_hour,
        accounts.rental.gpus,
        args.extra_hours,
        args.reservation_in_iosd,
    )?;
    let rental_key = accounts.rental.key();
    let rental = &mut accounts.rental;
    rental.deposit(args.extra_hours, &charges, now)?;
    accounts.payment.collect(
        &accounts.renter.to_account_info(),
        &TenderToken {
            mint: &accounts.tender_mint,
            token_program: &accounts.token_program,
        },
        accounts.escrow.to_account_info(),
        &charges,
        args.reservation_in_iosd,
    )?;
    let rental = &mut accounts.rental;
    emit_event(&RentalExtended {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        extra_hours: args.extra_hours,
        principal: charges.principal,
        tender_fee: charges.tender_fee,
        reservation_fee: charges.reservation_fee,
        reservation_fee_iosd: charges.reservation_fee_iosd,
        totals: rental.totals()?,
    });
    Ok(())
}
