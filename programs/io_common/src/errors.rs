use anchor_lang::prelude::*;

/// Errors shared by all programs. The offset keeps them clear of each program's own codes (6000+).
/// New ones go at the end, so that existing codes keep their numbers.
#[error_code(offset = 9000)]
pub enum CommonError {
    #[msg("Arithmetic overflow or division by zero")]
    MathOverflow,
    #[msg("Value does not fit the target integer type")]
    CastOverflow,
    #[msg("Only the program's upgrade authority may initialize it")]
    NotUpgradeAuthority,
    #[msg("The program data account is not this program's ProgramData")]
    WrongProgramData,
    #[msg("The program account is not this program's own")]
    WrongProgramAccount,
}
