use anchor_lang::prelude::*;

use crate::math::cap::Minted;

/// The token's single config (PDA `[CONFIG_SEED]`); it also signs as the mint authority.
#[account]
#[derive(InitSpace)]
pub struct TokenConfig {
    /// Administers the token: runs genesis, registers the emission authority, hands itself over.
    pub authority: Pubkey,
    /// The IO mint (PDA `[MINT_SEED]`).
    pub mint: Pubkey,
    /// The only signer `mint_emission` accepts (the rewards program's PDA); default = none yet.
    pub emission_authority: Pubkey,
    /// Base units minted at genesis (0 before, 500M IO after).
    pub genesis_minted: u64,
    /// Base units minted through the emission gate, ever.
    pub emission_minted: u64,
    /// Clock time of genesis; vesting months count from it. 0 before genesis.
    pub genesis_time: i64,
    /// Clock time of the initialization.
    pub initialized_at: i64,
    /// Event sequence number of this config; 0 until initialized.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Emission room retired by the emission authority (io_rewards' IDE surplus), ever: it can
    /// never be minted.
    pub emission_retired: u64,
}

impl TokenConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }

    pub fn minted(&self) -> Minted {
        Minted {
            genesis: self.genesis_minted,
            emission: self.emission_minted,
            retired: self.emission_retired,
        }
    }

    pub fn record(&mut self, minted: Minted) {
        self.genesis_minted = minted.genesis;
        self.emission_minted = minted.emission;
        self.emission_retired = minted.retired;
    }
}
