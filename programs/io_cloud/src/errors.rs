use anchor_lang::prelude::*;

#[error_code]
pub enum IoCloudError {
    // Config and roles.
    #[msg("The cloud config is already initialized")]
    AlreadyInitialized,
    #[msg("Only the config's governance may do this")]
    Unauthorized,
    #[msg("Only the orchestrator may do this")]
    NotOrchestrator,
    #[msg("Only the uptime verifier may do this")]
    NotUptimeVerifier,
    #[msg("Only the slashing authority may do this")]
    NotSlashingAuthority,
    #[msg("A role must be a real key")]
    InvalidAuthority,
    #[msg("The IO mint must have 8 decimals")]
    InvalidIoMint,
    #[msg("Sending slashed IO to the treasury needs an IO treasury account")]
    TreasuryRequired,
    #[msg("The account is not the configured treasury")]
    WrongTreasury,
    // Governed parameters.
    #[msg("The multiplier is below the lowest allowed (0.01x)")]
    MultiplierTooLow,
    #[msg("The multiplier is above the highest allowed (100x)")]
    MultiplierTooHigh,
    #[msg("The device class name is empty or longer than 32 bytes")]
    InvalidDeviceClassName,
    #[msg("The tender is disabled")]
    TenderDisabled,
    #[msg("The mint is not the tender's (or the rental's) mint")]
    WrongTenderMint,
    #[msg("The device class is disabled")]
    DeviceClassDisabled,
    // Workers and stake.
    #[msg("Only the worker's authority may do this")]
    NotWorkerAuthority,
    #[msg("This device is already registered by this authority")]
    WorkerAlreadyRegistered,
    #[msg("The GPU count must be between 1 and the maximum")]
    InvalidGpuCount,
    #[msg("The price must be greater than zero")]
    ZeroPrice,
    #[msg("The amount must be greater than zero")]
    ZeroAmount,
    #[msg("The worker is rented")]
    WorkerRented,
    #[msg("The amount is more than the worker has staked")]
    InsufficientStake,
    #[msg("An unstake is already cooling down; withdraw it first")]
    UnstakePending,
    #[msg("Nothing is unstaking")]
    NothingUnstaking,
    #[msg("The 14-day unstake cooldown has not passed")]
    CooldownNotOver,
    #[msg("The worker still has IO staked or unstaking")]
    StakeNotWithdrawn,
    #[msg("An uptime proof may not be recorded for an hour that has not begun")]
    ProofHourInFuture,
    #[msg("Uptime proofs must be recorded in increasing hour order")]
    ProofOutOfOrder,
    // Rentals.
    #[msg("The renter already has an open rental with this nonce")]
    RentalNonceInUse,
    #[msg("The hours must be between 1 and the maximum")]
    InvalidHours,
    #[msg("The rental is not waiting for workers")]
    RentalNotBooked,
    #[msg("The rental is not running")]
    RentalNotActive,
    #[msg("The rental has reached its end time")]
    RentalEnded,
    #[msg("The rental has not reached its end time")]
    RentalNotEnded,
    #[msg("The rental was terminated")]
    RentalTerminated,
    #[msg("Only the renter may do this")]
    NotRenter,
    #[msg("No workers, or more than a rental may have")]
    InvalidWorkerCount,
    #[msg("The workers' GPUs do not add up to the rental's")]
    GpuCountMismatch,
    #[msg("The worker's device class is not the rental's")]
    WrongDeviceClass,
    #[msg("The worker can't be assigned (class disabled, stake below minimum, or uptime proof failed or missing)")]
    WorkerIneligible,
    #[msg("The account is not a worker of this program")]
    InvalidWorkerAccount,
    #[msg("The account is not this worker's io_rewards account")]
    InvalidWorkerRewardAccount,
    #[msg("The rental's price per GPU-hour is below the worker's ask in that tender")]
    PriceBelowAsk,
    #[msg("The rental passed is not the one the worker serves")]
    WrongRental,
    #[msg("The worker is not assigned to this rental")]
    WorkerNotAssigned,
    #[msg("The worker is already reported down")]
    WorkerAlreadyDown,
    #[msg("The worker is not reported down")]
    WorkerNotDown,
    #[msg("Nothing has streamed beyond what was already paid")]
    NothingToSettle,
    #[msg("The accounts passed do not match the rental's workers")]
    WrongRemainingAccounts,
    #[msg("The token account is not the worker's payout account for this tender")]
    WrongPayoutAccount,
    #[msg("The token account is not the renter's account for this tender")]
    WrongRefundAccount,
    #[msg("An account that must be writable is not")]
    AccountNotWritable,
    #[msg("The reservation fee may be paid in IOSD only for a USD-pegged tender")]
    IosdNeedsUsdTender,
    #[msg("Paying the reservation fee in IOSD needs the IOSD account, mint, credits config and programs")]
    IosdAccountsRequired,
    #[msg("The same account was passed in two roles")]
    DuplicateAccount,
    #[msg("The fee vault is not the tender's")]
    WrongFeeVault,
    // Accounts a config or record names (`has_one`).
    #[msg("The mint is not the config's IO mint")]
    WrongIoMint,
    #[msg("The account is not the rental's escrow")]
    WrongEscrow,
    #[msg("The account is not the worker's stake vault")]
    WrongStakeVault,
    #[msg("Eligibility needs 1 to 24 consecutive good hours")]
    EligibilityHoursOutOfBounds,
    #[msg("The reconsideration window must be 1 to 90 days")]
    AppealWindowOutOfBounds,
    #[msg("The slash's reconsideration window has closed")]
    AppealWindowClosed,
    #[msg("The slash's reconsideration window is still open")]
    AppealWindowOpen,
    #[msg("The slash has already been appealed")]
    AlreadyAppealed,
    #[msg("An appeal needs the hash of its evidence")]
    EvidenceRequired,
    #[msg("Only the slashing authority or governance decides a slash")]
    NotSlashDecider,
    #[msg("The slash case is not this worker's")]
    WrongSlashCase,
    #[msg("The account is not the one that paid for the slash case")]
    WrongCasePayer,
    #[msg("The worker already has a co-staker")]
    CoStakeTaken,
    #[msg("The worker has no open co-staking offer")]
    NoCoStakeOffer,
    #[msg("A co-stake can't exceed half of the device's minimum stake")]
    CoStakeAboveHalf,
    #[msg("The amount exceeds what the co-staking offer allows")]
    CoStakeAboveOffer,
    #[msg("A co-staker's share of block rewards can't exceed 100%")]
    InvalidCoStakeShare,
    #[msg("The offer's reward share is not the one the co-staker accepted")]
    CoStakeTermsChanged,
    #[msg("The worker's owner can't co-stake its own device")]
    CoStakerIsOwner,
    #[msg("Only the worker's co-staker may do this")]
    NotCoStaker,
    #[msg("The co-staker has already asked to exit")]
    CoStakeExiting,
    #[msg("The co-staker has not asked to exit")]
    CoStakeNotExiting,
    #[msg("The worker has slashes under reconsideration")]
    SlashCasesOpen,
}
