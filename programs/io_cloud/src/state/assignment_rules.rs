//! What an assignment checks and grants: a worker serves a rental only at or above its ask, and
//! the rental's fees fund its workers' busy-boost allowance in io_rewards.

use anchor_lang::prelude::*;
use io_common::{CommonError, SafeCast, SafeMath, SECONDS_PER_HOUR};

use crate::errors::IoCloudError;
use io_credits::state::{Tender, TenderKind};

use crate::state::{AssignedWorker, Rental, Worker};

/// Micro-USD per USD: asks in USD are kept in micro-USD.
const MICRO_USD_DECIMALS: u32 = 6;

/// The rental's tender as the price floor and the boost allowance need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TenderTerms {
    pub is_io: bool,
    pub usd_pegged: bool,
    pub decimals: u8,
}

impl TenderTerms {
    pub fn of(tender: &Tender, decimals: u8) -> Self {
        Self {
            is_io: tender.kind == TenderKind::Io,
            usd_pegged: tender.usd_pegged,
            decimals,
        }
    }

    /// `micro_usd` in this (USD-pegged) tender's base units, rounded up.
    fn units_of_micro_usd(self, micro_usd: u64) -> Result<u64> {
        let (up, down) = self.decimal_gap()?;
        let value = u128::from(micro_usd).safe_mul(up)?.div_ceil(down);
        value.safe_cast()
    }

    /// `amount` of this (USD-pegged) tender's base units in micro-USD, rounded down.
    fn micro_usd_of_units(self, amount: u64) -> Result<u64> {
        let (up, down) = self.decimal_gap()?;
        let value = u128::from(amount).safe_mul(down)?.safe_div(up)?;
        value.safe_cast()
    }

    /// (10^max(d − 6, 0), 10^max(6 − d, 0)) for a tender of d decimals.
    fn decimal_gap(self) -> Result<(u128, u128)> {
        let decimals = u32::from(self.decimals);
        let pow = |e: u32| {
            10u128
                .checked_pow(e)
                .ok_or_else(|| error!(CommonError::MathOverflow))
        };
        Ok((
            pow(decimals.saturating_sub(MICRO_USD_DECIMALS))?,
            pow(MICRO_USD_DECIMALS.saturating_sub(decimals))?,
        ))
    }
}

impl Worker {
    /// The worker's ask per GPU-hour in the tender's base units; a tender that is neither IO
    /// nor USD-pegged has none (the worker can't be assigned to it).
    pub fn ask_in(&self, terms: &TenderTerms) -> Result<Option<u64>> {
        if terms.is_io {
            Ok(Some(self.ask_io_per_gpu_hour))
        } else if terms.usd_pegged {
            terms.units_of_micro_usd(self.price_per_gpu_hour).map(Some)
        } else {
            Ok(None)
        }
    }
}

/// Checks a worker may serve `rental` at `now`: its class, idle, eligible, and the rental's
/// price at least its ask in the rental's tender.
pub fn check_assignable(
    worker: &Worker,
    rental: &Rental,
    terms: &TenderTerms,
    now: i64,
) -> Result<AssignedWorker> {
    require!(
        worker.device_class == rental.device_class,
        IoCloudError::WrongDeviceClass
    );
    require!(!worker.is_rented(), IoCloudError::WorkerRented);
    require!(
        worker.is_assignable_at(now)?,
        IoCloudError::WorkerIneligible
    );
    let ask = worker.ask_in(terms)?;
    require!(
        ask.is_some_and(|ask| rental.price_per_gpu_hour >= ask),
        IoCloudError::PriceBelowAsk
    );
    Ok(AssignedWorker {
        worker: worker.address()?,
        owner: worker.authority,
        gpus: worker.gpus,
    })
}

/// The IO conversion of USD fees, when a checked price was given: `price × 10^exponent` USD
/// per IO, the highest the update allows (fewest IO).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IoPrice {
    pub price: u64,
    pub exponent: i32,
}

impl Rental {
    /// The IO base units of fees this rental paid, which fund its workers' busy boost: its IO
    /// fees, plus its USD fees (tender fees of a USD-pegged tender and reservation fees paid in
    /// IOSD) converted at `price` when one was given, else nothing for them.
    pub fn fees_in_io(&self, terms: &TenderTerms, price: Option<IoPrice>) -> Result<u64> {
        let io_fees = if terms.is_io { self.fees } else { 0 };
        let usd_fees = if terms.usd_pegged {
            terms.micro_usd_of_units(self.fees)?
        } else {
            0
        }
        .safe_add(self.reservation_fees_iosd)?;
        let converted = match price {
            Some(price) if usd_fees > 0 => {
                io_credits::oracle::iosd_to_io_down(usd_fees, price.price, price.exponent)?
            }
            _ => 0,
        };
        io_fees.safe_add(converted)
    }

    /// The busy-boost allowance to grant the worker of `slot` whose busy lease runs until the
    /// start of `lease_end_hour`: the slot's share of the budget (by GPUs) for the part of the
    /// rental that has streamed or is leased, less what the slot's workers were granted before.
    /// A slot's workers together never get more than its share, whatever the replacements,
    /// extensions and termination (the fraction is of the current duration, never above 1).
    pub fn grant_boost(&mut self, slot: usize, lease_end_hour: i64) -> Result<u64> {
        let gpus = self.assignments.get(slot).map_or(0, |a| a.gpus);
        let duration = self.end_time.safe_sub(self.start_time)?;
        if duration <= 0 || self.gpus == 0 || slot >= self.boost_granted.len() {
            return Ok(0);
        }
        let until = lease_end_hour
            .safe_mul(SECONDS_PER_HOUR)?
            .min(self.end_time)
            .safe_sub(self.start_time)?
            .clamp(0, duration);
        let target = u128::from(self.boost_budget)
            .safe_mul(u128::from(gpus))?
            .safe_mul(until.safe_cast()?)?
            .safe_div(u128::from(self.gpus).safe_mul(duration.safe_cast()?)?)?;
        let target: u64 = target.safe_cast()?;
        let grant = target.saturating_sub(self.boost_granted[slot]);
        self.boost_granted[slot] = self.boost_granted[slot].safe_add(grant)?;
        Ok(grant)
    }
}
