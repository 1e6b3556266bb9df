use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::WORKER_SEED;
use crate::events::WorkerUpdated;
use crate::math::appeal::StakeBalances;
use crate::math::stake::{base_weight, min_stake};
use crate::math::uptime::{good_hours_after, hour_of, uptime_ok};

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
    /// IO slashed, ever (once the slash is upheld or finalised).
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
    /// When its rental streams until, as of the last instruction that read the rental (the
    /// busy boost's lease never runs past the rental's last hour boundary).
    pub rental_end: i64,
    /// Whether its device class was enabled when last read (a disabled class earns nothing).
    pub class_enabled: bool,
    /// Asked price per GPU-hour in IO base units, for rentals paid in IO.
    pub ask_io_per_gpu_hour: u64,
    /// Consecutive good hourly proofs up to `last_proof_hour` (a gap, a failure or a slash
    /// starts again from 0).
    pub good_hours: u16,
    /// The consecutive good hours the config asked for at the latest proof.
    pub good_hours_needed: u8,
    /// Whether it could be assigned to a rental, as last reported (`WorkerWeightChanged`).
    pub assignable: bool,
    /// IO slashed and waiting out its reconsideration window (still in the vault, not counted).
    pub in_appeal: u64,
    /// Slash cases ever opened (the next case's id).
    pub slash_cases: u32,
    /// The co-staker whose IO sits in the vault beside the owner's (default when none).
    pub co_staker: Pubkey,
    /// The open co-staking offer's cap (0 when no offer is open).
    pub co_offer_max: u64,
    /// The co-staker's share of the worker's block rewards, basis points (the offer's terms).
    pub co_share_bps: u16,
    /// The co-staker's IO in the vault: counts towards the minimum until its exit notice ends,
    /// slashable (pro rata) until withdrawn.
    pub co_staked: u64,
    /// When the co-staker's exit notice ends (0 unless it asked to exit); its IO is withdrawable
    /// `UNSTAKE_COOLDOWN_SECONDS` later.
    pub co_exit_at: i64,
}

/// A worker's rewards weight with its lease: what io_cloud grants io_rewards at a sync.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeightLease {
    pub weight: WorkerWeight,
    /// Hour at whose start the grant lapses (0 when ineligible).
    pub lease_end_hour: i64,
    /// Whether the worker may be assigned to a rental now (reported beside the weight).
    pub assignable: bool,
}

impl Worker {
    /// Emits `WorkerUpdated` with the worker's terms as they are now (`key` is its address).
    pub fn emit_updated(&mut self, key: Pubkey) -> Result<()> {
        emit_event(&WorkerUpdated {
            header: EventHeader::next(key, &mut self.seq)?,
            gpus: self.gpus,
            multiplier_bps: self.multiplier_bps,
            region: self.region,
            price_per_gpu_hour: self.price_per_gpu_hour,
            ask_io_per_gpu_hour: self.ask_io_per_gpu_hour,
            min_stake: self.min_stake()?,
        });
        Ok(())
    }

    pub fn min_stake(&self) -> Result<u64> {
        min_stake(self.multiplier_bps, self.gpus)
    }

    /// Its IO in the stake vault, by state.
    pub fn balances(&self) -> StakeBalances {
        StakeBalances {
            staked: self.staked,
            unstaking: self.unstaking,
            in_appeal: self.in_appeal,
            co_staked: self.co_staked,
        }
    }

    pub fn set_balances(&mut self, balances: StakeBalances) {
        self.staked = balances.staked;
        self.unstaking = balances.unstaking;
        self.in_appeal = balances.in_appeal;
        self.co_staked = balances.co_staked;
    }

    pub fn has_co_staker(&self) -> bool {
        self.co_staker != Pubkey::default()
    }

    /// The stake counted towards the minimum at `now`: the owner's, and the co-staker's until
    /// its exit notice ends.
    pub fn counted_stake_at(&self, now: i64) -> Result<u64> {
        let co_counts = self.co_exit_at == 0 || now < self.co_exit_at;
        let co = if co_counts { self.co_staked } else { 0 };
        self.staked.safe_add(co)
    }

    /// The co-staker's share of the block rewards earned from now on (none once it asked to exit).
    pub fn co_reward_share_bps(&self) -> u16 {
        if self.has_co_staker() && self.co_exit_at == 0 {
            self.co_share_bps
        } else {
            0
        }
    }

    /// The hour at whose start the stake may stop reaching the minimum without any instruction
    /// (the co-staker's exit notice ending), if it may.
    fn stake_lapse_hour(&self) -> Result<Option<i64>> {
        Ok((self.co_exit_at != 0 && self.staked < self.min_stake()?)
            .then(|| hour_of(self.co_exit_at)))
    }

    pub fn is_rented(&self) -> bool {
        self.rental != Pubkey::default()
    }

    /// May be assigned to a rental at `now`: class enabled, staked at least the minimum and
    /// uptime good (the latest proof succeeded and covers the hour).
    pub fn is_assignable_at(&self, now: i64) -> Result<bool> {
        Ok(self.class_enabled
            && self.counted_stake_at(now)? >= self.min_stake()?
            && uptime_ok(
                self.has_proof,
                self.last_proof_hour,
                self.last_proof_ok,
                now,
            ))
    }

    /// Earns block rewards at `now`: assignable, and good for the consecutive hours the config
    /// asks (io.net: uptime green for the past 5 hours).
    pub fn is_eligible_at(&self, now: i64) -> Result<bool> {
        Ok(self.is_assignable_at(now)? && self.good_hours >= u16::from(self.good_hours_needed))
    }

    /// The weight the rewards program should see from `now`, and until when: eligibility lasts
    /// while the latest good proof covers the hour (until the start of `last_proof_hour + 2`).
    /// The lease also ends no later than the hour in which a co-staker's exit notice ends if
    /// the owner's stake alone is short of the minimum. The worker counts as busy only while that
    /// whole lease fits before its rental's last hour boundary, so the boost never outlives the
    /// rental and the worker never loses its weight to the rental's end (in a rental's last hour
    /// or two it counts as idle).
    pub fn lease_at(&self, now: i64) -> Result<WeightLease> {
        let mut lease_end_hour = self.last_proof_hour.saturating_add(2);
        if let Some(lapse) = self.stake_lapse_hour()? {
            lease_end_hour = lease_end_hour.min(lapse);
        }
        let eligible = self.is_eligible_at(now)? && lease_end_hour > hour_of(now);
        let busy = self.busy && hour_of(self.rental_end) >= lease_end_hour;
        let lease_end_hour = if eligible { lease_end_hour } else { 0 };
        Ok(WeightLease {
            weight: WorkerWeight {
                base_weight: base_weight(self.multiplier_bps, self.gpus)?,
                busy,
                eligible,
            },
            lease_end_hour,
            assignable: self.is_assignable_at(now)?,
        })
    }

    /// Records the verifier's result for `hour` (after the latest proof), with the consecutive
    /// good hours `needed` as the config asks now.
    pub fn record_proof(&mut self, hour: i64, ok: bool, result_hash: [u8; 32], needed: u8) {
        self.good_hours = good_hours_after(
            self.good_hours,
            self.has_proof,
            self.last_proof_hour,
            self.last_proof_ok,
            hour,
            ok,
        );
        self.good_hours_needed = needed;
        self.has_proof = true;
        self.last_proof_hour = hour;
        self.last_proof_ok = ok;
        self.last_proof_hash = result_hash;
    }

    /// Marks the worker as serving `rental` until `end` (busy unless reported down).
    pub fn serve(&mut self, rental: Pubkey, end: i64, busy: bool) {
        self.rental = rental;
        self.rental_end = end;
        self.busy = busy;
    }

    /// Frees the worker from its rental. At a close its rewards lease needs no grant: it has
    /// counted as idle since its last lease that fit in the rental.
    pub fn release(&mut self) {
        self.serve(Pubkey::default(), 0, false);
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
