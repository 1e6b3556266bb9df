use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::CONFIG_SEED;
use crate::errors::IoCreditsError;
use crate::events::CreditsParamsChanged;
use crate::state::CreditsConfig;

/// One typed parameter change (the shape a DAO proposal carries).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditsParam {
    PriceFeedId {
        feed_id: [u8; 32],
    },
    MaxAgeS {
        value: u32,
    },
    MaxConfBps {
        value: u16,
    },
    BreakerWindowS {
        value: u32,
    },
    BreakerLimit {
        value: u64,
    },
    IoFeeBurnBps {
        value: u16,
    },
    ReservationFeeBps {
        value: u16,
    },
    /// Hands governance to another key (the DAO's PDA).
    Governance {
        governance: Pubkey,
    },
}

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct ConfigSetParamArgs {
    pub param: CreditsParam,
}

#[derive(Accounts)]
pub struct ConfigSetParam<'info> {
    pub governance: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCreditsError::Unauthorized,
    )]
    pub config: Box<Account<'info, CreditsConfig>>,
}

/// Changes one parameter; the whole parameter set is checked against its bounds again.
pub fn handler(ctx: Context<ConfigSetParam>, args: ConfigSetParamArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let config = &mut ctx.accounts.config;
    let mut params = config.params;
    match args.param {
        CreditsParam::PriceFeedId { feed_id } => params.price_feed_id = feed_id,
        CreditsParam::MaxAgeS { value } => params.max_age_s = value,
        CreditsParam::MaxConfBps { value } => params.max_conf_bps = value,
        CreditsParam::BreakerWindowS { value } => params.breaker_window_s = value,
        CreditsParam::BreakerLimit { value } => params.breaker_limit = value,
        CreditsParam::IoFeeBurnBps { value } => params.io_fee_burn_bps = value,
        CreditsParam::ReservationFeeBps { value } => params.reservation_fee_bps = value,
        CreditsParam::Governance { governance } => {
            require!(
                governance != Pubkey::default(),
                IoCreditsError::InvalidGovernance
            );
            config.governance = governance;
        }
    }
    params.validate()?;
    let old_window_s = config.params.breaker_window_s;
    if params.breaker_window_s != old_window_s {
        config
            .breaker
            .rescale(now, old_window_s, params.breaker_window_s)?;
    }
    config.params = params;
    emit_event(&CreditsParamsChanged {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        governance: config.governance,
        params: config.params,
        window_minted: config.breaker.in_window_at(now, params.breaker_window_s)?,
    });
    Ok(())
}
