use anchor_lang::prelude::*;

#[error_code]
pub enum IoTokenError {
    #[msg("The IO token is already initialized")]
    AlreadyInitialized,
    #[msg("Only the token config's authority may do this")]
    Unauthorized,
    #[msg("Genesis has already been minted")]
    GenesisAlreadyDone,
    #[msg("Only the vesting schedule's beneficiary may do this")]
    NotBeneficiary,
    #[msg("Nothing has unlocked beyond what was already claimed")]
    NothingToClaim,
    #[msg("Only the registered emission authority may mint emissions")]
    UnauthorizedEmitter,
    #[msg("The mint would take cumulative emissions above 300,000,000 IO")]
    EmissionPoolExceeded,
    #[msg("The mint would take everything ever minted above 800,000,000 IO")]
    CapExceeded,
    #[msg("The amount must be greater than zero")]
    ZeroAmount,
    #[msg("The new authority must be a real key")]
    InvalidAuthority,
    #[msg("The same account was passed in two roles")]
    DuplicateAccount,
    // Accounts a config or record names (`has_one`).
    #[msg("The mint is not the config's IO mint")]
    WrongMint,
    #[msg("The account is not the vesting schedule's vault")]
    WrongVault,
}
