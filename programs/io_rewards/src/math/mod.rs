pub mod accumulator;
#[cfg(test)]
mod accumulator_props;
pub mod co_stake;
pub mod emission;
