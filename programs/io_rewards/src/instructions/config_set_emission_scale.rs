use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::EmissionScaleChanged;
use crate::state::RewardsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetEmissionScaleArgs {
    /// Share of the schedule emitted from now on, in basis points: 0 ..= 10,000 (100%).
    pub emission_scale_bps: u16,
}

#[derive(Accounts)]
pub struct ConfigSetEmissionScale<'info> {
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

fn validate(args: &ConfigSetEmissionScaleArgs) -> Result<()> {
    require!(
        args.emission_scale_bps <= MAX_EMISSION_SCALE_BPS,
        IoRewardsError::EmissionScaleTooHigh
    );
    Ok(())
}

/// Accrues the past at the old scale, then sets the new one. What a scale below 100% withholds
/// is counted in `forgone` and never emitted later.
pub fn handler(
    ctx: Context<ConfigSetEmissionScale>,
    args: ConfigSetEmissionScaleArgs,
) -> Result<()> {
    validate(&args)?;
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    config.accrue(now)?;
    let previous = config.pool.emission_scale_bps;
    config.pool.emission_scale_bps = args.emission_scale_bps;
    emit_event(&EmissionScaleChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        previous,
        emission_scale_bps: args.emission_scale_bps,
        pool: config.pool,
    });
    Ok(())
}
