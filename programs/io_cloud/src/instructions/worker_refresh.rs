use anchor_lang::prelude::*;

use crate::constants::*;
use crate::events::WeightChangeReason;
use crate::rewards_hook::*;
use crate::state::{DeviceClass, Worker};

#[derive(Accounts)]
pub struct WorkerRefresh<'info> {
    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(
        seeds = [DEVICE_CLASS_SEED, &worker.device_class.to_le_bytes()],
        bump = device_class.bump,
    )]
    pub device_class: Box<Account<'info, DeviceClass>>,

    pub rewards: WorkerRewardsSync<'info>,
}

/// Permissionless: picks up a governed change of the worker's class multiplier and reports
/// eligibility that time changed (an uptime hour passing without a proof).
pub fn handler(ctx: Context<WorkerRefresh>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let multiplier_bps = ctx.accounts.device_class.multiplier_bps;
    let worker = &mut ctx.accounts.worker;
    worker.class_enabled = ctx.accounts.device_class.enabled;
    if worker.multiplier_bps != multiplier_bps {
        worker.multiplier_bps = multiplier_bps;
        worker.emit_updated(key)?;
    }
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Refreshed,
    )
}
