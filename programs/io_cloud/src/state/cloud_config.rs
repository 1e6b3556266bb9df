use anchor_lang::prelude::*;

/// Where slashed IO goes, as governance decides.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum SlashDestination {
    /// Burned (the IO supply shrinks; the cap never reopens).
    Burn,
    /// Sent to the treasury's IO account.
    Treasury,
}

/// The market's single config (PDA `[CONFIG_SEED]`); it also owns every tender's fee vault.
#[account]
#[derive(InitSpace)]
pub struct CloudConfig {
    /// Sets parameters (device classes, tenders, slashing destination) and the roles. The DAO's
    /// PDA once governance is handed over.
    pub governance: Pubkey,
    /// Assigns workers to rentals, reports them down and up, replaces them.
    pub orchestrator: Pubkey,
    /// Records each worker's hourly uptime proof results.
    pub uptime_verifier: Pubkey,
    /// May slash a worker's stake with a reason code and an evidence hash.
    pub slashing_authority: Pubkey,
    /// The IO mint (8 decimals): stake is in IO and IO is a tender.
    pub io_mint: Pubkey,
    /// Where slashed IO goes.
    pub slash_destination: SlashDestination,
    /// The treasury's IO token account (default key until set).
    pub treasury: Pubkey,
    /// Event sequence number of this config; 0 until initialized.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Consecutive good hourly proofs a worker needs to be eligible for block rewards (a gap, a
    /// failed proof or a slash starts the count again).
    pub eligibility_hours: u8,
    /// How long slashed IO waits for an appeal and a decision.
    pub appeal_window_secs: u32,
}

impl CloudConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }
}
