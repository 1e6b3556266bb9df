//! Pure functions of the token rules, unit- and property-tested beside the code.

pub mod cap;
pub mod vesting;
