use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::{CONFIG_SEED, MAX_APPEAL_WINDOW_SECS, MIN_APPEAL_WINDOW_SECS};
use crate::errors::IoCloudError;
use crate::events::AppealWindowChanged;
use crate::state::CloudConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetAppealWindowArgs {
    /// Seconds slashed IO waits for an appeal and a decision, 1 to 90 days.
    pub appeal_window_secs: u32,
}

#[derive(Accounts)]
pub struct ConfigSetAppealWindow<'info> {
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,
}

/// Governance sets the reconsideration window of slashes made from now on (open cases keep
/// theirs).
pub fn handler(ctx: Context<ConfigSetAppealWindow>, args: ConfigSetAppealWindowArgs) -> Result<()> {
    require!(
        (MIN_APPEAL_WINDOW_SECS..=MAX_APPEAL_WINDOW_SECS).contains(&args.appeal_window_secs),
        IoCloudError::AppealWindowOutOfBounds
    );
    let config = &mut ctx.accounts.config;
    config.appeal_window_secs = args.appeal_window_secs;
    emit_event(&AppealWindowChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        appeal_window_secs: config.appeal_window_secs,
    });
    Ok(())
}
