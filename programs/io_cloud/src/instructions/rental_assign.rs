use anchor_lang::prelude::*;
use anchor_spl::token::Mint;
use io_common::{emit_event, EventHeader};
use io_credits::state::{CreditsConfig, Tender};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{RentalAssigned, WeightChangeReason};
use crate::remaining::load_worker;
use crate::rewards_hook::*;
use crate::state::{check_assignable, CloudConfig, IoPrice, Rental, RentalState, TenderTerms};

/// `remaining_accounts`: for each worker, the worker (writable) then its io_rewards account
/// (writable); their GPUs add up to the rental's.
#[derive(Accounts)]
pub struct RentalAssign<'info> {
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
    )]
    pub rental: Box<Account<'info, Rental>>,

    /// The rental's tender: the workers' asks are compared in it.
    #[account(
        seeds = [io_credits::constants::TENDER_SEED, rental.tender_mint.as_ref()],
        bump = tender.bump,
        seeds::program = io_credits::ID,
    )]
    pub tender: Box<Account<'info, Tender>>,

    #[account(address = rental.tender_mint @ IoCloudError::WrongTenderMint)]
    pub tender_mint: Box<Account<'info, Mint>>,

    /// With `price_update`: converts the rental's USD fees into the IO that funds its workers'
    /// busy boost (without them a rental's USD fees fund no boost).
    #[account(
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Option<Box<Account<'info, CreditsConfig>>>,

    /// CHECK: a Pyth `PriceUpdateV2`; owner, feed, verification, age and confidence are checked
    /// by io_credits' oracle rules against `credits_config`.
    pub price_update: Option<UncheckedAccount<'info>>,

    pub rewards: RewardsSync<'info>,
}

impl RentalAssign<'_> {
    /// The IO price USD fees convert at, when both oracle accounts were given.
    fn io_price(&self, now: i64) -> Result<Option<IoPrice>> {
        let (Some(config), Some(update)) = (&self.credits_config, &self.price_update) else {
            return Ok(None);
        };
        let data = update.try_borrow_data()?;
        let price = io_credits::oracle::checked_high_price(
            update.owner,
            &data,
            &config.params.oracle_limits(),
            now,
        )?;
        Ok(Some(IoPrice {
            price: price.price,
            exponent: price.exponent,
        }))
    }
}

/// The orchestrator assigns eligible idle workers of the booked class whose asks the rental's
/// price meets; streaming starts now and each worker's busy boost is funded by its share of the
/// rental's fees.
pub fn handler<'info>(ctx: Context<'_, '_, 'info, 'info, RentalAssign<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let rental_key = accounts.rental.key();
    require!(
        accounts.rental.state == RentalState::Booked,
        IoCloudError::RentalNotBooked
    );
    require!(
        ctx.remaining_accounts.len().is_multiple_of(2),
        IoCloudError::WrongRemainingAccounts
    );
    let terms = TenderTerms::of(&accounts.tender, accounts.tender_mint.decimals);
    let price = accounts.io_price(now)?;
    let pairs: Vec<_> = ctx.remaining_accounts.chunks(2).collect();
    let mut workers = Vec::with_capacity(pairs.len());
    let mut assigned = Vec::with_capacity(pairs.len());
    for pair in &pairs {
        let worker = load_worker(&pair[0])?;
        assigned.push(check_assignable(&worker, &accounts.rental, &terms, now)?);
        workers.push(worker);
    }
    let rental = &mut accounts.rental;
    rental.start(&assigned, now)?;
    rental.boost_budget = rental.fees_in_io(&terms, price)?;
    for (slot, (worker, pair)) in workers.iter_mut().zip(pairs.iter()).enumerate() {
        let key = worker.key();
        worker.serve(rental_key, rental.end_time, true);
        accounts.rewards.sync_serving(
            &ctx.bumps.rewards,
            key,
            worker,
            &pair[1],
            rental,
            slot,
            now,
            WeightChangeReason::Busy,
            true,
        )?;
        worker.exit(&crate::ID)?;
    }
    emit_event(&RentalAssigned {
        header: EventHeader::next(rental_key, &mut rental.seq)?,
        workers: rental.views(),
        totals: rental.totals()?,
    });
    Ok(())
}
