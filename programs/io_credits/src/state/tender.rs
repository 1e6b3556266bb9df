use anchor_lang::prelude::*;
use io_common::SafeMath;

/// Whether a tender is IO itself (0% fee by default, a share of fees burned) or another token.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum TenderKind {
    Io,
    NonIo,
}

/// A token accepted for rentals and fees (PDA `[TENDER_SEED, mint]`), with its fee vault
/// (PDA `[FEE_VAULT_SEED, mint]`, a token account this tender owns). The one tender registry:
/// io_cloud books rentals only in a registered tender and pays its fees into this vault.
#[account]
#[derive(InitSpace)]
pub struct Tender {
    pub mint: Pubkey,
    /// The mint's token program (SPL Token or Token-2022).
    pub token_program: Pubkey,
    /// The fee vault.
    pub vault: Pubkey,
    pub kind: TenderKind,
    /// One base unit is one micro-USD (USDC; never IO): rental prices in it compare with asks
    /// in USD, and a rental's reservation fee may be paid in IOSD instead.
    pub usd_pegged: bool,
    /// Fee on a payment in this tender, in basis points (governed, at most `MAX_TENDER_FEE_BPS`).
    pub fee_bps: u16,
    /// A disabled tender accepts no fee payments.
    pub enabled: bool,
    /// Fee revenue that reached the vault, ever (base units of the tender).
    pub fees_received: u64,
    /// Of that, burned (IO only).
    pub fees_burned: u64,
    /// Of that, withdrawn to the treasury by governance.
    pub fees_withdrawn: u64,
    /// Event sequence number of this tender.
    pub seq: u64,
    pub bump: u8,
}

impl Tender {
    /// What the vault holds by this tender's books: the treasury's share, not yet withdrawn.
    pub fn vault_balance(&self) -> Result<u64> {
        self.fees_received
            .safe_sub(self.fees_burned)?
            .safe_sub(self.fees_withdrawn)
    }
}
