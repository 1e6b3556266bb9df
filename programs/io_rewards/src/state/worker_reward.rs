use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::INDEX_SCALE;
use crate::errors::IoRewardsError;
use crate::math::accumulator::WorkerShare;
use crate::math::co_stake::{check_share, co_staker_part};

/// One worker's block rewards (PDA `[WORKER_REWARD_SEED, worker]`), created by the weight
/// authority's `rewards_register_worker` (io_cloud's worker registration).
#[account]
#[derive(InitSpace)]
pub struct WorkerReward {
    /// io_cloud's worker account this share belongs to (the PDA seed).
    pub worker: Pubkey,
    /// The wallet that may claim, as the weight authority last set it.
    pub owner: Pubkey,
    /// Whether the worker is rented right now (as last reported).
    pub busy: bool,
    /// Whether the worker may earn (stake and uptime, as last reported).
    pub eligible: bool,
    /// Weight, class, index snapshot and the owner's unclaimed earnings.
    pub share: WorkerShare,
    /// Base units claimed by the owner, ever.
    pub claimed: u64,
    /// Event sequence number of this account.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// The worker's co-staker (default when it never had one); kept after the co-staker leaves
    /// so that what it earned stays claimable.
    pub co_staker: Pubkey,
    /// The co-staker's share of what the worker earns from now on, in basis points.
    pub co_share_bps: u16,
    /// The co-staker's unclaimed earnings, in base units × INDEX_SCALE.
    pub co_accrued: u128,
    /// Base units claimed for the co-staker, ever.
    pub co_claimed: u64,
}

impl WorkerReward {
    /// Moves the co-staker's part of what the latest settlement added to the owner's bucket
    /// (`share.accrued` was `before`) into the co-staker's, at the terms in force until now.
    pub fn split_since(&mut self, before: u128) -> Result<()> {
        let earned = self.share.accrued.safe_sub(before)?;
        let part = co_staker_part(earned, self.co_share_bps)?;
        self.share.accrued = self.share.accrued.safe_sub(part)?;
        self.co_accrued = self.co_accrued.safe_add(part)?;
        Ok(())
    }

    /// The co-staking terms from now on (the worker settled first). The default key means no
    /// co-staker earns (the last one keeps its record); a new co-staker replaces the last only
    /// once the last one's whole base units are claimed, and the fraction left goes to the owner.
    pub fn set_co_staker(&mut self, co_staker: Pubkey, share_bps: u16) -> Result<()> {
        if co_staker == Pubkey::default() {
            self.co_share_bps = 0;
            return Ok(());
        }
        check_share(share_bps)?;
        if co_staker != self.co_staker {
            require!(
                self.co_accrued < INDEX_SCALE,
                IoRewardsError::CoStakerRewardsUnclaimed
            );
            self.share.accrued = self.share.accrued.safe_add(self.co_accrued)?;
            self.co_accrued = 0;
            self.co_staker = co_staker;
        }
        self.co_share_bps = share_bps;
        Ok(())
    }
}
