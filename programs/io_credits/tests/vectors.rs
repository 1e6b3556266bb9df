//! The shared case table `tests/vectors/fee_cases.json`: the TypeScript mirror
//! (`sdk/src/math/fees.ts`, `oracle.ts`) is checked against the same rows in
//! `tests/io_credits_math.test.ts`.

use anchor_lang::prelude::*;
use io_credits::math::fees::{fee_of, supplier_fee, supplier_fee_bps};
use io_credits::oracle::{
    checked_conservative_price, conservative_price, io_to_iosd, iosd_to_io, OracleLimits,
    PriceFeedMessage, PriceUpdateV2, VerificationLevel, PRICE_UPDATE_V2_DISCRIMINATOR,
    PYTH_RECEIVER_ID,
};
use serde_json::Value;

/// The table, found at run time from the folder cargo runs the test in (not the compile-time
/// `CARGO_MANIFEST_DIR`: a test binary reused from another clone sharing the target directory
/// would read that clone's table, or a deleted path).
fn table() -> Value {
    let here = std::env::current_dir().expect("current dir");
    let path = here
        .ancestors()
        .map(|dir| dir.join("tests/vectors/fee_cases.json"))
        .find(|path| path.is_file())
        .unwrap_or_else(|| panic!("no tests/vectors/fee_cases.json above {}", here.display()));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("fee_cases.json")).expect("json")
}

fn rows<'a>(table: &'a Value, key: &str) -> &'a Vec<Value> {
    let rows = table[key].as_array().expect(key);
    assert!(!rows.is_empty(), "{key} has no rows");
    rows
}

fn num<T: std::str::FromStr>(row: &Value, key: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    match &row[key] {
        Value::String(s) => s.parse().expect(key),
        other => other.to_string().parse().expect(key),
    }
}

/// The expected outcome (`Ok(value)` or `Err(error name)`) against what the Rust returned.
fn check<T: std::fmt::Display>(row: &Value, ok_key: &str, got: Result<T>) {
    let name = row["name"].as_str().unwrap_or("?");
    match (row.get("error"), got) {
        (Some(expected), Err(Error::AnchorError(e))) => {
            assert_eq!(e.error_name, expected.as_str().unwrap(), "{name}")
        }
        (None, Ok(value)) => assert_eq!(value.to_string(), row[ok_key].as_str().unwrap(), "{name}"),
        (expected, got) => panic!(
            "{name}: expected {expected:?}, got {:?}",
            got.map(|v| v.to_string())
        ),
    }
}

#[test]
fn fee_rows() {
    for row in rows(&table(), "fees") {
        check(row, "fee", fee_of(num(row, "amount"), num(row, "bps")));
    }
}

#[test]
fn supplier_fee_rows() {
    for row in rows(&table(), "supplier_fees") {
        let got = supplier_fee_bps(num(row, "tender_bps"), num(row, "reservation_bps"))
            .and_then(|bps| supplier_fee(num(row, "before"), num(row, "after"), bps));
        check(row, "fee", got);
    }
}

fn message(row: &Value) -> PriceFeedMessage {
    PriceFeedMessage {
        feed_id: [1; 32],
        price: num(row, "price"),
        conf: num(row, "conf"),
        exponent: row.get("exponent").map_or(-8, |_| num(row, "exponent")),
        publish_time: row
            .get("publish_time")
            .map_or(0, |_| num(row, "publish_time")),
        prev_publish_time: 0,
        ema_price: num(row, "ema_price"),
        ema_conf: 0,
    }
}

#[test]
fn conservative_price_rows() {
    for row in rows(&table(), "conservative_price") {
        check(row, "result", conservative_price(&message(row)));
    }
}

#[test]
fn conversion_rows() {
    let table = table();
    for row in rows(&table, "io_to_iosd") {
        let got = io_to_iosd(num(row, "io"), num(row, "price"), num(row, "exponent"));
        check(row, "iosd", got);
    }
    for row in rows(&table, "iosd_to_io") {
        let got = iosd_to_io(num(row, "iosd"), num(row, "price"), num(row, "exponent"));
        check(row, "io", got);
    }
}

#[test]
fn price_check_rows() {
    for row in rows(&table(), "price_checks") {
        let mut price_message = message(row);
        if !row["feed_ok"].as_bool().unwrap() {
            price_message.feed_id = [2; 32];
        }
        let update = PriceUpdateV2 {
            write_authority: Pubkey::new_from_array([3; 32]),
            verification_level: match row["level"].as_str().unwrap() {
                "full" => VerificationLevel::Full,
                _ => VerificationLevel::Partial { num_signatures: 5 },
            },
            price_message,
            posted_slot: 1,
        };
        let mut data = PRICE_UPDATE_V2_DISCRIMINATOR.to_vec();
        update.serialize(&mut data).unwrap();
        let limits = OracleLimits {
            feed_id: [1; 32],
            max_age_s: num(row, "max_age_s"),
            max_conf_bps: num(row, "max_conf_bps"),
        };
        let got = checked_conservative_price(&PYTH_RECEIVER_ID, &data, &limits, num(row, "now"))
            .map(|p| p.price);
        check(row, "result", got);
    }
}
