use anchor_lang::prelude::*;

#[error_code]
pub enum IoDaoError {
    #[msg("A parameter is outside its bounds")]
    InvalidParameter,
    #[msg("The amount must be greater than zero")]
    ZeroAmount,
    #[msg("A lock must last at least 1 day")]
    LockTooShort,
    #[msg("A lock may last at most 4 years")]
    LockTooLong,
    #[msg("A lock can only be extended, never shortened")]
    LockCannotShorten,
    #[msg("Only the position's owner may do this")]
    NotPositionOwner,
    #[msg("Only a constant lock can start its unlock")]
    NotConstantLock,
    #[msg("This position is already unlocking")]
    AlreadyUnlocking,
    #[msg("The lock has not expired yet")]
    LockNotExpired,
    #[msg("The position voted on a proposal whose vote has not ended")]
    PositionHasLiveVote,
    #[msg("The position's voting power is below the minimum to propose")]
    InsufficientPower,
    #[msg("The position has no voting power")]
    NoVotingPower,
    #[msg("The voting period of this proposal is over")]
    VotingClosed,
    #[msg("The voting period of this proposal has not ended")]
    VotingOpen,
    #[msg("This position has already voted on this proposal")]
    AlreadyVoted,
    #[msg("The proposal has already been finalized")]
    AlreadyFinalized,
    #[msg("The proposal did not pass")]
    ProposalNotSucceeded,
    #[msg("The proposal has already been executed")]
    AlreadyExecuted,
    #[msg("The timelock of this proposal has not passed")]
    TimelockNotOver,
    #[msg("The proposal's execution window has passed")]
    ProposalExpired,
    #[msg("The proposal was vetoed")]
    ProposalVetoed,
    #[msg("Only the veto authority may veto")]
    NotVetoAuthority,
    #[msg("The target program or its accounts do not match the proposal")]
    WrongTarget,
    // Accounts a config or record names (`has_one`).
    #[msg("The mint is not the DAO's IO mint")]
    WrongIoMint,
    #[msg("The account is not the DAO's lock vault")]
    WrongLockVault,
    #[msg("The same account was passed in two roles")]
    DuplicateAccount,
    #[msg("No execution could accept this change (a key nobody holds, a name that is not text, nothing to withdraw)")]
    InvalidChange,
}
