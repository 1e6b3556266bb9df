//! The reservation fee paid in IOSD: burned through io_credits' `credits_spend`, the renter's
//! signature flowing through the CPI.

use anchor_lang::prelude::*;
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{Mint, TokenAccount};
use io_credits::program::IoCredits;

use crate::errors::IoCloudError;
use crate::state::Tender;

/// The optional accounts of an IOSD payment, as an instruction holds them.
pub struct IosdPayment<'a, 'info> {
    pub renter_iosd: &'a Option<Box<InterfaceAccount<'info, TokenAccount>>>,
    pub iosd_mint: &'a Option<Box<InterfaceAccount<'info, Mint>>>,
    pub credits_config: AccountInfo<'info>,
    pub credits_program: &'a Option<Program<'info, IoCredits>>,
    pub token_2022_program: &'a Option<Program<'info, Token2022>>,
}

impl<'info> IosdPayment<'_, 'info> {
    /// Burns `amount` IOSD (micro-USD) of `renter` for a booking in `tender`.
    pub fn spend(&self, renter: AccountInfo<'info>, tender: &Tender, amount: u64) -> Result<()> {
        require!(tender.usd_pegged, IoCloudError::IosdNeedsUsdTender);
        let (Some(renter_iosd), Some(iosd_mint), Some(credits_program), Some(token_2022_program)) = (
            self.renter_iosd,
            self.iosd_mint,
            self.credits_program,
            self.token_2022_program,
        ) else {
            return err!(IoCloudError::IosdAccountsRequired);
        };
        if amount == 0 {
            return Ok(());
        }
        io_credits::cpi::credits_spend(
            CpiContext::new(
                credits_program.to_account_info(),
                io_credits::cpi::accounts::CreditsSpend {
                    holder: renter,
                    holder_iosd: renter_iosd.to_account_info(),
                    iosd_mint: iosd_mint.to_account_info(),
                    config: self.credits_config.clone(),
                    token_2022_program: token_2022_program.to_account_info(),
                },
            ),
            io_credits::instructions::CreditsSpendArgs { amount },
        )
    }
}
