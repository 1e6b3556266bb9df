use anchor_lang::prelude::*;

#[error_code]
pub enum IoCreditsError {
    #[msg("The credits program is already initialized")]
    AlreadyInitialized,
    #[msg("Only the config's governance may do this")]
    Unauthorized,
    #[msg("The amount must be greater than zero")]
    ZeroAmount,
    #[msg("The same account was passed in two roles")]
    DuplicateAccount,
    #[msg("The IO mint is not io_token's mint")]
    WrongIoMint,
    #[msg("The IOSD out would be below the caller's minimum")]
    SlippageExceeded,
    #[msg("The IO amount buys no IOSD at this price")]
    ZeroCreditsOut,
    #[msg("The mint would take IOSD minted in the breaker window above its limit")]
    CircuitBreakerTripped,
    #[msg("The holder has fewer credits than the amount")]
    InsufficientCredits,
    #[msg("The buyer has less IO than the amount")]
    InsufficientIo,
    #[msg("A token account or mint is not the one this instruction expects")]
    WrongMint,
    #[msg("The signer does not own the token account")]
    NotTokenOwner,
    #[msg("The vault is not the tender's fee vault")]
    WrongVault,
    #[msg("The token program is not the tender's")]
    WrongTokenProgram,
    #[msg("The price account is not a PriceUpdateV2")]
    PriceAccountInvalid,
    #[msg("The price account is not owned by the Pyth receiver program")]
    PriceWrongOwner,
    #[msg("The price is for another feed than the configured IO/USD feed")]
    PriceWrongFeed,
    #[msg("The price update is only partially verified")]
    PriceNotFullyVerified,
    #[msg("The price is older than max_age_s")]
    PriceStale,
    #[msg("The price's confidence interval is wider than max_conf_bps")]
    PriceConfidenceTooWide,
    #[msg("The price, its EMA or the conservative price is not positive")]
    PriceNotPositive,
    #[msg("The price exponent is outside the supported range")]
    PriceExponentUnsupported,
    #[msg("The feed id must not be all zeros")]
    FeedIdInvalid,
    #[msg("max_age_s is outside its bounds")]
    MaxAgeOutOfBounds,
    #[msg("max_conf_bps is outside its bounds")]
    MaxConfOutOfBounds,
    #[msg("breaker_window_s is outside its bounds")]
    BreakerWindowOutOfBounds,
    #[msg("breaker_window_s must be a multiple of BREAKER_SLOTS")]
    BreakerWindowNotMultiple,
    #[msg("breaker_limit is outside its bounds")]
    BreakerLimitOutOfBounds,
    #[msg("The burned share of IO fees is above 100%")]
    BurnShareOutOfBounds,
    #[msg("The reservation fee is above its bound")]
    ReservationFeeOutOfBounds,
    #[msg("The tender fee is above its bound")]
    TenderFeeOutOfBounds,
    #[msg("The governance must be a real key")]
    InvalidGovernance,
    #[msg("The tender is already registered")]
    TenderAlreadyRegistered,
    #[msg("IOSD is not transferable and can't be a tender")]
    IosdNotATender,
    #[msg("The tender is disabled")]
    TenderDisabled,
    #[msg("The withdrawal exceeds the treasury's share of the fee vault")]
    TreasuryExceeded,
    #[msg("IO is not a USD-pegged tender")]
    IoNotUsdPegged,
    #[msg("Only the IO tender's fees can pay block rewards")]
    NotIoTender,
}
