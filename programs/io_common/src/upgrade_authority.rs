//! The initializers' guard: only a program's upgrade authority may initialize it, which closes the
//! window between `anchor deploy` and the first `initialize` in which anyone could take the config.
//!
//! On a cluster the program account belongs to the upgradeable loader and names its ProgramData,
//! whose upgrade authority must be the signer. The native harness runs the programs as builtins
//! (accounts of the native loader, which nobody can deploy on a cluster); there a ProgramData at the
//! program's address is optional: if a test puts one there, its authority is enforced the same way.

use anchor_lang::prelude::*;
use solana_sdk_ids::{bpf_loader_upgradeable, native_loader, system_program};

use crate::errors::CommonError;

/// `UpgradeableLoaderState::Program { programdata_address }` in bincode: a u32 tag, the address.
const PROGRAM_TAG: u32 = 2;
/// `UpgradeableLoaderState::ProgramData { slot, upgrade_authority_address }`: a u32 tag, the slot,
/// then an `Option<Pubkey>` (one byte, then the key when present).
const PROGRAM_DATA_TAG: u32 = 3;

/// The ProgramData address of `program_id` under the upgradeable loader.
pub fn program_data_address(program_id: &Pubkey) -> Pubkey {
    Pubkey::find_program_address(&[program_id.as_ref()], &bpf_loader_upgradeable::ID).0
}

fn tag(data: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(..4)?.try_into().ok()?))
}

fn key_at(data: &[u8], at: usize) -> Option<Pubkey> {
    let bytes: [u8; 32] = data.get(at..at + 32)?.try_into().ok()?;
    Some(Pubkey::new_from_array(bytes))
}

/// The ProgramData address a program account of the upgradeable loader names.
fn named_program_data(data: &[u8]) -> Option<Pubkey> {
    (tag(data)? == PROGRAM_TAG).then(|| key_at(data, 4))?
}

/// The upgrade authority a ProgramData account holds: `Some(None)` once the program is immutable.
fn upgrade_authority(data: &[u8]) -> Option<Option<Pubkey>> {
    if tag(data)? != PROGRAM_DATA_TAG {
        return None;
    }
    match data.get(12)? {
        0 => Some(None),
        1 => Some(Some(key_at(data, 13)?)),
        _ => None,
    }
}

/// Refuses unless `signer` is the upgrade authority of `program` (the calling program's own
/// account), as its ProgramData account `program_data` records it.
pub fn require_upgrade_authority(
    program: &AccountInfo,
    program_data: &AccountInfo,
    signer: &Pubkey,
) -> Result<()> {
    require_keys_eq!(
        *program_data.key,
        program_data_address(program.key),
        CommonError::WrongProgramData
    );
    if *program.owner == bpf_loader_upgradeable::ID {
        let named = named_program_data(&program.try_borrow_data()?);
        require!(
            named == Some(*program_data.key),
            CommonError::WrongProgramData
        );
    } else {
        // Only the harness's builtins belong to the native loader; any other loader has no
        // upgrade authority to ask.
        require_keys_eq!(
            *program.owner,
            native_loader::ID,
            CommonError::NotUpgradeAuthority
        );
        let absent = *program_data.owner == system_program::ID && program_data.data_is_empty();
        if absent {
            return Ok(());
        }
    }
    require_keys_eq!(
        *program_data.owner,
        bpf_loader_upgradeable::ID,
        CommonError::WrongProgramData
    );
    let authority =
        upgrade_authority(&program_data.try_borrow_data()?).ok_or(CommonError::WrongProgramData)?;
    require!(authority == Some(*signer), CommonError::NotUpgradeAuthority);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM_ID: Pubkey = Pubkey::new_from_array([7; 32]);
    /// The loader sizes ProgramData's metadata for `Some(key)` whichever it holds.
    const PROGRAM_DATA_METADATA_LEN: usize = 4 + 8 + 1 + 32;

    struct Fixture {
        key: Pubkey,
        owner: Pubkey,
        lamports: u64,
        data: Vec<u8>,
    }

    impl Fixture {
        fn info(&mut self) -> AccountInfo<'_> {
            AccountInfo::new(
                &self.key,
                false,
                false,
                &mut self.lamports,
                &mut self.data,
                &self.owner,
                true,
                0,
            )
        }
    }

    fn program_of_loader(programdata: Pubkey) -> Fixture {
        let mut data = PROGRAM_TAG.to_le_bytes().to_vec();
        data.extend_from_slice(programdata.as_ref());
        Fixture {
            key: PROGRAM_ID,
            owner: bpf_loader_upgradeable::ID,
            lamports: 1,
            data,
        }
    }

    fn builtin() -> Fixture {
        Fixture {
            key: PROGRAM_ID,
            owner: native_loader::ID,
            lamports: 1,
            data: b"io_token".to_vec(),
        }
    }

    fn program_data_fixture(authority: Option<Pubkey>) -> Fixture {
        let mut data = PROGRAM_DATA_TAG.to_le_bytes().to_vec();
        data.extend_from_slice(&42u64.to_le_bytes());
        match authority {
            Some(key) => {
                data.push(1);
                data.extend_from_slice(key.as_ref());
            }
            None => data.extend_from_slice(&[0; 33]),
        }
        data.extend_from_slice(&[0xAB; 64]); // the program's bytes follow the metadata
        Fixture {
            key: program_data_address(&PROGRAM_ID),
            owner: bpf_loader_upgradeable::ID,
            lamports: 1,
            data,
        }
    }

    fn absent_program_data() -> Fixture {
        Fixture {
            key: program_data_address(&PROGRAM_ID),
            owner: system_program::ID,
            lamports: 0,
            data: vec![],
        }
    }

    fn check(program: &mut Fixture, data: &mut Fixture, signer: Pubkey) -> Result<()> {
        require_upgrade_authority(&program.info(), &data.info(), &signer)
    }

    fn refused_with(result: Result<()>, error: CommonError) {
        assert_eq!(result.unwrap_err(), error.into());
    }

    #[test]
    fn reads_the_loaders_own_encoding() {
        use solana_loader_v3_interface::state::UpgradeableLoaderState;
        let authority = Pubkey::new_unique();
        let encoded = |state: &UpgradeableLoaderState| bincode::serialize(state).unwrap();
        let program_data = |upgrade_authority_address| UpgradeableLoaderState::ProgramData {
            slot: 42,
            upgrade_authority_address,
        };
        assert_eq!(
            encoded(&program_data(Some(authority))),
            program_data_fixture(Some(authority)).data[..PROGRAM_DATA_METADATA_LEN]
        );
        assert_eq!(
            upgrade_authority(&encoded(&program_data(Some(authority)))),
            Some(Some(authority))
        );
        assert_eq!(upgrade_authority(&encoded(&program_data(None))), Some(None));
        let program = UpgradeableLoaderState::Program {
            programdata_address: authority,
        };
        assert_eq!(named_program_data(&encoded(&program)), Some(authority));
        assert_eq!(upgrade_authority(&encoded(&program)), None);
    }

    #[test]
    fn a_deployed_program_accepts_only_its_upgrade_authority() {
        let authority = Pubkey::new_unique();
        let mut data = program_data_fixture(Some(authority));
        let mut program = program_of_loader(data.key);
        assert!(check(&mut program, &mut data, authority).is_ok());
        refused_with(
            check(&mut program, &mut data, Pubkey::new_unique()),
            CommonError::NotUpgradeAuthority,
        );
    }

    #[test]
    fn an_immutable_program_refuses_everyone() {
        let mut data = program_data_fixture(None);
        let mut program = program_of_loader(data.key);
        refused_with(
            check(&mut program, &mut data, Pubkey::default()),
            CommonError::NotUpgradeAuthority,
        );
    }

    #[test]
    fn a_deployed_program_refuses_a_missing_or_foreign_program_data() {
        let authority = Pubkey::new_unique();
        let mut program = program_of_loader(program_data_address(&PROGRAM_ID));
        refused_with(
            check(&mut program, &mut absent_program_data(), authority),
            CommonError::WrongProgramData,
        );
        let mut foreign = program_data_fixture(Some(authority));
        foreign.key = Pubkey::new_unique();
        refused_with(
            check(&mut program, &mut foreign, authority),
            CommonError::WrongProgramData,
        );
        let mut other_owner = program_data_fixture(Some(authority));
        other_owner.owner = Pubkey::new_unique();
        refused_with(
            check(&mut program, &mut other_owner, authority),
            CommonError::WrongProgramData,
        );
    }

    #[test]
    fn a_program_account_naming_other_program_data_is_refused() {
        let authority = Pubkey::new_unique();
        let mut data = program_data_fixture(Some(authority));
        let mut program = program_of_loader(Pubkey::new_unique());
        refused_with(
            check(&mut program, &mut data, authority),
            CommonError::WrongProgramData,
        );
    }

    #[test]
    fn malformed_loader_state_is_refused() {
        let authority = Pubkey::new_unique();
        let mut data = program_data_fixture(Some(authority));
        data.data[12] = 2; // neither None nor Some
        let mut program = program_of_loader(data.key);
        refused_with(
            check(&mut program, &mut data, authority),
            CommonError::WrongProgramData,
        );
        let mut short = program_data_fixture(Some(authority));
        short.data.truncate(PROGRAM_DATA_METADATA_LEN - 1);
        refused_with(
            check(&mut program, &mut short, authority),
            CommonError::WrongProgramData,
        );
        let mut buffer = program_data_fixture(Some(authority));
        buffer.data[..4].copy_from_slice(&1u32.to_le_bytes()); // a Buffer, not ProgramData
        refused_with(
            check(&mut program, &mut buffer, authority),
            CommonError::WrongProgramData,
        );
    }

    #[test]
    fn a_builtin_without_program_data_lets_anyone_initialize() {
        let mut program = builtin();
        assert!(check(
            &mut program,
            &mut absent_program_data(),
            Pubkey::new_unique()
        )
        .is_ok());
    }

    #[test]
    fn a_builtin_with_program_data_enforces_its_authority() {
        let authority = Pubkey::new_unique();
        let mut program = builtin();
        let mut data = program_data_fixture(Some(authority));
        assert!(check(&mut program, &mut data, authority).is_ok());
        refused_with(
            check(&mut program, &mut data, Pubkey::new_unique()),
            CommonError::NotUpgradeAuthority,
        );
    }

    #[test]
    fn a_program_of_another_loader_is_refused() {
        let mut program = builtin();
        program.owner = Pubkey::new_unique();
        refused_with(
            check(
                &mut program,
                &mut absent_program_data(),
                Pubkey::new_unique(),
            ),
            CommonError::NotUpgradeAuthority,
        );
    }

    #[test]
    fn the_program_data_must_sit_at_the_derived_address() {
        let authority = Pubkey::new_unique();
        let mut program = builtin();
        let mut elsewhere = absent_program_data();
        elsewhere.key = Pubkey::new_unique();
        refused_with(
            check(&mut program, &mut elsewhere, authority),
            CommonError::WrongProgramData,
        );
    }
}
