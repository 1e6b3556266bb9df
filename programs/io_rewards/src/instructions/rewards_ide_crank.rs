use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use anchor_spl::token_interface::TokenAccount as InterfaceTokenAccount;
use io_common::{emit_event, EventHeader};
use io_credits::oracle::checked_high_price;
use io_credits::program::IoCredits;
use io_credits::state::{CreditsConfig, Tender};
use io_token::program::IoToken;

use crate::constants::*;
use crate::errors::IoRewardsError;
use crate::events::{IdeCranked, IdeShortfall, RewardsAccrued};
use crate::math::ide::RewardMode;
use crate::signed_cpi::{burn_from_fee_reserve, release_fees, retire_emission};
use crate::state::RewardsConfig;

/// Anyone may crank (a keeper does, every hour): no signer beyond the fee payer.
#[derive(Accounts)]
pub struct RewardsIdeCrank<'info> {
    #[account(
        mut,
        seeds = [REWARDS_CONFIG_SEED],
        bump = config.bump,
        has_one = token_config @ IoRewardsError::WrongTokenConfig,
        has_one = mint @ IoRewardsError::WrongConfigMint,
    )]
    pub config: Box<Account<'info, RewardsConfig>>,

    /// io_credits' config: its oracle limits (feed, age, confidence) check the price.
    #[account(
        seeds = [io_credits::constants::CONFIG_SEED],
        bump = credits_config.bump,
        seeds::program = io_credits::ID,
    )]
    pub credits_config: Box<Account<'info, CreditsConfig>>,

    /// A Pyth `PriceUpdateV2` of IO/USD.
    /// CHECK: owner, layout, feed, verification, age and confidence checked by io_credits'
    /// `checked_high_price`.
    pub price_update: UncheckedAccount<'info>,

    /// io_credits' IO tender: its vault holds the IO fees (the Fee Vault).
    #[account(
        mut,
        seeds = [io_credits::constants::TENDER_SEED, mint.key().as_ref()],
        bump = io_tender.bump,
        seeds::program = io_credits::ID,
    )]
    pub io_tender: Box<Account<'info, Tender>>,

    #[account(mut, address = io_tender.vault @ IoRewardsError::WrongFeeVault)]
    pub io_fee_vault: Box<InterfaceAccount<'info, InterfaceTokenAccount>>,

    #[account(mut, seeds = [FEE_RESERVE_SEED], bump)]
    pub fee_reserve: Box<Account<'info, TokenAccount>>,

    /// CHECK: pinned to the config's `token_config`; io_token checks it again in the CPI.
    #[account(mut)]
    pub token_config: UncheckedAccount<'info>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    pub credits_program: Program<'info, IoCredits>,
    pub io_token_program: Program<'info, IoToken>,
    pub token_program: Program<'info, Token>,
}

/// In IDE mode (or the hour it takes effect at): takes a fresh checked price and draws the IO fee
/// vault into the fee reserve, then accrues to now with both (segments accrued by other
/// instructions since the last crank used its price and fees), burns the undistributed fee
/// reserve above the buffer and reports retired IO to io_token. Emits the hour's figures, and a
/// shortfall when workers were paid less than their USD target since the last crank. In schedule
/// mode it only reports retired IO still unreported (refused with `NotIdeMode` if there is none).
pub fn handler(ctx: Context<RewardsIdeCrank>) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let config = &mut accounts.config;
    let ide_from_now = config.ide.mode() == RewardMode::Ide
        || (config.ide.change_due(now).is_some() && config.ide.pending.mode == RewardMode::Ide);
    let drawn = if ide_from_now {
        let limits = accounts.credits_config.params.oracle_limits();
        let info = accounts.price_update.to_account_info();
        let price = checked_high_price(info.owner, &info.data.borrow(), &limits, now)?;
        config
            .ide
            .set_price(price.price, price.exponent, price.publish_time);
        let owed = accounts.io_tender.vault_balance()?;
        if owed > 0 {
            release_fees(
                &accounts.credits_program,
                &accounts.token_program,
                config,
                &accounts.io_tender,
                &accounts.mint,
                &accounts.io_fee_vault,
                &accounts.fee_reserve,
                owed,
            )?;
            accounts.fee_reserve.reload()?;
        }
        config.ide.receive_fees(accounts.fee_reserve.amount)?
    } else {
        0
    };
    config.accrue(now)?;
    let ide_mode = config.ide.mode() == RewardMode::Ide;
    require!(
        ide_mode || config.ide.retired > config.ide.retired_reported,
        IoRewardsError::NotIdeMode
    );

    // Leaving IDE mode keeps what the fee reserve holds for a later return.
    let burned = if ide_mode {
        config.ide.burn_above_buffer()?
    } else {
        0
    };
    if burned > 0 {
        burn_from_fee_reserve(
            &accounts.token_program,
            config,
            &accounts.mint,
            &accounts.fee_reserve,
            burned,
        )?;
    }
    let retired = config.ide.take_unreported_retirement()?;
    if retired > 0 {
        retire_emission(
            &accounts.io_token_program,
            config,
            &accounts.token_config,
            retired,
        )?;
    }

    emit_event(&RewardsAccrued {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        registered_workers: config.registered_workers,
        pool: config.pool,
    });
    let shortfall = config.ide.take_unreported_shortfall()?;
    if shortfall > 0 {
        emit_event(&IdeShortfall {
            header: EventHeader::next(config.key(), &mut config.seq)?,
            usd_unpaid: shortfall,
            hour: config.ide.current,
        });
    }
    emit_event(&IdeCranked {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        drawn,
        burned,
        retired_reported: retired,
        ide: config.ide,
    });
    Ok(())
}
