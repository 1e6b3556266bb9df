use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::RentalSettled;
use crate::remaining::load_payout;
use crate::state::Rental;
use crate::supplier_fee::*;

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

    /// Writable: io_credits burns its governed share of IO fees.
    #[account(mut, address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    pub supplier_fee: SupplierFee<'info>,

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

/// Permissionless: pays every worker what has streamed to it and is payable, less its
/// supplier fee (into the tender's fee vault); refused when nothing is due.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalSettle<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    accounts.supplier_fee.check(&accounts.rental)?;
    let payout_accounts = load_payouts(ctx.remaining_accounts, &accounts.rental)?;
    let payouts = accounts.rental.settle(now)?;
    let to: Vec<AccountInfo> = payout_accounts
        .iter()
        .map(|p| p.to_account_info())
        .collect();
    Escrow::new(
        &accounts.rental,
        &accounts.escrow,
        &accounts.tender_mint,
        &accounts.token_program,
    )
    .pay_out(&to, &payouts, &accounts.supplier_fee)?;
    let (payments, fees) = nets_and_fees(&payouts);
    let rental_key = accounts.rental.key();
    let rental = &mut accounts.rental;
    emit_event(&RentalSettled {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        payments,
        fees,
        workers: rental.views(),
        totals: rental.totals()?,
    });
    Ok(())
}
