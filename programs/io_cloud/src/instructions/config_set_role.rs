use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoCloudError;
use crate::events::{CloudRole, CloudRoleChanged};
use crate::state::CloudConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetRoleArgs {
    pub role: CloudRole,
    pub authority: Pubkey,
}

#[derive(Accounts)]
pub struct ConfigSetRole<'info> {
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,
}

/// Governance hands a role (itself included) to a new key.
pub fn handler(ctx: Context<ConfigSetRole>, args: ConfigSetRoleArgs) -> Result<()> {
    require!(
        args.authority != Pubkey::default(),
        IoCloudError::InvalidAuthority
    );
    let config = &mut ctx.accounts.config;
    let slot = match args.role {
        CloudRole::Governance => &mut config.governance,
        CloudRole::Orchestrator => &mut config.orchestrator,
        CloudRole::UptimeVerifier => &mut config.uptime_verifier,
        CloudRole::SlashingAuthority => &mut config.slashing_authority,
    };
    let previous = std::mem::replace(slot, args.authority);
    emit_event(&CloudRoleChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        role: args.role,
        previous,
        authority: args.authority,
    });
    Ok(())
}
