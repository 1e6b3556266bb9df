use anchor_lang::prelude::*;
use io_rewards::cpi::accounts::RewardsUpdateWorker;
use io_rewards::instructions::RewardsUpdateWorkerArgs;
use io_rewards::program::IoRewards;

use crate::constants::{REWARDS_AUTHORITY_SEED, WORKER_SEED};
use crate::events::WeightChangeReason;
use crate::rewards_hook::sync_worker_weight;
use crate::state::Worker;

#[derive(Accounts)]
pub struct WorkerSyncRewards<'info> {
    /// Pays for the worker's reward account the first time.
    #[account(mut)]
    pub payer: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    /// CHECK: io_cloud's signer PDA `[REWARDS_AUTHORITY_SEED]` (checked by seeds); io_rewards
    /// accepts weights only from the weight authority registered in its config.
    #[account(seeds = [REWARDS_AUTHORITY_SEED], bump)]
    pub rewards_authority: UncheckedAccount<'info>,

    /// CHECK: io_rewards' config; io_rewards checks its seeds and the weight authority.
    #[account(mut)]
    pub rewards_config: UncheckedAccount<'info>,

    /// CHECK: the worker's reward account; io_rewards checks its seeds (`[b"worker_reward", worker]`).
    #[account(mut)]
    pub worker_reward: UncheckedAccount<'info>,

    pub rewards_program: Program<'info, IoRewards>,
    pub system_program: Program<'info, System>,
}

/// Anyone: brings the worker's weight up to now (eligibility lapses with time) and sends it to
/// io_rewards, which settles the worker's rewards at the old weight first. Clients send it in
/// the same transaction as every instruction that changes a weight (the SDK does).
pub fn handler(ctx: Context<WorkerSyncRewards>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let worker_key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    sync_worker_weight(worker_key, worker, now, WeightChangeReason::Refreshed)?;

    let weight = worker.weight;
    let seeds: &[&[u8]] = &[REWARDS_AUTHORITY_SEED, &[ctx.bumps.rewards_authority]];
    io_rewards::cpi::rewards_update_worker(
        CpiContext::new_with_signer(
            ctx.accounts.rewards_program.to_account_info(),
            RewardsUpdateWorker {
                payer: ctx.accounts.payer.to_account_info(),
                weight_authority: ctx.accounts.rewards_authority.to_account_info(),
                config: ctx.accounts.rewards_config.to_account_info(),
                worker: worker.to_account_info(),
                worker_reward: ctx.accounts.worker_reward.to_account_info(),
                system_program: ctx.accounts.system_program.to_account_info(),
            },
            &[seeds],
        ),
        RewardsUpdateWorkerArgs {
            owner: worker.authority,
            base_weight: weight.base_weight,
            busy: weight.busy,
            eligible: weight.eligible,
        },
    )
}
