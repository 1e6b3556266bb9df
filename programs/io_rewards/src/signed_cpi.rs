//! CPIs signed by this program's PDAs.

use anchor_lang::prelude::*;
use anchor_spl::token::{self, Burn, Mint, Token, TokenAccount, Transfer};
use anchor_spl::token_interface::TokenAccount as InterfaceTokenAccount;
use io_credits::cpi::accounts::{FeeRelease, FeeVaultPayout};
use io_credits::instructions::FeeReleaseArgs;
use io_credits::program::IoCredits;
use io_credits::state::Tender;
use io_token::cpi::accounts::{MintEmission, RetireEmission};
use io_token::instructions::{MintEmissionArgs, RetireEmissionArgs};
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
    let seeds = config_seeds(config);
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
            &[&seeds],
        ),
        MintEmissionArgs { amount },
    )
}

fn config_seeds(config: &RewardsConfig) -> [&[u8]; 2] {
    [REWARDS_CONFIG_SEED, std::slice::from_ref(&config.bump)]
}

/// Pays `amount` IO from the fee reserve (the config's token account) to `destination`.
pub fn pay_from_fee_reserve<'info>(
    token_program: &Program<'info, Token>,
    config: &Account<'info, RewardsConfig>,
    fee_reserve: &Account<'info, TokenAccount>,
    destination: &Account<'info, TokenAccount>,
    amount: u64,
) -> Result<()> {
    let seeds = config_seeds(config);
    token::transfer(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            Transfer {
                from: fee_reserve.to_account_info(),
                to: destination.to_account_info(),
                authority: config.to_account_info(),
            },
            &[&seeds],
        ),
        amount,
    )
}

/// Burns `amount` IO out of the fee reserve.
pub fn burn_from_fee_reserve<'info>(
    token_program: &Program<'info, Token>,
    config: &Account<'info, RewardsConfig>,
    mint: &Account<'info, Mint>,
    fee_reserve: &Account<'info, TokenAccount>,
    amount: u64,
) -> Result<()> {
    let seeds = config_seeds(config);
    token::burn(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            Burn {
                mint: mint.to_account_info(),
                from: fee_reserve.to_account_info(),
                authority: config.to_account_info(),
            },
            &[&seeds],
        ),
        amount,
    )
}

/// Records `amount` of emission room as retired in io_token's ledger.
pub fn retire_emission<'info>(
    io_token_program: &Program<'info, IoToken>,
    config: &Account<'info, RewardsConfig>,
    token_config: &UncheckedAccount<'info>,
    amount: u64,
) -> Result<()> {
    let seeds = config_seeds(config);
    io_token::cpi::retire_emission(
        CpiContext::new_with_signer(
            io_token_program.to_account_info(),
            RetireEmission {
                emission_authority: config.to_account_info(),
                config: token_config.to_account_info(),
            },
            &[&seeds],
        ),
        RetireEmissionArgs { amount },
    )
}

/// Draws `amount` IO fees from io_credits' IO fee vault into the fee reserve.
#[allow(clippy::too_many_arguments)]
pub fn release_fees<'info>(
    credits_program: &Program<'info, IoCredits>,
    token_program: &Program<'info, Token>,
    config: &Account<'info, RewardsConfig>,
    io_tender: &Account<'info, Tender>,
    mint: &Account<'info, Mint>,
    io_fee_vault: &InterfaceAccount<'info, InterfaceTokenAccount>,
    fee_reserve: &Account<'info, TokenAccount>,
    amount: u64,
) -> Result<()> {
    let seeds = config_seeds(config);
    io_credits::cpi::fee_release(
        CpiContext::new_with_signer(
            credits_program.to_account_info(),
            FeeRelease {
                rewards_config: config.to_account_info(),
                payout: FeeVaultPayout {
                    tender: io_tender.to_account_info(),
                    mint: mint.to_account_info(),
                    vault: io_fee_vault.to_account_info(),
                    destination: fee_reserve.to_account_info(),
                    token_program: token_program.to_account_info(),
                },
            },
            &[&seeds],
        ),
        FeeReleaseArgs { amount },
    )
}
