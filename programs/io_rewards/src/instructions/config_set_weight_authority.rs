use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::WeightAuthorityChanged;
use crate::state::RewardsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetWeightAuthorityArgs {
    /// The new weight authority (io_cloud's PDA `[b"rewards_authority"]`).
    pub weight_authority: Pubkey,
}

#[derive(Accounts)]
pub struct ConfigSetWeightAuthority<'info> {
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

pub fn handler(
    ctx: Context<ConfigSetWeightAuthority>,
    args: ConfigSetWeightAuthorityArgs,
) -> Result<()> {
    require!(
        args.weight_authority != Pubkey::default(),
        IoRewardsError::InvalidAuthority
    );
    let config = &mut ctx.accounts.config;
    let previous = std::mem::replace(&mut config.weight_authority, args.weight_authority);
    emit_event(&WeightAuthorityChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        previous,
        weight_authority: args.weight_authority,
    });
    Ok(())
}
