pub mod rewards_config;
pub mod worker_reward;

pub use rewards_config::*;
pub use worker_reward::*;
