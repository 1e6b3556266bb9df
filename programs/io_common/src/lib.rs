//! Shared by every io.net program: event emission that works on-chain and in the native harness,
//! the header every event carries (and the one way to number it), checked arithmetic that
//! reports where it failed, the initializers' upgrade-authority guard, and the units every
//! program counts in.

pub mod errors;
pub mod events;
pub mod safe_math;
pub mod units;
pub mod upgrade_authority;

pub use errors::CommonError;
pub use events::{emit_event, EventHeader};
pub use safe_math::{SafeCast, SafeMath};
pub use units::{BPS, ONE_IO, SECONDS_PER_HOUR};
pub use upgrade_authority::{program_data_address, require_upgrade_authority};
