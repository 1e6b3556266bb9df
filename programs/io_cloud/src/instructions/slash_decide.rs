use anchor_lang::prelude::*;

use crate::errors::IoCloudError;
use crate::events::SlashOutcome;
use crate::slash_resolution::*;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct SlashDecideArgs {
    /// Uphold (the IO is burned or sent to the treasury) or reverse (the IO goes back to the
    /// stake, or to what was cooling down).
    pub uphold: bool,
}

#[derive(Accounts)]
pub struct SlashDecide<'info> {
    /// The slashing authority or governance (the DAO's PDA through a proposal).
    pub decider: Signer<'info>,

    pub resolution: SlashResolution<'info>,
}

impl SlashDecide<'_> {
    fn validate(&self, now: i64) -> Result<()> {
        let config = &self.resolution.config;
        let decider = self.decider.key();
        require!(
            decider == config.slashing_authority || decider == config.governance,
            IoCloudError::NotSlashDecider
        );
        require!(
            self.resolution.case.is_open_at(now),
            IoCloudError::AppealWindowClosed
        );
        Ok(())
    }
}

/// Within the window, the slashing authority or governance upholds or reverses a slash,
/// appealed or not.
pub fn handler(ctx: Context<SlashDecide>, args: SlashDecideArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    ctx.accounts.validate(now)?;
    let outcome = if args.uphold {
        SlashOutcome::Upheld
    } else {
        SlashOutcome::Reversed
    };
    let decider = ctx.accounts.decider.key();
    ctx.accounts
        .resolution
        .resolve(&ctx.bumps.resolution, outcome, decider, now)
}
