use anchor_lang::prelude::*;
use io_common::EventHeader;

/// The IO mint and the token config were created.
#[event]
pub struct TokenInitialized {
    /// entity = the token config.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub authority: Pubkey,
    pub decimals: u8,
    pub max_supply: u64,
    /// Clock time of the initialization.
    pub initialized_at: i64,
}
