// Each instruction module exports its own `handler`; `lib.rs` calls them by path, and the glob
// re-exports exist for the Accounts types and the client modules Anchor generates.
#![allow(ambiguous_glob_reexports)]

pub mod cloud_initialize;
pub mod config_set_eligibility_hours;
pub mod config_set_role;
pub mod config_set_slash_destination;
pub mod device_class_set;
pub mod rental_assign;
pub mod rental_book;
pub mod rental_close;
pub mod rental_extend;
pub mod rental_replace_worker;
pub mod rental_report_down;
pub mod rental_report_up;
pub mod rental_settle;
pub mod rental_terminate;
pub mod uptime_record;
pub mod worker_deregister;
pub mod worker_refresh;
pub mod worker_register;
pub mod worker_slash;
pub mod worker_stake;
pub mod worker_sync_rewards;
pub mod worker_unstake;
pub mod worker_update;
pub mod worker_withdraw;

pub use cloud_initialize::*;
pub use config_set_eligibility_hours::*;
pub use config_set_role::*;
pub use config_set_slash_destination::*;
pub use device_class_set::*;
pub use rental_assign::*;
pub use rental_book::*;
pub use rental_close::*;
pub use rental_extend::*;
pub use rental_replace_worker::*;
pub use rental_report_down::*;
pub use rental_report_up::*;
pub use rental_settle::*;
pub use rental_terminate::*;
pub use uptime_record::*;
pub use worker_deregister::*;
pub use worker_refresh::*;
pub use worker_register::*;
pub use worker_slash::*;
pub use worker_stake::*;
pub use worker_sync_rewards::*;
pub use worker_unstake::*;
pub use worker_update::*;
pub use worker_withdraw::*;
