//! io_token: `[io_token, governance, token config]`, nothing after.

use anchor_lang::prelude::*;
use io_token::cpi::{self, accounts};
use io_token::instructions::ConfigSetAuthorityArgs;

use super::Governed;
use crate::errors::IoDaoError;
use crate::state::ParamChange;

pub fn apply(change: ParamChange, t: &Governed) -> Result<()> {
    let ParamChange::TokenAuthority { role, authority } = change else {
        return err!(IoDaoError::WrongTarget);
    };
    let seeds = t.seeds();
    cpi::config_set_authority(
        CpiContext::new_with_signer(
            t.program.clone(),
            accounts::ConfigSetAuthority {
                authority: t.governance.clone(),
                config: t.config.clone(),
            },
            &[&seeds[..]],
        ),
        ConfigSetAuthorityArgs {
            role,
            new_authority: authority,
        },
    )
}
