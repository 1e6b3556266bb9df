//! `io_token`: the $IO coin (SPEC section 1).
//!
//! Flow: `initialize` creates the IO mint (8 decimals, mint authority = the config PDA, no freeze
//! authority) and the config; `genesis` mints the 500M genesis supply once (community and
//! ecosystem paid out, investors and core contributors into vesting vaults); beneficiaries
//! `vesting_claim` what has unlocked; `mint_emission` is the gate through which the rewards
//! program mints the 300M emission pool. The config ledgers everything ever minted against the
//! 800M cap, so burning never reopens room.
//!
//! Authorities: the config `authority` runs genesis and changes authorities
//! (`config_set_authority`, to hand administration to the DAO); the `emission_authority` (the
//! rewards program's PDA) alone may mint emissions; each vesting `beneficiary` alone may claim or
//! hand on its schedule.

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod math;
pub mod signed_cpi;
pub mod state;

use instructions::*;

declare_id!("AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd");

#[program]
pub mod io_token {
    use super::*;

    /// Creates the IO mint and the token config. Refused once the config exists.
    pub fn initialize(ctx: Context<Initialize>) -> Result<()> {
        instructions::initialize::handler(ctx)
    }

    /// Mints the 500M genesis supply, exactly once, into the five allocations.
    pub fn genesis(ctx: Context<Genesis>, args: GenesisArgs) -> Result<()> {
        instructions::genesis::handler(ctx, args)
    }

    /// Pays a beneficiary what its schedule has unlocked and it has not claimed.
    pub fn vesting_claim(ctx: Context<VestingClaim>) -> Result<()> {
        instructions::vesting_claim::handler(ctx)
    }

    /// Hands a vesting schedule's claim right to another wallet.
    pub fn vesting_set_beneficiary(
        ctx: Context<VestingSetBeneficiary>,
        args: VestingSetBeneficiaryArgs,
    ) -> Result<()> {
        instructions::vesting_set_beneficiary::handler(ctx, args)
    }

    /// Mints emissions; only the registered emission authority, within 300M and 800M.
    pub fn mint_emission(ctx: Context<MintEmission>, args: MintEmissionArgs) -> Result<()> {
        instructions::mint_emission::handler(ctx, args)
    }

    /// Retires emission room for good (it can never be minted); only the emission authority.
    pub fn retire_emission(ctx: Context<RetireEmission>, args: RetireEmissionArgs) -> Result<()> {
        instructions::retire_emission::handler(ctx, args)
    }

    /// Changes the admin or the emission authority; only the config authority.
    pub fn config_set_authority(
        ctx: Context<ConfigSetAuthority>,
        args: ConfigSetAuthorityArgs,
    ) -> Result<()> {
        instructions::config_set_authority::handler(ctx, args)
    }
}
