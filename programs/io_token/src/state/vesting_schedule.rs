use anchor_lang::prelude::*;

use crate::constants::*;
use crate::math::vesting::unlocked_amount;

/// The vested genesis allocations.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum Allocation {
    SeedInvestors,
    SeriesA,
    CoreContributors,
}

impl Allocation {
    pub const ALL: [Allocation; 3] = [
        Allocation::SeedInvestors,
        Allocation::SeriesA,
        Allocation::CoreContributors,
    ];

    /// The byte that seeds this allocation's schedule PDA.
    pub fn seed(self) -> u8 {
        self as u8
    }

    pub fn total(self) -> u64 {
        match self {
            Allocation::SeedInvestors => SEED_INVESTORS_ALLOCATION,
            Allocation::SeriesA => SERIES_A_ALLOCATION,
            Allocation::CoreContributors => CORE_CONTRIBUTORS_ALLOCATION,
        }
    }

    pub fn parts(self) -> u16 {
        match self {
            Allocation::CoreContributors => CORE_VESTING_PARTS,
            _ => INVESTOR_VESTING_PARTS,
        }
    }
}

/// One vested allocation (PDA `[VESTING_SEED, allocation]`); its IO sits in the vault
/// (PDA `[VESTING_VAULT_SEED, schedule]`), a token account this schedule owns.
#[account]
#[derive(InitSpace)]
pub struct VestingSchedule {
    pub allocation: Allocation,
    /// Who may claim; can hand the right to another wallet.
    pub beneficiary: Pubkey,
    /// The token account holding what has not been claimed.
    pub vault: Pubkey,
    /// Base units allocated at genesis.
    pub total: u64,
    /// Base units claimed so far.
    pub claimed: u64,
    /// Genesis time: months count from here.
    pub start_time: i64,
    /// The first part unlocks at the end of this month.
    pub first_unlock_month: u16,
    /// Number of equal monthly parts (dust in the last).
    pub parts: u16,
    /// Event sequence number of this schedule.
    pub seq: u64,
    pub bump: u8,
    pub vault_bump: u8,
}

impl VestingSchedule {
    pub fn unlocked_at(&self, now: i64) -> u64 {
        unlocked_amount(
            self.total,
            self.parts,
            self.first_unlock_month,
            self.start_time,
            now,
        )
    }

    /// What a claim at `now` would pay.
    pub fn claimable_at(&self, now: i64) -> u64 {
        self.unlocked_at(now).saturating_sub(self.claimed)
    }
}
