//! The one place a worker's rewards weight is granted (SPEC section 4: io_cloud tells io_rewards
//! each worker's base weight and whether it is busy and eligible).
//!
//! Every instruction that may change a worker's weight carries the io_rewards accounts
//! ([`RewardsSync`] and the worker's reward account) and ends with [`RewardsSync::sync`], a CPI
//! into `io_rewards::rewards_update_worker` signed by io_cloud's PDA `[b"rewards_authority"]`:
//! registration, update, refresh, stake, unstake, slash, uptime proof, assignment, down/up,
//! replacement, termination, deregistration. No client can leave io_rewards behind by leaving
//! out an instruction. Each grant is a lease ([`Worker::lease_at`]): it lapses at the end of
//! the hour after the worker's latest good proof, and is busy only if it ends before the
//! worker's rental does, so what no instruction touches (an hour passing without a proof, a
//! governance change of a device class, a rental reaching its end) can't keep a weight or a
//! boost alive. Closing a rental needs no grant: its workers already count as idle.

use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};
use io_rewards::constants::{REWARDS_CONFIG_SEED, WORKER_REWARD_SEED};
use io_rewards::cpi::accounts::{RewardsRegisterWorker, RewardsUpdateWorker};
use io_rewards::instructions::{RewardsRegisterWorkerArgs, RewardsUpdateWorkerArgs};
use io_rewards::program::IoRewards;
use io_rewards::state::WorkerReward;

use crate::constants::REWARDS_AUTHORITY_SEED;
use crate::errors::IoCloudError;
use crate::events::{WeightChangeReason, WorkerWeightChanged};
use crate::state::{Rental, WeightLease, Worker};

/// The io_rewards accounts a weight grant needs besides the worker's reward account (which
/// every grant checks with [`check_worker_reward`]).
#[derive(Accounts)]
pub struct RewardsSync<'info> {
    /// CHECK: io_cloud's signer PDA `[REWARDS_AUTHORITY_SEED]` (checked by seeds); io_rewards
    /// accepts weights only from the weight authority registered in its config.
    #[account(seeds = [REWARDS_AUTHORITY_SEED], bump)]
    pub rewards_authority: UncheckedAccount<'info>,

    /// CHECK: io_rewards' config (address checked by seeds); io_rewards checks it again with
    /// the weight authority.
    #[account(mut, seeds = [REWARDS_CONFIG_SEED], bump, seeds::program = io_rewards::ID)]
    pub rewards_config: UncheckedAccount<'info>,

    pub rewards_program: Program<'info, IoRewards>,
}

impl<'info> RewardsSync<'info> {
    /// Grants io_rewards the worker's weight from `now` (see [`Worker::lease_at`]); its
    /// busy-boost allowance is kept.
    pub fn sync(
        &self,
        bumps: &RewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        worker_reward: &AccountInfo<'info>,
        now: i64,
        reason: WeightChangeReason,
    ) -> Result<()> {
        let lease = worker.lease_at(now)?;
        self.grant(
            bumps,
            worker_key,
            worker,
            worker_reward,
            lease,
            reason,
            0,
            false,
        )
    }

    /// As [`Self::sync`] for a worker serving `slot` of `rental`: a busy lease comes with the
    /// slot's share of the rental's boost budget up to the lease's end. `starting` drops what
    /// the worker had left from earlier rentals.
    #[allow(clippy::too_many_arguments)]
    pub fn sync_serving(
        &self,
        bumps: &RewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        worker_reward: &AccountInfo<'info>,
        rental: &mut Rental,
        slot: usize,
        now: i64,
        reason: WeightChangeReason,
        starting: bool,
    ) -> Result<()> {
        let lease = worker.lease_at(now)?;
        let allowance = if lease.weight.busy {
            rental.grant_boost(slot, lease.lease_end_hour)?
        } else {
            0
        };
        self.grant(
            bumps,
            worker_key,
            worker,
            worker_reward,
            lease,
            reason,
            allowance,
            starting,
        )
    }

    /// As [`Self::sync`] for a worker leaving its rental early: what is left of its busy-boost
    /// allowance goes.
    pub fn sync_released(
        &self,
        bumps: &RewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        worker_reward: &AccountInfo<'info>,
        now: i64,
    ) -> Result<()> {
        let lease = worker.lease_at(now)?;
        self.grant(
            bumps,
            worker_key,
            worker,
            worker_reward,
            lease,
            WeightChangeReason::Idle,
            0,
            true,
        )
    }

    /// A deregistering worker leaves with no weight.
    pub fn remove(
        &self,
        bumps: &RewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        worker_reward: &AccountInfo<'info>,
    ) -> Result<()> {
        self.grant(
            bumps,
            worker_key,
            worker,
            worker_reward,
            WeightLease::default(),
            WeightChangeReason::Deregistered,
            0,
            true,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn grant(
        &self,
        bumps: &RewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        worker_reward: &AccountInfo<'info>,
        lease: WeightLease,
        reason: WeightChangeReason,
        allowance_add: u64,
        allowance_reset: bool,
    ) -> Result<()> {
        check_worker_reward(worker_reward, &worker_key)?;
        if lease.weight != worker.weight || lease.assignable != worker.assignable {
            let previous = worker.weight;
            worker.weight = lease.weight;
            worker.assignable = lease.assignable;
            emit_event(&WorkerWeightChanged {
                header: EventHeader::next(worker_key, &mut worker.seq)?,
                reason,
                previous,
                weight: lease.weight,
                assignable: lease.assignable,
            });
        }
        let seeds: &[&[u8]] = &[REWARDS_AUTHORITY_SEED, &[bumps.rewards_authority]];
        io_rewards::cpi::rewards_update_worker(
            CpiContext::new_with_signer(
                self.rewards_program.to_account_info(),
                RewardsUpdateWorker {
                    weight_authority: self.rewards_authority.to_account_info(),
                    config: self.rewards_config.to_account_info(),
                    worker_reward: worker_reward.clone(),
                },
                &[seeds],
            ),
            RewardsUpdateWorkerArgs {
                owner: worker.authority,
                base_weight: lease.weight.base_weight,
                busy: lease.weight.busy,
                eligible: lease.weight.eligible,
                lease_end_hour: lease.lease_end_hour,
                allowance_add,
                allowance_reset,
                co_staker: worker.co_staker,
                co_share_bps: worker.co_reward_share_bps(),
            },
        )
    }

    /// Creates the worker's reward account (kept from an earlier registration if it exists).
    pub fn register(
        &self,
        bumps: &RewardsSyncBumps,
        payer: AccountInfo<'info>,
        worker: AccountInfo<'info>,
        worker_reward: AccountInfo<'info>,
        system_program: AccountInfo<'info>,
        owner: Pubkey,
    ) -> Result<()> {
        let seeds: &[&[u8]] = &[REWARDS_AUTHORITY_SEED, &[bumps.rewards_authority]];
        io_rewards::cpi::rewards_register_worker(
            CpiContext::new_with_signer(
                self.rewards_program.to_account_info(),
                RewardsRegisterWorker {
                    payer,
                    weight_authority: self.rewards_authority.to_account_info(),
                    config: self.rewards_config.to_account_info(),
                    worker,
                    worker_reward,
                    system_program,
                },
                &[seeds],
            ),
            RewardsRegisterWorkerArgs { owner },
        )
    }
}

/// The io_rewards accounts of an instruction that changes one worker's weight: its reward
/// account (checked to be exactly that worker's at every use) and the fixed ones.
#[derive(Accounts)]
pub struct WorkerRewardsSync<'info> {
    /// CHECK: the worker's io_rewards account: [`check_worker_reward`] at every grant; created by
    /// io_rewards itself (its seeds) at registration.
    #[account(mut)]
    pub worker_reward: UncheckedAccount<'info>,

    pub rewards: RewardsSync<'info>,
}

impl<'info> WorkerRewardsSync<'info> {
    /// [`RewardsSync::sync`] for this worker.
    pub fn sync(
        &self,
        bumps: &WorkerRewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        now: i64,
        reason: WeightChangeReason,
    ) -> Result<()> {
        let reward = self.worker_reward.to_account_info();
        self.rewards
            .sync(&bumps.rewards, worker_key, worker, &reward, now, reason)
    }

    /// [`RewardsSync::sync_serving`] for this worker.
    #[allow(clippy::too_many_arguments)]
    pub fn sync_serving(
        &self,
        bumps: &WorkerRewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
        rental: &mut Rental,
        slot: usize,
        now: i64,
        reason: WeightChangeReason,
    ) -> Result<()> {
        let reward = self.worker_reward.to_account_info();
        self.rewards.sync_serving(
            &bumps.rewards,
            worker_key,
            worker,
            &reward,
            rental,
            slot,
            now,
            reason,
            false,
        )
    }

    /// [`RewardsSync::remove`] for this worker.
    pub fn remove(
        &self,
        bumps: &WorkerRewardsSyncBumps,
        worker_key: Pubkey,
        worker: &mut Worker,
    ) -> Result<()> {
        let reward = self.worker_reward.to_account_info();
        self.rewards
            .remove(&bumps.rewards, worker_key, worker, &reward)
    }

    /// [`RewardsSync::register`] for this worker (io_rewards derives the account from it).
    pub fn register(
        &self,
        bumps: &WorkerRewardsSyncBumps,
        payer: AccountInfo<'info>,
        worker: AccountInfo<'info>,
        system_program: AccountInfo<'info>,
        owner: Pubkey,
    ) -> Result<()> {
        self.rewards.register(
            &bumps.rewards,
            payer,
            worker,
            self.worker_reward.to_account_info(),
            system_program,
            owner,
        )
    }
}

/// A worker's reward account as every grant checks it: io_rewards' `WorkerReward` of exactly
/// `worker`, writable.
pub fn check_worker_reward(info: &AccountInfo, worker: &Pubkey) -> Result<()> {
    require_keys_eq!(
        *info.owner,
        io_rewards::ID,
        IoCloudError::InvalidWorkerRewardAccount
    );
    let reward = WorkerReward::try_deserialize(&mut &info.try_borrow_data()?[..])
        .map_err(|_| error!(IoCloudError::InvalidWorkerRewardAccount))?;
    let address = Pubkey::create_program_address(
        &[WORKER_REWARD_SEED, worker.as_ref(), &[reward.bump]],
        &io_rewards::ID,
    )
    .map_err(|_| error!(IoCloudError::InvalidWorkerRewardAccount))?;
    require!(
        reward.worker == *worker && address == info.key(),
        IoCloudError::InvalidWorkerRewardAccount
    );
    require!(info.is_writable, IoCloudError::AccountNotWritable);
    Ok(())
}
