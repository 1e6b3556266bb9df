use anchor_lang::prelude::*;

/// A mint rentals may be paid in (PDA `[TENDER_SEED, mint]`): IO, or a non-IO tender (USDC).
///
/// Prices of rentals paid in this tender are in its base units per GPU-hour (micro-USD for
/// USDC; for IO the SDK converts a USD price at the oracle price off-chain).
#[account]
#[derive(InitSpace)]
pub struct Tender {
    /// The tender's mint.
    pub mint: Pubkey,
    /// Whether the mint is the IO mint (0% fee by default).
    pub is_io: bool,
    /// One base unit is one micro-USD (USDC): the reservation fee may then be paid in IOSD
    /// (also micro-USD) instead of the tender.
    pub usd_pegged: bool,
    /// Fee on a booking in this tender, basis points (io_credits: 2% non-IO, 0% IO).
    pub fee_bps: u16,
    /// Whether rentals may be booked or extended in this tender.
    pub enabled: bool,
    /// Token account (PDA `[FEE_VAULT_SEED, mint]`, owned by the config) collecting this tender's
    /// tender and reservation fees.
    pub fee_vault: Pubkey,
    /// Event sequence number of this tender.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Canonical bump of the fee vault.
    pub fee_vault_bump: u8,
}
