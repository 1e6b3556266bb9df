use anchor_lang::prelude::*;

use crate::constants::*;
use crate::errors::IoCreditsError;
use crate::math::breaker::Breaker;

/// The governed parameters of the credits program. Every change goes through
/// `config_set_param`, which checks these bounds again.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub struct CreditsParams {
    /// Pyth feed id of IO/USD; a price account for any other feed is refused.
    pub price_feed_id: [u8; 32],
    /// Oldest accepted price, in seconds before the clock (`MIN_MAX_AGE_S..=MAX_MAX_AGE_S`).
    pub max_age_s: u32,
    /// Widest accepted `conf / price`, in basis points (`MIN_MAX_CONF_BPS..=MAX_MAX_CONF_BPS`).
    pub max_conf_bps: u16,
    /// Length of the circuit-breaker window in seconds; a multiple of `BREAKER_SLOTS`.
    pub breaker_window_s: u32,
    /// Most IOSD (base units) that may be minted in any `breaker_window_s` seconds.
    pub breaker_limit: u64,
    /// Share of IO fee revenue burned when it reaches the IO fee vault, in basis points.
    pub io_fee_burn_bps: u16,
    /// Reservation fee on every booking, in basis points (0.25% = 25 by default).
    pub reservation_fee_bps: u16,
}

impl CreditsParams {
    /// The limits a price account is checked against.
    pub fn oracle_limits(&self) -> crate::oracle::OracleLimits {
        crate::oracle::OracleLimits {
            feed_id: self.price_feed_id,
            max_age_s: self.max_age_s,
            max_conf_bps: self.max_conf_bps,
        }
    }

    /// Checks every bound; each has its own error.
    pub fn validate(&self) -> Result<()> {
        require!(
            self.price_feed_id != [0u8; 32],
            IoCreditsError::FeedIdInvalid
        );
        require!(
            (MIN_MAX_AGE_S..=MAX_MAX_AGE_S).contains(&self.max_age_s),
            IoCreditsError::MaxAgeOutOfBounds
        );
        require!(
            (MIN_MAX_CONF_BPS..=MAX_MAX_CONF_BPS).contains(&self.max_conf_bps),
            IoCreditsError::MaxConfOutOfBounds
        );
        require!(
            (MIN_BREAKER_WINDOW_S..=MAX_BREAKER_WINDOW_S).contains(&self.breaker_window_s),
            IoCreditsError::BreakerWindowOutOfBounds
        );
        require!(
            self.breaker_window_s.checked_rem(BREAKER_SLOTS) == Some(0),
            IoCreditsError::BreakerWindowNotMultiple
        );
        require!(
            (MIN_BREAKER_LIMIT..=MAX_BREAKER_LIMIT).contains(&self.breaker_limit),
            IoCreditsError::BreakerLimitOutOfBounds
        );
        require!(
            self.io_fee_burn_bps <= MAX_IO_FEE_BURN_BPS,
            IoCreditsError::BurnShareOutOfBounds
        );
        require!(
            self.reservation_fee_bps <= MAX_RESERVATION_FEE_BPS,
            IoCreditsError::ReservationFeeOutOfBounds
        );
        Ok(())
    }
}

/// The program's single config (PDA `[CONFIG_SEED]`); it also signs as the IOSD mint authority.
#[account]
#[derive(InitSpace)]
pub struct CreditsConfig {
    /// Sets every parameter and the tender registry: the DAO's PDA (a keypair in tests).
    pub governance: Pubkey,
    /// The IOSD mint (PDA `[IOSD_MINT_SEED]`, Token-2022, NonTransferable, 6 decimals).
    pub iosd_mint: Pubkey,
    /// io_token's IO mint, burned to buy credits.
    pub io_mint: Pubkey,
    /// The governed parameters.
    pub params: CreditsParams,
    /// IOSD minted per breaker slot over the last window.
    pub breaker: Breaker,
    /// IO base units burned to buy credits, ever.
    pub io_burned: u64,
    /// IOSD base units minted, ever.
    pub iosd_minted: u64,
    /// IOSD base units burned by `credits_spend`, ever.
    pub iosd_spent: u64,
    /// Clock time of the initialization.
    pub initialized_at: i64,
    /// Event sequence number of this config; 0 until initialized.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
}

impl CreditsConfig {
    /// A config is initialized once its first event has been emitted.
    pub fn is_initialized(&self) -> bool {
        self.seq > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params() -> CreditsParams {
        CreditsParams {
            price_feed_id: [1; 32],
            max_age_s: 60,
            max_conf_bps: 100,
            breaker_window_s: 86_400,
            breaker_limit: 1_000 * ONE_IOSD,
            io_fee_burn_bps: 5_000,
            reservation_fee_bps: 25,
        }
    }

    fn refusal(p: CreditsParams) -> u32 {
        match p.validate().expect_err("must be refused") {
            Error::AnchorError(e) => e.error_code_number - 6000,
            Error::ProgramError(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn every_bound_has_its_error_and_the_bounds_themselves_pass() {
        params().validate().unwrap();
        let at_bounds = [
            CreditsParams {
                max_age_s: MIN_MAX_AGE_S,
                max_conf_bps: MIN_MAX_CONF_BPS,
                breaker_window_s: MIN_BREAKER_WINDOW_S,
                breaker_limit: MIN_BREAKER_LIMIT,
                io_fee_burn_bps: 0,
                reservation_fee_bps: 0,
                ..params()
            },
            CreditsParams {
                max_age_s: MAX_MAX_AGE_S,
                max_conf_bps: MAX_MAX_CONF_BPS,
                breaker_window_s: MAX_BREAKER_WINDOW_S,
                breaker_limit: MAX_BREAKER_LIMIT,
                io_fee_burn_bps: MAX_IO_FEE_BURN_BPS,
                reservation_fee_bps: MAX_RESERVATION_FEE_BPS,
                ..params()
            },
        ];
        for p in at_bounds {
            p.validate().unwrap();
        }
        use IoCreditsError as E;
        let cases = [
            (
                CreditsParams {
                    price_feed_id: [0; 32],
                    ..params()
                },
                E::FeedIdInvalid,
            ),
            (
                CreditsParams {
                    max_age_s: MIN_MAX_AGE_S - 1,
                    ..params()
                },
                E::MaxAgeOutOfBounds,
            ),
            (
                CreditsParams {
                    max_age_s: MAX_MAX_AGE_S + 1,
                    ..params()
                },
                E::MaxAgeOutOfBounds,
            ),
            (
                CreditsParams {
                    max_conf_bps: MIN_MAX_CONF_BPS - 1,
                    ..params()
                },
                E::MaxConfOutOfBounds,
            ),
            (
                CreditsParams {
                    max_conf_bps: MAX_MAX_CONF_BPS + 1,
                    ..params()
                },
                E::MaxConfOutOfBounds,
            ),
            (
                CreditsParams {
                    breaker_window_s: MIN_BREAKER_WINDOW_S - 24,
                    ..params()
                },
                E::BreakerWindowOutOfBounds,
            ),
            (
                CreditsParams {
                    breaker_window_s: MAX_BREAKER_WINDOW_S + 24,
                    ..params()
                },
                E::BreakerWindowOutOfBounds,
            ),
            (
                CreditsParams {
                    breaker_window_s: 86_401,
                    ..params()
                },
                E::BreakerWindowNotMultiple,
            ),
            (
                CreditsParams {
                    breaker_limit: MIN_BREAKER_LIMIT - 1,
                    ..params()
                },
                E::BreakerLimitOutOfBounds,
            ),
            (
                CreditsParams {
                    breaker_limit: MAX_BREAKER_LIMIT + 1,
                    ..params()
                },
                E::BreakerLimitOutOfBounds,
            ),
            (
                CreditsParams {
                    io_fee_burn_bps: MAX_IO_FEE_BURN_BPS + 1,
                    ..params()
                },
                E::BurnShareOutOfBounds,
            ),
            (
                CreditsParams {
                    reservation_fee_bps: MAX_RESERVATION_FEE_BPS + 1,
                    ..params()
                },
                E::ReservationFeeOutOfBounds,
            ),
        ];
        for (p, error) in cases {
            assert_eq!(refusal(p), error as u32, "{error:?}");
        }
    }
}
