use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalBooked;
use crate::rental_payment::*;
use crate::state::{DeviceClass, Rental};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RentalBookArgs {
    /// The renter's number for this booking (seeds the rental).
    pub nonce: u64,
    pub device_class: u16,
    pub gpus: u16,
    pub hours: u32,
    /// Price per GPU-hour in the tender's base units (micro-USD for USDC; for IO the SDK
    /// converts a USD price at the oracle price).
    pub price_per_gpu_hour: u64,
    /// Preferred region (ASCII, zero padded; all zero = any).
    pub region: [u8; 8],
    /// Pay the reservation fee (io_credits' governed rate) in IOSD, burned, instead of the
    /// tender (USD-pegged tenders only).
    pub reservation_in_iosd: bool,
}

#[derive(Accounts)]
#[instruction(args: RentalBookArgs)]
pub struct RentalBook<'info> {
    #[account(mut)]
    pub renter: Signer<'info>,

    #[account(
        seeds = [DEVICE_CLASS_SEED, &args.device_class.to_le_bytes()],
        bump = device_class.bump,
    )]
    pub device_class: Box<Account<'info, DeviceClass>>,

    /// `init_if_needed` so that reusing an open rental's nonce is refused with
    /// `RentalNonceInUse`.
    #[account(
        init_if_needed,
        payer = renter,
        space = 8 + Rental::INIT_SPACE,
        seeds = [RENTAL_SEED, renter.key().as_ref(), &args.nonce.to_le_bytes()],
        bump,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(
        init_if_needed,
        payer = renter,
        seeds = [ESCROW_SEED, rental.key().as_ref()],
        bump,
        token::mint = tender_mint,
        token::authority = rental,
        token::token_program = token_program,
    )]
    pub escrow: Box<Account<'info, TokenAccount>>,

    pub payment: RentalPayment<'info>,

    /// Writable: io_credits burns its governed share of IO fees.
    #[account(mut, address = payment.tender.mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    /// SPL Token: io_cloud streams SPL Token tenders only (the mint's owner is checked too).
    pub token_program: Program<'info, Token>,

    pub system_program: Program<'info, System>,
}

impl RentalBook<'_> {
    fn validate(&self, args: &RentalBookArgs) -> Result<()> {
        require!(self.rental.seq == 0, IoCloudError::RentalNonceInUse);
        require!(
            self.device_class.is_open(),
            IoCloudError::DeviceClassDisabled
        );
        let most_gpus = u16::from(MAX_RENTAL_WORKERS) * MAX_WORKER_GPUS;
        require!(
            args.gpus > 0 && args.gpus <= most_gpus,
            IoCloudError::InvalidGpuCount
        );
        require!(args.price_per_gpu_hour > 0, IoCloudError::ZeroPrice);
        Ok(())
    }
}

/// Books a cluster: price × GPUs × hours into the rental's escrow, the tender fee and the
/// reservation fee into the tender's fee vault. Workers are assigned by the orchestrator.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<RentalBook>, args: RentalBookArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let charges = accounts.payment.charges(
        args.price_per_gpu_hour,
        args.gpus,
        args.hours,
        args.reservation_in_iosd,
    )?;
    let rental_key = accounts.rental.key();
    let rental = &mut accounts.rental;
    rental.set_inner(Rental::booked(
        accounts.renter.key(),
        &args,
        accounts.tender_mint.key(),
        accounts.escrow.key(),
        accounts.payment.supplier_fee_bps()?,
        now,
        ctx.bumps.rental,
    ));
    rental.deposit(args.hours, &charges, now)?;
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
    emit_event(&RentalBooked {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        renter: rental.renter,
        nonce: rental.nonce,
        device_class: rental.device_class,
        gpus: rental.gpus,
        price_per_gpu_hour: rental.price_per_gpu_hour,
        region: rental.region,
        tender_mint: rental.tender_mint,
        escrow: rental.escrow,
        principal: charges.principal,
        tender_fee: charges.tender_fee,
        reservation_fee: charges.reservation_fee,
        reservation_fee_iosd: charges.reservation_fee_iosd,
        totals: rental.totals()?,
    });
    Ok(())
}
