//! Helpers shared by the integration tests.

use anchor_lang::{AnchorDeserialize, Discriminator, Event};
use base64::Engine;
use solana_sdk::{instruction::InstructionError, transaction::TransactionError};

/// Every event of type `E` in the transaction's `Program data:` log lines, in order.
pub fn events<E: Event + AnchorDeserialize + Discriminator>(logs: &[String]) -> Vec<E> {
    logs.iter()
        .filter_map(|line| line.strip_prefix("Program data: "))
        .filter_map(|data| base64::engine::general_purpose::STANDARD.decode(data).ok())
        .filter(|bytes| bytes.starts_with(E::DISCRIMINATOR))
        .map(|bytes| E::deserialize(&mut &bytes[E::DISCRIMINATOR.len()..]).expect("event"))
        .collect()
}

/// The custom program error code a failed transaction carries.
pub fn custom_error(err: &TransactionError) -> u32 {
    match err {
        TransactionError::InstructionError(_, InstructionError::Custom(code)) => *code,
        other => panic!("not a custom program error: {other:?}"),
    }
}

/// The numeric code of an Anchor error enum variant.
pub fn code_of(error: impl Into<anchor_lang::error::Error>) -> u32 {
    match error.into() {
        anchor_lang::error::Error::AnchorError(e) => e.error_code_number,
        anchor_lang::error::Error::ProgramError(e) => panic!("not an Anchor error: {e:?}"),
    }
}
