use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalClosed;
use crate::remaining::{load_payout, load_worker};
use crate::state::{Rental, Worker};
use crate::supplier_fee::*;
use crate::token_cpi;

/// `remaining_accounts`: for each assigned worker in slot order, the worker (writable) then its
/// payout account (its authority's account of the tender).
#[derive(Accounts)]
pub struct RentalClose<'info> {
    #[account(
        mut,
        close = renter,
        seeds = [RENTAL_SEED, rental.renter.as_ref(), &rental.nonce.to_le_bytes()],
        bump = rental.bump,
        has_one = renter @ IoCloudError::WrongRefundAccount,
        has_one = escrow @ IoCloudError::WrongEscrow,
    )]
    pub rental: Box<Account<'info, Rental>>,

    /// Receives the rent of the rental and its escrow.
    /// CHECK: only receives lamports; `has_one = renter` on the rental pins it.
    #[account(mut)]
    pub renter: UncheckedAccount<'info>,

    #[account(mut)]
    pub escrow: Box<Account<'info, TokenAccount>>,

    /// Receives the refund: the renter's account of the tender.
    #[account(
        mut,
        constraint = renter_token.mint == rental.tender_mint @ IoCloudError::WrongTenderMint,
        constraint = renter_token.owner == rental.renter @ IoCloudError::WrongRefundAccount,
    )]
    pub renter_token: Box<Account<'info, TokenAccount>>,

    /// Writable: io_credits burns its governed share of IO fees.
    #[account(mut, address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    pub supplier_fee: SupplierFee<'info>,

    pub token_program: Program<'info, Token>,
}

/// The assigned workers and their payout accounts, checked against the rental's slots.
fn load_slots<'info>(
    infos: &'info [AccountInfo<'info>],
    rental: &Rental,
) -> Result<Vec<(Account<'info, Worker>, Account<'info, TokenAccount>)>> {
    require!(
        rental.assignments.len().checked_mul(2) == Some(infos.len()),
        IoCloudError::WrongRemainingAccounts
    );
    infos
        .chunks(2)
        .zip(rental.assignments.iter())
        .map(|(pair, slot)| {
            require_keys_eq!(
                pair[0].key(),
                slot.worker,
                IoCloudError::WrongRemainingAccounts
            );
            let worker = load_worker(&pair[0])?;
            let payout = load_payout(&pair[1], &rental.tender_mint, &slot.owner)?;
            Ok((worker, payout))
        })
        .collect()
}

/// Permissionless, after the end (or a cancellation): pays the workers what is due (less their
/// supplier fees, into the tender's fee vault), refunds everything left to the renter, frees
/// the workers and closes the escrow and the rental (their rent goes to the renter). No rewards
/// grant is needed: the workers have counted as idle since their last lease that fit in the
/// rental.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalClose<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental_key = accounts.rental.key();
    accounts.supplier_fee.check(&accounts.rental)?;
    let mut slots = load_slots(ctx.remaining_accounts, &accounts.rental)?;
    let (payouts, _refund) = accounts.rental.close_out(now)?;
    let to: Vec<AccountInfo> = slots.iter().map(|(_, p)| p.to_account_info()).collect();
    Escrow::new(
        &accounts.rental,
        &accounts.escrow,
        &accounts.tender_mint,
        &accounts.token_program,
    )
    .pay_out(&to, &payouts, &accounts.supplier_fee)?;
    let (payments, fees) = nets_and_fees(&payouts);
    let token_program = accounts.token_program.to_account_info();
    // Anything sent to the escrow from outside the program goes back to the renter too.
    accounts.escrow.reload()?;
    let left = accounts.escrow.amount;
    token_cpi::pay_from_escrow(
        &token_program,
        &accounts.tender_mint,
        accounts.escrow.to_account_info(),
        accounts.renter_token.to_account_info(),
        &accounts.rental,
        left,
    )?;
    let nonce = accounts.rental.nonce.to_le_bytes();
    token_cpi::close(
        &token_program,
        accounts.escrow.to_account_info(),
        accounts.renter.to_account_info(),
        accounts.rental.to_account_info(),
        &accounts.rental.signer_seeds(&nonce),
    )?;
    for (worker, _) in slots.iter_mut() {
        if worker.rental == rental_key {
            worker.release();
            worker.exit(&crate::ID)?;
        }
    }
    let rental = &mut accounts.rental;
    emit_event(&RentalClosed {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        payments,
        fees,
        workers: rental.views(),
        refund: left,
        totals: rental.totals()?,
    });
    Ok(())
}
