//! Token CPIs signed by this program's PDAs.

use anchor_lang::prelude::*;
use anchor_lang::system_program;
use anchor_spl::token_interface::TransferChecked;
use anchor_spl::token_interface::{self, Burn, Mint, MintTo, TokenAccount, TokenInterface};

use crate::constants::{CONFIG_SEED, TENDER_SEED};
use crate::state::{CreditsConfig, Tender};

/// Mints `amount` IOSD to `to`, signed by the config PDA (the IOSD mint authority).
pub fn mint_iosd<'info>(
    token_2022_program: &AccountInfo<'info>,
    iosd_mint: &InterfaceAccount<'info, Mint>,
    to: &InterfaceAccount<'info, TokenAccount>,
    config: &Account<'info, CreditsConfig>,
    amount: u64,
) -> Result<()> {
    let seeds: &[&[u8]] = &[CONFIG_SEED, &[config.bump]];
    token_interface::mint_to(
        CpiContext::new_with_signer(
            token_2022_program.clone(),
            MintTo {
                mint: iosd_mint.to_account_info(),
                to: to.to_account_info(),
                authority: config.to_account_info(),
            },
            &[seeds],
        ),
        amount,
    )
}

fn tender_seeds(tender: &Tender) -> [&[u8]; 3] {
    [
        TENDER_SEED,
        tender.mint.as_ref(),
        std::slice::from_ref(&tender.bump),
    ]
}

/// Burns `amount` from a tender's fee vault, signed by the tender PDA (the vault's owner).
pub fn burn_from_vault<'info>(
    token_program: &Interface<'info, TokenInterface>,
    mint: &InterfaceAccount<'info, Mint>,
    vault: &InterfaceAccount<'info, TokenAccount>,
    tender: &Account<'info, Tender>,
    amount: u64,
) -> Result<()> {
    let seeds = tender_seeds(tender);
    token_interface::burn(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            Burn {
                mint: mint.to_account_info(),
                from: vault.to_account_info(),
                authority: tender.to_account_info(),
            },
            &[&seeds],
        ),
        amount,
    )
}

/// Moves `amount` out of a tender's fee vault, signed by the tender PDA.
pub fn pay_from_vault<'info>(
    token_program: &Interface<'info, TokenInterface>,
    mint: &InterfaceAccount<'info, Mint>,
    vault: &InterfaceAccount<'info, TokenAccount>,
    to: &InterfaceAccount<'info, TokenAccount>,
    tender: &Account<'info, Tender>,
    amount: u64,
) -> Result<()> {
    let seeds = tender_seeds(tender);
    token_interface::transfer_checked(
        CpiContext::new_with_signer(
            token_program.to_account_info(),
            TransferChecked {
                from: vault.to_account_info(),
                mint: mint.to_account_info(),
                to: to.to_account_info(),
                authority: tender.to_account_info(),
            },
            &[&seeds],
        ),
        amount,
        mint.decimals,
    )
}

/// Creates a PDA account owned by `owner`, signed by its `seeds`. Works even if someone sent
/// lamports to the address beforehand (then it tops up, allocates and assigns, as Anchor's `init`).
pub fn create_pda_account<'info>(
    payer: &AccountInfo<'info>,
    account: &AccountInfo<'info>,
    system: &AccountInfo<'info>,
    space: usize,
    owner: &Pubkey,
    seeds: &[&[u8]],
) -> Result<()> {
    let rent = Rent::get()?.minimum_balance(space);
    let held = account.lamports();
    if held == 0 {
        return system_program::create_account(
            CpiContext::new_with_signer(
                system.clone(),
                system_program::CreateAccount {
                    from: payer.clone(),
                    to: account.clone(),
                },
                &[seeds],
            ),
            rent,
            space as u64,
            owner,
        );
    }
    let top_up = rent.saturating_sub(held);
    if top_up > 0 {
        system_program::transfer(
            CpiContext::new(
                system.clone(),
                system_program::Transfer {
                    from: payer.clone(),
                    to: account.clone(),
                },
            ),
            top_up,
        )?;
    }
    system_program::allocate(
        CpiContext::new_with_signer(
            system.clone(),
            system_program::Allocate {
                account_to_allocate: account.clone(),
            },
            &[seeds],
        ),
        space as u64,
    )?;
    system_program::assign(
        CpiContext::new_with_signer(
            system.clone(),
            system_program::Assign {
                account_to_assign: account.clone(),
            },
            &[seeds],
        ),
        owner,
    )
}
