//! Seeds and the fixed numbers of the GPU market (SPEC section 3).

use anchor_lang::prelude::*;
use io_common::ONE_IO;

/// Seed of the cloud config PDA (roles, IO mint, slashing destination).
#[constant]
pub const CONFIG_SEED: &[u8] = b"config";
/// Seed of a device class PDA: `[DEVICE_CLASS_SEED, class id (u16 LE)]`.
#[constant]
pub const DEVICE_CLASS_SEED: &[u8] = b"device_class";
/// Seed of a worker PDA: `[WORKER_SEED, worker authority, device id (16 bytes)]`.
#[constant]
pub const WORKER_SEED: &[u8] = b"worker";
/// Seed of a worker's IO stake vault (token account owned by the worker): `[STAKE_VAULT_SEED, worker]`.
#[constant]
pub const STAKE_VAULT_SEED: &[u8] = b"stake_vault";
/// Seed of a rental PDA: `[RENTAL_SEED, renter, nonce (u64 LE)]`.
#[constant]
pub const RENTAL_SEED: &[u8] = b"rental";
/// Seed of a rental's escrow vault (token account owned by the rental): `[ESCROW_SEED, rental]`.
#[constant]
pub const ESCROW_SEED: &[u8] = b"escrow";

/// Seed of a slash case PDA (slashed IO waiting out its reconsideration window):
/// `[SLASH_CASE_SEED, worker, case id (u32 LE)]`.
#[constant]
pub const SLASH_CASE_SEED: &[u8] = b"slash_case";

/// IO has 8 decimals; the configured IO mint must too.
#[constant]
pub const IO_DECIMALS: u8 = 8;
/// Stake per GPU at a multiplier of at most 1: 200 IO (io.net).
#[constant]
pub const STAKE_PER_GPU: u64 = 200 * ONE_IO;

/// Lowest multiplier governance may give a device class but 0 (retired): 0.01x.
#[constant]
pub const MIN_MULTIPLIER_BPS: u32 = 100;
/// Highest multiplier governance may give a device class: 100x.
#[constant]
pub const MAX_MULTIPLIER_BPS: u32 = 1_000_000;
/// Consecutive good hourly proofs a worker needs before it earns block rewards (io.net: uptime
/// green for the past 5 hours); governed within 1..=`MAX_ELIGIBILITY_HOURS`.
#[constant]
pub const DEFAULT_ELIGIBILITY_HOURS: u8 = 5;
#[constant]
pub const MAX_ELIGIBILITY_HOURS: u8 = 24;
/// How long slashed IO waits for an appeal and a decision before anyone may finalise the slash
/// (io.net: a one-month reconsideration); governed within `MIN_..=MAX_APPEAL_WINDOW_SECS`.
#[constant]
pub const DEFAULT_APPEAL_WINDOW_SECS: u32 = 30 * 24 * 60 * 60;
#[constant]
pub const MIN_APPEAL_WINDOW_SECS: u32 = 24 * 60 * 60;
#[constant]
pub const MAX_APPEAL_WINDOW_SECS: u32 = 90 * 24 * 60 * 60;
/// Longest device class name, in bytes.
#[constant]
pub const MAX_DEVICE_CLASS_NAME_LEN: u32 = 32;

/// Unstaked IO is withdrawable 14 days after the request.
#[constant]
pub const UNSTAKE_COOLDOWN_SECONDS: i64 = 14 * 24 * 60 * 60;
/// A co-staker supplies at most half of a device's minimum stake (io.net: at most 50%).
#[constant]
pub const MAX_CO_STAKE_BPS_OF_MIN: u64 = 5_000;
/// A co-staker's exit first waits 7 days earning nothing (its IO still counting towards the
/// device's minimum), then cools down for `UNSTAKE_COOLDOWN_SECONDS`.
#[constant]
pub const CO_STAKE_EXIT_NOTICE_SECONDS: i64 = 7 * 24 * 60 * 60;
/// Most GPUs one worker may declare.
#[constant]
pub const MAX_WORKER_GPUS: u16 = 64;
/// Most workers one rental may have at once (bounds the rental account and the transactions
/// that pass every worker).
#[constant]
pub const MAX_RENTAL_WORKERS: u8 = 8;
/// Longest rental, extensions included: one year of hours.
#[constant]
pub const MAX_RENTAL_HOURS: u32 = 8_760;

/// io_cloud's signer towards io_rewards (registered there as the weight authority).
#[constant]
pub const REWARDS_AUTHORITY_SEED: &[u8] = b"rewards_authority";
