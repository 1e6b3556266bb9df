use anchor_lang::prelude::*;

/// The token's single config (PDA `[CONFIG_SEED]`); it also signs as the mint authority.
#[account]
#[derive(InitSpace)]
pub struct TokenConfig {
    /// Administers the token (genesis, registering the emission authority).
    pub authority: Pubkey,
    /// The IO mint (PDA `[MINT_SEED]`).
    pub mint: Pubkey,
    /// Clock time of the initialization.
    pub initialized_at: i64,
    /// Event sequence number of this config; 0 until initialized.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
}

impl TokenConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }
}
