use anchor_lang::prelude::*;
use anchor_spl::token::{Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::WorkerDeregistered;
use crate::rewards_hook::worker_removed;
use crate::state::Worker;
use crate::token_cpi;

#[derive(Accounts)]
pub struct WorkerDeregister<'info> {
    /// Receives the rent of the worker and its vault.
    #[account(mut)]
    pub authority: Signer<'info>,

    #[account(
        mut,
        close = authority,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
        has_one = stake_vault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
}

impl WorkerDeregister<'_> {
    fn validate(&self) -> Result<()> {
        require!(!self.worker.is_rented(), IoCloudError::WorkerRented);
        require!(
            self.worker.staked == 0 && self.worker.unstaking == 0 && self.stake_vault.amount == 0,
            IoCloudError::StakeNotWithdrawn
        );
        Ok(())
    }
}

/// Removes an idle, unstaked worker: its weight goes to zero, its vault and account close and
/// their rent returns to the authority.
#[access_control(ctx.accounts.validate())]
pub fn handler(ctx: Context<WorkerDeregister>) -> Result<()> {
    let accounts = ctx.accounts;
    let worker = &accounts.worker;
    token_cpi::close(
        &accounts.token_program.to_account_info(),
        accounts.stake_vault.to_account_info(),
        accounts.authority.to_account_info(),
        worker.to_account_info(),
        &worker.signer_seeds(),
    )?;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    worker_removed(key, worker)?;
    worker.seq = worker.seq.safe_add(1)?;
    emit_event(&WorkerDeregistered {
        header: EventHeader {
            entity: key,
            seq: worker.seq,
        },
        authority: worker.authority,
    });
    Ok(())
}
