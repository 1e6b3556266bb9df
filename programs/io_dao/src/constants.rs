//! Seeds and fixed numbers of governance (SPEC section 5).

use anchor_lang::prelude::*;
use io_common::SECONDS_PER_HOUR;

/// The DAO config PDA.
#[constant]
pub const DAO_CONFIG_SEED: &[u8] = b"dao_config";
/// The DAO's signer PDA: the `governance` key the governed programs accept parameter changes from.
#[constant]
pub const GOVERNANCE_SEED: &[u8] = b"governance";
/// The token account holding every locked IO (authority: the DAO config).
#[constant]
pub const LOCK_VAULT_SEED: &[u8] = b"lock_vault";
/// A veIO position: `[POSITION_SEED, owner, nonce (u64 LE)]`.
#[constant]
pub const POSITION_SEED: &[u8] = b"position";
/// A proposal: `[PROPOSAL_SEED, id (u64 LE)]`.
#[constant]
pub const PROPOSAL_SEED: &[u8] = b"proposal";
/// A vote record: `[VOTE_SEED, proposal, position]`.
#[constant]
pub const VOTE_SEED: &[u8] = b"vote";

pub const SECONDS_PER_DAY: i64 = 86_400;
/// Shortest lock: 1 day.
#[constant]
pub const MIN_LOCK_SECS: i64 = SECONDS_PER_DAY;
/// Longest lock: 4 years of 365 days.
#[constant]
pub const MAX_LOCK_SECS: i64 = 4 * 365 * SECONDS_PER_DAY;
/// Voting power = amount × (1 + 3 × remaining / MAX_LOCK_SECS): at most 4×.
pub const MAX_POWER_MULTIPLIER: u64 = 4;

/// Bounds of the DAO's own parameters.
pub const MIN_VOTING_PERIOD_SECS: i64 = SECONDS_PER_HOUR;
pub const MAX_VOTING_PERIOD_SECS: i64 = 30 * SECONDS_PER_DAY;
pub const MAX_TIMELOCK_SECS: i64 = 30 * SECONDS_PER_DAY;
/// After its timelock a passed proposal may be executed for this long, then it expires.
#[constant]
pub const EXECUTION_WINDOW_SECS: i64 = 14 * SECONDS_PER_DAY;
