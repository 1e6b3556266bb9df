use anchor_lang::prelude::*;

pub mod math;

declare_id!("AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k");

#[program]
pub mod io_credits {}
