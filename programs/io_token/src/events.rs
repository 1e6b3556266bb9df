use anchor_lang::prelude::*;
use io_common::EventHeader;

use crate::state::Allocation;

/// The IO mint and the token config were created.
#[event]
pub struct TokenInitialized {
    /// entity = the token config.
    pub header: EventHeader,
    pub mint: Pubkey,
    pub authority: Pubkey,
    pub decimals: u8,
    pub max_supply: u64,
    /// Clock time of the initialization.
    pub initialized_at: i64,
}

/// Genesis minted 500M IO: community and ecosystem paid out, vested allocations in vaults.
#[event]
pub struct GenesisMinted {
    /// entity = the token config.
    pub header: EventHeader,
    pub genesis_time: i64,
    pub community_destination: Pubkey,
    pub treasury_destination: Pubkey,
    pub genesis_minted: u64,
    pub emission_minted: u64,
    pub total_minted: u64,
}

/// A vesting schedule was created at genesis and its vault funded.
#[event]
pub struct VestingCreated {
    /// entity = the vesting schedule.
    pub header: EventHeader,
    pub allocation: Allocation,
    pub beneficiary: Pubkey,
    pub vault: Pubkey,
    pub total: u64,
    pub parts: u16,
    pub first_unlock_month: u16,
    pub start_time: i64,
}

/// A beneficiary claimed unlocked IO.
#[event]
pub struct VestingClaimed {
    /// entity = the vesting schedule.
    pub header: EventHeader,
    pub beneficiary: Pubkey,
    pub destination: Pubkey,
    pub amount: u64,
    pub claimed: u64,
    pub remaining: u64,
}

/// A beneficiary handed its claim right to another wallet.
#[event]
pub struct VestingBeneficiaryChanged {
    /// entity = the vesting schedule.
    pub header: EventHeader,
    pub previous: Pubkey,
    pub beneficiary: Pubkey,
}

/// IO minted through the emission gate.
#[event]
pub struct EmissionMinted {
    /// entity = the token config.
    pub header: EventHeader,
    pub destination: Pubkey,
    pub amount: u64,
    pub genesis_minted: u64,
    pub emission_minted: u64,
    pub total_minted: u64,
    pub room_left: u64,
}

/// Emission room retired by the emission authority: never mintable from now on.
#[event]
pub struct EmissionRetired {
    /// entity = the token config.
    pub header: EventHeader,
    pub amount: u64,
    pub emission_minted: u64,
    /// Emission room retired, ever.
    pub emission_retired: u64,
    pub total_minted: u64,
    pub room_left: u64,
}

/// Which authority of the token config changed.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum AuthorityRole {
    /// The config authority (administration).
    Admin,
    /// The emission authority (the rewards program's PDA).
    Emission,
}

/// An authority of the token config changed.
#[event]
pub struct AuthorityChanged {
    /// entity = the token config.
    pub header: EventHeader,
    pub role: AuthorityRole,
    pub previous: Pubkey,
    pub authority: Pubkey,
    pub genesis_minted: u64,
    pub emission_minted: u64,
    pub total_minted: u64,
}
