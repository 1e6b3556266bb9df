use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::ProposalFinalized;
use crate::math::tally::passed;
use crate::state::{DaoConfig, Proposal, ProposalState};

#[derive(Accounts)]
pub struct ProposalFinalize<'info> {
    #[account(seeds = [DAO_CONFIG_SEED], bump = config.bump)]
    pub config: Box<Account<'info, DaoConfig>>,

    #[account(mut, seeds = [PROPOSAL_SEED, &proposal.id.to_le_bytes()], bump = proposal.bump)]
    pub proposal: Box<Account<'info, Proposal>>,
}

/// Anyone, once voting has ended: passed (quorum and yes > no) starts the timelock.
pub fn handler(ctx: Context<ProposalFinalize>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let params = ctx.accounts.config.params;
    let proposal = &mut ctx.accounts.proposal;
    require!(
        proposal.state == ProposalState::Voting,
        IoDaoError::AlreadyFinalized
    );
    require!(now >= proposal.voting_ends_at, IoDaoError::VotingOpen);
    if passed(
        &proposal.tally(),
        proposal.total_locked_at_creation,
        params.quorum_bps,
    ) {
        proposal.state = ProposalState::Succeeded;
        proposal.executable_at = proposal.voting_ends_at.safe_add(params.timelock_secs)?;
    } else {
        proposal.state = ProposalState::Defeated;
    }
    emit_event(&ProposalFinalized {
        header: EventHeader::next(proposal.key(), &mut proposal.seq)?,
        state: proposal.state,
        yes: proposal.yes,
        no: proposal.no,
        abstain: proposal.abstain,
        participating_io: proposal.participating_io,
        executable_at: proposal.executable_at,
    });
    Ok(())
}
