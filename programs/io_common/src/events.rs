use anchor_lang::prelude::*;

use crate::SafeMath;

/// Carried first by every event: which entity changed and its sequence number after the change.
/// An indexer sees sequence numbers 1, 2, 3... per entity and detects a gap.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventHeader {
    /// The account whose state the event describes.
    pub entity: Pubkey,
    /// That entity's sequence number after this change (starts at 1).
    pub seq: u64,
}

impl EventHeader {
    /// Advances an entity's sequence number and returns the header of the event describing that
    /// change: the one way every program numbers its events.
    pub fn next(entity: Pubkey, seq: &mut u64) -> Result<Self> {
        *seq = seq.safe_add(1)?;
        Ok(Self { entity, seq: *seq })
    }
}

/// Emits an Anchor event as `Program data: <base64>`, exactly as `emit!` does on-chain.
///
/// `emit!` is `sol_log_data` on-chain but a no-op off-chain; this goes through `solana_program`'s
/// `sol_log_data`, which off-chain reaches the syscall stubs the native harness installs.
pub fn emit_event<E: anchor_lang::Event>(event: &E) {
    solana_program::log::sol_log_data(&[&event.data()]);
}
