pub mod assignment_rules;
pub mod cloud_config;
pub mod device_class;
pub mod rental;
pub mod slash_case;
pub mod worker;
pub mod worker_co_stake;

#[cfg(test)]
mod rental_conservation_tests;
#[cfg(test)]
mod reward_lease_tests;

pub use assignment_rules::*;
pub use cloud_config::*;
pub use device_class::*;
pub use rental::*;
pub use slash_case::*;
pub use worker::*;
