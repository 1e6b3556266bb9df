//! The Incentive Dynamic Engine (IDE): io.net's supplier rewards since June 2026 as secondary
//! sources describe them (docs/IDE.md), a governed mode of this program beside the fixed
//! schedule.
//!
//! In IDE mode the schedule still releases IO hour by hour, but into a **Reward Vault** (here
//! `reserve`: released, not yet paid, minted only when claimed) instead of straight to the
//! workers. Each accrual segment (from the last accrual to now, split at lease ends and hour
//! boundaries where the mode changes) owes the workers a USD target:
//! `usd_due = total weight × usd_per_gpu_hour × seconds / (BPS² × 3600)` (one 1× idle GPU weighs
//! BPS², a busy one counts at the busy boost). The IO it takes, `usd_due ÷ price` rounded down at
//! the engine's price (the highest the oracle allows: fewer IO when uncertain), is paid first from
//! the reserve, then from the **fee reserve** (IO fees drawn from io_credits' IO fee vault), pro
//! rata to weight through the same indices as the schedule; if both fall short the workers share
//! what there is and the shortfall in USD is recorded. Of the segment's fresh schedule IO not
//! needed, `retire_bps` (≥ 50%) is retired for good (reported to io_token, which lowers the
//! emission room) and the rest stays in the reserve for later hours.
//!
//! Ledger (checked by the property tests): `released = paid from the reserve + reserve +
//! retired` over the IDE's lifetime, and `fees drawn = fee_available + fees distributed + burned`.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, BPS, SECONDS_PER_HOUR};
use io_credits::oracle::{io_to_iosd, iosd_to_io_down};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::math::accumulator::hour_of;

/// How block rewards are paid.
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub enum RewardMode {
    /// The 20-year hourly schedule, straight to the workers (the default).
    #[default]
    Schedule,
    /// USD targets paid from the Reward Vault, then the fee reserve; the surplus retired.
    Ide,
}

/// The governed parameters of the engine (`config_set_reward_mode`).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct IdeParams {
    pub mode: RewardMode,
    /// USD target of one GPU-hour at 1× (BPS² weight units), in micro-USD.
    pub usd_per_gpu_hour: u64,
    /// Share of the unneeded fresh schedule IO retired, in basis points (≥ 50%).
    pub retire_bps: u16,
    /// Undistributed fee reserve kept (base units); IO fees above it are burned.
    pub fee_buffer: u64,
}

impl IdeParams {
    /// Each bound with its own error.
    pub fn validate(&self) -> Result<()> {
        require!(
            self.usd_per_gpu_hour <= MAX_USD_PER_GPU_HOUR,
            IoRewardsError::UsdTargetTooHigh
        );
        require!(
            self.mode == RewardMode::Schedule || self.usd_per_gpu_hour > 0,
            IoRewardsError::UsdTargetZero
        );
        require!(
            (MIN_RETIRE_BPS..=MAX_RETIRE_BPS).contains(&self.retire_bps),
            IoRewardsError::RetireShareOutOfBounds
        );
        require!(
            self.fee_buffer <= MAX_FEE_BUFFER,
            IoRewardsError::FeeBufferTooLarge
        );
        Ok(())
    }
}

/// What the engine did over one hour (the segments that ended in it).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct IdeHour {
    /// Hour index (Unix time / 3600); 0 for none yet.
    pub hour: i64,
    /// USD owed to the workers, micro-USD.
    pub usd_due: u64,
    /// IO that would pay it at the engine's price.
    pub io_needed: u64,
    /// IO paid (from the reserve and the fee reserve).
    pub io_paid: u64,
    /// Of which from the fee reserve.
    pub from_fees: u64,
    /// Fresh schedule IO retired.
    pub retired: u64,
    /// USD owed and not paid (both vaults short, or no valid price), micro-USD.
    pub usd_unpaid: u64,
}

impl IdeHour {
    fn add(&mut self, other: &IdeHour) -> Result<()> {
        self.usd_due = self.usd_due.safe_add(other.usd_due)?;
        self.io_needed = self.io_needed.safe_add(other.io_needed)?;
        self.io_paid = self.io_paid.safe_add(other.io_paid)?;
        self.from_fees = self.from_fees.safe_add(other.from_fees)?;
        self.retired = self.retired.safe_add(other.retired)?;
        self.usd_unpaid = self.usd_unpaid.safe_add(other.usd_unpaid)?;
        Ok(())
    }
}

/// The engine's state (kept in the rewards config).
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct Ide {
    /// In effect now.
    pub params: IdeParams,
    /// Taking effect at the start of `pending_hour` (0 = nothing pending).
    pub pending: IdeParams,
    pub pending_hour: i64,
    /// The engine's IO/USD price, `price × 10^price_exponent` USD per IO, published at
    /// `price_time` (0 = none yet); valid for `IDE_PRICE_VALID_SECONDS` after it.
    pub price: u64,
    pub price_exponent: i32,
    pub price_time: i64,
    /// The Reward Vault: schedule IO released in IDE mode, not paid and not retired.
    pub reserve: u64,
    /// Schedule IO retired, ever, and how much of it io_token has recorded.
    pub retired: u64,
    pub retired_reported: u64,
    /// IO in the fee reserve account not yet distributed.
    pub fee_available: u64,
    /// IO drawn into the fee reserve (from io_credits or sent to it), ever.
    pub fee_drawn: u64,
    /// Fee reserve IO put into the reward indices, ever, and paid out by claims.
    pub fee_distributed: u64,
    pub fee_paid: u64,
    /// Fee reserve IO above the buffer, burned, ever.
    pub fee_burned: u64,
    /// Totals since the engine first ran.
    pub totals: IdeHour,
    /// `totals.usd_unpaid` at the last crank's shortfall report.
    pub usd_unpaid_reported: u64,
    /// The latest hour with an IDE accrual, and the one before it.
    pub current: IdeHour,
    pub previous: IdeHour,
}

impl Ide {
    pub fn mode(&self) -> RewardMode {
        self.params.mode
    }

    /// Schedules `params` from the next hour boundary after `now`.
    pub fn schedule(&mut self, params: IdeParams, now: i64) -> Result<i64> {
        params.validate()?;
        self.pending = params;
        self.pending_hour = hour_of(now).safe_add(1)?;
        Ok(self.pending_hour)
    }

    /// The hour a pending change takes effect at, if it is due by `now`.
    pub fn change_due(&self, now: i64) -> Option<i64> {
        (self.pending_hour > 0 && self.pending_hour <= hour_of(now)).then_some(self.pending_hour)
    }

    /// Applies the pending change. Leaving IDE mode hands back what the reserve holds: released
    /// schedule IO the workers are owed under the schedule (returned, for the pool to distribute).
    pub fn apply_pending(&mut self) -> u64 {
        let leaving =
            self.params.mode == RewardMode::Ide && self.pending.mode == RewardMode::Schedule;
        self.params = self.pending;
        self.pending = IdeParams::default();
        self.pending_hour = 0;
        if leaving {
            core::mem::take(&mut self.reserve)
        } else {
            0
        }
    }

    /// Records a checked price.
    pub fn set_price(&mut self, price: u64, exponent: i32, publish_time: i64) {
        self.price = price;
        self.price_exponent = exponent;
        self.price_time = publish_time;
    }

    fn price_valid_at(&self, time: i64) -> bool {
        self.price > 0 && time.saturating_sub(self.price_time) <= IDE_PRICE_VALID_SECONDS
    }

    /// Funds one accrual segment of `seconds` ending at `end` with total weight `weight`
    /// (basis-point units), `emitted` fresh schedule IO arriving: returns the IO to put into the
    /// indices.
    pub fn fund(&mut self, emitted: u64, weight: u128, seconds: i64, end: i64) -> Result<u64> {
        let usd_due: u64 = weight
            .safe_mul(u128::from(self.params.usd_per_gpu_hour))?
            .safe_mul(seconds.safe_cast()?)?
            .safe_div(
                u128::from(BPS)
                    .safe_mul(u128::from(BPS))?
                    .safe_mul(SECONDS_PER_HOUR as u128)?,
            )?
            .safe_cast()?;
        let priced = self.price_valid_at(end);
        let io_needed = if priced {
            iosd_to_io_down(usd_due, self.price, self.price_exponent)?
        } else {
            0
        };
        let available = self.reserve.safe_add(emitted)?;
        let from_reserve = io_needed.min(available);
        let from_fees = io_needed.safe_sub(from_reserve)?.min(self.fee_available);
        let io_paid = from_reserve.safe_add(from_fees)?;
        // Without a price nothing is known to be surplus: the fresh IO waits in the reserve.
        let surplus = if priced {
            emitted.saturating_sub(io_needed)
        } else {
            0
        };
        let retired: u64 = u128::from(surplus)
            .safe_mul(u128::from(self.params.retire_bps))?
            .safe_div(u128::from(BPS))?
            .safe_cast()?;
        self.reserve = available.safe_sub(from_reserve)?.safe_sub(retired)?;
        self.retired = self.retired.safe_add(retired)?;
        self.fee_available = self.fee_available.safe_sub(from_fees)?;
        self.fee_distributed = self.fee_distributed.safe_add(from_fees)?;
        let usd_paid = if priced {
            io_to_iosd(io_paid, self.price, self.price_exponent)?
        } else {
            0
        };
        let usd_unpaid = if io_paid < io_needed || !priced {
            usd_due.saturating_sub(usd_paid)
        } else {
            0
        };
        let segment = IdeHour {
            hour: hour_of(end.safe_sub(1)?),
            usd_due,
            io_needed,
            io_paid,
            from_fees,
            retired,
            usd_unpaid,
        };
        self.record(&segment)?;
        Ok(io_paid)
    }

    fn record(&mut self, segment: &IdeHour) -> Result<()> {
        if segment.hour != self.current.hour {
            self.previous = self.current;
            self.current = IdeHour {
                hour: segment.hour,
                ..IdeHour::default()
            };
        }
        self.current.add(segment)?;
        self.totals.add(segment)
    }

    /// Of a claim of `amount`, the part paid from the fee reserve (what fee-funded IO the
    /// indices hold and claims have not yet taken); the rest is minted.
    pub fn take_from_fees(&mut self, amount: u64) -> Result<u64> {
        let owed = self.fee_distributed.safe_sub(self.fee_paid)?;
        let from_fees = amount.min(owed);
        self.fee_paid = self.fee_paid.safe_add(from_fees)?;
        Ok(from_fees)
    }

    /// IO the fee reserve account must hold: undistributed plus distributed and unclaimed.
    pub fn fee_reserve_held(&self) -> Result<u64> {
        self.fee_available
            .safe_add(self.fee_distributed)?
            .safe_sub(self.fee_paid)
    }

    /// Counts IO that reached the fee reserve (`balance` held now): drawn from io_credits or sent
    /// to it directly. Returns what is new.
    pub fn receive_fees(&mut self, balance: u64) -> Result<u64> {
        let fresh = balance.saturating_sub(self.fee_reserve_held()?);
        self.fee_available = self.fee_available.safe_add(fresh)?;
        self.fee_drawn = self.fee_drawn.safe_add(fresh)?;
        Ok(fresh)
    }

    /// Takes the undistributed fee reserve above the buffer as burned; returns the amount.
    pub fn burn_above_buffer(&mut self) -> Result<u64> {
        let excess = self.fee_available.saturating_sub(self.params.fee_buffer);
        self.fee_available = self.fee_available.safe_sub(excess)?;
        self.fee_burned = self.fee_burned.safe_add(excess)?;
        Ok(excess)
    }

    /// USD left unpaid since the last report, taken as reported.
    pub fn take_unreported_shortfall(&mut self) -> Result<u64> {
        let amount = self.totals.usd_unpaid.safe_sub(self.usd_unpaid_reported)?;
        self.usd_unpaid_reported = self.totals.usd_unpaid;
        Ok(amount)
    }

    /// Retired IO not yet recorded by io_token, taken as recorded.
    pub fn take_unreported_retirement(&mut self) -> Result<u64> {
        let amount = self.retired.safe_sub(self.retired_reported)?;
        self.retired_reported = self.retired;
        Ok(amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// io_credits recognises this program's config PDA by a constant: it must be this program's.
    #[test]
    fn io_credits_names_this_program_and_its_config_seed() {
        assert_eq!(io_credits::constants::IO_REWARDS_PROGRAM_ID, crate::ID);
        assert_eq!(
            io_credits::constants::IO_REWARDS_CONFIG_SEED,
            REWARDS_CONFIG_SEED
        );
    }

    #[test]
    fn parameters_are_bounded() {
        let ok = IdeParams {
            mode: RewardMode::Ide,
            usd_per_gpu_hour: 100_000,
            retire_bps: 5_000,
            fee_buffer: 0,
        };
        assert!(ok.validate().is_ok());
        let refused = [
            IdeParams {
                usd_per_gpu_hour: 0,
                ..ok
            },
            IdeParams {
                usd_per_gpu_hour: MAX_USD_PER_GPU_HOUR + 1,
                ..ok
            },
            IdeParams {
                retire_bps: 4_999,
                ..ok
            },
            IdeParams {
                retire_bps: 10_001,
                ..ok
            },
            IdeParams {
                fee_buffer: MAX_FEE_BUFFER + 1,
                ..ok
            },
        ];
        for params in refused {
            assert!(params.validate().is_err(), "{params:?}");
        }
        let schedule = IdeParams {
            mode: RewardMode::Schedule,
            usd_per_gpu_hour: 0,
            ..ok
        };
        assert!(schedule.validate().is_ok());
    }

    /// An hour at a high price pays few IO and retires most of the rest; a crash drains the
    /// reserve and tops up from fees; when both fall short the workers get what there is.
    #[test]
    fn high_price_surplus_crash_top_up_and_shortfall() {
        let hour = SECONDS_PER_HOUR;
        let gpu = u128::from(BPS) * u128::from(BPS);
        let mut ide = Ide {
            params: IdeParams {
                mode: RewardMode::Ide,
                usd_per_gpu_hour: 1_000_000, // 1 USD per GPU-hour
                retire_bps: 5_000,
                fee_buffer: 0,
            },
            fee_available: 30 * ONE_IO_BASE,
            ..Ide::default()
        };
        // 10 GPUs, 10 USD due; at 2 USD per IO: 5 IO needed out of 100 emitted.
        ide.set_price(200_000_000, -8, 0);
        assert_eq!(
            ide.fund(100 * ONE_IO_BASE, 10 * gpu, hour, hour).unwrap(),
            5 * ONE_IO_BASE
        );
        assert_eq!(ide.retired, 47 * ONE_IO_BASE + ONE_IO_BASE / 2);
        assert_eq!(ide.reserve, 47 * ONE_IO_BASE + ONE_IO_BASE / 2);
        // A crash to 0.10 USD: 100 IO needed; 47.5 in reserve + 20 fresh, 32.5 from fees (30 held).
        ide.set_price(10_000_000, -8, hour);
        let paid = ide
            .fund(20 * ONE_IO_BASE, 10 * gpu, hour, 2 * hour)
            .unwrap();
        assert_eq!(paid, 97 * ONE_IO_BASE + ONE_IO_BASE / 2);
        assert_eq!(ide.current.from_fees, 30 * ONE_IO_BASE);
        assert_eq!(ide.current.usd_unpaid, 250_000); // 2.5 IO × 0.10 USD
        assert_eq!((ide.reserve, ide.fee_available), (0, 0));
        assert_eq!(ide.previous.io_paid, 5 * ONE_IO_BASE);
    }

    const ONE_IO_BASE: u64 = io_common::ONE_IO;
}
