use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{Mint as IosdMint, TokenAccount as IosdAccount};
use io_common::{emit_event, EventHeader};
use io_credits::program::IoCredits;
use io_credits::state::CreditsConfig;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalBooked;
use crate::iosd::IosdPayment;
use crate::math::streaming::charges;
use crate::state::{DeviceClass, Rental, RentalState, Tender};
use crate::token_cpi;

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
    /// Pay the reservation fee (io_credits' governed rate, 0.25% by default) in IOSD (burned) instead of the tender (USD-pegged tenders).
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

    pub tender_mint: Box<Account<'info, Mint>>,

    #[account(
        seeds = [TENDER_SEED, tender.mint.as_ref()],
        bump = tender.bump,
        constraint = tender.mint == tender_mint.key() @ IoCloudError::WrongTenderMint,
    )]
    pub tender: Box<Account<'info, Tender>>,

    /// The renter's account of the tender, paying principal and fees.
    #[account(
        mut,
        constraint = renter_token.mint == tender_mint.key() @ IoCloudError::WrongTenderMint,
    )]
    pub renter_token: Box<Account<'info, TokenAccount>>,

    #[account(mut, address = tender.fee_vault)]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

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
    pub system_program: Program<'info, System>,
}

impl RentalBook<'_> {
    fn validate(&self, args: &RentalBookArgs) -> Result<()> {
        require!(self.rental.seq == 0, IoCloudError::RentalNonceInUse);
        require!(self.device_class.enabled, IoCloudError::DeviceClassDisabled);
        require!(self.tender.enabled, IoCloudError::TenderDisabled);
        let most_gpus = u16::from(MAX_RENTAL_WORKERS) * MAX_WORKER_GPUS;
        require!(
            args.gpus > 0 && args.gpus <= most_gpus,
            IoCloudError::InvalidGpuCount
        );
        require!(
            args.hours > 0 && args.hours <= MAX_RENTAL_HOURS,
            IoCloudError::InvalidHours
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
    let charges = charges(
        args.price_per_gpu_hour,
        args.gpus,
        args.hours,
        accounts.tender.fee_bps,
        accounts.credits_config.params.reservation_fee_bps,
        args.reservation_in_iosd,
    )?;
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
    rental.set_inner(Rental {
        renter: accounts.renter.key(),
        state: RentalState::Booked,
        device_class: args.device_class,
        tender_mint: accounts.tender_mint.key(),
        nonce: args.nonce,
        gpus: args.gpus,
        hours: args.hours,
        price_per_gpu_hour: args.price_per_gpu_hour,
        region: args.region,
        escrow: accounts.escrow.key(),
        booked_at: now,
        start_time: 0,
        end_time: 0,
        principal: 0,
        fees: 0,
        reservation_fees_iosd: 0,
        paid: 0,
        refunded: 0,
        seq: 1,
        bump: ctx.bumps.rental,
        escrow_bump: ctx.bumps.escrow,
        assignments: Vec::new(),
        boost_budget: 0,
        boost_granted: Vec::new(),
    });
    rental.record_deposit(&charges)?;
    emit_event(&RentalBooked {
        header: EventHeader {
            entity: rental_key,
            seq: rental.seq,
        },
        renter: rental.renter,
        nonce: rental.nonce,
        device_class: rental.device_class,
        gpus: rental.gpus,
        hours: rental.hours,
        price_per_gpu_hour: rental.price_per_gpu_hour,
        region: rental.region,
        tender_mint: rental.tender_mint,
        escrow: rental.escrow,
        principal: charges.principal,
        tender_fee: charges.tender_fee,
        reservation_fee: charges.reservation_fee,
        reservation_fee_iosd: charges.reservation_fee_iosd,
        deposited: rental.deposited()?,
    });
    Ok(())
}
