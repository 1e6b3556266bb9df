pub mod accumulator;
#[cfg(test)]
mod accumulator_props;
pub mod co_stake;
pub mod emission;
pub mod ide;
#[cfg(test)]
mod ide_props;
