use anchor_lang::prelude::*;
use io_common::EventHeader;

use crate::state::{DaoParams, LockKind, ParamChange, ProposalState, VoteSide};

#[event]
pub struct DaoInitialized {
    /// entity = the DAO config.
    pub header: EventHeader,
    pub io_mint: Pubkey,
    /// The signer PDA governed programs must accept parameter changes from.
    pub governance: Pubkey,
    pub params: DaoParams,
    pub veto_authority: Pubkey,
}

#[event]
pub struct PositionLocked {
    /// entity = the position.
    pub header: EventHeader,
    pub owner: Pubkey,
    pub amount: u64,
    pub kind: LockKind,
    pub lock_end: i64,
    pub lock_secs: i64,
    pub voting_power: u64,
    pub total_locked: u64,
}

/// A lock was extended or a constant lock started its unlock.
#[event]
pub struct PositionExtended {
    /// entity = the position.
    pub header: EventHeader,
    pub lock_end: i64,
    pub lock_secs: i64,
    pub voting_power: u64,
}

/// A position voted: it can't be withdrawn before `voted_until` (the end of the latest vote it
/// took part in).
#[event]
pub struct PositionVoted {
    /// entity = the position.
    pub header: EventHeader,
    pub proposal: Pubkey,
    pub voted_until: i64,
}

#[event]
pub struct PositionWithdrawn {
    /// entity = the (now closed) position.
    pub header: EventHeader,
    pub owner: Pubkey,
    pub amount: u64,
    pub total_locked: u64,
}

#[event]
pub struct ProposalCreated {
    /// entity = the proposal.
    pub header: EventHeader,
    pub id: u64,
    pub proposer: Pubkey,
    pub change: ParamChange,
    pub voting_ends_at: i64,
    pub total_locked_at_creation: u64,
}

#[event]
pub struct ProposalVoted {
    /// entity = the proposal.
    pub header: EventHeader,
    pub position: Pubkey,
    pub voter: Pubkey,
    pub side: VoteSide,
    pub power: u64,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub participating_io: u64,
}

/// Voting ended (succeeded / defeated) or the proposal was vetoed.
#[event]
pub struct ProposalFinalized {
    /// entity = the proposal.
    pub header: EventHeader,
    pub state: ProposalState,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub participating_io: u64,
    pub executable_at: i64,
}

#[event]
pub struct ProposalExecuted {
    /// entity = the proposal.
    pub header: EventHeader,
    pub change: ParamChange,
    pub executor: Pubkey,
    pub executed_at: i64,
}

/// The DAO's own parameters changed (by an executed proposal).
#[event]
pub struct DaoParamsChanged {
    /// entity = the DAO config.
    pub header: EventHeader,
    pub params: DaoParams,
}
