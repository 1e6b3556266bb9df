//! Pure math of the GPU market: stake minimums and weights, uptime windows, streaming payments.

pub mod stake;
pub mod streaming;
pub mod uptime;
