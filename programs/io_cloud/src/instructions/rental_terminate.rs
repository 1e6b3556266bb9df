use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{RentalTerminated, WeightChangeReason};
use crate::remaining::load_worker;
use crate::rewards_hook::*;
use crate::state::Rental;
use crate::token_cpi;

/// `remaining_accounts`: for each assigned worker in slot order, the worker (writable) then its
/// io_rewards account (writable); none for a rental not yet assigned.
#[derive(Accounts)]
pub struct RentalTerminate<'info> {
    pub renter: Signer<'info>,

    #[account(
        mut,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
        has_one = renter @ IoCloudError::NotRenter,
        has_one = escrow @ IoCloudError::WrongEscrow,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    /// Receives the refund: the renter's account of the tender.
    #[account(
        mut,
        constraint = renter_token.mint == rental.tender_mint @ IoCloudError::WrongTenderMint,
        constraint = renter_token.owner == rental.renter @ IoCloudError::WrongRefundAccount,
    )]
    pub renter_token: Box<Account<'info, TokenAccount>>,

    pub rewards: RewardsSync<'info>,

    pub token_program: Program<'info, Token>,
}

/// The renter ends the rental early: everything that can no longer stream comes back now,
/// except the first hour, which is not refundable (the rental runs at least until then).
/// Before assignment it is a cancellation: all of the escrow comes back.
/// The workers' busy leases are granted again against the new end.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalTerminate<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental_key = accounts.rental.key();
    let refund = accounts.rental.terminate(now)?;
    require!(
        accounts.rental.assignments.len().checked_mul(2) == Some(ctx.remaining_accounts.len()),
        IoCloudError::WrongRemainingAccounts
    );
    let end = accounts.rental.end_time;
    for (slot, pair) in ctx.remaining_accounts.chunks(2).enumerate() {
        let key = accounts.rental.assignments[slot].worker;
        require_keys_eq!(pair[0].key(), key, IoCloudError::WrongRemainingAccounts);
        let mut worker = load_worker(&pair[0])?;
        if worker.rental != rental_key {
            // Nothing to grant, but the pair must still be this worker's (the grant checks it
            // otherwise).
            check_worker_reward(&pair[1], &key)?;
            continue;
        }
        let busy = worker.busy;
        worker.serve(rental_key, end, busy);
        accounts.rewards.sync_serving(
            &ctx.bumps.rewards,
            key,
            &mut worker,
            &pair[1],
            &mut accounts.rental,
            slot,
            now,
            WeightChangeReason::Busy,
            false,
        )?;
        worker.exit(&crate::ID)?;
    }
    token_cpi::pay_from_escrow(
        &accounts.token_program.to_account_info(),
        &accounts.tender_mint,
        accounts.escrow.to_account_info(),
        accounts.renter_token.to_account_info(),
        &accounts.rental,
        refund,
    )?;
    let rental = &mut accounts.rental;
    emit_event(&RentalTerminated {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        refund,
        totals: rental.totals()?,
    });
    Ok(())
}
