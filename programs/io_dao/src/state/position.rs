use anchor_lang::prelude::*;

use crate::math::voting_power::{voting_power, LockShape};

/// How a position's lock runs down.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum LockKind {
    /// Ends at a fixed time; power decays as it approaches.
    Cliff,
    /// Keeps its full duration (and power) until the owner starts the unlock.
    Constant,
}

/// A veIO position (PDA `[POSITION_SEED, owner, nonce]`).
#[account]
#[derive(InitSpace)]
pub struct Position {
    pub owner: Pubkey,
    /// Chosen by the owner to hold several positions.
    pub nonce: u64,
    /// IO locked (base units).
    pub amount: u64,
    pub kind: LockKind,
    /// Cliff: end of the lock. Constant: end of the unlock once started, else 0.
    pub lock_end: i64,
    /// Constant: the duration the lock keeps until unlocked. Cliff: the duration it was set to.
    pub lock_secs: i64,
    /// The position can't be withdrawn before this time: the end of the latest vote it cast.
    pub voted_until: i64,
    pub seq: u64,
    pub bump: u8,
}

impl Position {
    pub fn shape(&self) -> LockShape {
        match self.kind {
            LockKind::Cliff => LockShape::Cliff { end: self.lock_end },
            LockKind::Constant => LockShape::Constant {
                duration: self.lock_secs,
                unlock_end: (self.lock_end > 0).then_some(self.lock_end),
            },
        }
    }

    pub fn power_at(&self, now: i64) -> u64 {
        voting_power(self.amount, self.shape(), now)
    }

    /// Whether the lock is over (a constant lock must have started and finished its unlock).
    pub fn expired_at(&self, now: i64) -> bool {
        self.lock_end > 0 && now >= self.lock_end
    }
}
