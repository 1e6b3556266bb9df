use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoTokenError;
use crate::events::EmissionRetired;
use crate::state::TokenConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct RetireEmissionArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct RetireEmission<'info> {
    /// The registered emission authority: the rewards program signs with its PDA.
    pub emission_authority: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = emission_authority @ IoTokenError::UnauthorizedEmitter,
    )]
    pub config: Box<Account<'info, TokenConfig>>,
}

/// Lowers the 300M emission room for good by `amount`: what the rewards program released and
/// did not need (the Incentive Dynamic Engine's surplus) can never be minted.
pub fn handler(ctx: Context<RetireEmission>, args: RetireEmissionArgs) -> Result<()> {
    let config = &mut ctx.accounts.config;
    let minted = config.minted().after_retirement(args.amount)?;
    config.record(minted);
    emit_event(&EmissionRetired {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        amount: args.amount,
        emission_minted: minted.emission,
        emission_retired: minted.retired,
        total_minted: minted.total()?,
        room_left: minted.room_left()?,
    });
    Ok(())
}
