use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{WeightChangeReason, WorkerSlashed};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, SlashCase, Worker};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct WorkerSlashArgs {
    pub amount: u64,
    /// Why (the slashing authority's code table).
    pub reason_code: u16,
    /// Hash of the evidence kept off-chain.
    pub evidence_hash: [u8; 32],
}

#[derive(Accounts)]
pub struct WorkerSlash<'info> {
    /// Pays the case account's rent (back at its resolution).
    #[account(mut)]
    pub slashing_authority: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = slashing_authority @ IoCloudError::NotSlashingAuthority,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(
        init,
        payer = slashing_authority,
        space = 8 + SlashCase::INIT_SPACE,
        seeds = [SLASH_CASE_SEED, worker.key().as_ref(), &worker.slash_cases.to_le_bytes()],
        bump,
    )]
    pub case: Box<Account<'info, SlashCase>>,

    pub rewards: WorkerRewardsSync<'info>,

    pub system_program: Program<'info, System>,
}

/// Slashes stake (a co-staker's pro rata part, then the owner's staked IO first, then its
/// unstaking IO) with a reason code and an evidence hash. The IO
/// stays in the stake vault, in appeal, for the config's reconsideration window: the owner may
/// appeal, the slashing authority or governance upholds or reverses it, and after the window
/// anyone may finalise it (burned or sent to the treasury as governance chose). The worker earns
/// no block reward from this second until it has its consecutive good hours again.
pub fn handler(ctx: Context<WorkerSlash>, args: WorkerSlashArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    let mut balances = worker.balances();
    let taken = balances.slash(args.amount)?;
    worker.set_balances(balances);
    let appeal_ends_at = now.safe_add(i64::from(accounts.config.appeal_window_secs))?;
    let id = worker.slash_cases;
    accounts.case.set_inner(SlashCase {
        worker: key,
        owner: worker.authority,
        id,
        amount: args.amount,
        reason_code: args.reason_code,
        evidence_hash: args.evidence_hash,
        slashed_at: now,
        appeal_ends_at,
        appeal_hash: [0; 32],
        appealed_at: 0,
        payer: accounts.slashing_authority.key(),
        bump: ctx.bumps.case,
        from_unstaking: taken.from_unstaking,
        from_co_stake: taken.from_co_stake,
    });
    worker.slash_cases = id.safe_add(1)?;
    // A slash voids the current uptime proof and the good hours before it: no weight until the
    // worker has the config's consecutive good hours again.
    worker.last_proof_ok = false;
    worker.good_hours = 0;
    emit_event(&WorkerSlashed {
        header: EventHeader::next(key, &mut worker.seq)?,
        case: accounts.case.key(),
        case_id: id,
        amount: args.amount,
        reason_code: args.reason_code,
        evidence_hash: args.evidence_hash,
        appeal_ends_at,
        staked: worker.staked,
        unstaking: worker.unstaking,
        in_appeal: worker.in_appeal,
        slashed_total: worker.slashed_total,
        from_co_stake: taken.from_co_stake,
        co_staked: worker.co_staked,
    });
    accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Slashed,
    )
}
