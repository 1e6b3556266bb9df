pub mod accumulator;
pub mod emission;
#[cfg(test)]
mod accumulator_props;
