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
    assert!(invoked("11111111111111111111111111111111"), "{:#?}", outcome.logs);
    assert!(invoked(&anchor_spl::token::ID.to_string()), "{:#?}", outcome.logs);
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
    fx.send_ok(&[ix.clone()], &[&authority]);
    let outcome = fx.send(&[ix], &[&authority]);
    assert!(outcome.result.is_err());
    let name = format!("{:?}", IoTokenError::AlreadyInitialized);
    assert!(
        outcome.logs.iter().any(|line| line.starts_with("Program log: AnchorError")
            && line.contains(&format!("Error Code: {name}"))),
        "{:#?}",
        outcome.logs
    );
}
