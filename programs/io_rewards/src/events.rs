use anchor_lang::prelude::*;
use io_common::EventHeader;

use crate::math::accumulator::RewardPool;
use crate::math::ide::{Ide, IdeHour, IdeParams};

/// The rewards config was created.
#[event]
pub struct RewardsInitialized {
    /// entity = the rewards config.
    pub header: EventHeader,
    pub governance: Pubkey,
    pub weight_authority: Pubkey,
    pub token_config: Pubkey,
    pub mint: Pubkey,
    /// The pool after initialization (start time, parameters).
    pub pool: RewardPool,
}

/// The pool was brought to now (by a crank, a claim or a weight change) and, for weight changes,
/// its totals changed.
#[event]
pub struct RewardsAccrued {
    /// entity = the rewards config.
    pub header: EventHeader,
    pub registered_workers: u64,
    /// The pool after the change.
    pub pool: RewardPool,
}

/// Governance changed the share of the schedule emitted (after accruing at the old share).
#[event]
pub struct EmissionScaleChanged {
    /// entity = the rewards config.
    pub header: EventHeader,
    pub previous: u16,
    pub emission_scale_bps: u16,
    pub pool: RewardPool,
}

/// Governance changed the busy boost (after accruing at the old boost).
#[event]
pub struct BusyBoostChanged {
    /// entity = the rewards config.
    pub header: EventHeader,
    pub previous: u32,
    pub busy_boost_bps: u32,
    pub pool: RewardPool,
}

/// Governance registered a new weight authority.
#[event]
pub struct WeightAuthorityChanged {
    /// entity = the rewards config.
    pub header: EventHeader,
    pub previous: Pubkey,
    pub weight_authority: Pubkey,
}

/// The weight authority set a worker's reward state (after settling it).
#[event]
pub struct WorkerRewardUpdated {
    /// entity = the worker reward account.
    pub header: EventHeader,
    pub worker: Pubkey,
    pub owner: Pubkey,
    pub base_weight: u64,
    pub busy: bool,
    pub eligible: bool,
    /// Weight counted from now on, in basis-point units (base × 10,000 idle, × boost busy).
    pub weight: u128,
    /// Hour at whose start the weight lapses unless granted again (0 without weight).
    pub lease_end_hour: i64,
    /// Base units of busy-boost earnings the worker may still be paid.
    pub boost_allowance: u64,
    /// Whole base units the owner may claim right after the change.
    pub pending: u64,
    pub claimed: u64,
    /// The co-staker (default if the worker never had one) and its share from now on.
    pub co_staker: Pubkey,
    pub co_share_bps: u16,
    /// Whole base units the co-staker may claim right after the change.
    pub co_pending: u64,
    pub co_claimed: u64,
}

/// A worker's owner claimed its block rewards.
#[event]
pub struct RewardsClaimed {
    /// entity = the worker reward account.
    pub header: EventHeader,
    pub worker: Pubkey,
    pub owner: Pubkey,
    pub destination: Pubkey,
    pub amount: u64,
    /// Base units claimed by this worker's owner, ever.
    pub claimed: u64,
    /// The co-staker's whole base units claimable after the claim, and claimed ever.
    pub co_pending: u64,
    pub co_claimed: u64,
}

/// A worker's co-staker was paid its share of the worker's block rewards.
#[event]
pub struct CoStakerRewardsClaimed {
    /// entity = the worker reward account.
    pub header: EventHeader,
    pub worker: Pubkey,
    pub co_staker: Pubkey,
    /// The co-staker's IO account.
    pub destination: Pubkey,
    pub amount: u64,
    /// Base units claimed for this worker's co-staker, ever.
    pub co_claimed: u64,
    /// The owner's whole base units claimable after the claim, and claimed ever.
    pub pending: u64,
    pub claimed: u64,
}

/// Governance scheduled a reward mode and the engine's parameters.
#[event]
pub struct RewardModeScheduled {
    /// entity = the rewards config.
    pub header: EventHeader,
    /// In effect until `from_hour` begins.
    pub current: IdeParams,
    pub scheduled: IdeParams,
    /// Hour index (Unix time / 3600) at whose start `scheduled` takes effect.
    pub from_hour: i64,
}

/// The engine was cranked: fresh price, fees drawn and burned, retired IO reported.
#[event]
pub struct IdeCranked {
    /// entity = the rewards config.
    pub header: EventHeader,
    /// IO that reached the fee reserve since the last crank.
    pub drawn: u64,
    /// Undistributed fee reserve above the buffer, burned.
    pub burned: u64,
    /// Retired IO recorded in io_token's ledger by this crank.
    pub retired_reported: u64,
    /// The engine after the crank (price, vaults, the last two hours, totals).
    pub ide: Ide,
}

/// Workers were paid less than their USD target since the last crank: both vaults fell short
/// (paid pro rata to weight) or no valid price was known.
#[event]
pub struct IdeShortfall {
    /// entity = the rewards config.
    pub header: EventHeader,
    /// USD owed and not paid since the last report, micro-USD.
    pub usd_unpaid: u64,
    /// The latest hour's figures.
    pub hour: IdeHour,
}
