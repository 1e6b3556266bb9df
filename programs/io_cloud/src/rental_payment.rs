//! How a renter pays for GPU time, booking or extending alike: the principal into the rental's
//! escrow, the fees into the tender's vault in io_credits' registry (through `fee_pay`, which
//! accounts them and burns the governed share of IO fees), and the reservation fee in IOSD
//! instead when the renter asks (burned through `credits_spend`, the renter's signature flowing
//! through both CPIs).

use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{Mint as IosdMint, TokenAccount as IosdAccount};
use io_credits::program::IoCredits;
use io_credits::state::{CreditsConfig, Tender};

use crate::errors::IoCloudError;
use crate::math::streaming::{charges, Charges};
use crate::token_cpi;

/// The accounts of a payment for GPU time (`rental_book`, `rental_extend`), besides the
/// tender's mint and token program, which the instruction holds (a booking creates the escrow
/// with them) and checks against [`RentalPayment::tender`].
#[derive(Accounts)]
pub struct RentalPayment<'info> {
    /// The rental's tender in io_credits' registry (owner, seeds and bump checked): its fee
    /// rate, its vault, its token program.
    #[account(
        mut,
        seeds = [io_credits::constants::TENDER_SEED, tender.mint.as_ref()],
        bump = tender.bump,
        seeds::program = io_credits::ID,
    )]
    pub tender: Box<Account<'info, Tender>>,

    /// The renter's account of the tender, paying principal and fees.
    #[account(
        mut,
        constraint = renter_token.mint == tender.mint @ IoCloudError::WrongTenderMint,
    )]
    pub renter_token: Box<Account<'info, TokenAccount>>,

    #[account(mut, address = tender.vault @ IoCloudError::WrongFeeVault)]
    pub fee_vault: Box<Account<'info, TokenAccount>>,

    /// io_credits' config: its governed `reservation_fee_bps` applies; an IOSD payment burns
    /// through it.
    #[account(
        mut,
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Box<Account<'info, CreditsConfig>>,

    pub credits_program: Program<'info, IoCredits>,

    /// Paying the reservation fee in IOSD (both, only then): the renter's IOSD account and the
    /// IOSD mint, with Token-2022.
    #[account(mut)]
    pub renter_iosd: Option<Box<InterfaceAccount<'info, IosdAccount>>>,
    #[account(mut)]
    pub iosd_mint: Option<Box<InterfaceAccount<'info, IosdMint>>>,
    pub token_2022_program: Option<Program<'info, Token2022>>,
}

/// The tender's mint and token program, as the paying instruction holds them.
pub struct TenderToken<'a, 'info> {
    pub mint: &'a Account<'info, Mint>,
    pub token_program: &'a Program<'info, Token>,
}

/// Where a fee goes: io_credits' config and the tender with its vault. Renters' fees
/// ([`RentalPayment`]) and workers' supplier fees (`SupplierFee`) both go through it.
pub struct FeeRegistry<'a, 'info> {
    pub credits_program: &'a Program<'info, IoCredits>,
    pub config: &'a Account<'info, CreditsConfig>,
    pub tender: &'a Account<'info, Tender>,
    pub vault: &'a Account<'info, TokenAccount>,
}

impl<'info> FeeRegistry<'_, 'info> {
    /// Pays `amount` of the tender from `source` into the vault through io_credits' `fee_pay`
    /// (nothing when 0); `payer` owns `source` and signs (a wallet, or a PDA with `seeds`).
    pub fn pay(
        &self,
        token: &TenderToken<'_, 'info>,
        payer: AccountInfo<'info>,
        source: AccountInfo<'info>,
        seeds: &[&[u8]],
        amount: u64,
    ) -> Result<()> {
        if amount == 0 {
            return Ok(());
        }
        let accounts = io_credits::cpi::accounts::FeePay {
            payer,
            config: self.config.to_account_info(),
            tender: self.tender.to_account_info(),
            mint: token.mint.to_account_info(),
            source,
            vault: self.vault.to_account_info(),
            token_program: token.token_program.to_account_info(),
        };
        let program = self.credits_program.to_account_info();
        let signer = [seeds];
        let ctx = if seeds.is_empty() {
            CpiContext::new(program, accounts)
        } else {
            CpiContext::new_with_signer(program, accounts, &signer)
        };
        io_credits::cpi::fee_pay(ctx, io_credits::instructions::FeePayArgs { amount })
    }
}

impl<'info> RentalPayment<'info> {
    /// What `hours` of `gpus` GPUs at `price_per_gpu_hour` charge in this tender now.
    pub fn charges(
        &self,
        price_per_gpu_hour: u64,
        gpus: u16,
        hours: u32,
        reservation_in_iosd: bool,
    ) -> Result<Charges> {
        require!(self.tender.enabled, IoCloudError::TenderDisabled);
        charges(
            price_per_gpu_hour,
            gpus,
            hours,
            self.tender.fee_bps,
            self.credits_config.params.reservation_fee_bps,
            reservation_in_iosd,
        )
    }

    /// The rate the rental's workers will pay on their pay: io_credits' reservation rate plus
    /// the tender's, as they stand at booking.
    pub fn supplier_fee_bps(&self) -> Result<u16> {
        io_credits::math::fees::supplier_fee_bps(
            self.tender.fee_bps,
            self.credits_config.params.reservation_fee_bps,
        )
    }

    /// `renter` pays `charges`: the IOSD part burned (when paid so), the principal into
    /// `escrow`, the fees into the tender's vault.
    pub fn collect(
        &self,
        renter: &AccountInfo<'info>,
        tender: &TenderToken<'_, 'info>,
        escrow: AccountInfo<'info>,
        charges: &Charges,
        reservation_in_iosd: bool,
    ) -> Result<()> {
        if reservation_in_iosd {
            self.spend_iosd(renter, charges.reservation_fee_iosd)?;
        }
        token_cpi::transfer(
            &tender.token_program.to_account_info(),
            tender.mint,
            self.renter_token.to_account_info(),
            escrow,
            renter.clone(),
            &[],
            charges.principal,
        )?;
        let registry = FeeRegistry {
            credits_program: &self.credits_program,
            config: &self.credits_config,
            tender: &self.tender,
            vault: &self.fee_vault,
        };
        registry.pay(
            tender,
            renter.clone(),
            self.renter_token.to_account_info(),
            &[],
            charges.fees()?,
        )
    }

    fn spend_iosd(&self, renter: &AccountInfo<'info>, amount: u64) -> Result<()> {
        require!(self.tender.usd_pegged, IoCloudError::IosdNeedsUsdTender);
        let (Some(renter_iosd), Some(iosd_mint), Some(token_2022_program)) =
            (&self.renter_iosd, &self.iosd_mint, &self.token_2022_program)
        else {
            return err!(IoCloudError::IosdAccountsRequired);
        };
        if amount == 0 {
            return Ok(());
        }
        io_credits::cpi::credits_spend(
            CpiContext::new(
                self.credits_program.to_account_info(),
                io_credits::cpi::accounts::CreditsSpend {
                    holder: renter.clone(),
                    holder_iosd: renter_iosd.to_account_info(),
                    iosd_mint: iosd_mint.to_account_info(),
                    config: self.credits_config.to_account_info(),
                    token_2022_program: token_2022_program.to_account_info(),
                },
            ),
            io_credits::instructions::CreditsSpendArgs { amount },
        )
    }
}
