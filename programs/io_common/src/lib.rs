//! Shared by every io.net program: event emission that works on-chain and in the native harness,
//! the header every event carries (and the one way to number it), checked arithmetic that
//! reports where it failed, and the units every program counts in.

pub mod events;
pub mod safe_math;
pub mod units;

pub use events::{emit_event, EventHeader};
pub use safe_math::{CommonError, SafeCast, SafeMath};
pub use units::{BPS, ONE_IO, SECONDS_PER_HOUR};
