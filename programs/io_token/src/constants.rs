//! Seeds and the fixed numbers of the $IO coin (SPEC section 1).

use anchor_lang::prelude::*;

/// Seed of the token config PDA, which is also the mint authority.
#[constant]
pub const CONFIG_SEED: &[u8] = b"config";
/// Seed of the IO mint PDA.
#[constant]
pub const MINT_SEED: &[u8] = b"io_mint";

/// IO has 8 decimals.
#[constant]
pub const IO_DECIMALS: u8 = 8;
/// One IO in base units.
pub const ONE_IO: u64 = 100_000_000;
/// Hard cap: 800,000,000 IO in base units.
#[constant]
pub const MAX_SUPPLY: u64 = 800_000_000 * ONE_IO;
