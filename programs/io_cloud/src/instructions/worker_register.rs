use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{WeightChangeReason, WorkerRegistered};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, DeviceClass, Worker, WorkerWeight};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct WorkerRegisterArgs {
    /// The device's id (e.g. io.net's device UUID); seeds the worker PDA with the authority.
    pub device_id: [u8; 16],
    pub gpus: u16,
    /// Region code, ASCII, zero padded.
    pub region: [u8; 8],
    /// Asked price per GPU-hour, micro-USD (rentals in USD-pegged tenders).
    pub price_per_gpu_hour: u64,
    /// Asked price per GPU-hour in IO base units (rentals paid in IO).
    pub ask_io_per_gpu_hour: u64,
}

#[derive(Accounts)]
#[instruction(args: WorkerRegisterArgs)]
pub struct WorkerRegister<'info> {
    #[account(mut)]
    pub authority: Signer<'info>,

    #[account(seeds = [CONFIG_SEED], bump = config.bump, has_one = io_mint @ IoCloudError::WrongIoMint)]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        seeds = [DEVICE_CLASS_SEED, &device_class.class_id.to_le_bytes()],
        bump = device_class.bump,
    )]
    pub device_class: Box<Account<'info, DeviceClass>>,

    /// `init_if_needed` so that registering a device twice is refused with
    /// `WorkerAlreadyRegistered`.
    #[account(
        init_if_needed,
        payer = authority,
        space = 8 + Worker::INIT_SPACE,
        seeds = [WORKER_SEED, authority.key().as_ref(), &args.device_id],
        bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(
        init_if_needed,
        payer = authority,
        seeds = [STAKE_VAULT_SEED, worker.key().as_ref()],
        bump,
        token::mint = io_mint,
        token::authority = worker,
        token::token_program = token_program,
    )]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    pub io_mint: Box<Account<'info, Mint>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
    pub rewards: WorkerRewardsSync<'info>,
}

impl WorkerRegister<'_> {
    fn validate(&self, args: &WorkerRegisterArgs) -> Result<()> {
        require!(self.worker.seq == 0, IoCloudError::WorkerAlreadyRegistered);
        require!(
            self.device_class.is_open(),
            IoCloudError::DeviceClassDisabled
        );
        require!(
            args.gpus > 0 && args.gpus <= MAX_WORKER_GPUS,
            IoCloudError::InvalidGpuCount
        );
        require!(
            args.price_per_gpu_hour > 0 && args.ask_io_per_gpu_hour > 0,
            IoCloudError::ZeroPrice
        );
        Ok(())
    }
}

/// Registers a device as a worker with an empty stake vault. It becomes eligible once staked
/// to the minimum and its first uptime proof succeeds.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<WorkerRegister>, args: WorkerRegisterArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    worker.set_inner(Worker {
        authority: ctx.accounts.authority.key(),
        device_class: ctx.accounts.device_class.class_id,
        region: args.region,
        busy: false,
        weight: WorkerWeight::default(),
        rental: Pubkey::default(),
        device_id: args.device_id,
        gpus: args.gpus,
        multiplier_bps: ctx.accounts.device_class.multiplier_bps,
        price_per_gpu_hour: args.price_per_gpu_hour,
        stake_vault: ctx.accounts.stake_vault.key(),
        staked: 0,
        unstaking: 0,
        unstake_available_at: 0,
        slashed_total: 0,
        has_proof: false,
        last_proof_hour: 0,
        last_proof_ok: false,
        last_proof_hash: [0; 32],
        registered_at: now,
        seq: 0,
        bump: ctx.bumps.worker,
        rental_end: 0,
        class_enabled: true,
        ask_io_per_gpu_hour: args.ask_io_per_gpu_hour,
        good_hours: 0,
        good_hours_needed: ctx.accounts.config.eligibility_hours,
        assignable: false,
        in_appeal: 0,
        slash_cases: 0,
        co_staker: Pubkey::default(),
        co_offer_max: 0,
        co_share_bps: 0,
        co_staked: 0,
        co_exit_at: 0,
    });
    emit_event(&WorkerRegistered {
        header: EventHeader::next(key, &mut worker.seq)?,
        authority: worker.authority,
        device_id: worker.device_id,
        device_class: worker.device_class,
        gpus: worker.gpus,
        multiplier_bps: worker.multiplier_bps,
        region: worker.region,
        price_per_gpu_hour: worker.price_per_gpu_hour,
        ask_io_per_gpu_hour: worker.ask_io_per_gpu_hour,
        stake_vault: worker.stake_vault,
        min_stake: worker.min_stake()?,
    });
    let accounts = ctx.accounts;
    accounts.rewards.register(
        &ctx.bumps.rewards,
        accounts.authority.to_account_info(),
        accounts.worker.to_account_info(),
        accounts.system_program.to_account_info(),
        accounts.worker.authority,
    )?;
    accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        &mut accounts.worker,
        now,
        WeightChangeReason::Registered,
    )
}
