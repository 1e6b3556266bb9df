pub mod accumulator;
#[cfg(test)]
mod accumulator_props;
pub mod emission;
