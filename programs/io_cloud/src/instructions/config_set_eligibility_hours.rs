use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::{CONFIG_SEED, MAX_ELIGIBILITY_HOURS};
use crate::errors::IoCloudError;
use crate::events::EligibilityHoursChanged;
use crate::state::CloudConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetEligibilityHoursArgs {
    /// Consecutive good hourly proofs a worker needs, 1..=`MAX_ELIGIBILITY_HOURS`.
    pub eligibility_hours: u8,
}

#[derive(Accounts)]
pub struct ConfigSetEligibilityHours<'info> {
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,
}

/// Governance sets how many consecutive good hours make a worker eligible; each worker is held
/// to the new number from its next proof on.
pub fn handler(
    ctx: Context<ConfigSetEligibilityHours>,
    args: ConfigSetEligibilityHoursArgs,
) -> Result<()> {
    require!(
        (1..=MAX_ELIGIBILITY_HOURS).contains(&args.eligibility_hours),
        IoCloudError::EligibilityHoursOutOfBounds
    );
    let config = &mut ctx.accounts.config;
    config.eligibility_hours = args.eligibility_hours;
    emit_event(&EligibilityHoursChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        eligibility_hours: config.eligibility_hours,
    });
    Ok(())
}
