use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::events::TenderUpdated;
use crate::state::{CreditsConfig, Tender};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct TenderSetArgs {
    pub fee_bps: u16,
    pub enabled: bool,
}

#[derive(Accounts)]
pub struct TenderSet<'info> {
    pub governance: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCreditsError::Unauthorized,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    #[account(mut, seeds = [TENDER_SEED, tender.mint.as_ref()], bump = tender.bump)]
    pub tender: Box<Account<'info, Tender>>,
}

/// Changes a tender's fee rate (bounded) and whether it accepts payments.
pub fn handler(ctx: Context<TenderSet>, args: TenderSetArgs) -> Result<()> {
    require!(
        args.fee_bps <= MAX_TENDER_FEE_BPS,
        IoCreditsError::TenderFeeOutOfBounds
    );
    let tender = &mut ctx.accounts.tender;
    tender.fee_bps = args.fee_bps;
    tender.enabled = args.enabled;
    emit_event(&TenderUpdated {
        header: EventHeader::next(tender.key(), &mut tender.seq)?,
        mint: tender.mint,
        fee_bps: tender.fee_bps,
        enabled: tender.enabled,
    });
    Ok(())
}
