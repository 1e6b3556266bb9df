//! io_cloud: `[io_cloud, governance, cloud config]`, then
//! - a device class: `[device class, system program]` (the executor pays if the account is new)
//! - the slash destination: `[treasury]` for `Treasury`, nothing for `Burn`
//! - a slash decision: `[case, worker, payer, stake vault, io mint, token program, worker
//!   reward, rewards authority, rewards config, rewards program]`, then `[treasury]` when slashed
//!   IO goes to the treasury
//! - a role, the eligibility hours, the appeal window: nothing.

use anchor_lang::prelude::*;
use io_cloud::cpi::{self, accounts};
use io_cloud::instructions::{
    ConfigSetAppealWindowArgs, ConfigSetEligibilityHoursArgs, ConfigSetRoleArgs,
    ConfigSetSlashDestinationArgs, DeviceClassSetArgs, SlashDecideArgs,
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
        ParamChange::CloudAppealWindow { secs } => cpi::config_set_appeal_window(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetAppealWindow { governance, config },
                signer,
            ),
            ConfigSetAppealWindowArgs {
                appeal_window_secs: secs,
            },
        ),
        ParamChange::CloudSlashDecision { case, uphold } => decide_slash(t, &case, uphold),
        _ => err!(IoDaoError::WrongTarget),
    }
}

/// `slash_decide` with the governance PDA as the decider; io_cloud checks every account.
fn decide_slash(t: &Governed, case: &Pubkey, uphold: bool) -> Result<()> {
    let seeds = t.seeds();
    let treasury = t.extra(10).ok().cloned();
    let resolution = accounts::SlashResolution {
        config: t.config.clone(),
        case: t.named(0, case)?.clone(),
        worker: t.extra(1)?.clone(),
        payer: t.extra(2)?.clone(),
        stake_vault: t.extra(3)?.clone(),
        io_mint: t.extra(4)?.clone(),
        token_program: t.extra(5)?.clone(),
        treasury,
        rewards: accounts::WorkerRewardsSync {
            worker_reward: t.extra(6)?.clone(),
            rewards: accounts::RewardsSync {
                rewards_authority: t.extra(7)?.clone(),
                rewards_config: t.extra(8)?.clone(),
                rewards_program: t.extra(9)?.clone(),
            },
        },
    };
    cpi::slash_decide(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::SlashDecide {
                decider: t.governance.clone(),
                resolution,
            },
            &[&seeds[..]],
        ),
        SlashDecideArgs { uphold },
    )
}
