// Each instruction module exports its own `handler`; `lib.rs` calls them by path, and the glob
// re-exports exist for the Accounts types and the client modules Anchor generates.
#![allow(ambiguous_glob_reexports)]

pub mod config_set_busy_boost;
pub mod config_set_emission_scale;
pub mod config_set_reward_mode;
pub mod config_set_weight_authority;
pub mod initialize;
pub mod rewards_claim;
pub mod rewards_claim_co_stake;
pub mod rewards_crank;
pub mod rewards_ide_crank;
pub mod rewards_register_worker;
pub mod rewards_update_worker;

pub use config_set_busy_boost::*;
pub use config_set_emission_scale::*;
pub use config_set_reward_mode::*;
pub use config_set_weight_authority::*;
pub use initialize::*;
pub use rewards_claim::*;
pub use rewards_claim_co_stake::*;
pub use rewards_crank::*;
pub use rewards_ide_crank::*;
pub use rewards_register_worker::*;
pub use rewards_update_worker::*;
