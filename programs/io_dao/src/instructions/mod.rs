// Each instruction module exports its own `handler`; `lib.rs` calls them by path, and the glob
// re-exports exist for the Accounts types and the client modules Anchor generates.
#![allow(ambiguous_glob_reexports)]

pub mod dao_initialize;
pub mod position_extend;
pub mod position_lock;
pub mod position_start_unlock;
pub mod position_withdraw;
pub mod proposal_create;
pub mod proposal_execute;
pub mod proposal_finalize;
pub mod proposal_veto;
pub mod proposal_vote;

pub use dao_initialize::*;
pub use position_extend::*;
pub use position_lock::*;
pub use position_start_unlock::*;
pub use position_withdraw::*;
pub use proposal_create::*;
pub use proposal_execute::*;
pub use proposal_finalize::*;
pub use proposal_veto::*;
pub use proposal_vote::*;
