//! Every state change emits one of these (through `io_common::emit_event`), carrying the
//! entity's key, its sequence number after the change and the values after it.

use anchor_lang::prelude::*;
use io_common::EventHeader;

use crate::state::{RentalState, SlashDestination, WorkerWeight};

/// The market's config was created.
#[event]
pub struct CloudInitialized {
    /// entity = the cloud config.
    pub header: EventHeader,
    pub governance: Pubkey,
    pub orchestrator: Pubkey,
    pub uptime_verifier: Pubkey,
    pub slashing_authority: Pubkey,
    pub io_mint: Pubkey,
    pub slash_destination: SlashDestination,
    pub eligibility_hours: u8,
    pub appeal_window_secs: u32,
}

/// Which role of the config changed.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum CloudRole {
    Governance,
    Orchestrator,
    UptimeVerifier,
    SlashingAuthority,
}

/// A role of the config changed.
#[event]
pub struct CloudRoleChanged {
    /// entity = the cloud config.
    pub header: EventHeader,
    pub role: CloudRole,
    pub previous: Pubkey,
    pub authority: Pubkey,
}

/// Governance chose where slashed IO goes.
#[event]
pub struct SlashDestinationChanged {
    /// entity = the cloud config.
    pub header: EventHeader,
    pub slash_destination: SlashDestination,
    pub treasury: Pubkey,
}

/// Governance changed how many consecutive good hours make a worker eligible (from each worker's
/// next proof on).
#[event]
pub struct EligibilityHoursChanged {
    /// entity = the cloud config.
    pub header: EventHeader,
    pub eligibility_hours: u8,
}

/// Governance changed how long slashed IO waits for an appeal and a decision (for slashes made
/// from now on).
#[event]
pub struct AppealWindowChanged {
    /// entity = the cloud config.
    pub header: EventHeader,
    pub appeal_window_secs: u32,
}

/// A device class was created or changed.
#[event]
pub struct DeviceClassSet {
    /// entity = the device class.
    pub header: EventHeader,
    pub class_id: u16,
    pub name: String,
    pub multiplier_bps: u32,
    pub enabled: bool,
}

/// A device registered as a worker.
#[event]
pub struct WorkerRegistered {
    /// entity = the worker.
    pub header: EventHeader,
    pub authority: Pubkey,
    pub device_id: [u8; 16],
    pub device_class: u16,
    pub gpus: u16,
    pub multiplier_bps: u32,
    pub region: [u8; 8],
    pub price_per_gpu_hour: u64,
    pub ask_io_per_gpu_hour: u64,
    pub stake_vault: Pubkey,
    pub min_stake: u64,
}

/// A worker's region, price or GPU count (or its class multiplier, on refresh) changed.
#[event]
pub struct WorkerUpdated {
    /// entity = the worker.
    pub header: EventHeader,
    pub gpus: u16,
    pub multiplier_bps: u32,
    pub region: [u8; 8],
    pub price_per_gpu_hour: u64,
    pub ask_io_per_gpu_hour: u64,
    pub min_stake: u64,
}

/// A worker left the market; its accounts are closed.
#[event]
pub struct WorkerDeregistered {
    /// entity = the worker.
    pub header: EventHeader,
    /// IO found in the stake vault beyond the tracked stake (sent there from outside), returned
    /// to the authority before the vault closed.
    pub dust_swept: u64,
    pub authority: Pubkey,
}

/// A worker's stake changed (stake, unstake request, withdrawal).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakeChange {
    Staked,
    UnstakeRequested,
    Withdrawn,
}

/// IO moved into, within or out of a worker's stake.
#[event]
pub struct WorkerStakeChanged {
    /// entity = the worker.
    pub header: EventHeader,
    pub change: StakeChange,
    pub amount: u64,
    pub staked: u64,
    pub unstaking: u64,
    pub unstake_available_at: i64,
    pub min_stake: u64,
}

/// The slashing authority slashed a worker's stake.
#[event]
pub struct WorkerSlashed {
    /// entity = the worker.
    pub header: EventHeader,
    /// The case holding the slashed IO until it is decided or finalised.
    pub case: Pubkey,
    pub case_id: u32,
    pub amount: u64,
    pub reason_code: u16,
    pub evidence_hash: [u8; 32],
    /// Until when the owner may appeal and the slash may be decided.
    pub appeal_ends_at: i64,
    pub staked: u64,
    pub unstaking: u64,
    pub in_appeal: u64,
    pub slashed_total: u64,
    /// Of `amount`, the co-staker's part (pro rata to its IO in the vault).
    pub from_co_stake: u64,
    pub co_staked: u64,
}

/// The worker's owner appealed a slash with the hash of its evidence.
#[event]
pub struct SlashAppealed {
    /// entity = the worker.
    pub header: EventHeader,
    pub case: Pubkey,
    pub case_id: u32,
    pub evidence_hash: [u8; 32],
    pub appeal_ends_at: i64,
}

/// How a slash ended.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlashOutcome {
    /// The slashing authority or governance upheld it within the window.
    Upheld,
    /// The slashing authority or governance reversed it: the IO goes back where it was taken from.
    Reversed,
    /// Nobody decided within the window; anyone finalised it after.
    Finalized,
}

/// A slash was decided or finalised; its case closed.
#[event]
pub struct SlashResolved {
    /// entity = the worker.
    pub header: EventHeader,
    pub case: Pubkey,
    pub case_id: u32,
    pub outcome: SlashOutcome,
    /// Who decided (the default key when finalised).
    pub decider: Pubkey,
    pub amount: u64,
    /// Where the IO went (None when reversed).
    pub destination: Option<SlashDestination>,
    pub staked: u64,
    pub unstaking: u64,
    pub in_appeal: u64,
    pub slashed_total: u64,
    pub co_staked: u64,
}

/// A step of a worker's co-staking (io.net: one co-staker per offer, at most half the stake).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoStakeChange {
    /// The owner opened (or changed) an offer.
    Offered,
    /// The owner withdrew its open offer.
    Cancelled,
    /// A co-staker took the offer and deposited its IO.
    Accepted,
    /// The co-staker asked to exit: it earns nothing from now on.
    ExitRequested,
    /// The co-staker took its IO back after the notice and the cooldown.
    Withdrawn,
}

/// A worker's co-staking changed.
#[event]
pub struct CoStakeChanged {
    /// entity = the worker.
    pub header: EventHeader,
    pub change: CoStakeChange,
    /// The co-staker (default while only an offer is open).
    pub co_staker: Pubkey,
    /// IO moved by this step (deposited or withdrawn).
    pub amount: u64,
    /// The open offer's cap (0 when none is open).
    pub offer_max: u64,
    /// The co-staker's share of the worker's block rewards, basis points.
    pub share_bps: u16,
    pub co_staked: u64,
    /// When the exit notice ends and when the IO is withdrawable (0 unless exiting).
    pub exit_at: i64,
    pub available_at: i64,
    pub min_stake: u64,
}

/// The uptime verifier recorded an hourly proof result.
#[event]
pub struct UptimeRecorded {
    /// entity = the worker.
    pub header: EventHeader,
    pub hour: i64,
    pub ok: bool,
    pub result_hash: [u8; 32],
    /// Consecutive good hours up to this one, and how many eligibility needs.
    pub good_hours: u16,
    pub good_hours_needed: u8,
}

/// Why a worker's rewards weight changed.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightChangeReason {
    Registered,
    Updated,
    Staked,
    Unstaked,
    Slashed,
    Uptime,
    Refreshed,
    Busy,
    Idle,
    Deregistered,
    CoStake,
}

/// A worker's rewards weight changed: base weight (multiplier × GPUs), busy, eligible. The
/// single place this is emitted (`rewards_hook`) is where the io_rewards CPI goes.
#[event]
pub struct WorkerWeightChanged {
    /// entity = the worker.
    pub header: EventHeader,
    pub reason: WeightChangeReason,
    pub previous: WorkerWeight,
    pub weight: WorkerWeight,
    /// Whether the worker may be assigned to a rental now (io_cloud's own rule: a worker serves
    /// before it has the consecutive good hours block rewards need).
    pub assignable: bool,
}

/// A renter booked a cluster and paid into escrow.
#[event]
pub struct RentalBooked {
    /// entity = the rental.
    pub header: EventHeader,
    pub renter: Pubkey,
    pub nonce: u64,
    pub device_class: u16,
    pub gpus: u16,
    pub price_per_gpu_hour: u64,
    pub region: [u8; 8],
    pub tender_mint: Pubkey,
    pub escrow: Pubkey,
    pub principal: u64,
    pub tender_fee: u64,
    pub reservation_fee: u64,
    pub reservation_fee_iosd: u64,
    pub totals: RentalTotals,
}

/// A worker of a rental, as events report it.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssignmentView {
    pub worker: Pubkey,
    pub gpus: u16,
    pub active_seconds: u64,
    pub down_seconds: u64,
    pub forfeited_seconds: u64,
    /// Paid to the worker, net of its supplier fees.
    pub paid: u64,
    pub down: bool,
    /// Supplier fees taken from its pay.
    pub fees: u64,
}

/// Accounting totals of a rental after a change.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct RentalTotals {
    pub state: RentalState,
    pub start_time: i64,
    pub end_time: i64,
    pub hours: u32,
    /// principal + fees (in the tender).
    pub deposited: u64,
    /// Renter fees (tender fee and reservation fee in the tender).
    pub fees: u64,
    /// Paid to the workers, net of their supplier fees.
    pub paid: u64,
    /// Supplier fees taken from the workers' pay.
    pub supplier_fees: u64,
    pub refunded: u64,
    pub escrow: u64,
}

/// The orchestrator assigned workers; streaming started.
#[event]
pub struct RentalAssigned {
    /// entity = the rental.
    pub header: EventHeader,
    pub workers: Vec<AssignmentView>,
    pub totals: RentalTotals,
}

/// Streamed pay went to the workers (settle, or the final settle of a close).
#[event]
pub struct RentalSettled {
    /// entity = the rental.
    pub header: EventHeader,
    /// Paid by this settlement, per worker, in slot order (net of supplier fees).
    pub payments: Vec<u64>,
    /// The supplier fee of each payment.
    pub fees: Vec<u64>,
    pub workers: Vec<AssignmentView>,
    pub totals: RentalTotals,
}

/// The renter booked more hours.
#[event]
pub struct RentalExtended {
    /// entity = the rental.
    pub header: EventHeader,
    pub extra_hours: u32,
    pub principal: u64,
    pub tender_fee: u64,
    pub reservation_fee: u64,
    pub reservation_fee_iosd: u64,
    pub totals: RentalTotals,
}

/// The renter terminated early (or cancelled before assignment).
#[event]
pub struct RentalTerminated {
    /// entity = the rental.
    pub header: EventHeader,
    pub refund: u64,
    pub totals: RentalTotals,
}

/// The orchestrator reported a worker down or back up.
#[event]
pub struct RentalWorkerStatus {
    /// entity = the rental.
    pub header: EventHeader,
    pub worker: AssignmentView,
    pub totals: RentalTotals,
}

/// The orchestrator replaced a worker.
#[event]
pub struct RentalWorkerReplaced {
    /// entity = the rental.
    pub header: EventHeader,
    pub outgoing: AssignmentView,
    /// Paid to the outgoing worker by the replacement (0 if it stopped in its first hour), net
    /// of its supplier fee.
    pub outgoing_payment: u64,
    pub outgoing_fee: u64,
    pub incoming: AssignmentView,
    pub totals: RentalTotals,
}

/// The rental was closed: final settle, refund, accounts closed.
#[event]
pub struct RentalClosed {
    /// entity = the rental.
    pub header: EventHeader,
    /// Paid by the final settlement, per worker, in slot order (net of supplier fees).
    pub payments: Vec<u64>,
    /// The supplier fee of each payment.
    pub fees: Vec<u64>,
    pub workers: Vec<AssignmentView>,
    pub refund: u64,
    pub totals: RentalTotals,
}
