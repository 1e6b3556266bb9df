//! Pure math of the GPU market: stake minimums and weights, uptime windows, streaming payments,
//! slashed IO in appeal.

pub mod appeal;
pub mod stake;
pub mod streaming;
pub mod uptime;
