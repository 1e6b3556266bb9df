//! Token CPIs signed by this program's PDAs.

use anchor_lang::prelude::*;
use anchor_spl::token::{self, Mint, MintTo, Token, TokenAccount, TransferChecked};

use crate::constants::{CONFIG_SEED, VESTING_SEED};
use crate::state::{TokenConfig, VestingSchedule};

/// Mints `amount` IO to `to`, signed by the config PDA (the mint authority).
pub fn mint_io<'info>(
    token_program: &Program<'info, Token>,
    mint: &Account<'info, Mint>,
    to: &Account<'info, TokenAccount>,
    config: &Account<'info, TokenConfig>,
    amount: u64,
) -> Result<()> {
    let seeds: &[&[u8]] = &[CONFIG_SEED, &[config.bump]];
    token::mint_to(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            MintTo {
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: config.to_account_info(),
            },
            &[seeds],
        ),
        amount,
    )
}

/// Moves `amount` IO out of a vesting vault, signed by its schedule PDA.
pub fn pay_from_vault<'info>(
    token_program: &Program<'info, Token>,
    mint: &Account<'info, Mint>,
    vault: &Account<'info, TokenAccount>,
    to: &Account<'info, TokenAccount>,
    schedule: &Account<'info, VestingSchedule>,
    amount: u64,
) -> Result<()> {
    let seeds: &[&[u8]] = &[
        VESTING_SEED,
        &[schedule.allocation.seed()],
        &[schedule.bump],
    ];
    token::transfer_checked(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            TransferChecked {
                from: vault.to_account_info(),
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: schedule.to_account_info(),
            },
            &[seeds],
        ),
        amount,
        mint.decimals,
    )
}
