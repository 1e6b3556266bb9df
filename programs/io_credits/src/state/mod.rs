pub mod credits_config;
pub mod tender;

pub use credits_config::*;
pub use tender::*;
