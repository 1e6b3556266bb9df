use anchor_lang::prelude::*;

use crate::constants::WORKER_SEED;
use crate::math::stake::{base_weight, min_stake};
use crate::math::uptime::uptime_ok;

/// What the rewards program knows of a worker: its base weight (multiplier × GPUs) and whether
/// it is busy and eligible.
#[derive(
    AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, Default, PartialEq, Eq, InitSpace,
)]
pub struct WorkerWeight {
    /// Multiplier (basis points) × GPUs.
    pub base_weight: u64,
    /// Streaming for a rental (assigned and not reported down).
    pub busy: bool,
    /// Staked at least the minimum, uptime good, registered.
    pub eligible: bool,
}

/// A registered device (PDA `[WORKER_SEED, authority, device id]`); its IO stake sits in its
/// vault (PDA `[STAKE_VAULT_SEED, worker]`), a token account the worker owns.
///
/// The first fields sit at fixed offsets for the SDK's memcmp filters (class 40, region 42,
/// busy 50, weight as last reported 51..61, rental 61).
#[account]
#[derive(InitSpace)]
pub struct Worker {
    /// Operates the worker: updates, stakes, withdraws, receives rental pay.
    pub authority: Pubkey,
    /// Device class id (the governed table).
    pub device_class: u16,
    /// Region code, ASCII, zero padded (e.g. "us-east").
    pub region: [u8; 8],
    /// Assigned to a rental and not reported down.
    pub busy: bool,
    /// The weight as last told to the rewards program (`rewards_hook`).
    pub weight: WorkerWeight,
    /// The rental it serves, or the default key when idle.
    pub rental: Pubkey,
    /// The device's id (e.g. io.net's device UUID).
    pub device_id: [u8; 16],
    /// GPUs of the device.
    pub gpus: u16,
    /// The class multiplier (basis points) as of registration or the last refresh.
    pub multiplier_bps: u32,
    /// Asked price per GPU-hour in micro-USD (informs the orchestrator's matching).
    pub price_per_gpu_hour: u64,
    /// The stake vault.
    pub stake_vault: Pubkey,
    /// IO staked (counts towards the minimum).
    pub staked: u64,
    /// IO unstaked and cooling down (still in the vault, still slashable, not counted).
    pub unstaking: u64,
    /// When the unstaking IO becomes withdrawable.
    pub unstake_available_at: i64,
    /// IO slashed, ever.
    pub slashed_total: u64,
    /// Whether any uptime proof was recorded.
    pub has_proof: bool,
    /// Hour index of the latest proof.
    pub last_proof_hour: i64,
    /// Whether the latest proof succeeded.
    pub last_proof_ok: bool,
    /// Result hash of the latest proof (PoW / time-lock).
    pub last_proof_hash: [u8; 32],
    /// Clock time of registration.
    pub registered_at: i64,
    /// Event sequence number of this worker.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Canonical bump of the stake vault.
    pub vault_bump: u8,
}

impl Worker {
    pub fn min_stake(&self) -> Result<u64> {
        min_stake(self.multiplier_bps, self.gpus)
    }

    pub fn is_rented(&self) -> bool {
        self.rental != Pubkey::default()
    }

    /// Staked at least the minimum and uptime good at `now`.
    pub fn is_eligible_at(&self, now: i64) -> Result<bool> {
        Ok(self.staked >= self.min_stake()?
            && uptime_ok(
                self.has_proof,
                self.last_proof_hour,
                self.last_proof_ok,
                now,
            ))
    }

    /// The weight the rewards program should see at `now`.
    pub fn weight_at(&self, now: i64) -> Result<WorkerWeight> {
        Ok(WorkerWeight {
            base_weight: base_weight(self.multiplier_bps, self.gpus)?,
            busy: self.busy,
            eligible: self.is_eligible_at(now)?,
        })
    }

    /// The address this worker's seeds and stored bump give, to check an account passed as one.
    pub fn address(&self) -> Result<Pubkey> {
        Pubkey::create_program_address(
            &[
                WORKER_SEED,
                self.authority.as_ref(),
                &self.device_id,
                &[self.bump],
            ],
            &crate::ID,
        )
        .map_err(|_| error!(crate::errors::IoCloudError::InvalidWorkerAccount))
    }

    /// Signer seeds of this worker (the stake vault's owner).
    pub fn signer_seeds(&self) -> [&[u8]; 4] {
        [
            WORKER_SEED,
            self.authority.as_ref(),
            &self.device_id,
            std::slice::from_ref(&self.bump),
        ]
    }
}
