use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::WeightChangeReason;
use crate::rewards_hook::*;
use crate::state::Worker;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct WorkerUpdateArgs {
    /// New GPU count (only while not rented).
    pub gpus: Option<u16>,
    pub region: Option<[u8; 8]>,
    /// New asked price per GPU-hour, micro-USD.
    pub price_per_gpu_hour: Option<u64>,
    /// New asked price per GPU-hour in IO base units.
    pub ask_io_per_gpu_hour: Option<u64>,
}

#[derive(Accounts)]
pub struct WorkerUpdate<'info> {
    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = authority @ IoCloudError::NotWorkerAuthority,
    )]
    pub worker: Box<Account<'info, Worker>>,

    pub rewards: WorkerRewardsSync<'info>,
}

impl WorkerUpdate<'_> {
    fn validate(&self, args: &WorkerUpdateArgs) -> Result<()> {
        if let Some(gpus) = args.gpus {
            require!(!self.worker.is_rented(), IoCloudError::WorkerRented);
            require!(
                gpus > 0 && gpus <= MAX_WORKER_GPUS,
                IoCloudError::InvalidGpuCount
            );
        }
        require!(
            args.price_per_gpu_hour != Some(0) && args.ask_io_per_gpu_hour != Some(0),
            IoCloudError::ZeroPrice
        );
        Ok(())
    }
}

/// The worker's authority changes its region, asked prices or (when idle) GPU count.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<WorkerUpdate>, args: WorkerUpdateArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.gpus = args.gpus.unwrap_or(worker.gpus);
    worker.region = args.region.unwrap_or(worker.region);
    worker.price_per_gpu_hour = args.price_per_gpu_hour.unwrap_or(worker.price_per_gpu_hour);
    worker.ask_io_per_gpu_hour = args
        .ask_io_per_gpu_hour
        .unwrap_or(worker.ask_io_per_gpu_hour);
    worker.emit_updated(key)?;
    ctx.accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Updated,
    )
}
