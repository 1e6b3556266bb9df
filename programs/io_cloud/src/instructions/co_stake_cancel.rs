use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::CoStakeChange;
use crate::state::Worker;

#[derive(Accounts)]
pub struct CoStakeCancel<'info> {
    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
        constraint = worker.co_offer_max > 0 @ IoCloudError::NoCoStakeOffer,
    )]
    pub worker: Box<Account<'info, Worker>>,
}

/// Withdraws the worker's open co-staking offer.
pub fn handler(ctx: Context<CoStakeCancel>) -> Result<()> {
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.co_offer_max = 0;
    worker.co_share_bps = 0;
    worker.emit_co_stake(key, CoStakeChange::Cancelled, 0)
}
