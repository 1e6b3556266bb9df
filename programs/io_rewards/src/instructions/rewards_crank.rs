use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::events::RewardsAccrued;
use crate::state::RewardsConfig;

/// Anyone may crank: no signer beyond the fee payer.
#[derive(Accounts)]
pub struct RewardsCrank<'info> {
    #[account(mut, seeds = [REWARDS_CONFIG_SEED], bump = config.bump)]
    pub config: Box<Account<'info, RewardsConfig>>,
}

/// Brings the accumulator up to now (and hands emissions that waited for weight to the workers
/// holding weight now).
pub fn handler(ctx: Context<RewardsCrank>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    config.accrue(now)?;
    emit_event(&RewardsAccrued {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        registered_workers: config.registered_workers,
        pool: config.pool,
    });
    Ok(())
}
