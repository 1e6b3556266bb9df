//! Token CPIs: payments signed by a wallet, and payments, burns and closes signed by this
//! program's PDAs (escrows, stake vaults, the config).

use anchor_lang::prelude::*;
use anchor_spl::token::{self, Burn, CloseAccount, Mint, TransferChecked};

/// Moves `amount` from `from` to `to`; `authority` signs (a wallet, or a PDA with `seeds`).
pub fn transfer<'info>(
    token_program: &AccountInfo<'info>,
    mint: &Account<'info, Mint>,
    from: AccountInfo<'info>,
    to: AccountInfo<'info>,
    authority: AccountInfo<'info>,
    seeds: &[&[u8]],
    amount: u64,
) -> Result<()> {
    if amount == 0 {
        return Ok(());
    }
    let accounts = TransferChecked {
        from,
        mint: mint.to_account_info(),
        to,
        authority,
    };
    let signer = [seeds];
    let ctx = if seeds.is_empty() {
        CpiContext::new(token_program.clone(), accounts)
    } else {
        CpiContext::new_with_signer(token_program.clone(), accounts, &signer)
    };
    token::transfer_checked(ctx, amount, mint.decimals)
}

/// Burns `amount` from `from`, signed by the PDA `authority` with `seeds`.
pub fn burn<'info>(
    token_program: &AccountInfo<'info>,
    mint: &Account<'info, Mint>,
    from: AccountInfo<'info>,
    authority: AccountInfo<'info>,
    seeds: &[&[u8]],
    amount: u64,
) -> Result<()> {
    token::burn(
        CpiContext::new_with_signer(
            token_program.clone(),
            Burn {
                mint: mint.to_account_info(),
                from,
                authority,
            },
            &[seeds],
        ),
        amount,
    )
}

/// Closes the empty token account `account`, its rent to `destination`, signed by the PDA
/// `authority` with `seeds`.
pub fn close<'info>(
    token_program: &AccountInfo<'info>,
    account: AccountInfo<'info>,
    destination: AccountInfo<'info>,
    authority: AccountInfo<'info>,
    seeds: &[&[u8]],
) -> Result<()> {
    token::close_account(CpiContext::new_with_signer(
        token_program.clone(),
        CloseAccount {
            account,
            destination,
            authority,
        },
        &[seeds],
    ))
}

/// Pays `amount` out of a rental's escrow, signed by the rental.
pub fn pay_from_escrow<'info>(
    token_program: &AccountInfo<'info>,
    mint: &Account<'info, Mint>,
    escrow: AccountInfo<'info>,
    to: AccountInfo<'info>,
    rental: &Account<'info, crate::state::Rental>,
    amount: u64,
) -> Result<()> {
    let nonce = rental.nonce.to_le_bytes();
    transfer(
        token_program,
        mint,
        escrow,
        to,
        rental.to_account_info(),
        &rental.signer_seeds(&nonce),
        amount,
    )
}
