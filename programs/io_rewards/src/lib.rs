use anchor_lang::prelude::*;

declare_id!("vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4");

#[program]
pub mod io_rewards {}
