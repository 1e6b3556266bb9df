//! A worker's co-staking (io.net: a co-staker may supply at most half of a device's stake, one
//! co-staker per offer; the owner sets the co-staker's share of block rewards; the co-staker's
//! exit waits 7 days earning nothing, then the 14-day cooldown; a slash is shared pro rata).
//! The co-staker's IO sits in the worker's stake vault beside the owner's (`Worker::co_staked`).

use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath, BPS};

use crate::constants::{MAX_CO_STAKE_BPS_OF_MIN, UNSTAKE_COOLDOWN_SECONDS};
use crate::errors::IoCloudError;
use crate::events::{CoStakeChange, CoStakeChanged};
use crate::state::Worker;

impl Worker {
    /// Most IO a co-staker may supply: half of the device's minimum stake.
    pub fn max_co_stake(&self) -> Result<u64> {
        let max = u128::from(self.min_stake()?)
            .safe_mul(u128::from(MAX_CO_STAKE_BPS_OF_MIN))?
            .safe_div(u128::from(BPS))?;
        Ok(u64::try_from(max).unwrap_or(u64::MAX))
    }

    /// Checks an offer of at most `max_amount` IO for a `share_bps` share of block rewards.
    pub fn check_co_stake_offer(&self, max_amount: u64, share_bps: u16) -> Result<()> {
        require!(!self.has_co_staker(), IoCloudError::CoStakeTaken);
        require!(max_amount > 0, IoCloudError::ZeroAmount);
        require!(
            max_amount <= self.max_co_stake()?,
            IoCloudError::CoStakeAboveHalf
        );
        require!(
            u64::from(share_bps) <= BPS,
            IoCloudError::InvalidCoStakeShare
        );
        Ok(())
    }

    /// Checks `co_staker`'s acceptance of the open offer with `amount` IO at `share_bps`.
    pub fn check_co_stake_acceptance(
        &self,
        co_staker: Pubkey,
        amount: u64,
        share_bps: u16,
    ) -> Result<()> {
        require!(!self.has_co_staker(), IoCloudError::CoStakeTaken);
        require!(self.co_offer_max > 0, IoCloudError::NoCoStakeOffer);
        require!(co_staker != self.authority, IoCloudError::CoStakerIsOwner);
        require!(amount > 0, IoCloudError::ZeroAmount);
        require!(amount <= self.co_offer_max, IoCloudError::CoStakeAboveOffer);
        require!(
            amount <= self.max_co_stake()?,
            IoCloudError::CoStakeAboveHalf
        );
        require!(
            share_bps == self.co_share_bps,
            IoCloudError::CoStakeTermsChanged
        );
        Ok(())
    }

    /// When the exiting co-staker's IO becomes withdrawable (0 unless exiting).
    pub fn co_available_at(&self) -> Result<i64> {
        if self.co_exit_at == 0 {
            return Ok(0);
        }
        self.co_exit_at.safe_add(UNSTAKE_COOLDOWN_SECONDS)
    }

    /// Emits `CoStakeChanged` for `change`, `amount` IO having moved (`key` is the worker's address).
    pub fn emit_co_stake(&mut self, key: Pubkey, change: CoStakeChange, amount: u64) -> Result<()> {
        emit_event(&CoStakeChanged {
            header: EventHeader::next(key, &mut self.seq)?,
            change,
            co_staker: self.co_staker,
            amount,
            offer_max: self.co_offer_max,
            share_bps: self.co_share_bps,
            co_staked: self.co_staked,
            exit_at: self.co_exit_at,
            available_at: self.co_available_at()?,
            min_stake: self.min_stake()?,
        });
        Ok(())
    }
}
