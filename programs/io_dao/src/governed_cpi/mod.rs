//! Applying a passed change to another program: a CPI signed by the governance PDA. The target
//! program and its accounts come as the remaining accounts of `proposal_execute`, always
//! `[target program, governance PDA, target config]` first, then what the instruction needs
//! besides (each module lists it). Every account the proposal names (a mint, a destination, a
//! treasury) must be the one passed; the target program checks the rest.

mod cloud;
mod credits;
mod rewards;
mod token;

use anchor_lang::prelude::*;

use crate::constants::GOVERNANCE_SEED;
use crate::errors::IoDaoError;
use crate::state::{ParamChange, Target};

/// The accounts of one execution, checked for the program and the governance PDA.
pub struct Governed<'a, 'info> {
    pub program: &'a AccountInfo<'info>,
    pub governance: &'a AccountInfo<'info>,
    pub config: &'a AccountInfo<'info>,
    /// Pays when the target creates or grows an account.
    pub executor: &'a AccountInfo<'info>,
    rest: &'a [AccountInfo<'info>],
    bump: [u8; 1],
}

impl<'a, 'info> Governed<'a, 'info> {
    /// The governance PDA's signer seeds.
    pub fn seeds(&self) -> [&[u8]; 2] {
        [GOVERNANCE_SEED, &self.bump]
    }

    /// The `i`-th account after the target config.
    pub fn extra(&self, i: usize) -> Result<&'a AccountInfo<'info>> {
        self.rest.get(i).ok_or(error!(IoDaoError::WrongTarget))
    }

    /// The `i`-th account after the target config, which must be `key` (named by the proposal).
    pub fn named(&self, i: usize, key: &Pubkey) -> Result<&'a AccountInfo<'info>> {
        let account = self.extra(i)?;
        expect_key(account, key)?;
        Ok(account)
    }
}

pub fn expect_key(account: &AccountInfo, key: &Pubkey) -> Result<()> {
    require_keys_eq!(*account.key, *key, IoDaoError::WrongTarget);
    Ok(())
}

/// A target module's entry: the CPI for one change.
type Apply = fn(ParamChange, &Governed) -> Result<()>;

/// Runs the CPI for `change` (a change of another program) over `accounts`, as described above.
pub fn apply_to_target<'info>(
    change: ParamChange,
    executor: &AccountInfo<'info>,
    accounts: &[AccountInfo<'info>],
    governance_bump: u8,
) -> Result<()> {
    let governance_key =
        Pubkey::create_program_address(&[GOVERNANCE_SEED, &[governance_bump]], &crate::ID)
            .map_err(|_| error!(IoDaoError::WrongTarget))?;
    let [program, governance, config, rest @ ..] = accounts else {
        return err!(IoDaoError::WrongTarget);
    };
    expect_key(governance, &governance_key)?;
    let target = Governed {
        program,
        governance,
        config,
        executor,
        rest,
        bump: [governance_bump],
    };
    let (program_id, apply): (Pubkey, Apply) = match change.target() {
        Target::Rewards => (io_rewards::ID, rewards::apply),
        Target::Credits => (io_credits::ID, credits::apply),
        Target::Cloud => (io_cloud::ID, cloud::apply),
        Target::Token => (io_token::ID, token::apply),
        Target::Dao => return err!(IoDaoError::WrongTarget),
    };
    expect_key(program, &program_id)?;
    apply(change, &target)
}
