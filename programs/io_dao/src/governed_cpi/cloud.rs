//! io_cloud: `[io_cloud, governance, cloud config]`, then
//! - a device class: `[device class, system program]` (the executor pays if the account is new)
//! - the slash destination: `[treasury]` for `Treasury`, nothing for `Burn`
//! - a role, the eligibility hours: nothing.

use anchor_lang::prelude::*;
use io_cloud::cpi::{self, accounts};
use io_cloud::instructions::{
    ConfigSetEligibilityHoursArgs, ConfigSetRoleArgs, ConfigSetSlashDestinationArgs,
    DeviceClassSetArgs,
};
use io_cloud::state::SlashDestination;

use super::Governed;
use crate::errors::IoDaoError;
use crate::state::{device_class_name, ParamChange};

pub fn apply(change: ParamChange, t: &Governed) -> Result<()> {
    let seeds = t.seeds();
    let signer = &[&seeds[..]];
    let program = t.program.clone();
    let (governance, config) = (t.governance.clone(), t.config.clone());
    match change {
        ParamChange::CloudDeviceClass {
            class_id,
            name,
            multiplier_bps,
            enabled,
        } => cpi::device_class_set(
            CpiContext::new_with_signer(
                program,
                accounts::DeviceClassSet {
                    payer: t.executor.clone(),
                    governance,
                    config,
                    device_class: t.extra(0)?.clone(),
                    system_program: t.extra(1)?.clone(),
                },
                signer,
            ),
            DeviceClassSetArgs {
                class_id,
                name: device_class_name(&name).ok_or(error!(IoDaoError::InvalidChange))?,
                multiplier_bps,
                enabled,
            },
        ),
        ParamChange::CloudRole { role, authority } => cpi::config_set_role(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetRole { governance, config },
                signer,
            ),
            ConfigSetRoleArgs { role, authority },
        ),
        ParamChange::CloudSlashDestination {
            destination,
            treasury,
        } => {
            let treasury = match destination {
                SlashDestination::Treasury => Some(t.named(0, &treasury)?.clone()),
                SlashDestination::Burn => None,
            };
            cpi::config_set_slash_destination(
                CpiContext::new_with_signer(
                    program,
                    accounts::ConfigSetSlashDestination {
                        governance,
                        config,
                        treasury,
                    },
                    signer,
                ),
                ConfigSetSlashDestinationArgs { destination },
            )
        }
        ParamChange::CloudEligibilityHours { hours } => cpi::config_set_eligibility_hours(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetEligibilityHours { governance, config },
                signer,
            ),
            ConfigSetEligibilityHoursArgs {
                eligibility_hours: hours,
            },
        ),
        _ => err!(IoDaoError::WrongTarget),
    }
}
