use anchor_lang::prelude::*;

use crate::errors::IoCloudError;
use crate::events::SlashOutcome;
use crate::slash_resolution::*;

#[derive(Accounts)]
pub struct SlashFinalize<'info> {
    pub resolution: SlashResolution<'info>,
}

/// Permissionless, once the window is over: a slash nobody decided is upheld.
pub fn handler(ctx: Context<SlashFinalize>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    require!(
        !ctx.accounts.resolution.case.is_open_at(now),
        IoCloudError::AppealWindowOpen
    );
    ctx.accounts.resolution.resolve(
        &ctx.bumps.resolution,
        SlashOutcome::Finalized,
        Pubkey::default(),
        now,
    )
}
