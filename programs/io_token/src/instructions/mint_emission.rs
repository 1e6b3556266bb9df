use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoTokenError;
use crate::events::EmissionMinted;
use crate::signed_cpi::mint_io;
use crate::state::TokenConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct MintEmissionArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct MintEmission<'info> {
    /// The registered emission authority: the rewards program signs with its PDA.
    pub emission_authority: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = mint @ IoTokenError::WrongMint,
        has_one = emission_authority @ IoTokenError::UnauthorizedEmitter,
    )]
    pub config: Box<Account<'info, TokenConfig>>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    #[account(mut, token::mint = mint)]
    pub destination: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
}

pub fn handler(ctx: Context<MintEmission>, args: MintEmissionArgs) -> Result<()> {
    let accounts = ctx.accounts;
    // Both limits (300M emissions, 800M ever minted) before anything is minted.
    let minted = accounts.config.minted().after_emission(args.amount)?;
    mint_io(
        &accounts.token_program,
        &accounts.mint,
        &accounts.destination,
        &accounts.config,
        args.amount,
    )?;

    let config = &mut accounts.config;
    config.record(minted);
    emit_event(&EmissionMinted {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        destination: accounts.destination.key(),
        amount: args.amount,
        genesis_minted: minted.genesis,
        emission_minted: minted.emission,
        total_minted: minted.total()?,
        room_left: minted.room_left()?,
    });
    Ok(())
}
