use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoDaoError;
use crate::events::PositionExtended;
use crate::instructions::position_lock::validate_lock_secs;
use crate::state::{LockKind, Position};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct PositionExtendArgs {
    /// The new lock, counted from now (cliff) or as the held duration (constant).
    pub lock_secs: i64,
}

#[derive(Accounts)]
pub struct PositionExtend<'info> {
    pub owner: Signer<'info>,

    #[account(
        mut,
        seeds = [POSITION_SEED, owner.key().as_ref(), &position.nonce.to_le_bytes()],
        bump = position.bump,
        has_one = owner @ IoDaoError::NotPositionOwner,
    )]
    pub position: Box<Account<'info, Position>>,
}

pub fn handler(ctx: Context<PositionExtend>, args: PositionExtendArgs) -> Result<()> {
    validate_lock_secs(args.lock_secs)?;
    let now = Clock::get()?.unix_timestamp;
    let position = &mut ctx.accounts.position;
    match position.kind {
        LockKind::Cliff => {
            let end = now.safe_add(args.lock_secs)?;
            require!(end >= position.lock_end, IoDaoError::LockCannotShorten);
            position.lock_end = end;
        }
        LockKind::Constant => {
            require!(
                args.lock_secs >= position.lock_secs,
                IoDaoError::LockCannotShorten
            );
            // Extending a constant lock also stops an unlock in progress.
            position.lock_end = 0;
        }
    }
    position.lock_secs = args.lock_secs;
    emit_event(&PositionExtended {
        header: EventHeader::next(position.key(), &mut position.seq)?,
        lock_end: position.lock_end,
        lock_secs: position.lock_secs,
        voting_power: position.power_at(now),
    });
    Ok(())
}
