//! How a slash under reconsideration ends (`slash_decide`, `slash_finalize`): upheld, its IO
//! leaves the stake vault (burned, or sent to the treasury, as governance chose); reversed, it
//! goes back where it was taken from (the stake, what was cooling down, or the co-stake). Either way the case closes (its rent back to its payer), the worker's weight
//! is granted again and `SlashResolved` is emitted.

use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::{SlashOutcome, SlashResolved, WeightChangeReason};
use crate::rewards_hook::*;
use crate::state::{CloudConfig, SlashCase, SlashDestination, Worker};
use crate::token_cpi;

#[derive(Accounts)]
pub struct SlashResolution<'info> {
    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
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

    #[account(
        mut,
        close = payer,
        seeds = [SLASH_CASE_SEED, case.worker.as_ref(), &case.id.to_le_bytes()],
        bump = case.bump,
        has_one = worker @ IoCloudError::WrongSlashCase,
        has_one = payer @ IoCloudError::WrongCasePayer,
    )]
    pub case: Box<Account<'info, SlashCase>>,

    /// Gets the case's rent back.
    /// CHECK: only receives lamports; `has_one = payer` on the case pins it.
    #[account(mut)]
    pub payer: UncheckedAccount<'info>,

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

impl<'info> SlashResolution<'info> {
    /// Ends the case as `outcome`, `decider` having decided it (the default key when finalised).
    pub fn resolve(
        &mut self,
        bumps: &SlashResolutionBumps,
        outcome: SlashOutcome,
        decider: Pubkey,
        now: i64,
    ) -> Result<()> {
        let amount = self.case.amount;
        let mut balances = self.worker.balances();
        let destination = match outcome {
            SlashOutcome::Reversed => {
                balances.reverse(amount, self.case.taken())?;
                None
            }
            SlashOutcome::Upheld | SlashOutcome::Finalized => {
                balances.uphold(amount)?;
                self.remove(amount)?;
                self.worker.slashed_total = self.worker.slashed_total.safe_add(amount)?;
                Some(self.config.slash_destination)
            }
        };
        let key = self.worker.key();
        let worker = &mut self.worker;
        worker.set_balances(balances);
        emit_event(&SlashResolved {
            header: EventHeader::next(key, &mut worker.seq)?,
            case: self.case.key(),
            case_id: self.case.id,
            outcome,
            decider,
            amount,
            destination,
            staked: worker.staked,
            unstaking: worker.unstaking,
            in_appeal: worker.in_appeal,
            slashed_total: worker.slashed_total,
            co_staked: worker.co_staked,
        });
        self.rewards.sync(
            &bumps.rewards,
            key,
            worker,
            now,
            WeightChangeReason::Slashed,
        )
    }

    /// Moves `amount` out of the stake vault: burned or to the treasury.
    fn remove(&self, amount: u64) -> Result<()> {
        let token_program = self.token_program.to_account_info();
        let worker = &self.worker;
        match (self.config.slash_destination, &self.treasury) {
            (SlashDestination::Treasury, Some(treasury)) => token_cpi::transfer(
                &token_program,
                &self.io_mint,
                self.stake_vault.to_account_info(),
                treasury.to_account_info(),
                worker.to_account_info(),
                &worker.signer_seeds(),
                amount,
            ),
            (SlashDestination::Treasury, None) => err!(IoCloudError::TreasuryRequired),
            (SlashDestination::Burn, _) => token_cpi::burn(
                &token_program,
                &self.io_mint,
                self.stake_vault.to_account_info(),
                worker.to_account_info(),
                &worker.signer_seeds(),
                amount,
            ),
        }
    }
}
