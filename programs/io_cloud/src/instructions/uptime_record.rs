use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{UptimeRecorded, WeightChangeReason};
use crate::math::uptime::hour_of;
use crate::rewards_hook::sync_worker_weight;
use crate::state::{CloudConfig, Worker};

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
}

impl UptimeRecord<'_> {
    fn validate(&self, args: &UptimeRecordArgs) -> Result<()> {
        let now = Clock::get()?.unix_timestamp;
        require!(args.hour <= hour_of(now), IoCloudError::ProofHourInFuture);
        require!(
            !self.worker.has_proof || args.hour > self.worker.last_proof_hour,
            IoCloudError::ProofOutOfOrder
        );
        Ok(())
    }
}

/// The uptime verifier records an hour's proof result: a failure (or a missing hour) makes the
/// worker ineligible until the next success.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<UptimeRecord>, args: UptimeRecordArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.has_proof = true;
    worker.last_proof_hour = args.hour;
    worker.last_proof_ok = args.ok;
    worker.last_proof_hash = args.result_hash;
    worker.seq = worker.seq.safe_add(1)?;
    emit_event(&UptimeRecorded {
        header: EventHeader {
            entity: key,
            seq: worker.seq,
        },
        hour: args.hour,
        ok: args.ok,
        result_hash: args.result_hash,
    });
    sync_worker_weight(key, worker, now, WeightChangeReason::Uptime)
}
