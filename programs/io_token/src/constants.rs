//! Seeds and the fixed numbers of the $IO coin (SPEC section 1).

use anchor_lang::prelude::*;
use io_common::ONE_IO;

/// Seed of the token config PDA, which is also the mint authority.
#[constant]
pub const CONFIG_SEED: &[u8] = b"config";
/// Seed of the IO mint PDA.
#[constant]
pub const MINT_SEED: &[u8] = b"io_mint";
/// Seed of a vesting schedule PDA: `[VESTING_SEED, allocation byte]`.
#[constant]
pub const VESTING_SEED: &[u8] = b"vesting";
/// Seed of a vesting vault (token account) PDA: `[VESTING_VAULT_SEED, vesting schedule key]`.
#[constant]
pub const VESTING_VAULT_SEED: &[u8] = b"vesting_vault";

/// IO has 8 decimals.
#[constant]
pub const IO_DECIMALS: u8 = 8;
/// Hard cap: 800,000,000 IO. Counts everything ever minted; burning never reopens room.
#[constant]
pub const MAX_SUPPLY: u64 = 800_000_000 * ONE_IO;
/// Minted once at genesis: 500,000,000 IO.
#[constant]
pub const GENESIS_SUPPLY: u64 = 500_000_000 * ONE_IO;
/// Emitted over 20 years as block rewards, only through the emission gate: 300,000,000 IO.
#[constant]
pub const EMISSION_POOL: u64 = 300_000_000 * ONE_IO;

/// Genesis allocations (io.net's published split).
#[constant]
pub const COMMUNITY_ALLOCATION: u64 = 100_000_000 * ONE_IO;
#[constant]
pub const SEED_INVESTORS_ALLOCATION: u64 = 100_000_000 * ONE_IO;
#[constant]
pub const SERIES_A_ALLOCATION: u64 = 81_600_000 * ONE_IO;
#[constant]
pub const CORE_CONTRIBUTORS_ALLOCATION: u64 = 90_400_000 * ONE_IO;
#[constant]
pub const ECOSYSTEM_ALLOCATION: u64 = 128_000_000 * ONE_IO;

/// A vesting month: 30 days from the genesis timestamp.
#[constant]
pub const SECONDS_PER_MONTH: i64 = 30 * 24 * 60 * 60;
/// Vested allocations unlock their first part at the end of this month.
#[constant]
pub const VESTING_FIRST_UNLOCK_MONTH: u16 = 13;
/// Investors (seed, Series A): 24 monthly parts, end of month 13 to end of month 36.
#[constant]
pub const INVESTOR_VESTING_PARTS: u16 = 24;
/// Core contributors: 36 monthly parts, end of month 13 to end of month 48.
#[constant]
pub const CORE_VESTING_PARTS: u16 = 36;
