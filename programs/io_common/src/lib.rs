//! Shared by every io.net program: event emission that works on-chain and in the native harness,
//! the header every event carries, and checked arithmetic that reports where it failed.

pub mod events;
pub mod safe_math;

pub use events::{emit_event, EventHeader};
pub use safe_math::{CommonError, SafeMath};
