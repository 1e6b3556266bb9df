use anchor_lang::prelude::*;

use crate::math::appeal::SlashTaken;

/// A slash under reconsideration (PDA `[SLASH_CASE_SEED, worker, case id u32 LE]`): its IO waits
/// in the worker's stake vault (`Worker::in_appeal`) until the slashing authority or governance
/// decides it within the window, or anyone finalises it after. Closed when resolved, its rent
/// back to whoever paid for it.
#[account]
#[derive(InitSpace, Debug, PartialEq)]
pub struct SlashCase {
    pub worker: Pubkey,
    /// The worker's authority: the one who may appeal.
    pub owner: Pubkey,
    /// The worker's case number (`Worker::slash_cases` when it was opened).
    pub id: u32,
    pub amount: u64,
    /// Why (the slashing authority's code table).
    pub reason_code: u16,
    /// Hash of the slashing authority's evidence, kept off-chain.
    pub evidence_hash: [u8; 32],
    pub slashed_at: i64,
    /// Until when the owner may appeal and the slash may be decided.
    pub appeal_ends_at: i64,
    /// Hash of the owner's evidence (all zero until appealed).
    pub appeal_hash: [u8; 32],
    /// When the owner appealed (0 if not).
    pub appealed_at: i64,
    /// Paid the account's rent (the slashing authority); gets it back at resolution.
    pub payer: Pubkey,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// Of `amount`, what was taken from IO cooling down (a reversal returns it there).
    pub from_unstaking: u64,
    /// Of `amount`, the co-staker's part (a reversal returns it to the co-staker).
    pub from_co_stake: u64,
}

impl SlashCase {
    pub fn is_open_at(&self, now: i64) -> bool {
        now < self.appeal_ends_at
    }

    pub fn is_appealed(&self) -> bool {
        self.appealed_at != 0
    }

    /// Where the slash took its IO from, for a reversal.
    pub fn taken(&self) -> SlashTaken {
        SlashTaken {
            from_unstaking: self.from_unstaking,
            from_co_stake: self.from_co_stake,
        }
    }
}
