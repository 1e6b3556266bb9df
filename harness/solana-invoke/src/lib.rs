//! Same API as the `solana-invoke` crate that Anchor 0.32 calls for every CPI.
//!
//! On-chain this defers to `solana-cpi` (the `sol_invoke_signed` syscall). Off-chain the upstream
//! crate is `unimplemented!()` and `solana-cpi` silently does nothing, so here the call goes through
//! the syscall stubs that solana-program-test installs, which run the callee inside the bank.

use solana_account_info::AccountInfo;
use solana_instruction::Instruction;
use solana_program_entrypoint::ProgramResult;

pub fn invoke(instruction: &Instruction, account_infos: &[AccountInfo]) -> ProgramResult {
    invoke_signed(instruction, account_infos, &[])
}

pub fn invoke_unchecked(instruction: &Instruction, account_infos: &[AccountInfo]) -> ProgramResult {
    invoke_signed_unchecked(instruction, account_infos, &[])
}

pub fn invoke_signed(
    instruction: &Instruction,
    account_infos: &[AccountInfo],
    signers_seeds: &[&[&[u8]]],
) -> ProgramResult {
    solana_cpi::invoke_signed(instruction, account_infos, signers_seeds)?;
    #[cfg(not(target_os = "solana"))]
    solana_sysvar::program_stubs::sol_invoke_signed(instruction, account_infos, signers_seeds)?;
    Ok(())
}

pub fn invoke_signed_unchecked(
    instruction: &Instruction,
    account_infos: &[AccountInfo],
    signers_seeds: &[&[&[u8]]],
) -> ProgramResult {
    solana_cpi::invoke_signed_unchecked(instruction, account_infos, signers_seeds)?;
    #[cfg(not(target_os = "solana"))]
    solana_sysvar::program_stubs::sol_invoke_signed(instruction, account_infos, signers_seeds)?;
    Ok(())
}
