//! `io_rewards`: block rewards (SPEC section 4): the 20-year hourly emission schedule, streamed
//! per second to eligible workers pro rata to their weight through an O(1) reward-per-weight
//! accumulator, minted through io_token's emission gate.
//!
//! Flow: `initialize` creates the config (the schedule's start, governance, the weight
//! authority, io_token's config and mint). The weight authority (io_cloud's PDA) creates each
//! worker's reward account (`rewards_register_worker`) and grants its weight with
//! `rewards_update_worker` at every hourly proof and every change of its base weight
//! (multiplier × GPUs), busy state or eligibility; the worker is settled at its old weight
//! first. Every grant is a lease ending at one of the next two hour boundaries, so a weight
//! nobody renews lapses on its own. A worker's owner calls
//! `rewards_claim`, which mints what it has earned through `io_token::mint_emission`, signed by
//! the config PDA. A co-staked worker's earnings are split at every settlement at the share its
//! owner set (`math::co_stake`); `rewards_claim_co_stake` pays the co-staker's part. Anyone may `rewards_crank` the accumulator to now. Emissions released while
//! no worker has weight wait in the pool's `unallocated` and go to the first workers holding
//! weight afterwards (see `math::accumulator`).
//!
//! **Modes.** By default the schedule goes to the workers as above. Governance may switch to the
//! Incentive Dynamic Engine (`config_set_reward_mode`, from the next hour boundary): USD targets
//! paid in IO at the oracle's price from the released schedule, then from IO fees, the surplus
//! retired for good (`math::ide`, docs/IDE.md); `rewards_ide_crank` keeps its price, fee reserve
//! and io_token's retired ledger current.
//!
//! Authorities: `governance` (the DAO's PDA) sets `emission_scale` and `busy_boost` and
//! registers the weight authority; the `weight_authority` alone sets workers' weights; each
//! worker's `owner` alone claims its rewards; io_token must register the config PDA as its
//! emission authority.

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod math;
pub mod signed_cpi;
pub mod state;

use instructions::*;

declare_id!("vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4");

#[program]
pub mod io_rewards {
    use super::*;

    /// Creates the rewards config. Refused once it exists.
    pub fn initialize(ctx: Context<Initialize>, args: InitializeArgs) -> Result<()> {
        instructions::initialize::handler(ctx, args)
    }

    /// Creates a worker's reward account (or updates its owner); only the weight authority.
    pub fn rewards_register_worker(
        ctx: Context<RewardsRegisterWorker>,
        args: RewardsRegisterWorkerArgs,
    ) -> Result<()> {
        instructions::rewards_register_worker::handler(ctx, args)
    }

    /// Grants one worker's base weight, busy state and eligibility until a lease end, and
    /// changes its boost allowance; only the weight authority. Settles the worker first.
    pub fn rewards_update_worker(
        ctx: Context<RewardsUpdateWorker>,
        args: RewardsUpdateWorkerArgs,
    ) -> Result<()> {
        instructions::rewards_update_worker::handler(ctx, args)
    }

    /// Mints a worker's earned rewards to its owner's IO account; only the owner.
    pub fn rewards_claim(ctx: Context<RewardsClaim>) -> Result<()> {
        instructions::rewards_claim::handler(ctx)
    }

    /// Mints a worker's co-staker's share of its rewards to the co-staker's own IO account;
    /// anyone.
    pub fn rewards_claim_co_stake(ctx: Context<RewardsClaimCoStake>) -> Result<()> {
        instructions::rewards_claim_co_stake::handler(ctx)
    }

    /// Brings the accumulator up to now; anyone.
    pub fn rewards_crank(ctx: Context<RewardsCrank>) -> Result<()> {
        instructions::rewards_crank::handler(ctx)
    }

    /// In IDE mode: a fresh price, the accrual, the IO fee draw and burn, retired IO reported;
    /// anyone (a keeper, hourly).
    pub fn rewards_ide_crank(ctx: Context<RewardsIdeCrank>) -> Result<()> {
        instructions::rewards_ide_crank::handler(ctx)
    }

    /// Schedules the reward mode and the engine's parameters from the next hour boundary; only
    /// governance.
    pub fn config_set_reward_mode(
        ctx: Context<ConfigSetRewardMode>,
        args: math::ide::IdeParams,
    ) -> Result<()> {
        instructions::config_set_reward_mode::handler(ctx, args)
    }

    /// Sets the share of the schedule emitted (0..100%); only governance.
    pub fn config_set_emission_scale(
        ctx: Context<ConfigSetEmissionScale>,
        args: ConfigSetEmissionScaleArgs,
    ) -> Result<()> {
        instructions::config_set_emission_scale::handler(ctx, args)
    }

    /// Sets the busy boost (1×..5×); only governance.
    pub fn config_set_busy_boost(
        ctx: Context<ConfigSetBusyBoost>,
        args: ConfigSetBusyBoostArgs,
    ) -> Result<()> {
        instructions::config_set_busy_boost::handler(ctx, args)
    }

    /// Registers a new weight authority; only governance.
    pub fn config_set_weight_authority(
        ctx: Context<ConfigSetWeightAuthority>,
        args: ConfigSetWeightAuthorityArgs,
    ) -> Result<()> {
        instructions::config_set_weight_authority::handler(ctx, args)
    }
}
