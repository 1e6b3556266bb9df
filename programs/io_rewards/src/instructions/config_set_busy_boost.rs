use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::BusyBoostChanged;
use crate::state::RewardsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetBusyBoostArgs {
    /// Weight factor of a busy worker in basis points: 10,000 (1×) ..= 50,000 (5×).
    pub busy_boost_bps: u32,
}

#[derive(Accounts)]
pub struct ConfigSetBusyBoost<'info> {
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

fn validate(args: &ConfigSetBusyBoostArgs) -> Result<()> {
    require!(
        args.busy_boost_bps >= MIN_BUSY_BOOST_BPS,
        IoRewardsError::BusyBoostTooLow
    );
    require!(
        args.busy_boost_bps <= MAX_BUSY_BOOST_BPS,
        IoRewardsError::BusyBoostTooHigh
    );
    Ok(())
}

/// Accrues the past at the old boost, then sets the new one; it applies to every busy worker
/// from this second, without touching their accounts.
pub fn handler(ctx: Context<ConfigSetBusyBoost>, args: ConfigSetBusyBoostArgs) -> Result<()> {
    validate(&args)?;
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    config.accrue(now)?;
    let previous = config.pool.busy_boost_bps;
    config.pool.busy_boost_bps = args.busy_boost_bps;
    emit_event(&BusyBoostChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        previous,
        busy_boost_bps: args.busy_boost_bps,
        pool: config.pool,
    });
    Ok(())
}
