pub mod token_config;
pub mod vesting_schedule;

pub use token_config::*;
pub use vesting_schedule::*;
