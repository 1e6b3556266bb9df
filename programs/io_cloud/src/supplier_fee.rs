//! How a rental's workers pay their supplier fees (io.net: suppliers pay the renters'
//! structure, the reservation rate plus the tender's rate): out of the escrow, signed by the
//! rental, into the tender's fee vault through io_credits' `fee_pay`, which accounts them and
//! burns the governed share of IO fees. The rate is the rental's, fixed at booking.

use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::SafeMath;
use io_credits::program::IoCredits;
use io_credits::state::{CreditsConfig, Tender};

use crate::errors::IoCloudError;
use crate::rental_payment::{FeeRegistry, TenderToken};
use crate::state::{Payout, Rental};
use crate::token_cpi;

/// The accounts of a payout's supplier fee (`rental_settle`, `rental_replace_worker`,
/// `rental_close`).
#[derive(Accounts)]
pub struct SupplierFee<'info> {
    /// The rental's tender in io_credits' registry (owner, seeds and bump checked; its mint
    /// against the rental's by [`SupplierFee::pay`]).
    #[account(
        mut,
        seeds = [io_credits::constants::TENDER_SEED, tender.mint.as_ref()],
        bump = tender.bump,
        seeds::program = io_credits::ID,
    )]
    pub tender: Box<Account<'info, Tender>>,

    #[account(mut, address = tender.vault @ IoCloudError::WrongFeeVault)]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

    #[account(
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Box<Account<'info, CreditsConfig>>,

    pub credits_program: Program<'info, IoCredits>,
}

/// A rental's escrow paying out: the rental (its signer), the escrow, the tender's mint and
/// token program, as the paying instruction holds them.
pub struct Escrow<'a, 'info> {
    rental: &'a Account<'info, Rental>,
    escrow: AccountInfo<'info>,
    mint: &'a Account<'info, Mint>,
    token_program: &'a Program<'info, Token>,
}

impl<'a, 'info> Escrow<'a, 'info> {
    pub fn new(
        rental: &'a Account<'info, Rental>,
        escrow: &Account<'info, TokenAccount>,
        mint: &'a Account<'info, Mint>,
        token_program: &'a Program<'info, Token>,
    ) -> Self {
        Self {
            rental,
            escrow: escrow.to_account_info(),
            mint,
            token_program,
        }
    }

    /// Pays each payout's net to its account (`to`, in the same order), then all their supplier
    /// fees into the tender's vault in one `fee_pay`.
    pub fn pay_out(
        &self,
        to: &[AccountInfo<'info>],
        payouts: &[Payout],
        fee: &SupplierFee<'info>,
    ) -> Result<()> {
        require!(
            to.len() == payouts.len(),
            IoCloudError::WrongRemainingAccounts
        );
        let mut fees: u64 = 0;
        for (account, payout) in to.iter().zip(payouts) {
            token_cpi::pay_from_escrow(
                &self.token_program.to_account_info(),
                self.mint,
                self.escrow.clone(),
                account.clone(),
                self.rental,
                payout.net,
            )?;
            fees = fees.safe_add(payout.fee)?;
        }
        fee.pay(self, fees)
    }
}

impl<'info> SupplierFee<'info> {
    /// The tender is the rental's.
    pub fn check(&self, rental: &Rental) -> Result<()> {
        require_keys_eq!(
            self.tender.mint,
            rental.tender_mint,
            IoCloudError::WrongTenderMint
        );
        Ok(())
    }

    /// Pays `amount` of supplier fees from the escrow into the tender's vault, signed by the
    /// rental (the handlers [`check`](Self::check) the tender first).
    fn pay(&self, side: &Escrow<'_, 'info>, amount: u64) -> Result<()> {
        let nonce = side.rental.nonce.to_le_bytes();
        let registry = FeeRegistry {
            credits_program: &self.credits_program,
            config: &self.credits_config,
            tender: &self.tender,
            vault: &self.fee_vault,
        };
        let token = TenderToken {
            mint: side.mint,
            token_program: side.token_program,
        };
        registry.pay(
            &token,
            side.rental.to_account_info(),
            side.escrow.clone(),
            &side.rental.signer_seeds(&nonce),
            amount,
        )
    }
}

/// The nets and the fees of `payouts`, as events carry them.
pub fn nets_and_fees(payouts: &[Payout]) -> (Vec<u64>, Vec<u64>) {
    (
        payouts.iter().map(|p| p.net).collect(),
        payouts.iter().map(|p| p.fee).collect(),
    )
}
