//! Seeds, fixed numbers and the bounds of every governed parameter (SPEC section 2).

use anchor_lang::prelude::*;

/// Seed of the credits config PDA, which is also the IOSD mint authority.
#[constant]
pub const CONFIG_SEED: &[u8] = b"config";
/// Seed of the IOSD mint PDA.
#[constant]
pub const IOSD_MINT_SEED: &[u8] = b"iosd_mint";
/// Seed of a tender PDA: `[TENDER_SEED, tender mint]`.
#[constant]
pub const TENDER_SEED: &[u8] = b"tender";
/// Seed of a tender's fee vault (token account) PDA: `[FEE_VAULT_SEED, tender mint]`.
#[constant]
pub const FEE_VAULT_SEED: &[u8] = b"fee_vault";

/// io_cloud, whose rentals pay their workers' supplier fees through `fee_pay` (signed by the
/// rental, an account io_cloud owns): those fees are owed under bookings already made, so they
/// are collected even after the tender is disabled. (A constant, not a crate dependency:
/// io_cloud depends on io_credits.)
pub const IO_CLOUD_PROGRAM_ID: Pubkey = pubkey!("7QuRUXb4n2wd4aAMVNtNbCVXRA9w6tvbRc9XMUguht2h");

/// io_rewards' program id and its config PDA's seed: the config signs `fee_release` (a
/// constant for the same reason as io_cloud's).
pub const IO_REWARDS_PROGRAM_ID: Pubkey = pubkey!("vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4");
pub const IO_REWARDS_CONFIG_SEED: &[u8] = b"rewards_config";

/// IOSD has 6 decimals: one base unit is one micro-USD.
#[constant]
pub const IOSD_DECIMALS: u8 = 6;
/// One IOSD (one USD) in base units.
pub const ONE_IOSD: u64 = 1_000_000;
/// IO has 8 decimals (io_token's `IO_DECIMALS`).
pub const IO_DECIMALS: u8 = 8;

/// The breaker window is cut into this many equal slots; the ring holds one more (the slot in
/// progress), so a mint is checked against everything minted in the last full window.
#[constant]
pub const BREAKER_SLOTS: u32 = 24;
/// Number of buckets in the breaker ring: `BREAKER_SLOTS + 1`.
pub const BREAKER_RING: usize = BREAKER_SLOTS as usize + 1;

/// `max_age_s` bounds: a price at most this old is accepted.
#[constant]
pub const MIN_MAX_AGE_S: u32 = 5;
#[constant]
pub const MAX_MAX_AGE_S: u32 = 3_600;
/// `max_conf_bps` bounds: the largest `conf / price` accepted.
#[constant]
pub const MIN_MAX_CONF_BPS: u16 = 1;
#[constant]
pub const MAX_MAX_CONF_BPS: u16 = 1_000;
/// `breaker_window_s` bounds (and it must be a multiple of `BREAKER_SLOTS`).
#[constant]
pub const MIN_BREAKER_WINDOW_S: u32 = 3_600;
#[constant]
pub const MAX_BREAKER_WINDOW_S: u32 = 30 * 24 * 3_600;
/// `breaker_limit` bounds, in IOSD base units: 1 IOSD to 1,000,000,000 IOSD per window.
#[constant]
pub const MIN_BREAKER_LIMIT: u64 = ONE_IOSD;
#[constant]
pub const MAX_BREAKER_LIMIT: u64 = 1_000_000_000 * ONE_IOSD;
/// Largest share of IO fees that may be burned: all of it.
#[constant]
pub const MAX_IO_FEE_BURN_BPS: u16 = 10_000;
/// Largest reservation fee: 1%.
#[constant]
pub const MAX_RESERVATION_FEE_BPS: u16 = 100;
/// Largest tender fee: 10%.
#[constant]
pub const MAX_TENDER_FEE_BPS: u16 = 1_000;
