use anchor_lang::prelude::*;
use io_common::EventHeader;

use crate::state::{CreditsParams, TenderKind};

/// The IOSD mint and the credits config were created.
#[event]
pub struct CreditsInitialized {
    /// entity = the credits config.
    pub header: EventHeader,
    pub governance: Pubkey,
    pub iosd_mint: Pubkey,
    pub io_mint: Pubkey,
    pub params: CreditsParams,
    pub initialized_at: i64,
}

/// IO was burned and IOSD minted at the conservative oracle price.
#[event]
pub struct CreditsBought {
    /// entity = the credits config.
    pub header: EventHeader,
    pub buyer: Pubkey,
    /// The IOSD token account credited.
    pub destination: Pubkey,
    pub io_amount: u64,
    pub iosd_amount: u64,
    /// The conservative price used: `price × 10^exponent` USD per IO.
    pub price: u64,
    pub exponent: i32,
    pub publish_time: i64,
    /// IOSD minted in the breaker window after this mint, and the limit.
    pub window_minted: u64,
    pub window_limit: u64,
    /// Running totals.
    pub io_burned: u64,
    pub iosd_minted: u64,
}

/// A holder burned IOSD to pay a fee.
#[event]
pub struct CreditsSpent {
    /// entity = the credits config.
    pub header: EventHeader,
    pub holder: Pubkey,
    /// The IOSD token account debited.
    pub source: Pubkey,
    pub amount: u64,
    /// What the source holds after the spend.
    pub source_balance: u64,
    /// Running total of IOSD spent (burned).
    pub iosd_spent: u64,
}

/// Governance changed a parameter (or handed itself over); all parameters after the change.
#[event]
pub struct CreditsParamsChanged {
    /// entity = the credits config.
    pub header: EventHeader,
    pub governance: Pubkey,
    pub params: CreditsParams,
    /// IOSD held by the breaker window after the change (a window change re-cuts it).
    pub window_minted: u64,
}

/// A tender and its fee vault were registered.
#[event]
pub struct TenderRegistered {
    /// entity = the tender.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub token_program: Pubkey,
    pub vault: Pubkey,
    pub kind: TenderKind,
    pub usd_pegged: bool,
    pub fee_bps: u16,
    pub enabled: bool,
}

/// Governance changed a tender's fee rate or enabled flag.
#[event]
pub struct TenderUpdated {
    /// entity = the tender.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub fee_bps: u16,
    pub enabled: bool,
}

/// Fee revenue reached a tender's vault; for IO, the governed share was burned.
#[event]
pub struct FeeCollected {
    /// entity = the tender.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub payer: Pubkey,
    /// New revenue accounted by this call (the payment plus anything sent to the vault directly).
    pub received: u64,
    pub burned: u64,
    pub fees_received: u64,
    pub fees_burned: u64,
    pub fees_withdrawn: u64,
    pub vault_balance: u64,
}

/// Governance withdrew the treasury's share from a fee vault.
#[event]
pub struct FeeWithdrawn {
    /// entity = the tender.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub destination: Pubkey,
    pub amount: u64,
    pub fees_withdrawn: u64,
    pub vault_balance: u64,
}
