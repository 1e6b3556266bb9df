use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::{PositionVoted, ProposalVoted};
use crate::state::{Position, Proposal, ProposalState, VoteRecord, VoteSide};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ProposalVoteArgs {
    pub side: VoteSide,
}

#[derive(Accounts)]
pub struct ProposalVote<'info> {
    #[account(mut)]
    pub voter: Signer<'info>,

    #[account(
        mut,
        seeds = [POSITION_SEED, voter.key().as_ref(), &position.nonce.to_le_bytes()],
        bump = position.bump,
        constraint = position.owner == voter.key() @ IoDaoError::NotPositionOwner,
    )]
    pub position: Box<Account<'info, Position>>,

    #[account(mut, seeds = [PROPOSAL_SEED, &proposal.id.to_le_bytes()], bump = proposal.bump)]
    pub proposal: Box<Account<'info, Proposal>>,

    /// `init_if_needed` so that a second vote reaches the handler and is refused as
    /// `AlreadyVoted` (a plain `init` would fail in the system program).
    #[account(
        init_if_needed,
        payer = voter,
        space = 8 + VoteRecord::INIT_SPACE,
        seeds = [VOTE_SEED, proposal.key().as_ref(), position.key().as_ref()],
        bump,
    )]
    pub vote: Box<Account<'info, VoteRecord>>,

    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<ProposalVote>, args: ProposalVoteArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    require!(!accounts.vote.is_cast(), IoDaoError::AlreadyVoted);
    let proposal = &mut accounts.proposal;
    require!(
        proposal.state == ProposalState::Voting && now < proposal.voting_ends_at,
        IoDaoError::VotingClosed
    );
    let position = &mut accounts.position;
    let power = position.power_at(now);
    require!(power > 0, IoDaoError::NoVotingPower);

    match args.side {
        VoteSide::Yes => proposal.yes = proposal.yes.safe_add(power)?,
        VoteSide::No => proposal.no = proposal.no.safe_add(power)?,
        VoteSide::Abstain => proposal.abstain = proposal.abstain.safe_add(power)?,
    }
    proposal.participating_io = proposal.participating_io.safe_add(position.amount)?;
    position.voted_until = position.voted_until.max(proposal.voting_ends_at);
    accounts.vote.set_inner(VoteRecord {
        proposal: proposal.key(),
        position: position.key(),
        side: args.side,
        power,
        voted_at: now,
        bump: ctx.bumps.vote,
    });

    emit_event(&ProposalVoted {
        header: EventHeader::next(proposal.key(), &mut proposal.seq)?,
        position: position.key(),
        voter: accounts.voter.key(),
        side: args.side,
        power,
        yes: proposal.yes,
        no: proposal.no,
        abstain: proposal.abstain,
        participating_io: proposal.participating_io,
    });
    let position = &mut accounts.position;
    emit_event(&PositionVoted {
        header: EventHeader::next(position.key(), &mut position.seq)?,
        proposal: accounts.proposal.key(),
        voted_until: position.voted_until,
    });
    Ok(())
}
