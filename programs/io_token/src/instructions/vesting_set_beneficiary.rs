use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::VESTING_SEED;
use crate::errors::IoTokenError;
use crate::events::VestingBeneficiaryChanged;
use crate::state::VestingSchedule;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct VestingSetBeneficiaryArgs {
    pub new_beneficiary: Pubkey,
}

#[derive(Accounts)]
pub struct VestingSetBeneficiary<'info> {
    pub beneficiary: Signer<'info>,

    #[account(
        mut,
        seeds = [VESTING_SEED, &[vesting.allocation.seed()]],
        bump = vesting.bump,
        has_one = beneficiary @ IoTokenError::NotBeneficiary,
    )]
    pub vesting: Box<Account<'info, VestingSchedule>>,
}

pub fn handler(ctx: Context<VestingSetBeneficiary>, args: VestingSetBeneficiaryArgs) -> Result<()> {
    require!(
        args.new_beneficiary != Pubkey::default(),
        IoTokenError::InvalidAuthority
    );
    let vesting = &mut ctx.accounts.vesting;
    let previous = vesting.beneficiary;
    vesting.beneficiary = args.new_beneficiary;
    emit_event(&VestingBeneficiaryChanged {
        header: EventHeader::next(vesting.key(), &mut vesting.seq)?,
        previous,
        beneficiary: vesting.beneficiary,
    });
    Ok(())
}
