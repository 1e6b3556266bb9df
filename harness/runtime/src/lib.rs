//! The native runtime harness: the io.net programs compiled for the host and registered as
//! builtins inside solana-program-test's bank, beside the real SPL Token / Token-2022 programs.
//!
//! What differs from on-chain, and how this crate makes it match (docs/ARCHITECTURE.md):
//! - CPI: the patched `solana-invoke` routes through the runtime's syscall stubs.
//! - Logs: `msg!` (patched `solana-msg`) and `sol_log_data` reach the transaction's log messages
//!   as `Program log: ...` and `Program data: <base64>`, see [`logs`].
//! - Compute units are not metered for native code.

pub mod bank;
pub mod fixture;
pub mod limits;
pub mod logs;
pub mod programs;

pub use bank::{Bank, BlockhashPace, TxOutcome};
pub use fixture::TestFixture;
pub use programs::{program_test, PROGRAMS};
