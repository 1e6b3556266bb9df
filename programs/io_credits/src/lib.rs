//! `io_credits`: IOSD credits, the IO/USD oracle, tenders and fees (SPEC section 2).
//!
//! Flow: `initialize` creates IOSD (Token-2022, 6 decimals, NonTransferable, mint authority =
//! the config PDA) and the config with its governance and parameters. `credits_buy` burns IO
//! and mints IOSD at the conservative Pyth price (`oracle`), within the caller's slippage bound
//! and the circuit breaker. `credits_spend` burns IOSD to pay a fee (the holder signs, directly
//! or through io_cloud's CPI). Tenders (IO, USDC, ...) each have a fee rate and a fee vault;
//! `fee_pay` brings fee revenue into a vault and burns the governed share of IO fees;
//! `fee_withdraw` moves the rest to the treasury.
//!
//! Authorities: `governance` (the DAO's PDA) alone sets parameters (`config_set_param`, bounds
//! checked on-chain), registers and updates tenders and withdraws fees. Buyers and holders sign
//! for their own tokens. The fee math (`math::fees`) and the oracle (`oracle`) are pure
//! functions other programs call.

use anchor_lang::prelude::*;

pub mod constants;
pub mod errors;
pub mod events;
pub mod instructions;
pub mod math;
pub mod oracle;
pub mod signed_cpi;
pub mod state;

use instructions::*;

declare_id!("AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k");

#[program]
pub mod io_credits {
    use super::*;

    /// Creates the IOSD mint and the config. Refused once the config exists.
    pub fn initialize(ctx: Context<Initialize>, args: InitializeArgs) -> Result<()> {
        instructions::initialize::handler(ctx, args)
    }

    /// Burns IOSD from a holder who signs (directly or through io_cloud's CPI).
    pub fn credits_spend(ctx: Context<CreditsSpend>, args: CreditsSpendArgs) -> Result<()> {
        instructions::credits_spend::handler(ctx, args)
    }

    /// Burns IO and mints IOSD at the conservative Pyth price (slippage bound, breaker).
    pub fn credits_buy(ctx: Context<CreditsBuy>, args: CreditsBuyArgs) -> Result<()> {
        instructions::credits_buy::handler(ctx, args)
    }

    /// Changes one governed parameter within its bounds; only governance.
    pub fn config_set_param(ctx: Context<ConfigSetParam>, args: ConfigSetParamArgs) -> Result<()> {
        instructions::config_set_param::handler(ctx, args)
    }

    /// Registers a tender with its fee rate and creates its fee vault; only governance.
    pub fn tender_register(ctx: Context<TenderRegister>, args: TenderRegisterArgs) -> Result<()> {
        instructions::tender_register::handler(ctx, args)
    }

    /// Changes a tender's fee rate or enabled flag; only governance.
    pub fn tender_set(ctx: Context<TenderSet>, args: TenderSetArgs) -> Result<()> {
        instructions::tender_set::handler(ctx, args)
    }

    /// Pays a fee into a tender's vault; burns the governed share of IO fees.
    pub fn fee_pay(ctx: Context<FeePay>, args: FeePayArgs) -> Result<()> {
        instructions::fee_pay::handler(ctx, args)
    }

    /// Moves IO fees into io_rewards' fee reserve; only io_rewards' config PDA.
    pub fn fee_release(ctx: Context<FeeRelease>, args: FeeReleaseArgs) -> Result<()> {
        instructions::fee_release::handler(ctx, args)
    }

    /// Moves the treasury's share out of a fee vault; only governance.
    pub fn fee_withdraw(ctx: Context<FeeWithdraw>, args: FeeWithdrawArgs) -> Result<()> {
        instructions::fee_withdraw::handler(ctx, args)
    }
}
