//! The IO/USD price from a Pyth pull-oracle `PriceUpdateV2` account, and IO ↔ IOSD conversion.
//!
//! Pure functions (no accounts besides the price account's owner and bytes), so io_cloud can call
//! them too. The account is decoded with our own borsh structs, laid out as the Pyth receiver
//! program writes them: 8-byte Anchor discriminator, `write_authority`, `verification_level`
//! (`Partial { num_signatures: u8 }` = `0, n`; `Full` = `1`), the price message, `posted_slot`.
//!
//! Checks, each with its own error: owner = the Pyth receiver program (`PriceWrongOwner`),
//! discriminator and length (`PriceAccountInvalid`), feed id (`PriceWrongFeed`), full Wormhole
//! verification (`PriceNotFullyVerified`), positive price and EMA (`PriceNotPositive`), exponent
//! range (`PriceExponentUnsupported`), age (`PriceStale`), `conf / price` (`PriceConfidenceTooWide`).
//!
//! Prices: the conservative price is `min(price, ema_price) − 2·conf` (never more credits than
//! the IO is worth). Conversions round in the protocol's favour by less than one base unit:
//! IO → IOSD rounds down, IOSD → IO (the IO a USD amount costs) rounds up.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, BPS};

use crate::errors::IoCreditsError;

/// The Pyth receiver program, owner of every `PriceUpdateV2` account.
pub const PYTH_RECEIVER_ID: Pubkey = pubkey!("rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ");
/// `sha256("account:PriceUpdateV2")[..8]`.
pub const PRICE_UPDATE_V2_DISCRIMINATOR: [u8; 8] = [34, 241, 35, 99, 157, 126, 244, 205];
/// Smallest and largest price exponent accepted (IO/USD is published with −8).
pub const MIN_PRICE_EXPONENT: i32 = -18;
pub const MAX_PRICE_EXPONENT: i32 = 2;
/// IO decimals minus IOSD decimals.
const DECIMALS_GAP: i32 = 2;

/// How many Wormhole guardian signatures verified the update.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerificationLevel {
    Partial { num_signatures: u8 },
    Full,
}

/// A Pyth price message: `price ± conf` × 10^`exponent` USD per IO.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceFeedMessage {
    pub feed_id: [u8; 32],
    pub price: i64,
    pub conf: u64,
    pub exponent: i32,
    pub publish_time: i64,
    pub prev_publish_time: i64,
    pub ema_price: i64,
    pub ema_conf: u64,
}

/// The account the Pyth receiver program posts (after the 8-byte discriminator).
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PriceUpdateV2 {
    pub write_authority: Pubkey,
    pub verification_level: VerificationLevel,
    pub price_message: PriceFeedMessage,
    pub posted_slot: u64,
}

/// The oracle parameters a price is checked against (from the credits config).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OracleLimits {
    pub feed_id: [u8; 32],
    pub max_age_s: u32,
    pub max_conf_bps: u16,
}

/// A checked conservative price: `price × 10^exponent` USD per IO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConservativePrice {
    pub price: u64,
    pub exponent: i32,
    pub publish_time: i64,
}

/// Decodes a `PriceUpdateV2` account's data (trailing bytes allowed: the receiver allocates a
/// fixed size).
pub fn decode_price_update(data: &[u8]) -> Result<PriceUpdateV2> {
    require!(
        data.len() >= 8 && data[..8] == PRICE_UPDATE_V2_DISCRIMINATOR,
        IoCreditsError::PriceAccountInvalid
    );
    let mut body = &data[8..];
    PriceUpdateV2::deserialize(&mut body).map_err(|_| error!(IoCreditsError::PriceAccountInvalid))
}

/// Checks a decoded update against the limits at clock time `now`; returns its price message.
pub fn validate_price_update(
    update: &PriceUpdateV2,
    limits: &OracleLimits,
    now: i64,
) -> Result<PriceFeedMessage> {
    let message = update.price_message;
    require!(
        message.feed_id == limits.feed_id,
        IoCreditsError::PriceWrongFeed
    );
    require!(
        update.verification_level == VerificationLevel::Full,
        IoCreditsError::PriceNotFullyVerified
    );
    require!(
        message.price > 0 && message.ema_price > 0,
        IoCreditsError::PriceNotPositive
    );
    require!(
        (MIN_PRICE_EXPONENT..=MAX_PRICE_EXPONENT).contains(&message.exponent),
        IoCreditsError::PriceExponentUnsupported
    );
    // A publish time ahead of the clock counts as age 0 (as Pyth's own SDK accepts it).
    let age = i128::from(now).safe_sub(i128::from(message.publish_time))?;
    require!(
        age <= i128::from(limits.max_age_s),
        IoCreditsError::PriceStale
    );
    let conf_scaled = u128::from(message.conf).safe_mul(u128::from(BPS))?;
    let allowed =
        u128::from(limits.max_conf_bps).safe_mul(u128::from(message.price.unsigned_abs()))?;
    require!(
        conf_scaled <= allowed,
        IoCreditsError::PriceConfidenceTooWide
    );
    Ok(message)
}

/// `min(price, ema_price) − 2·conf`, refused with `PriceNotPositive` unless above zero.
pub fn conservative_price(message: &PriceFeedMessage) -> Result<u64> {
    let low = i128::from(message.price.min(message.ema_price));
    let conservative = low.safe_sub(i128::from(message.conf).safe_mul(2)?)?;
    require!(conservative > 0, IoCreditsError::PriceNotPositive);
    conservative.safe_cast()
}

/// `max(price, ema_price) + 2·conf`: the highest price the update allows, for converting USD
/// into as few IO as the uncertainty permits (io_cloud's busy-boost allowance).
pub fn high_price(message: &PriceFeedMessage) -> Result<u64> {
    let high = i128::from(message.price.max(message.ema_price));
    let protective = high.safe_add(i128::from(message.conf).safe_mul(2)?)?;
    require!(protective > 0, IoCreditsError::PriceNotPositive);
    protective.safe_cast()
}

/// A price account checked as `credits_buy` checks it, valued at [`high_price`].
pub fn checked_high_price(
    owner: &Pubkey,
    data: &[u8],
    limits: &OracleLimits,
    now: i64,
) -> Result<ConservativePrice> {
    checked_price(owner, data, limits, now, high_price)
}

/// Everything `credits_buy` needs from a price account: owner, decoding, checks, conservative
/// price.
pub fn checked_conservative_price(
    owner: &Pubkey,
    data: &[u8],
    limits: &OracleLimits,
    now: i64,
) -> Result<ConservativePrice> {
    checked_price(owner, data, limits, now, conservative_price)
}

/// A price account's owner, decoding and checks, valued by `value`.
fn checked_price(
    owner: &Pubkey,
    data: &[u8],
    limits: &OracleLimits,
    now: i64,
    value: fn(&PriceFeedMessage) -> Result<u64>,
) -> Result<ConservativePrice> {
    require!(*owner == PYTH_RECEIVER_ID, IoCreditsError::PriceWrongOwner);
    let update = decode_price_update(data)?;
    let message = validate_price_update(&update, limits, now)?;
    Ok(ConservativePrice {
        price: value(&message)?,
        exponent: message.exponent,
        publish_time: message.publish_time,
    })
}

/// `10^(2 − exponent)`: IO base units × price / this = micro-USD.
fn scale(exponent: i32) -> Result<u128> {
    require!(
        (MIN_PRICE_EXPONENT..=MAX_PRICE_EXPONENT).contains(&exponent),
        IoCreditsError::PriceExponentUnsupported
    );
    let power: u32 = i64::from(DECIMALS_GAP)
        .safe_sub(i64::from(exponent))?
        .safe_cast()?;
    10u128
        .checked_pow(power)
        .ok_or_else(|| error!(io_common::CommonError::MathOverflow))
}

fn to_u64(value: u128) -> Result<u64> {
    value.safe_cast()
}

/// IOSD base units (micro-USD) that `io_amount` IO base units are worth at `price × 10^exponent`
/// USD per IO, rounded down.
pub fn io_to_iosd(io_amount: u64, price: u64, exponent: i32) -> Result<u64> {
    let value = u128::from(io_amount).safe_mul(u128::from(price))?;
    to_u64(value.safe_div(scale(exponent)?)?)
}

/// IO base units that `iosd_amount` micro-USD buy at `price × 10^exponent` USD per IO, rounded
/// down.
pub fn iosd_to_io_down(iosd_amount: u64, price: u64, exponent: i32) -> Result<u64> {
    require!(price > 0, IoCreditsError::PriceNotPositive);
    let value = u128::from(iosd_amount).safe_mul(scale(exponent)?)?;
    to_u64(value.safe_div(u128::from(price))?)
}

/// IO base units that `iosd_amount` micro-USD cost at `price × 10^exponent` USD per IO, rounded
/// up (a payer in IO never pays less than the USD amount).
pub fn iosd_to_io(iosd_amount: u64, price: u64, exponent: i32) -> Result<u64> {
    require!(price > 0, IoCreditsError::PriceNotPositive);
    let value = u128::from(iosd_amount).safe_mul(scale(exponent)?)?;
    to_u64(value.div_ceil(u128::from(price)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FEED: [u8; 32] = [7; 32];
    const NOW: i64 = 1_700_000_000;

    fn code_of(error: IoCreditsError) -> u32 {
        6000 + error as u32
    }

    fn code<T: std::fmt::Debug>(result: Result<T>) -> u32 {
        match result.expect_err("must be refused") {
            Error::AnchorError(e) => e.error_code_number,
            Error::ProgramError(e) => panic!("{e:?}"),
        }
    }

    fn message() -> PriceFeedMessage {
        PriceFeedMessage {
            feed_id: FEED,
            price: 250_000_000, // $2.50 at exponent −8
            conf: 100_000,      // $0.001
            exponent: -8,
            publish_time: NOW - 10,
            prev_publish_time: NOW - 11,
            ema_price: 251_000_000,
            ema_conf: 90_000,
        }
    }

    fn update(level: VerificationLevel, message: PriceFeedMessage) -> PriceUpdateV2 {
        PriceUpdateV2 {
            write_authority: Pubkey::new_from_array([9; 32]),
            verification_level: level,
            price_message: message,
            posted_slot: 42,
        }
    }

    fn account(update: &PriceUpdateV2) -> Vec<u8> {
        let mut data = PRICE_UPDATE_V2_DISCRIMINATOR.to_vec();
        update.serialize(&mut data).unwrap();
        data.resize(134, 0); // the receiver's fixed allocation
        data
    }

    const LIMITS: OracleLimits = OracleLimits {
        feed_id: FEED,
        max_age_s: 60,
        max_conf_bps: 100,
    };

    #[test]
    fn decodes_the_receiver_layout() {
        let full = update(VerificationLevel::Full, message());
        let data = account(&full);
        assert_eq!(data.len(), 134);
        // discriminator 8 + authority 32 + level 1 (Full) + message 84 + slot 8 = 133 used.
        assert_eq!(&data[40..41], &[1]);
        assert_eq!(decode_price_update(&data).unwrap(), full);
        let partial = update(VerificationLevel::Partial { num_signatures: 5 }, message());
        let data = account(&partial);
        assert_eq!(&data[40..42], &[0, 5]);
        assert_eq!(decode_price_update(&data).unwrap(), partial);
    }

    #[test]
    fn a_known_price_gives_the_conservative_price_and_credits() {
        let data = account(&update(VerificationLevel::Full, message()));
        let p = checked_conservative_price(&PYTH_RECEIVER_ID, &data, &LIMITS, NOW).unwrap();
        // min(2.50, 2.51) − 2 × 0.001 = 2.498
        assert_eq!(p.price, 249_800_000);
        // 100 IO → 249.8 IOSD
        assert_eq!(
            io_to_iosd(100 * 100_000_000, p.price, p.exponent).unwrap(),
            249_800_000
        );
        assert_eq!(
            iosd_to_io(249_800_000, p.price, p.exponent).unwrap(),
            100 * 100_000_000
        );
    }

    #[test]
    fn each_bad_price_account_has_its_own_error() {
        let good = update(VerificationLevel::Full, message());
        let check = |owner: &Pubkey, u: &PriceUpdateV2, now: i64| {
            checked_conservative_price(owner, &account(u), &LIMITS, now)
        };
        assert_eq!(
            code(check(&Pubkey::new_unique(), &good, NOW)),
            code_of(IoCreditsError::PriceWrongOwner)
        );
        let mut bad_disc = account(&good);
        bad_disc[0] ^= 1;
        assert_eq!(
            code(checked_conservative_price(
                &PYTH_RECEIVER_ID,
                &bad_disc,
                &LIMITS,
                NOW
            )),
            code_of(IoCreditsError::PriceAccountInvalid)
        );
        assert_eq!(
            code(checked_conservative_price(
                &PYTH_RECEIVER_ID,
                &account(&good)[..60],
                &LIMITS,
                NOW
            )),
            code_of(IoCreditsError::PriceAccountInvalid)
        );
        let mut other = message();
        other.feed_id = [8; 32];
        assert_eq!(
            code(check(
                &PYTH_RECEIVER_ID,
                &update(VerificationLevel::Full, other),
                NOW
            )),
            code_of(IoCreditsError::PriceWrongFeed)
        );
        let partial = update(VerificationLevel::Partial { num_signatures: 13 }, message());
        assert_eq!(
            code(check(&PYTH_RECEIVER_ID, &partial, NOW)),
            code_of(IoCreditsError::PriceNotFullyVerified)
        );
        // Age 60 passes, 61 is stale.
        assert!(check(&PYTH_RECEIVER_ID, &good, NOW - 10 + 60).is_ok());
        assert_eq!(
            code(check(&PYTH_RECEIVER_ID, &good, NOW - 10 + 61)),
            code_of(IoCreditsError::PriceStale)
        );
        // conf / price = 1% passes at max_conf_bps 100; one unit more does not.
        let mut wide = message();
        wide.conf = 2_500_000;
        assert!(check(
            &PYTH_RECEIVER_ID,
            &update(VerificationLevel::Full, wide),
            NOW
        )
        .is_ok());
        wide.conf = 2_500_001;
        assert_eq!(
            code(check(
                &PYTH_RECEIVER_ID,
                &update(VerificationLevel::Full, wide),
                NOW
            )),
            code_of(IoCreditsError::PriceConfidenceTooWide)
        );
        let mut negative = message();
        negative.ema_price = 0;
        assert_eq!(
            code(check(
                &PYTH_RECEIVER_ID,
                &update(VerificationLevel::Full, negative),
                NOW
            )),
            code_of(IoCreditsError::PriceNotPositive)
        );
        let mut odd = message();
        odd.exponent = -19;
        assert_eq!(
            code(check(
                &PYTH_RECEIVER_ID,
                &update(VerificationLevel::Full, odd),
                NOW
            )),
            code_of(IoCreditsError::PriceExponentUnsupported)
        );
    }

    #[test]
    fn a_conservative_price_at_or_below_zero_is_refused() {
        let mut m = message();
        m.conf = 125_000_000; // 2 × conf = price
        assert_eq!(
            code(conservative_price(&m)),
            code_of(IoCreditsError::PriceNotPositive)
        );
        m.conf = 124_999_999;
        assert_eq!(conservative_price(&m).unwrap(), 2);
    }

    proptest! {
        /// IO → IOSD never gives more than the IO is worth, and less by under one micro-USD.
        #[test]
        fn io_to_iosd_rounds_down_by_less_than_one_unit(
            io in 0u64..=80_000_000_000_000_000,
            price in 1u64..=1_000_000_000_000,
            exponent in -12i32..=0,
        ) {
            let exact_num = u128::from(io) * u128::from(price);
            let den = 10u128.pow((2 - exponent) as u32);
            match io_to_iosd(io, price, exponent) {
                Ok(iosd) => {
                    prop_assert!(u128::from(iosd) * den <= exact_num);
                    prop_assert!((u128::from(iosd) + 1) * den > exact_num);
                }
                // Only a value beyond u64 (more than 18 trillion USD) is refused.
                Err(_) => prop_assert!(exact_num / den > u128::from(u64::MAX)),
            }
        }

        /// IOSD → IO never charges less IO than the USD amount is worth, and more by under one
        /// base unit; buying back what was charged never yields more IOSD than asked.
        #[test]
        fn iosd_to_io_rounds_up_by_less_than_one_unit(
            iosd in 0u64..=1_000_000_000_000_000,
            price in 1u64..=1_000_000_000_000,
            exponent in -12i32..=0,
        ) {
            let den = 10u128.pow((2 - exponent) as u32);
            let need = u128::from(iosd) * den;
            let Ok(io) = iosd_to_io(iosd, price, exponent) else {
                prop_assert!(need.div_ceil(u128::from(price)) > u128::from(u64::MAX));
                return Ok(());
            };
            prop_assert!(u128::from(io) * u128::from(price) >= need);
            prop_assert!(io == 0 || u128::from(io - 1) * u128::from(price) < need);
            prop_assert!(io_to_iosd(io, price, exponent).unwrap() >= iosd);
        }

        /// The conservative price is never above the price or its EMA.
        #[test]
        fn conservative_price_is_below_price_and_ema(
            price in 1i64..=i64::MAX / 4,
            ema in 1i64..=i64::MAX / 4,
            conf in 0u64..=u64::MAX / 8,
        ) {
            let mut m = message();
            m.price = price;
            m.ema_price = ema;
            m.conf = conf;
            match conservative_price(&m) {
                Ok(p) => {
                    prop_assert!(i128::from(p) <= i128::from(price.min(ema)) - 2 * i128::from(conf));
                    prop_assert!(p > 0);
                }
                Err(_) => prop_assert!(i128::from(price.min(ema)) <= 2 * i128::from(conf)),
            }
        }
    }
}
