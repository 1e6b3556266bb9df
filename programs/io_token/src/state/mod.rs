pub mod token_config;

pub use token_config::*;
