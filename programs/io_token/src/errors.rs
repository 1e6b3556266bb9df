use anchor_lang::prelude::*;

#[error_code]
pub enum IoTokenError {
    #[msg("The IO token is already initialized")]
    AlreadyInitialized,
}
