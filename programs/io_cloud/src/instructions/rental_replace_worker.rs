use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{RentalWorkerReplaced, WeightChangeReason};
use crate::rewards_hook::*;
use crate::state::{check_assignable, CloudConfig, Rental, TenderTerms, Worker};
use crate::supplier_fee::*;

#[derive(Accounts)]
pub struct RentalReplaceWorker<'info> {
    pub orchestrator: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = orchestrator @ IoCloudError::NotOrchestrator,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
        has_one = escrow @ IoCloudError::WrongEscrow,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, outgoing.authority.as_ref(), &outgoing.device_id],
        bump = outgoing.bump,
    )]
    pub outgoing: Box<Account<'info, Worker>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, incoming.authority.as_ref(), &incoming.device_id],
        bump = incoming.bump,
        constraint = incoming.key() != outgoing.key() @ IoCloudError::DuplicateAccount,
    )]
    pub incoming: Box<Account<'info, Worker>>,

    /// The outgoing worker's payout account (its authority's account of the tender).
    #[account(
        mut,
        constraint = outgoing_payout.mint == rental.tender_mint @ IoCloudError::WrongPayoutAccount,
        constraint = outgoing_payout.owner == outgoing.authority @ IoCloudError::WrongPayoutAccount,
    )]
    pub outgoing_payout: Box<Account<'info, TokenAccount>>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    /// Writable: io_credits burns its governed share of IO fees.
    #[account(mut, address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    /// The rental's tender (the incoming worker's ask is compared in it) and where the outgoing
    /// worker's supplier fee goes.
    pub supplier_fee: SupplierFee<'info>,

    /// CHECK: the outgoing worker's io_rewards account, checked by the grant.
    #[account(mut)]
    pub outgoing_reward: UncheckedAccount<'info>,

    /// CHECK: the incoming worker's io_rewards account, checked by the grant.
    #[account(mut)]
    pub incoming_reward: UncheckedAccount<'info>,

    pub rewards: RewardsSync<'info>,

    pub token_program: Program<'info, Token>,
}

/// The orchestrator replaces a worker with an eligible idle one of the same class and GPU
/// count. The outgoing worker is paid what is due (nothing if it stops within its first hour),
/// less its supplier fee.
pub fn handler(ctx: Context<RentalReplaceWorker>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental_key = accounts.rental.key();
    let outgoing_key = accounts.outgoing.key();
    let incoming_key = accounts.incoming.key();
    accounts.supplier_fee.check(&accounts.rental)?;
    let terms = TenderTerms::of(&accounts.supplier_fee.tender, accounts.tender_mint.decimals);
    let next = check_assignable(&accounts.incoming, &accounts.rental, &terms, now)?;
    let rental = &mut accounts.rental;
    let slot = rental.slot_of(&outgoing_key)?;
    let (payment, outgoing) = rental.replace(slot, &next, now)?;
    Escrow::new(
        &accounts.rental,
        &accounts.escrow,
        &accounts.tender_mint,
        &accounts.token_program,
    )
    .pay_out(
        &[accounts.outgoing_payout.to_account_info()],
        &[payment],
        &accounts.supplier_fee,
    )?;
    // The outgoing worker's unused boost allowance goes; the slot's budget continues with
    // the incoming worker.
    let end = accounts.rental.end_time;
    accounts.outgoing.release();
    let outgoing_reward = accounts.outgoing_reward.to_account_info();
    accounts.rewards.sync_released(
        &ctx.bumps.rewards,
        outgoing_key,
        &mut accounts.outgoing,
        &outgoing_reward,
        now,
    )?;
    accounts.incoming.serve(rental_key, end, true);
    let incoming_reward = accounts.incoming_reward.to_account_info();
    accounts.rewards.sync_serving(
        &ctx.bumps.rewards,
        incoming_key,
        &mut accounts.incoming,
        &incoming_reward,
        &mut accounts.rental,
        slot,
        now,
        WeightChangeReason::Busy,
        true,
    )?;
    let rental = &mut accounts.rental;
    emit_event(&RentalWorkerReplaced {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        outgoing: outgoing.view(),
        outgoing_payment: payment.net,
        outgoing_fee: payment.fee,
        incoming: rental.assignments[slot].view(),
        totals: rental.totals()?,
    });
    Ok(())
}
