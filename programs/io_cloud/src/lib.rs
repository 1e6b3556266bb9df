use anchor_lang::prelude::*;

declare_id!("7QuRUXb4n2wd4aAMVNtNbCVXRA9w6tvbRc9XMUguht2h");

#[program]
pub mod io_cloud {}
