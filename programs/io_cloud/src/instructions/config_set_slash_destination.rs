use anchor_lang::prelude::*;
use anchor_spl::token::TokenAccount;
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoCloudError;
use crate::events::SlashDestinationChanged;
use crate::state::{CloudConfig, SlashDestination};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetSlashDestinationArgs {
    pub destination: SlashDestination,
}

#[derive(Accounts)]
pub struct ConfigSetSlashDestination<'info> {
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    /// The treasury's IO account; required for `Treasury`.
    #[account(constraint = treasury.mint == config.io_mint @ IoCloudError::WrongTreasury)]
    pub treasury: Option<Box<Account<'info, TokenAccount>>>,
}

/// Governance chooses whether slashed IO is burned or sent to the treasury.
pub fn handler(
    ctx: Context<ConfigSetSlashDestination>,
    args: ConfigSetSlashDestinationArgs,
) -> Result<()> {
    let treasury = match (args.destination, &ctx.accounts.treasury) {
        (SlashDestination::Treasury, None) => return err!(IoCloudError::TreasuryRequired),
        (_, Some(account)) => account.key(),
        (SlashDestination::Burn, None) => ctx.accounts.config.treasury,
    };
    let config = &mut ctx.accounts.config;
    config.slash_destination = args.destination;
    config.treasury = treasury;
    emit_event(&SlashDestinationChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        slash_destination: config.slash_destination,
        treasury: config.treasury,
    });
    Ok(())
}
