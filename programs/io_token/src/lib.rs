//! `io_token`: the $IO coin.
//!
//! Flow: `initialize` creates the IO mint (8 decimals, mint authority = the config PDA, no freeze
//! authority) and the config that will ledger every base unit ever minted against the 800M cap.
//!
//! Authorities: the config `authority` (set at initialize) administers the token; the mint can
//! only be signed for by this program through the config PDA.

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod state;

use instructions::*;

declare_id!("AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd");

#[program]
pub mod io_token {
    use super::*;

    /// Creates the IO mint and the token config. Refused once the config exists.
    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }
}
