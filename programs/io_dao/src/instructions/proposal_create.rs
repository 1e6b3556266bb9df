use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::ProposalCreated;
use crate::state::{DaoConfig, ParamChange, Position, Proposal, ProposalState};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ProposalCreateArgs {
    pub change: ParamChange,
    /// Hash of the off-chain description.
    pub description_hash: [u8; 32],
}

#[derive(Accounts)]
pub struct ProposalCreate<'info> {
    #[account(mut)]
    pub proposer: Signer<'info>,

    #[account(mut, seeds = [DAO_CONFIG_SEED], bump = config.bump)]
    pub config: Box<Account<'info, DaoConfig>>,

    #[account(
        seeds = [POSITION_SEED, proposer.key().as_ref(), &position.nonce.to_le_bytes()],
        bump = position.bump,
        constraint = position.owner == proposer.key() @ IoDaoError::NotPositionOwner,
    )]
    pub position: Box<Account<'info, Position>>,

    #[account(
        init,
        payer = proposer,
        space = 8 + Proposal::INIT_SPACE,
        seeds = [PROPOSAL_SEED, &config.proposal_count.to_le_bytes()],
        bump,
    )]
    pub proposal: Box<Account<'info, Proposal>>,

    pub system_program: Program<'info, System>,
}

pub fn handler(ctx: Context<ProposalCreate>, args: ProposalCreateArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    args.change.validate()?;
    let accounts = ctx.accounts;
    let power = accounts.position.power_at(now);
    require!(
        power >= accounts.config.params.min_proposal_power && power > 0,
        IoDaoError::InsufficientPower
    );

    let config = &mut accounts.config;
    let id = config.proposal_count;
    let voting_ends_at = now.safe_add(config.params.voting_period_secs)?;
    accounts.proposal.set_inner(Proposal {
        id,
        proposer: accounts.proposer.key(),
        proposer_position: accounts.position.key(),
        change: args.change,
        description_hash: args.description_hash,
        created_at: now,
        voting_ends_at,
        executable_at: 0,
        total_locked_at_creation: config.total_locked,
        yes: 0,
        no: 0,
        abstain: 0,
        participating_io: 0,
        state: ProposalState::Voting,
        seq: 0,
        bump: ctx.bumps.proposal,
    });
    config.proposal_count = id.safe_add(1)?;

    let proposal = &mut accounts.proposal;
    emit_event(&ProposalCreated {
        header: EventHeader::next(proposal.key(), &mut proposal.seq)?,
        id,
        proposer: proposal.proposer,
        change: proposal.change,
        voting_ends_at,
        total_locked_at_creation: proposal.total_locked_at_creation,
    });
    Ok(())
}
