use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::SlashAppealed;
use crate::state::{SlashCase, Worker};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct SlashAppealArgs {
    /// Hash of the owner's evidence, kept off-chain.
    pub evidence_hash: [u8; 32],
}

#[derive(Accounts)]
pub struct SlashAppeal<'info> {
    pub owner: Signer<'info>,

    #[account(
        mut,
        seeds = [WORKER_SEED, worker.authority.as_ref(), &worker.device_id],
        bump = worker.bump,
    )]
    pub worker: Box<Account<'info, Worker>>,

    #[account(
        mut,
        seeds = [SLASH_CASE_SEED, case.worker.as_ref(), &case.id.to_le_bytes()],
        bump = case.bump,
        has_one = worker @ IoCloudError::WrongSlashCase,
        has_one = owner @ IoCloudError::NotWorkerAuthority,
    )]
    pub case: Box<Account<'info, SlashCase>>,
}

impl SlashAppeal<'_> {
    fn validate(&self, args: &SlashAppealArgs, now: i64) -> Result<()> {
        require!(self.case.is_open_at(now), IoCloudError::AppealWindowClosed);
        require!(!self.case.is_appealed(), IoCloudError::AlreadyAppealed);
        require!(
            args.evidence_hash != [0; 32],
            IoCloudError::EvidenceRequired
        );
        Ok(())
    }
}

/// The worker's owner appeals a slash within its window, once, with the hash of its evidence;
/// the slashing authority or governance then upholds or reverses it.
pub fn handler(ctx: Context<SlashAppeal>, args: SlashAppealArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    ctx.accounts.validate(&args, now)?;
    let case = &mut ctx.accounts.case;
    case.appeal_hash = args.evidence_hash;
    case.appealed_at = now;
    let key = ctx.accounts.worker.key();
    let worker = &mut ctx.accounts.worker;
    emit_event(&SlashAppealed {
        header: EventHeader::next(key, &mut worker.seq)?,
        case: case.key(),
        case_id: case.id,
        evidence_hash: args.evidence_hash,
        appeal_ends_at: case.appeal_ends_at,
    });
    Ok(())
}
