//! `io_dao`: vote-escrowed IO governs the protocol's parameters (SPEC section 5).
//!
//! Flow: holders `position_lock` IO for 1 day to 4 years (cliff: power decays; constant: power
//! holds until `position_start_unlock`) and get voting power amount × (1 + 3 × remaining / 4y);
//! a position with enough power does `proposal_create` with one typed `ParamChange`; positions
//! `proposal_vote` once each (power fixed at the vote); after the voting period anyone
//! `proposal_finalize`s (quorum of locked IO, yes > no), and after the timelock anyone
//! `proposal_execute`s, which applies the change with the DAO's governance PDA as signer.
//!
//! Authorities: none over funds. The governance PDA `[GOVERNANCE_SEED]` is the only key the
//! governed programs accept parameter changes from; an optional veto authority may stop a
//! proposal before it executes.

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod governed_cpi;
pub mod instructions;
pub mod math;
pub mod state;

use instructions::*;

declare_id!("CnmWKnA7mdw4bcPTwAuxMvyuGjoSDBCY9SZ7BYzfSZVz");

#[program]
pub mod io_dao {
    use super::*;

    /// Creates the DAO config and the lock vault.
    pub fn dao_initialize(ctx: Context<DaoInitialize>, args: DaoInitializeArgs) -> Result<()> {
        instructions::dao_initialize::handler(ctx, args)
    }

    /// Locks IO into a new veIO position.
    pub fn position_lock(ctx: Context<PositionLock>, args: PositionLockArgs) -> Result<()> {
        instructions::position_lock::handler(ctx, args)
    }

    /// Extends a position's lock (never shortens it).
    pub fn position_extend(ctx: Context<PositionExtend>, args: PositionExtendArgs) -> Result<()> {
        instructions::position_extend::handler(ctx, args)
    }

    /// Starts the unlock of a constant lock.
    pub fn position_start_unlock(ctx: Context<PositionStartUnlock>) -> Result<()> {
        instructions::position_start_unlock::handler(ctx)
    }

    /// Withdraws an expired position with no live vote, closing it.
    pub fn position_withdraw(ctx: Context<PositionWithdraw>) -> Result<()> {
        instructions::position_withdraw::handler(ctx)
    }

    /// Proposes one parameter change.
    pub fn proposal_create(ctx: Context<ProposalCreate>, args: ProposalCreateArgs) -> Result<()> {
        instructions::proposal_create::handler(ctx, args)
    }

    /// Casts a position's vote, once.
    pub fn proposal_vote(ctx: Context<ProposalVote>, args: ProposalVoteArgs) -> Result<()> {
        instructions::proposal_vote::handler(ctx, args)
    }

    /// Ends the vote: passed proposals enter their timelock.
    pub fn proposal_finalize(ctx: Context<ProposalFinalize>) -> Result<()> {
        instructions::proposal_finalize::handler(ctx)
    }

    /// Vetoes a proposal before it executes.
    pub fn proposal_veto(ctx: Context<ProposalVeto>) -> Result<()> {
        instructions::proposal_veto::handler(ctx)
    }

    /// Executes a passed proposal after its timelock, at most once.
    pub fn proposal_execute<'info>(
        ctx: Context<'_, '_, '_, 'info, ProposalExecute<'info>>,
    ) -> Result<()> {
        instructions::proposal_execute::handler(ctx)
    }
}
