//! Pure functions of governance, tested beside the code.

pub mod tally;
pub mod voting_power;
