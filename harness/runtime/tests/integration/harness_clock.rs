use io_token::events::TokenInitialized;
use ionet_harness::TestFixture;
use solana_sdk::{signature::Keypair, signer::Signer};

use crate::{io_token_initialize::initialize_ix, support::events};

#[test]
fn programs_read_the_clock_the_test_sets() {
    let mut fx = TestFixture::new();
    let start = fx.now();
    fx.advance_hours(24 * 30);
    assert_eq!(fx.now(), start + 30 * 24 * 3600);

    let authority = Keypair::new();
    let (ix, _, _) = initialize_ix(fx.payer().pubkey(), authority.pubkey());
    let outcome = fx.send_ok(&[ix], &[&authority]);
    let emitted = events::<TokenInitialized>(&outcome.logs);
    assert_eq!(emitted[0].initialized_at, start + 30 * 24 * 3600);
}

#[test]
fn warping_moves_the_slot_forward() {
    let mut fx = TestFixture::new();
    let before = fx.bank.clock().slot;
    fx.bank.warp_to_slot(before + 1_000).unwrap();
    assert_eq!(fx.bank.clock().slot, before + 1_000);
}
