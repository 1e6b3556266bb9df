// Each instruction module exports its own `handler`; `lib.rs` calls them by path, and the glob
// re-exports exist for the Accounts types and the client modules Anchor generates.
#![allow(ambiguous_glob_reexports)]

pub mod config_set_authority;
pub mod genesis;
pub mod initialize;
pub mod mint_emission;
pub mod retire_emission;
pub mod vesting_claim;
pub mod vesting_set_beneficiary;

pub use config_set_authority::*;
pub use genesis::*;
pub use initialize::*;
pub use mint_emission::*;
pub use retire_emission::*;
pub use vesting_claim::*;
pub use vesting_set_beneficiary::*;
