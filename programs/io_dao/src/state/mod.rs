pub mod dao_config;
pub mod param_change;
pub mod position;
pub mod proposal;
pub mod vote_record;

pub use dao_config::*;
pub use param_change::*;
pub use position::*;
pub use proposal::*;
pub use vote_record::*;
