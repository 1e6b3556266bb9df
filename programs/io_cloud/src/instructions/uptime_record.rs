use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{UptimeRecorded, WeightChangeReason};
use crate::math::uptime::hour_of;
use crate::rewards_hook::*;
use crate::state::{CloudConfig, DeviceClass, Rental, Worker};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct UptimeRecordArgs {
    /// Hour index (Unix time / 3600) the proof is for; not in the future, after the last one.
    pub hour: i64,
    /// Whether the proof (PoW / time-lock) verified.
    pub ok: bool,
    /// The proof's result hash.
    pub result_hash: [u8; 32],
}

#[derive(Accounts)]
pub struct UptimeRecord<'info> {
    pub uptime_verifier: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = uptime_verifier @ IoCloudError::NotUptimeVerifier,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    /// The worker's device class: a governed multiplier change or a disabled class applies from
    /// this proof on.
    #[account(
        seeds = [DEVICE_CLASS_SEED, &worker.device_class.to_le_bytes()],
        bump = device_class.bump,
    )]
    pub device_class: Box<Account<'info, DeviceClass>>,

    /// The rental the worker serves (required while it is rented): its end bounds the busy
    /// boost's lease, and its fees fund the boost hour by hour.
    #[account(
        mut,
        constraint = rental.key() == worker.rental @ IoCloudError::WrongRental,
    )]
    pub rental: Option<Box<Account<'info, Rental>>>,

    pub rewards: WorkerRewardsSync<'info>,
}

impl UptimeRecord<'_> {
    fn validate(&self, args: &UptimeRecordArgs) -> Result<()> {
        let now = Clock::get()?.unix_timestamp;
        require!(args.hour <= hour_of(now), IoCloudError::ProofHourInFuture);
        require!(
            !self.worker.has_proof || args.hour > self.worker.last_proof_hour,
            IoCloudError::ProofOutOfOrder
        );
        require!(
            !self.worker.is_rented() || self.rental.is_some(),
            IoCloudError::WrongRental
        );
        Ok(())
    }
}

/// The uptime verifier records an hour's proof result: a failure (or a missing hour) makes the
/// worker ineligible until it has the config's consecutive good hours again. This is each worker's hourly sync point: it
/// re-reads the device class and the rental's end and renews the worker's rewards lease.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<UptimeRecord>, args: UptimeRecordArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.record_proof(
        args.hour,
        args.ok,
        args.result_hash,
        ctx.accounts.config.eligibility_hours,
    );
    worker.multiplier_bps = ctx.accounts.device_class.multiplier_bps;
    worker.class_enabled = ctx.accounts.device_class.enabled;
    emit_event(&UptimeRecorded {
        header: EventHeader::next(key, &mut worker.seq)?,
        hour: args.hour,
        ok: args.ok,
        result_hash: args.result_hash,
        good_hours: worker.good_hours,
        good_hours_needed: worker.good_hours_needed,
    });
    let accounts = ctx.accounts;
    match accounts.rental.as_deref_mut() {
        Some(rental) => {
            accounts.worker.rental_end = rental.end_time;
            let slot = rental.slot_of(&key)?;
            accounts.rewards.sync_serving(
                &ctx.bumps.rewards,
                key,
                &mut accounts.worker,
                rental,
                slot,
                now,
                WeightChangeReason::Uptime,
            )
        }
        None => accounts.rewards.sync(
            &ctx.bumps.rewards,
            key,
            &mut accounts.worker,
            now,
            WeightChangeReason::Uptime,
        ),
    }
}
