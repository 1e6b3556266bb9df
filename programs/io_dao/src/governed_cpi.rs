//! Applying a passed change to another program: a CPI signed by the governance PDA. The target
//! and its accounts come as remaining accounts, in this order:
//! - io_rewards: `[io_rewards program, governance, rewards config]`
//! - io_credits: `[io_credits program, governance, credits config]`, and for a tender fee the
//!   tender after them
//! - io_cloud device multiplier: `[io_cloud program, governance, cloud config, device class,
//!   system program]` (the executor pays if the device class account grows)

use anchor_lang::prelude::*;
use io_credits::instructions::{ConfigSetParamArgs, CreditsParam};

use crate::constants::GOVERNANCE_SEED;
use crate::errors::IoDaoError;
use crate::state::ParamChange;

fn expect_key(account: &AccountInfo, key: &Pubkey) -> Result<()> {
    require_keys_eq!(*account.key, *key, IoDaoError::WrongTarget);
    Ok(())
}

/// Runs the CPI for `change` (a non-DAO change) with `accounts` as described above.
pub fn apply_to_target<'info>(
    change: ParamChange,
    executor: &AccountInfo<'info>,
    accounts: &[AccountInfo<'info>],
    governance_bump: u8,
) -> Result<()> {
    let governance_key =
        Pubkey::create_program_address(&[GOVERNANCE_SEED, &[governance_bump]], &crate::ID)
            .map_err(|_| error!(IoDaoError::WrongTarget))?;
    require!(accounts.len() >= 3, IoDaoError::WrongTarget);
    let (program, governance, config) = (&accounts[0], &accounts[1], &accounts[2]);
    expect_key(governance, &governance_key)?;
    let seeds: &[&[u8]] = &[GOVERNANCE_SEED, &[governance_bump]];
    let signer = &[seeds];

    match change {
        ParamChange::RewardsBusyBoost { busy_boost_bps } => {
            expect_key(program, &io_rewards::ID)?;
            io_rewards::cpi::config_set_busy_boost(
                CpiContext::new_with_signer(
                    program.clone(),
                    io_rewards::cpi::accounts::ConfigSetBusyBoost {
                        governance: governance.clone(),
                        config: config.clone(),
                    },
                    signer,
                ),
                io_rewards::instructions::ConfigSetBusyBoostArgs { busy_boost_bps },
            )
        }
        ParamChange::RewardsEmissionScale { emission_scale_bps } => {
            expect_key(program, &io_rewards::ID)?;
            io_rewards::cpi::config_set_emission_scale(
                CpiContext::new_with_signer(
                    program.clone(),
                    io_rewards::cpi::accounts::ConfigSetEmissionScale {
                        governance: governance.clone(),
                        config: config.clone(),
                    },
                    signer,
                ),
                io_rewards::instructions::ConfigSetEmissionScaleArgs { emission_scale_bps },
            )
        }
        ParamChange::CloudDeviceMultiplier {
            class_id,
            multiplier_bps,
        } => {
            expect_key(program, &io_cloud::ID)?;
            require!(accounts.len() >= 5, IoDaoError::WrongTarget);
            let (device_class, system_program) = (&accounts[3], &accounts[4]);
            let current = {
                let data = device_class.try_borrow_data()?;
                io_cloud::state::DeviceClass::try_deserialize(&mut &data[..])?
            };
            require_eq!(current.class_id, class_id, IoDaoError::WrongTarget);
            io_cloud::cpi::device_class_set(
                CpiContext::new_with_signer(
                    program.clone(),
                    io_cloud::cpi::accounts::DeviceClassSet {
                        payer: executor.clone(),
                        governance: governance.clone(),
                        config: config.clone(),
                        device_class: device_class.clone(),
                        system_program: system_program.clone(),
                    },
                    signer,
                ),
                io_cloud::instructions::DeviceClassSetArgs {
                    class_id,
                    name: current.name,
                    multiplier_bps,
                    enabled: current.enabled,
                },
            )
        }
        ParamChange::CreditsTenderFee { mint, fee_bps } => {
            expect_key(program, &io_credits::ID)?;
            let tender = accounts.get(3).ok_or(error!(IoDaoError::WrongTarget))?;
            let current = {
                let data = tender.try_borrow_data()?;
                io_credits::state::Tender::try_deserialize(&mut &data[..])?
            };
            require_keys_eq!(current.mint, mint, IoDaoError::WrongTarget);
            io_credits::cpi::tender_set(
                CpiContext::new_with_signer(
                    program.clone(),
                    io_credits::cpi::accounts::TenderSet {
                        governance: governance.clone(),
                        config: config.clone(),
                        tender: tender.clone(),
                    },
                    signer,
                ),
                io_credits::instructions::TenderSetArgs {
                    fee_bps,
                    enabled: current.enabled,
                },
            )
        }
        credits => {
            expect_key(program, &io_credits::ID)?;
            let param = match credits {
                ParamChange::CreditsMaxAge { secs } => CreditsParam::MaxAgeS { value: secs },
                ParamChange::CreditsMaxConfBps { bps } => CreditsParam::MaxConfBps { value: bps },
                ParamChange::CreditsBreakerWindow { secs } => {
                    CreditsParam::BreakerWindowS { value: secs }
                }
                ParamChange::CreditsBreakerLimit { iosd } => {
                    CreditsParam::BreakerLimit { value: iosd }
                }
                ParamChange::CreditsIoFeeBurnBps { bps } => {
                    CreditsParam::IoFeeBurnBps { value: bps }
                }
                ParamChange::CreditsReservationFeeBps { bps } => {
                    CreditsParam::ReservationFeeBps { value: bps }
                }
                _ => return err!(IoDaoError::WrongTarget),
            };
            io_credits::cpi::config_set_param(
                CpiContext::new_with_signer(
                    program.clone(),
                    io_credits::cpi::accounts::ConfigSetParam {
                        governance: governance.clone(),
                        config: config.clone(),
                    },
                    signer,
                ),
                ConfigSetParamArgs { param },
            )
        }
    }
}
