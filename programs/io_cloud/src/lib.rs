//! `io_cloud`: the GPU market (SPEC section 3): workers, their IO stake and uptime, and
//! escrowed cluster rentals that stream per second to the workers.
//!
//! Flow: governance sets up device classes (GPU model → multiplier) and tenders (IO and USDC,
//! each with its fee and fee vault). A worker registers a device, stakes at least 200 IO ×
//! max(1, multiplier) × GPUs into its vault and proves uptime hourly; it is eligible while both
//! hold. A renter books a cluster (`rental_book`: price × GPUs × hours into the rental's escrow,
//! fees into the fee vault); the orchestrator assigns eligible idle workers (`rental_assign`),
//! which starts the stream; anyone settles (`rental_settle`) what has streamed; the renter may
//! extend or terminate (the first hour is not refundable); the orchestrator reports workers
//! down and up and replaces them; after the end anyone closes the rental (final settle, refund,
//! accounts closed, rent back). Unstaking takes 14 days and is refused while rented. A worker's
//! owner may offer co-staking (`co_stake_offer`): one co-staker supplies up to half of the
//! minimum stake for a share of the block rewards, and exits with 7 days' notice plus the
//! cooldown (`state::worker_co_stake`).
//!
//! Authorities (in the config): `governance` (parameters and roles; the DAO's PDA once handed
//! over), `orchestrator` (assign, down/up, replace), `uptime_verifier` (hourly proofs),
//! `slashing_authority` (slash with reason and evidence). Workers' authorities sign for their
//! workers and stake; renters for their rentals. Every change of a worker's rewards weight is
//! granted to io_rewards inside the instruction that makes it, as a lease that lapses on its
//! own (`rewards_hook`).

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod math;
pub mod remaining;
pub mod rental_payment;
pub mod rewards_hook;
pub mod slash_resolution;
pub mod state;
pub mod supplier_fee;
pub mod token_cpi;
pub mod worker_status;

use instructions::*;

declare_id!("7QuRUXb4n2wd4aAMVNtNbCVXRA9w6tvbRc9XMUguht2h");

#[program]
pub mod io_cloud {
    use super::*;

    /// Creates the config with its roles and the IO mint. Refused once it exists.
    pub fn cloud_initialize(
        ctx: Context<CloudInitialize>,
        args: CloudInitializeArgs,
    ) -> Result<()> {
        instructions::cloud_initialize::handler(ctx, args)
    }

    /// Hands a role to a new key; only governance.
    pub fn config_set_role(ctx: Context<ConfigSetRole>, args: ConfigSetRoleArgs) -> Result<()> {
        instructions::config_set_role::handler(ctx, args)
    }

    /// Sets the consecutive good hours a worker needs to earn block rewards; only governance.
    pub fn config_set_eligibility_hours(
        ctx: Context<ConfigSetEligibilityHours>,
        args: ConfigSetEligibilityHoursArgs,
    ) -> Result<()> {
        instructions::config_set_eligibility_hours::handler(ctx, args)
    }

    /// Sets how long slashed IO waits for an appeal and a decision; only governance.
    pub fn config_set_appeal_window(
        ctx: Context<ConfigSetAppealWindow>,
        args: ConfigSetAppealWindowArgs,
    ) -> Result<()> {
        instructions::config_set_appeal_window::handler(ctx, args)
    }

    /// Chooses whether slashed IO is burned or sent to the treasury; only governance.
    pub fn config_set_slash_destination(
        ctx: Context<ConfigSetSlashDestination>,
        args: ConfigSetSlashDestinationArgs,
    ) -> Result<()> {
        instructions::config_set_slash_destination::handler(ctx, args)
    }

    /// Adds or changes a device class (multiplier within bounds); only governance.
    pub fn device_class_set(ctx: Context<DeviceClassSet>, args: DeviceClassSetArgs) -> Result<()> {
        instructions::device_class_set::handler(ctx, args)
    }

    /// Registers a device as a worker, with an empty stake vault.
    pub fn worker_register(ctx: Context<WorkerRegister>, args: WorkerRegisterArgs) -> Result<()> {
        instructions::worker_register::handler(ctx, args)
    }

    /// Changes a worker's region, asked price or (idle) GPU count.
    pub fn worker_update(ctx: Context<WorkerUpdate>, args: WorkerUpdateArgs) -> Result<()> {
        instructions::worker_update::handler(ctx, args)
    }

    /// Permissionless: re-reads the class multiplier and reports eligibility time changed.
    pub fn worker_refresh(ctx: Context<WorkerRefresh>) -> Result<()> {
        instructions::worker_refresh::handler(ctx)
    }

    /// Grants io_rewards the worker's weight as of now (settling it first); anyone.
    pub fn worker_sync_rewards(ctx: Context<WorkerSyncRewards>) -> Result<()> {
        instructions::worker_sync_rewards::handler(ctx)
    }

    /// Stakes IO into the worker's vault.
    pub fn worker_stake(ctx: Context<WorkerStake>, args: WorkerStakeArgs) -> Result<()> {
        instructions::worker_stake::handler(ctx, args)
    }

    /// Starts a 14-day unstake cooldown; refused while rented.
    pub fn worker_unstake(ctx: Context<WorkerUnstake>, args: WorkerUnstakeArgs) -> Result<()> {
        instructions::worker_unstake::handler(ctx, args)
    }

    /// Pays out unstaked IO after its cooldown.
    pub fn worker_withdraw(ctx: Context<WorkerWithdraw>) -> Result<()> {
        instructions::worker_withdraw::handler(ctx)
    }

    /// Opens or changes the worker's co-staking offer (cap, reward share); only its authority.
    pub fn co_stake_offer(ctx: Context<CoStakeOffer>, args: CoStakeOfferArgs) -> Result<()> {
        instructions::co_stake_offer::handler(ctx, args)
    }

    /// Withdraws the worker's open co-staking offer; only its authority.
    pub fn co_stake_cancel(ctx: Context<CoStakeCancel>) -> Result<()> {
        instructions::co_stake_cancel::handler(ctx)
    }

    /// Takes a worker's open offer, depositing IO into its stake vault; the co-staker signs.
    pub fn co_stake_accept(ctx: Context<CoStakeAccept>, args: CoStakeAcceptArgs) -> Result<()> {
        instructions::co_stake_accept::handler(ctx, args)
    }

    /// Starts the co-staker's exit (7 days earning nothing, then the 14-day cooldown).
    pub fn co_stake_exit(ctx: Context<CoStakeExit>) -> Result<()> {
        instructions::co_stake_exit::handler(ctx)
    }

    /// Pays the exited co-staker its IO after the notice and the cooldown.
    pub fn co_stake_withdraw(ctx: Context<CoStakeWithdraw>) -> Result<()> {
        instructions::co_stake_withdraw::handler(ctx)
    }

    /// Slashes stake into appeal with a reason code and evidence hash; only the slashing
    /// authority.
    pub fn worker_slash(ctx: Context<WorkerSlash>, args: WorkerSlashArgs) -> Result<()> {
        instructions::worker_slash::handler(ctx, args)
    }

    /// The worker's owner appeals a slash within its window, with the hash of its evidence.
    pub fn slash_appeal(ctx: Context<SlashAppeal>, args: SlashAppealArgs) -> Result<()> {
        instructions::slash_appeal::handler(ctx, args)
    }

    /// Upholds or reverses a slash within its window; the slashing authority or governance.
    pub fn slash_decide(ctx: Context<SlashDecide>, args: SlashDecideArgs) -> Result<()> {
        instructions::slash_decide::handler(ctx, args)
    }

    /// Upholds a slash nobody decided once its window is over; anyone.
    pub fn slash_finalize(ctx: Context<SlashFinalize>) -> Result<()> {
        instructions::slash_finalize::handler(ctx)
    }

    /// Removes an idle, unstaked worker and closes its accounts.
    pub fn worker_deregister(ctx: Context<WorkerDeregister>) -> Result<()> {
        instructions::worker_deregister::handler(ctx)
    }

    /// Records an hourly uptime proof result; only the uptime verifier.
    pub fn uptime_record(ctx: Context<UptimeRecord>, args: UptimeRecordArgs) -> Result<()> {
        instructions::uptime_record::handler(ctx, args)
    }

    /// Books a cluster and pays price × GPUs × hours into escrow, fees into the fee vault.
    pub fn rental_book(ctx: Context<RentalBook>, args: RentalBookArgs) -> Result<()> {
        instructions::rental_book::handler(ctx, args)
    }

    /// Assigns eligible workers (remaining accounts) and starts streaming; only the orchestrator.
    pub fn rental_assign<'info>(
        ctx: Context<'_, '_, 'info, 'info, RentalAssign<'info>>,
    ) -> Result<()> {
        instructions::rental_assign::handler(ctx)
    }

    /// Permissionless: pays every worker what has streamed (payout accounts as remaining).
    pub fn rental_settle<'info>(
        ctx: Context<'_, '_, 'info, 'info, RentalSettle<'info>>,
    ) -> Result<()> {
        instructions::rental_settle::handler(ctx)
    }

    /// Books more hours; the end moves. Only the renter.
    pub fn rental_extend(ctx: Context<RentalExtend>, args: RentalExtendArgs) -> Result<()> {
        instructions::rental_extend::handler(ctx, args)
    }

    /// Ends early and refunds what can no longer stream, except the first hour. Only the renter.
    pub fn rental_terminate<'info>(
        ctx: Context<'_, '_, 'info, 'info, RentalTerminate<'info>>,
    ) -> Result<()> {
        instructions::rental_terminate::handler(ctx)
    }

    /// Reports a worker down: it stops streaming. Only the orchestrator.
    pub fn rental_report_down(ctx: Context<RentalReportDown>) -> Result<()> {
        instructions::rental_report_down::handler(ctx)
    }

    /// Reports a down worker back up. Only the orchestrator.
    pub fn rental_report_up(ctx: Context<RentalReportUp>) -> Result<()> {
        instructions::rental_report_up::handler(ctx)
    }

    /// Replaces a worker with an eligible idle one. Only the orchestrator.
    pub fn rental_replace_worker(ctx: Context<RentalReplaceWorker>) -> Result<()> {
        instructions::rental_replace_worker::handler(ctx)
    }

    /// Permissionless, after the end: final settle, refund, close accounts, rent back.
    pub fn rental_close<'info>(
        ctx: Context<'_, '_, 'info, 'info, RentalClose<'info>>,
    ) -> Result<()> {
        instructions::rental_close::handler(ctx)
    }
}
