pub mod accumulator;
pub mod emission;
