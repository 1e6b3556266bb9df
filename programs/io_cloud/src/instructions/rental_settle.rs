use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalSettled;
use crate::remaining::load_payout;
use crate::state::Rental;
use crate::token_cpi;

/// `remaining_accounts`: one payout account per assigned worker, in slot order: the worker
/// authority's token account of the rental's tender.
#[derive(Accounts)]
pub struct RentalSettle<'info> {
    #[account(
        mut,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
        has_one = escrow @ IoCloudError::WrongEscrow,
    )]
    pub rental: Box<Account<'info, Rental>>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    #[account(address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    pub token_program: Program<'info, Token>,
}

/// Loads the payout account of every slot, in order.
pub fn load_payouts<'info>(
    infos: &'info [AccountInfo<'info>],
    rental: &Rental,
) -> Result<Vec<Account<'info, TokenAccount>>> {
    require!(
        infos.len() == rental.assignments.len(),
        IoCloudError::WrongRemainingAccounts
    );
    infos
        .iter()
        .zip(rental.assignments.iter())
        .map(|(info, slot)| load_payout(info, &rental.tender_mint, &slot.owner))
        .collect()
}

/// Permissionless: pays every worker what has streamed to it and is payable; refused when
/// nothing is due.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalSettle<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let payouts = load_payouts(ctx.remaining_accounts, &accounts.rental)?;
    let payments = accounts.rental.settle(now)?;
    for (payout, amount) in payouts.iter().zip(payments.iter()) {
        token_cpi::pay_from_escrow(
            &accounts.token_program.to_account_info(),
            &accounts.tender_mint,
            accounts.escrow.to_account_info(),
            payout.to_account_info(),
            &accounts.rental,
            *amount,
        )?;
    }
    let rental_key = accounts.rental.key();
    let rental = &mut accounts.rental;
    emit_event(&RentalSettled {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        payments,
        workers: rental.views(),
        totals: rental.totals()?,
    });
    Ok(())
}
