//! Pure fee, breaker and conversion math (SPEC section 2), used on-chain here and by io_cloud.

pub mod breaker;
pub mod fees;
