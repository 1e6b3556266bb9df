//! CPIs signed by this program's PDAs.

use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_token::cpi::accounts::MintEmission;
use io_token::instructions::MintEmissionArgs;
use io_token::program::IoToken;

use crate::constants::REWARDS_CONFIG_SEED;
use crate::state::RewardsConfig;

/// Mints `amount` IO to `destination` through io_token's emission gate, signed by the rewards
/// config PDA (the emission authority io_token has registered). io_token refuses anything
/// beyond the 300M pool or the 800M cap.
pub fn mint_rewards<'info>(
    io_token_program: &Program<'info, IoToken>,
    token_program: &Program<'info, Token>,
    config: &Account<'info, RewardsConfig>,
    token_config: &UncheckedAccount<'info>,
    mint: &Account<'info, Mint>,
    destination: &Account<'info, TokenAccount>,
    amount: u64,
) -> Result<()> {
    let seeds: &[&[u8]] = &[REWARDS_CONFIG_SEED, &[config.bump]];
    io_token::cpi::mint_emission(
        CpiContext::new_with_signer(
            io_token_program.to_account_info(),
            MintEmission {
                emission_authority: config.to_account_info(),
                config: token_config.to_account_info(),
                mint: mint.to_account_info(),
                destination: destination.to_account_info(),
                token_program: token_program.to_account_info(),
            },
            &[seeds],
        ),
        MintEmissionArgs { amount },
    )
}
