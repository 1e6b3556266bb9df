//! io_credits: `[io_credits, governance, credits config]`, then
//! - a tender's fee and state: `[tender]`
//! - a tender's registration: `[mint, tender, fee vault, token program, system program]`
//!   (the executor pays the rent)
//! - a fee withdrawal: `[tender, mint, fee vault, destination, token program]`
//! - any other parameter: nothing.

use anchor_lang::prelude::*;
use io_credits::cpi::{self, accounts};
use io_credits::instructions::{
    ConfigSetParamArgs, CreditsParam, FeeWithdrawArgs, TenderRegisterArgs, TenderSetArgs,
};
use io_credits::state::Tender;

use super::Governed;
use crate::errors::IoDaoError;
use crate::state::ParamChange;

pub fn apply(change: ParamChange, t: &Governed) -> Result<()> {
    match change {
        ParamChange::CreditsTenderRegister {
            mint,
            fee_bps,
            usd_pegged,
        } => register_tender(
            t,
            &mint,
            TenderRegisterArgs {
                fee_bps,
                usd_pegged,
            },
        ),
        ParamChange::CreditsTender {
            mint,
            fee_bps,
            enabled,
        } => set_tender(t, &mint, TenderSetArgs { fee_bps, enabled }),
        ParamChange::CreditsFeeWithdraw {
            mint,
            amount,
            destination,
        } => withdraw_fees(t, &mint, &destination, amount),
        other => set_param(t, param_of(other)?),
    }
}

fn param_of(change: ParamChange) -> Result<CreditsParam> {
    Ok(match change {
        ParamChange::CreditsMaxAge { secs } => CreditsParam::MaxAgeS { value: secs },
        ParamChange::CreditsMaxConfBps { bps } => CreditsParam::MaxConfBps { value: bps },
        ParamChange::CreditsBreakerWindow { secs } => CreditsParam::BreakerWindowS { value: secs },
        ParamChange::CreditsBreakerLimit { iosd } => CreditsParam::BreakerLimit { value: iosd },
        ParamChange::CreditsIoFeeBurnBps { bps } => CreditsParam::IoFeeBurnBps { value: bps },
        ParamChange::CreditsReservationFeeBps { bps } => {
            CreditsParam::ReservationFeeBps { value: bps }
        }
        ParamChange::CreditsPriceFeed { feed_id } => CreditsParam::PriceFeedId { feed_id },
        ParamChange::CreditsGovernance { governance } => CreditsParam::Governance { governance },
        _ => return err!(IoDaoError::WrongTarget),
    })
}

fn set_param(t: &Governed, param: CreditsParam) -> Result<()> {
    let seeds = t.seeds();
    cpi::config_set_param(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::ConfigSetParam {
                governance: t.governance.clone(),
                config: t.config.clone(),
            },
            &[&seeds[..]],
        ),
        ConfigSetParamArgs { param },
    )
}

fn set_tender(t: &Governed, mint: &Pubkey, args: TenderSetArgs) -> Result<()> {
    let tender = t.extra(0)?;
    // The tender names its mint; io_credits checks the tender's address against it.
    require_keys_eq!(*tender.owner, io_credits::ID, IoDaoError::WrongTarget);
    let named = Tender::try_deserialize(&mut &tender.try_borrow_data()?[..])?.mint;
    require_keys_eq!(named, *mint, IoDaoError::WrongTarget);
    let seeds = t.seeds();
    cpi::tender_set(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::TenderSet {
                governance: t.governance.clone(),
                config: t.config.clone(),
                tender: tender.clone(),
            },
            &[&seeds[..]],
        ),
        args,
    )
}

fn register_tender(t: &Governed, mint: &Pubkey, args: TenderRegisterArgs) -> Result<()> {
    let seeds = t.seeds();
    cpi::tender_register(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::TenderRegister {
                payer: t.executor.clone(),
                governance: t.governance.clone(),
                config: t.config.clone(),
                mint: t.named(0, mint)?.clone(),
                tender: t.extra(1)?.clone(),
                vault: t.extra(2)?.clone(),
                token_program: t.extra(3)?.clone(),
                system_program: t.extra(4)?.clone(),
            },
            &[&seeds[..]],
        ),
        args,
    )
}

fn withdraw_fees(t: &Governed, mint: &Pubkey, destination: &Pubkey, amount: u64) -> Result<()> {
    let tender = t.extra(0)?;
    let seeds = t.seeds();
    cpi::fee_withdraw(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::FeeWithdraw {
                governance: t.governance.clone(),
                config: t.config.clone(),
                payout: accounts::FeeVaultPayout {
                    tender: tender.clone(),
                    mint: t.named(1, mint)?.clone(),
                    vault: t.extra(2)?.clone(),
                    destination: t.named(3, destination)?.clone(),
                    token_program: t.extra(4)?.clone(),
                },
            },
            &[&seeds[..]],
        ),
        FeeWithdrawArgs { amount },
    )
}
