// Each instruction module exports its own `handler`; `lib.rs` calls them by path, and the glob
// re-exports exist for the Accounts types and the client modules Anchor generates.
#![allow(ambiguous_glob_reexports)]

pub mod config_set_param;
pub mod credits_buy;
pub mod credits_spend;
pub mod fee_pay;
pub mod fee_release;
pub mod fee_withdraw;
pub mod initialize;
pub mod tender_register;
pub mod tender_set;

pub use config_set_param::*;
pub use credits_buy::*;
pub use credits_spend::*;
pub use fee_pay::*;
pub use fee_release::*;
pub use fee_withdraw::*;
pub use initialize::*;
pub use tender_register::*;
pub use tender_set::*;
