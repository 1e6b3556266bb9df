use io_token::errors::IoTokenError;
use ionet_harness::TestFixture;
use solana_sdk::{signature::Keypair, signer::Signer};

use crate::io_token_initialize::initialize_ix;

/// `initialize` creates its accounts through CPI into the System program and SPL Token:
/// the logs show both invoked at depth 2 from our native program, as on-chain.
#[test]
fn cpi_into_system_and_spl_token_runs_inside_the_bank() {
    let mut fx = TestFixture::new();
    let authority = Keypair::new();
    let (ix, _, _) = initialize_ix(fx.payer().pubkey(), authority.pubkey());
    let outcome = fx.send_ok(&[ix], &[&authority]);
    let invoked = |program: &str| {
        outcome
            .logs
            .iter()
            .any(|line| line == &format!("Program {program} invoke [2]"))
    };
    assert!(
        invoked("11111111111111111111111111111111"),
        "{:#?}",
        outcome.logs
    );
    assert!(
        invoked(&anchor_spl::token::ID.to_string()),
        "{:#?}",
        outcome.logs
    );
    assert!(outcome
        .logs
        .iter()
        .any(|line| line.starts_with("Program data: ")));
}

/// Anchor's error log line reaches the transaction log, so clients can name the error.
#[test]
fn anchor_error_lines_reach_the_transaction_log() {
    let mut fx = TestFixture::new();
    let authority = Keypair::new();
    let (ix, _, _) = initialize_ix(fx.payer().pubkey(), authority.pubkey());
    fx.send_ok(std::slice::from_ref(&ix), &[&authority]);
    let outcome = fx.send(&[ix], &[&authority]);
    assert!(outcome.result.is_err());
    let name = format!("{:?}", IoTokenError::AlreadyInitialized);
    assert!(
        outcome
            .logs
            .iter()
            .any(|line| line.starts_with("Program log: AnchorError")
                && line.contains(&format!("Error Code: {name}"))),
        "{:#?}",
        outcome.logs
    );
}

/// Each program appears once per invocation, at its on-chain depth (solana-program-test's own
/// echo of builtin and CPI log lines is removed by the harness).
#[test]
fn logs_show_each_invocation_once_at_its_depth() {
    let mut fx = TestFixture::new();
    let authority = Keypair::new();
    let (ix, _, _) = initialize_ix(fx.payer().pubkey(), authority.pubkey());
    let outcome = fx.send_ok(&[ix], &[&authority]);
    let token = anchor_spl::token::ID.to_string();
    let ours = io_token::ID.to_string();
    let count = |line: String| outcome.logs.iter().filter(|l| **l == line).count();
    assert_eq!(
        count(format!("Program {ours} invoke [1]")),
        1,
        "{:#?}",
        outcome.logs
    );
    assert_eq!(
        count(format!("Program {ours} success")),
        1,
        "{:#?}",
        outcome.logs
    );
    assert_eq!(
        count(format!("Program {token} invoke [2]")),
        1,
        "{:#?}",
        outcome.logs
    );
    assert_eq!(
        count(format!("Program {token} invoke [1]")),
        0,
        "{:#?}",
        outcome.logs
    );
    assert_eq!(
        count(format!("Program {token} success")),
        1,
        "{:#?}",
        outcome.logs
    );
    assert_eq!(
        outcome.logs.first(),
        Some(&format!("Program {ours} invoke [1]"))
    );
    assert_eq!(
        outcome.logs.last(),
        Some(&format!("Program {ours} success"))
    );
}
