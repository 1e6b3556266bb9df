use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::RewardModeScheduled;
use crate::math::ide::IdeParams;
use crate::state::RewardsConfig;

#[derive(Accounts)]
pub struct ConfigSetRewardMode<'info> {
    /// The DAO's PDA in production.
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [REWARDS_CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoRewardsError::Unauthorized,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,
}

/// Accrues the past under the mode in effect, then schedules the mode and the engine's
/// parameters from the next hour boundary (a later call before then replaces them).
pub fn handler(ctx: Context<ConfigSetRewardMode>, args: IdeParams) -> Result<()> {
    args.validate()?;
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    config.accrue(now)?;
    let from_hour = config.ide.schedule(args, now)?;
    emit_event(&RewardModeScheduled {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        current: config.ide.params,
        scheduled: args,
        from_hour,
    });
    Ok(())
}
