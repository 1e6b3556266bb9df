use anchor_lang::prelude::*;
use anchor_spl::token::{self, Burn, Mint as SplMint, Token, TokenAccount as SplTokenAccount};
use anchor_spl::token_2022::Token2022;
use anchor_spl::token_interface::{Mint, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::CONFIG_SEED;
use crate::errors::IoCreditsError;
use crate::events::CreditsBought;
use crate::oracle::{checked_conservative_price, io_to_iosd};
use crate::signed_cpi::mint_iosd;
use crate::state::CreditsConfig;

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct CreditsBuyArgs {
    /// IO base units to burn.
    pub io_amount: u64,
    /// The least IOSD (base units) the buyer accepts; below it the buy is refused.
    pub min_iosd_out: u64,
}

#[derive(Accounts)]
pub struct CreditsBuy<'info> {
    /// Owner of the IO account; its IO is burned.
    pub buyer: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = io_mint @ IoCreditsError::WrongMint,
        has_one = iosd_mint @ IoCreditsError::WrongMint,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,

    #[account(mut)]
    pub io_mint: Box<Account<'info, SplMint>>,

    #[account(
        mut,
        constraint = buyer_io.mint == io_mint.key() @ IoCreditsError::WrongMint,
        constraint = buyer_io.owner == buyer.key() @ IoCreditsError::NotTokenOwner,
    )]
    pub buyer_io: Box<Account<'info, SplTokenAccount>>,

    #[account(mut)]
    pub iosd_mint: Box<InterfaceAccount<'info, Mint>>,

    /// Receives the IOSD: any IOSD account (credits can be bought for someone else).
    #[account(
        mut,
        constraint = iosd_destination.mint == iosd_mint.key() @ IoCreditsError::WrongMint,
        token::token_program = token_2022_program,
    )]
    pub iosd_destination: Box<InterfaceAccount<'info, TokenAccount>>,

    /// CHECK: a Pyth `PriceUpdateV2`; its owner (the Pyth receiver), layout, feed id,
    /// verification level, age and confidence are all checked by `oracle`.
    pub price_update: UncheckedAccount<'info>,

    pub token_program: Program<'info, Token>,
    pub token_2022_program: Program<'info, Token2022>,
}

impl CreditsBuy<'_> {
    fn validate(&self, args: &CreditsBuyArgs) -> Result<()> {
        require!(args.io_amount > 0, IoCreditsError::ZeroAmount);
        require!(
            self.buyer_io.amount >= args.io_amount,
            IoCreditsError::InsufficientIo
        );
        Ok(())
    }
}

/// Burns IO from the buyer and mints IOSD at the conservative price, within the slippage bound
/// and the circuit breaker.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<CreditsBuy>, args: CreditsBuyArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let params = accounts.config.params;
    let limits = params.oracle_limits();
    let price = {
        let data = accounts.price_update.try_borrow_data()?;
        checked_conservative_price(accounts.price_update.owner, &data, &limits, now)?
    };
    let iosd_amount = io_to_iosd(args.io_amount, price.price, price.exponent)?;
    require!(iosd_amount > 0, IoCreditsError::ZeroCreditsOut);
    require!(
        iosd_amount >= args.min_iosd_out,
        IoCreditsError::SlippageExceeded
    );
    let window_minted = accounts.config.breaker.record(
        now,
        params.breaker_window_s,
        params.breaker_limit,
        iosd_amount,
    )?;

    token::burn(
        CpiContext::new(
            accounts.token_program.to_account_info(),
            Burn {
                mint: accounts.io_mint.to_account_info(),
                from: accounts.buyer_io.to_account_info(),
                authority: accounts.buyer.to_account_info(),
            },
        ),
        args.io_amount,
    )?;
    mint_iosd(
        &accounts.token_2022_program.to_account_info(),
        &accounts.iosd_mint,
        &accounts.iosd_destination,
        &accounts.config,
        iosd_amount,
    )?;

    let config = &mut accounts.config;
    config.io_burned = config.io_burned.safe_add(args.io_amount)?;
    config.iosd_minted = config.iosd_minted.safe_add(iosd_amount)?;
    emit_event(&CreditsBought {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        buyer: accounts.buyer.key(),
        destination: accounts.iosd_destination.key(),
        io_amount: args.io_amount,
        iosd_amount,
        price: price.price,
        exponent: price.exponent,
        publish_time: price.publish_time,
        window_minted,
        window_limit: params.breaker_limit,
        io_burned: config.io_burned,
        iosd_minted: config.iosd_minted,
    });
    Ok(())
}
