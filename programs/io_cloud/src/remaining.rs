//! Accounts passed in `remaining_accounts` (the workers of a rental and their payout accounts),
//! each validated as strictly as a typed account would be.

use anchor_lang::prelude::*;
use anchor_spl::token::{self, TokenAccount};

use crate::errors::IoCloudError;
use crate::state::Worker;

/// A worker account: owned by this program, a `Worker`, at the address its seeds and stored
/// bump give, writable.
pub fn load_worker<'info>(info: &'info AccountInfo<'info>) -> Result<Account<'info, Worker>> {
    require_keys_eq!(*info.owner, crate::ID, IoCloudError::InvalidWorkerAccount);
    let worker = Account::<Worker>::try_from(info)
        .map_err(|_| error!(IoCloudError::InvalidWorkerAccount))?;
    require_keys_eq!(
        worker.address()?,
        info.key(),
        IoCloudError::InvalidWorkerAccount
    );
    require!(info.is_writable, IoCloudError::AccountNotWritable);
    Ok(worker)
}

/// A worker's payout account: an SPL token account of the rental's tender owned by the worker's
/// authority, writable.
pub fn load_payout<'info>(
    info: &'info AccountInfo<'info>,
    mint: &Pubkey,
    owner: &Pubkey,
) -> Result<Account<'info, TokenAccount>> {
    require_keys_eq!(*info.owner, token::ID, IoCloudError::WrongPayoutAccount);
    let account = Account::<TokenAccount>::try_from(info)
        .map_err(|_| error!(IoCloudError::WrongPayoutAccount))?;
    require!(
        account.mint == *mint && account.owner == *owner,
        IoCloudError::WrongPayoutAccount
    );
    require!(info.is_writable, IoCloudError::AccountNotWritable);
    Ok(account)
}
