//! The fixture Rust integration tests use: a bank with our programs and clock helpers.

use std::collections::HashSet;

use solana_sdk::{
    instruction::Instruction,
    signature::Keypair,
    signature::Signature,
    signer::Signer,
    transaction::{Transaction, TransactionError},
};

use crate::bank::{Bank, TxOutcome};

pub const SECS_PER_HOUR: i64 = 3_600;

pub struct TestFixture {
    pub bank: Bank,
    /// Signatures already sent: an identical transaction is re-signed with a fresh blockhash.
    sent: HashSet<Signature>,
}

impl Default for TestFixture {
    fn default() -> Self {
        Self::new()
    }
}

impl TestFixture {
    pub fn new() -> Self {
        Self {
            bank: Bank::start(),
            sent: HashSet::new(),
        }
    }

    pub fn payer(&self) -> &Keypair {
        self.bank.payer()
    }

    /// Signs with the payer plus `signers` and processes the instructions as one transaction.
    pub fn send(&mut self, instructions: &[Instruction], signers: &[&Keypair]) -> TxOutcome {
        let payer = self.bank.payer().insecure_clone();
        let mut all: Vec<&Keypair> = vec![&payer];
        all.extend(
            signers
                .iter()
                .copied()
                .filter(|s| s.pubkey() != payer.pubkey()),
        );
        let sign = |blockhash| {
            Transaction::new_signed_with_payer(instructions, Some(&payer.pubkey()), &all, blockhash)
        };
        let mut tx = sign(self.bank.latest_blockhash());
        if self.sent.contains(&tx.signatures[0]) {
            tx = sign(self.bank.fresh_blockhash());
        }
        self.sent.insert(tx.signatures[0]);
        self.bank.process(tx.into())
    }

    /// Like [`send`](Self::send), panicking with the logs unless the transaction succeeds.
    pub fn send_ok(&mut self, instructions: &[Instruction], signers: &[&Keypair]) -> TxOutcome {
        let outcome = self.send(instructions, signers);
        if let Err(err) = &outcome.result {
            panic!("transaction failed: {err}\n{}", outcome.logs.join("\n"));
        }
        outcome
    }

    /// Like [`send`](Self::send), returning the error it must fail with.
    pub fn send_err(
        &mut self,
        instructions: &[Instruction],
        signers: &[&Keypair],
    ) -> TransactionError {
        self.send(instructions, signers)
            .result
            .expect_err("transaction was expected to fail")
    }

    pub fn advance_secs(&mut self, secs: i64) {
        self.bank.advance_secs(secs);
    }

    pub fn advance_hours(&mut self, hours: i64) {
        self.bank.advance_secs(hours * SECS_PER_HOUR);
    }

    pub fn now(&mut self) -> i64 {
        self.bank.clock().unix_timestamp
    }
}
