use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::PositionExtended;
use crate::state::{LockKind, Position};

#[derive(Accounts)]
pub struct PositionStartUnlock<'info> {
    pub owner: Signer<'info>,

    #[account(
        mut,
        seeds = [POSITION_SEED, owner.key().as_ref(), &position.nonce.to_le_bytes()],
        bump = position.bump,
        has_one = owner @ IoDaoError::NotPositionOwner,
    )]
    pub position: Box<Account<'info, Position>>,
}

/// A constant lock starts running down: it ends `lock_secs` from now.
pub fn handler(ctx: Context<PositionStartUnlock>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let position = &mut ctx.accounts.position;
    require!(
        position.kind == LockKind::Constant,
        IoDaoError::NotConstantLock
    );
    require!(position.lock_end == 0, IoDaoError::AlreadyUnlocking);
    position.lock_end = now.safe_add(position.lock_secs)?;
    emit_event(&PositionExtended {
        header: EventHeader::next(position.key(), &mut position.seq)?,
        lock_end: position.lock_end,
        lock_secs: position.lock_secs,
        voting_power: position.power_at(now),
    });
    Ok(())
}
