use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::instructions::fee_withdraw::*;
use crate::state::TenderKind;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct FeeReleaseArgs {
    pub amount: u64,
}

#[derive(Accounts)]
pub struct FeeRelease<'info> {
    /// io_rewards' config PDA, signing through CPI: only the rewards program, in its Incentive
    /// Dynamic Engine mode, draws IO fees to pay suppliers.
    #[account(
        seeds = [IO_REWARDS_CONFIG_SEED],
        bump,
        seeds::program = IO_REWARDS_PROGRAM_ID,
    )]
    pub rewards_config: Signer<'info>,

    /// Of the IO tender, to the rewards program's fee reserve.
    #[account(constraint = payout.tender.kind == TenderKind::Io @ IoCreditsError::NotIoTender)]
    pub payout: FeeVaultPayout<'info>,
}

/// io_rewards moves IO fees out of the IO tender's vault into its fee reserve.
#[access_control(ctx.accounts.payout.validate(args.amount))]
pub fn handler(ctx: Context<FeeRelease>, args: FeeReleaseArgs) -> Result<()> {
    ctx.accounts.payout.pay(args.amount)
}
