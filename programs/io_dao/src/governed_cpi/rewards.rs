//! io_rewards: `[io_rewards, governance, rewards config]`, nothing after.

use anchor_lang::prelude::*;
use io_rewards::cpi::{self, accounts};
use io_rewards::instructions::{
    ConfigSetBusyBoostArgs, ConfigSetEmissionScaleArgs, ConfigSetWeightAuthorityArgs,
};

use super::Governed;
use crate::errors::IoDaoError;
use crate::state::ParamChange;

pub fn apply(change: ParamChange, t: &Governed) -> Result<()> {
    let seeds = t.seeds();
    let signer = &[&seeds[..]];
    let program = t.program.clone();
    let (governance, config) = (t.governance.clone(), t.config.clone());
    match change {
        ParamChange::RewardsBusyBoost { busy_boost_bps } => cpi::config_set_busy_boost(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetBusyBoost { governance, config },
                signer,
            ),
            ConfigSetBusyBoostArgs { busy_boost_bps },
        ),
        ParamChange::RewardsEmissionScale { emission_scale_bps } => cpi::config_set_emission_scale(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetEmissionScale { governance, config },
                signer,
            ),
            ConfigSetEmissionScaleArgs { emission_scale_bps },
        ),
        ParamChange::RewardsWeightAuthority { weight_authority } => {
            cpi::config_set_weight_authority(
                CpiContext::new_with_signer(
                    program,
                    accounts::ConfigSetWeightAuthority { governance, config },
                    signer,
                ),
                ConfigSetWeightAuthorityArgs { weight_authority },
            )
        }
        ParamChange::RewardsMode { params } => cpi::config_set_reward_mode(
            CpiContext::new_with_signer(
                program,
                accounts::ConfigSetRewardMode { governance, config },
                signer,
            ),
            params,
        ),
        _ => err!(IoDaoError::WrongTarget),
    }
}
