use anchor_lang::prelude::*;

declare_id!("CnmWKnA7mdw4bcPTwAuxMvyuGjoSDBCY9SZ7BYzfSZVz");

#[program]
pub mod io_dao {}
