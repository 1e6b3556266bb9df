use anchor_lang::prelude::*;

use crate::math::accumulator::WorkerShare;

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
    /// Weight, class, index snapshot and unclaimed earnings.
    pub share: WorkerShare,
    /// Base units claimed, ever.
    pub claimed: u64,
    /// Event sequence number of this account.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
}
