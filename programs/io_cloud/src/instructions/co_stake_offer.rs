use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::CoStakeChange;
use crate::state::Worker;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CoStakeOfferArgs {
    /// Most IO the co-staker may deposit: at most half of the device's minimum stake.
    pub max_amount: u64,
    /// The co-staker's share of the worker's block rewards, basis points (at most 10,000).
    pub share_bps: u16,
}

#[derive(Accounts)]
pub struct CoStakeOffer<'info> {
    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
    )]
    pub worker: Box<Account<'info, Worker>>,
}

/// Opens (or changes) the worker's co-staking offer; refused while it has a co-staker.
pub fn handler(ctx: Context<CoStakeOffer>, args: CoStakeOfferArgs) -> Result<()> {
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.check_co_stake_offer(args.max_amount, args.share_bps)?;
    worker.co_offer_max = args.max_amount;
    worker.co_share_bps = args.share_bps;
    worker.emit_co_stake(key, CoStakeChange::Offered, 0)
}
