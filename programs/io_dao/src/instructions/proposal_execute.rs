use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::{DaoParamsChanged, ProposalExecuted};
use crate::governed_cpi::apply_to_target;
use crate::state::{DaoConfig, ParamChange, Proposal, ProposalState, Target};

#[derive(Accounts)]
pub struct ProposalExecute<'info> {
    /// Anyone may execute a passed proposal after its timelock (pays if a target account grows).
    #[account(mut)]
    pub executor: Signer<'info>,

    #[account(mut, seeds = [DAO_CONFIG_SEED], bump = config.bump)]
    pub config: Box<Account<'info, DaoConfig>>,

    #[account(mut, seeds = [PROPOSAL_SEED, &proposal.id.to_le_bytes()], bump = proposal.bump)]
    pub proposal: Box<Account<'info, Proposal>>,
    // The target program and its accounts follow as remaining accounts (see `apply_change`).
}

impl ProposalExecute<'_> {
    fn validate(&self, now: i64) -> Result<()> {
        let proposal = &self.proposal;
        match proposal.state {
            ProposalState::Executed => return err!(IoDaoError::AlreadyExecuted),
            ProposalState::Vetoed => return err!(IoDaoError::ProposalVetoed),
            ProposalState::Voting | ProposalState::Defeated => {
                return err!(IoDaoError::ProposalNotSucceeded)
            }
            ProposalState::Succeeded => {}
        }
        require!(now >= proposal.executable_at, IoDaoError::TimelockNotOver);
        require!(
            now < proposal.executable_at.safe_add(EXECUTION_WINDOW_SECS)?,
            IoDaoError::ProposalExpired
        );
        Ok(())
    }
}

pub fn handler<'info>(ctx: Context<'_, '_, '_, 'info, ProposalExecute<'info>>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    ctx.accounts.validate(now)?;
    let change = ctx.accounts.proposal.change;
    if change.target() == Target::Dao {
        apply_change(&mut ctx.accounts.config, change)?;
    } else {
        apply_to_target(
            change,
            &ctx.accounts.executor.to_account_info(),
            ctx.remaining_accounts,
            ctx.accounts.config.governance_bump,
        )?;
    }

    let proposal = &mut ctx.accounts.proposal;
    proposal.state = ProposalState::Executed;
    emit_event(&ProposalExecuted {
        header: EventHeader::next(proposal.key(), &mut proposal.seq)?,
        change,
        executor: ctx.accounts.executor.key(),
        executed_at: now,
    });
    Ok(())
}

/// Applies a change of the DAO's own parameters (other programs': `governed_cpi`).
fn apply_change(config: &mut Account<DaoConfig>, change: ParamChange) -> Result<()> {
    let mut params = config.params;
    match change {
        ParamChange::DaoVotingPeriod { secs } => params.voting_period_secs = secs,
        ParamChange::DaoTimelock { secs } => params.timelock_secs = secs,
        ParamChange::DaoQuorum { bps } => params.quorum_bps = bps,
        ParamChange::DaoMinProposalPower { power } => params.min_proposal_power = power,
        _ => return err!(IoDaoError::WrongTarget),
    }
    params.validate()?;
    config.params = params;
    emit_event(&DaoParamsChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        params,
    });
    Ok(())
}
