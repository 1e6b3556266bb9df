use anchor_lang::prelude::*;

#[error_code]
pub enum IoRewardsError {
    #[msg("The rewards program is already initialized")]
    AlreadyInitialized,
    #[msg("Only the rewards config's governance may do this")]
    Unauthorized,
    #[msg("Only the registered weight authority may change a worker's reward weight")]
    UnauthorizedWeightAuthority,
    #[msg("Only the worker's owner may claim its rewards")]
    NotWorkerOwner,
    #[msg("Nothing has accrued beyond what was already claimed")]
    NothingToClaim,
    #[msg("The emission scale can't exceed 100% of the schedule")]
    EmissionScaleTooHigh,
    #[msg("The busy boost can't be below 1x")]
    BusyBoostTooLow,
    #[msg("The busy boost can't exceed 5x")]
    BusyBoostTooHigh,
    #[msg("The base weight exceeds the largest allowed")]
    BaseWeightTooLarge,
    #[msg("The authority must be a real key")]
    InvalidAuthority,
    #[msg("The worker's owner must be a real key")]
    InvalidOwner,
    #[msg("The emission start time can't be negative")]
    InvalidStartTime,
    #[msg("The destination is not an IO token account")]
    WrongMint,
    #[msg("A weight's lease must end at one of the next two hour boundaries")]
    InvalidLease,
    #[msg("A co-staker's share of block rewards can't exceed 100%")]
    InvalidCoStakeShare,
    #[msg("The worker's last co-staker has rewards to claim first")]
    CoStakerRewardsUnclaimed,
    #[msg("The worker has no co-staker")]
    NoCoStaker,
    #[msg("The destination is not the co-staker's IO account")]
    NotCoStakerAccount,
    // Accounts a config or record names (`has_one`).
    #[msg("The mint is not the one the rewards config records")]
    WrongConfigMint,
    #[msg("The token config is not the one the rewards config records")]
    WrongTokenConfig,
    // The Incentive Dynamic Engine.
    #[msg("The USD target per GPU-hour exceeds 100 USD")]
    UsdTargetTooHigh,
    #[msg("The IDE needs a USD target above zero")]
    UsdTargetZero,
    #[msg("The retired share of the surplus must be 50% to 100%")]
    RetireShareOutOfBounds,
    #[msg("The fee buffer exceeds 10,000,000 IO")]
    FeeBufferTooLarge,
    #[msg("The rewards program is not in IDE mode")]
    NotIdeMode,
    #[msg("The fee vault is not io_credits' IO fee vault")]
    WrongFeeVault,
    #[msg("The same account was passed in two roles")]
    DuplicateAccount,
}
