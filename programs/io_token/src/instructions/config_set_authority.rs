use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoTokenError;
use crate::events::{AuthorityChanged, AuthorityRole};
use crate::state::TokenConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetAuthorityArgs {
    /// Which authority to change.
    pub role: AuthorityRole,
    pub new_authority: Pubkey,
}

#[derive(Accounts)]
pub struct ConfigSetAuthority<'info> {
    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = authority @ IoTokenError::Unauthorized,
    )]
    pub config: Box<Account<'info, TokenConfig>>,
}

/// The config authority registers the emission authority (the rewards program's PDA) or hands
/// the administration to a new authority (the DAO).
pub fn handler(ctx: Context<ConfigSetAuthority>, args: ConfigSetAuthorityArgs) -> Result<()> {
    require!(
        args.new_authority != Pubkey::default(),
        IoTokenError::InvalidAuthority
    );
    let config = &mut ctx.accounts.config;
    let slot = match args.role {
        AuthorityRole::Admin => &mut config.authority,
        AuthorityRole::Emission => &mut config.emission_authority,
    };
    let previous = std::mem::replace(slot, args.new_authority);
    let minted = config.minted();
    emit_event(&AuthorityChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        role: args.role,
        previous,
        authority: args.new_authority,
        genesis_minted: minted.genesis,
        emission_minted: minted.emission,
        total_minted: minted.total()?,
    });
    Ok(())
}
