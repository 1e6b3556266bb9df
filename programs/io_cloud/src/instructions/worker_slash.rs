use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{WeightChangeReason, WorkerSlashed};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, SlashDestination, Worker};
use crate::token_cpi;

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
    pub slashing_authority: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = slashing_authority @ IoCloudError::NotSlashingAuthority,
        has_one = io_mint @ IoCloudError::WrongIoMint,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
        has_one = stake_vault @ IoCloudError::WrongStakeVault,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(mut)]
    pub stake_vault: Box<Account<'info, TokenAccount>>,

    /// Burning changes the mint's supply.
    #[account(mut)]
    pub io_mint: Box<Account<'info, Mint>>,

    /// The configured treasury, when slashed IO goes there.
    #[account(
        mut,
        constraint = treasury.key() == config.treasury @ IoCloudError::WrongTreasury,
    )]
    pub treasury: Option<Box<Account<'info, TokenAccount>>>,

    pub token_program: Program<'info, Token>,

    pub rewards: WorkerRewardsSync<'info>,
}

impl WorkerSlash<'_> {
    fn validate(&self, args: &WorkerSlashArgs) -> Result<()> {
        require!(args.amount > 0, IoCloudError::ZeroAmount);
        let slashable = self.worker.staked.safe_add(self.worker.unstaking)?;
        require!(args.amount <= slashable, IoCloudError::InsufficientStake);
        if self.config.slash_destination == SlashDestination::Treasury {
            require!(self.treasury.is_some(), IoCloudError::TreasuryRequired);
        }
        Ok(())
    }
}

/// Slashes stake (staked first, then unstaking) with a reason code and an evidence hash; the
/// IO is burned or sent to the treasury as governance chose. The worker earns no block reward
/// from this second until its next good uptime proof.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<WorkerSlash>, args: WorkerSlashArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let destination = accounts.config.slash_destination;
    let token_program = accounts.token_program.to_account_info();
    let worker = &accounts.worker;
    match (destination, &accounts.treasury) {
        (SlashDestination::Treasury, Some(treasury)) => token_cpi::transfer(
            &token_program,
            &accounts.io_mint,
            accounts.stake_vault.to_account_info(),
            treasury.to_account_info(),
            worker.to_account_info(),
            &worker.signer_seeds(),
            args.amount,
        )?,
        (SlashDestination::Treasury, None) => return err!(IoCloudError::TreasuryRequired),
        (SlashDestination::Burn, _) => token_cpi::burn(
            &token_program,
            &accounts.io_mint,
            accounts.stake_vault.to_account_info(),
            worker.to_account_info(),
            &worker.signer_seeds(),
            args.amount,
        )?,
    }
    let key = accounts.worker.key();
    let worker = &mut accounts.worker;
    let from_staked = args.amount.min(worker.staked);
    worker.staked = worker.staked.safe_sub(from_staked)?;
    worker.unstaking = worker
        .unstaking
        .safe_sub(args.amount.safe_sub(from_staked)?)?;
    worker.slashed_total = worker.slashed_total.safe_add(args.amount)?;
    // A slash voids the current uptime proof and the good hours before it: no weight until the
    // worker has the config's consecutive good hours again.
    worker.last_proof_ok = false;
    worker.good_hours = 0;
    emit_event(&WorkerSlashed {
        header: EventHeader::next(key, &mut worker.seq)?,
        amount: args.amount,
        reason_code: args.reason_code,
        evidence_hash: args.evidence_hash,
        destination,
        staked: worker.staked,
        unstaking: worker.unstaking,
        slashed_total: worker.slashed_total,
    });
    accounts.rewards.sync(
        &ctx.bumps.rewards,
        key,
        worker,
        now,
        WeightChangeReason::Slashed,
    )
}
