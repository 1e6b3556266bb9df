use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::ProposalFinalized;
use crate::state::{DaoConfig, Proposal, ProposalState};

#[derive(Accounts)]
pub struct ProposalVeto<'info> {
    pub veto_authority: Signer<'info>,

    #[account(
        seeds = [DAO_CONFIG_SEED],
        bump = config.bump,
        has_one = veto_authority @ IoDaoError::NotVetoAuthority,
    )]
    pub config: Box<Account<'info, DaoConfig>>,

    #[account(mut, seeds = [PROPOSAL_SEED, &proposal.id.to_le_bytes()], bump = proposal.bump)]
    pub proposal: Box<Account<'info, Proposal>>,
}

/// The veto authority stops a proposal that has not executed yet.
pub fn handler(ctx: Context<ProposalVeto>) -> Result<()> {
    let proposal = &mut ctx.accounts.proposal;
    require!(
        proposal.state != ProposalState::Executed,
        IoDaoError::AlreadyExecuted
    );
    require!(
        proposal.state != ProposalState::Vetoed,
        IoDaoError::ProposalVetoed
    );
    proposal.state = ProposalState::Vetoed;
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
