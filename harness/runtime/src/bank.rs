//! A synchronous face over solana-program-test's `ProgramTestContext`: the one bank that the
//! Rust fixture and the Node addon both drive.

use std::collections::BTreeSet;

use solana_program_test::{BanksClientError, ProgramTestContext};
use solana_sdk::{
    account::{Account, AccountSharedData},
    clock::Clock,
    hash::Hash,
    pubkey::Pubkey,
    rent::Rent,
    signature::Keypair,
    signer::Signer,
    transaction::{TransactionError, VersionedTransaction},
};
use tokio::runtime::Runtime;

use crate::{logs, programs::program_test};

/// What processing or simulating a transaction produced.
#[derive(Debug, Clone)]
pub struct TxOutcome {
    pub result: Result<(), TransactionError>,
    pub logs: Vec<String>,
    /// Units the runtime charged. Native builtins are not metered, so for our programs this
    /// counts only the SBF programs they call (SPL Token) plus a fixed charge per builtin.
    pub compute_units: u64,
}

/// The bank's tokio runtime and where its calls run.
struct Driver {
    runtime: Runtime,
    pace: BlockhashPace,
}

/// Longer than solana-program-test's blockhash task sleeps between registrations (64 ticks of
/// 100 µs).
const BLOCKHASH_TASK_PERIOD: std::time::Duration = std::time::Duration::from_micros(6_500);

/// Stack of the thread an on-demand bank's calls run on (SBF programs and our native ones nest).
const PACED_THREAD_STACK: usize = 32 * 1024 * 1024;

impl Driver {
    /// Runs `future` to completion. An on-demand bank's runtime (and so the transactions it
    /// processes) runs on a thread of its own for the call: never on the caller's (a Node
    /// addon's caller is the JavaScript thread, which SBF execution must not run on).
    fn block_on<F>(&self, future: F) -> F::Output
    where
        F: std::future::Future + Send,
        F::Output: Send,
    {
        match self.pace {
            BlockhashPace::Continuous => self.runtime.block_on(future),
            BlockhashPace::OnDemand => std::thread::scope(|scope| {
                std::thread::Builder::new()
                    .name("bank".into())
                    .stack_size(PACED_THREAD_STACK)
                    .spawn_scoped(scope, || self.runtime.block_on(future))
                    .expect("bank thread")
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            }),
        }
    }
}

/// A running bank with our programs, SPL Token, Token-2022 and Associated Token Account.
pub struct Bank {
    driver: Driver,
    context: ProgramTestContext,
    /// Every address a transaction or `set_account` touched: what `program_accounts` scans,
    /// since the banks interface has no account index.
    touched: BTreeSet<Pubkey>,
    /// Whether `set_account` wrote since the last warp (see [`Bank::warp_to_slot`]).
    wrote_accounts_directly: bool,
    /// The open-file limit in force.
    open_file_limit: u64,
}

/// How often the bank registers a new recent blockhash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BlockhashPace {
    /// As solana-program-test does: every 6.4 ms, on a background thread, so a blockhash is
    /// valid for about one second (150 of them are kept).
    #[default]
    Continuous,
    /// Only when asked ([`Bank::advance_blockhash`]): the runtime's clock is paused, so
    /// solana-program-test's blockhash task sleeps until it is moved. A caller that asks once a
    /// slot gets one blockhash a slot, valid for 150 slots as on a validator (the localnet).
    OnDemand,
}

/// Open files a warp needs once accounts were written with `set_account`: the accounts hash
/// opens a temporary file for each of its 65,536 bins at once.
const WARP_OPEN_FILES: u64 = 65_536 + 1_024;

fn client_error(error: BanksClientError) -> TransactionError {
    match error {
        BanksClientError::TransactionError(err) | BanksClientError::SimulationError { err, .. } => {
            err
        }
        other => panic!("bank is unreachable: {other}"),
    }
}

impl Bank {
    pub fn start() -> Self {
        Self::start_paced(BlockhashPace::Continuous)
    }

    pub fn start_paced(pace: BlockhashPace) -> Self {
        let open_file_limit = crate::limits::raise_open_file_limit();
        let mut builder = match pace {
            BlockhashPace::Continuous => {
                let mut builder = tokio::runtime::Builder::new_multi_thread();
                builder.worker_threads(1);
                builder
            }
            BlockhashPace::OnDemand => tokio::runtime::Builder::new_current_thread(),
        };
        let driver = Driver {
            runtime: builder.enable_all().build().expect("tokio runtime"),
            pace,
        };
        let context = driver.block_on(async move {
            if pace == BlockhashPace::OnDemand {
                tokio::time::pause();
            }
            program_test().start_with_context().await
        });
        logs::install();
        let touched = BTreeSet::from([context.payer.pubkey()]);
        Self {
            driver,
            context,
            touched,
            wrote_accounts_directly: false,
            open_file_limit,
        }
    }

    /// Registers one new recent blockhash (an on-demand bank's slot); the oldest of the 300
    /// kept drops out.
    pub fn advance_blockhash(&mut self) {
        if self.driver.pace == BlockhashPace::OnDemand {
            self.driver.block_on(async {
                tokio::time::advance(BLOCKHASH_TASK_PERIOD).await;
                tokio::task::yield_now().await;
            });
        }
    }

    /// The hash of the bank's genesis config: what identifies this chain.
    pub fn genesis_hash(&self) -> Hash {
        self.context.genesis_config().hash()
    }

    pub fn payer(&self) -> &Keypair {
        &self.context.payer
    }

    /// Processes and commits a transaction.
    pub fn process(&mut self, tx: VersionedTransaction) -> TxOutcome {
        self.touched
            .extend(tx.message.static_account_keys().iter().copied());
        let client = &mut self.context.banks_client;
        let outcome = self
            .driver
            .block_on(client.process_transaction_with_metadata(tx));
        match outcome {
            Ok(done) => {
                let (logs, compute_units) = done.metadata.map_or((vec![], 0), |meta| {
                    (meta.log_messages, meta.compute_units_consumed)
                });
                TxOutcome {
                    result: done.result,
                    logs,
                    compute_units,
                }
            }
            Err(error) => TxOutcome {
                result: Err(client_error(error)),
                logs: vec![],
                compute_units: 0,
            },
        }
    }

    /// Runs a transaction without committing it.
    pub fn simulate(&mut self, tx: VersionedTransaction) -> TxOutcome {
        let client = &mut self.context.banks_client;
        let simulated = self
            .driver
            .block_on(client.simulate_transaction(tx))
            .map_err(client_error);
        match simulated {
            Ok(sim) => {
                let (logs, compute_units) = sim.simulation_details.map_or((vec![], 0), |details| {
                    (details.logs, details.units_consumed)
                });
                TxOutcome {
                    result: sim.result.unwrap_or(Ok(())),
                    logs,
                    compute_units,
                }
            }
            Err(err) => TxOutcome {
                result: Err(err),
                logs: vec![],
                compute_units: 0,
            },
        }
    }

    pub fn account(&mut self, address: &Pubkey) -> Option<Account> {
        let client = &mut self.context.banks_client;
        self.driver
            .block_on(client.get_account(*address))
            .expect("bank is unreachable")
    }

    pub fn set_account(&mut self, address: &Pubkey, account: Account) {
        self.touched.insert(*address);
        self.wrote_accounts_directly = true;
        self.context
            .set_account(address, &AccountSharedData::from(account));
    }

    /// Accounts owned by `owner` among every address this bank has seen.
    pub fn program_accounts(&mut self, owner: &Pubkey) -> Vec<(Pubkey, Account)> {
        let addresses: Vec<Pubkey> = self.touched.iter().copied().collect();
        addresses
            .into_iter()
            .filter_map(|address| self.account(&address).map(|account| (address, account)))
            .filter(|(_, account)| account.owner == *owner)
            .collect()
    }

    pub fn balance(&mut self, address: &Pubkey) -> u64 {
        self.account(address).map_or(0, |account| account.lamports)
    }

    pub fn latest_blockhash(&mut self) -> Hash {
        let client = &mut self.context.banks_client;
        self.driver
            .block_on(client.get_latest_blockhash())
            .expect("bank is unreachable")
    }

    /// Waits (at most one slot) for a blockhash never handed out before, so that a transaction
    /// identical to an earlier one gets a new signature.
    pub fn fresh_blockhash(&mut self) -> Hash {
        let context = &mut self.context;
        self.driver
            .block_on(context.get_new_latest_blockhash())
            .expect("new blockhash")
    }

    pub fn clock(&mut self) -> Clock {
        let client = &mut self.context.banks_client;
        self.driver
            .block_on(client.get_sysvar::<Clock>())
            .expect("clock sysvar")
    }

    pub fn set_clock(&mut self, clock: &Clock) {
        self.context.set_sysvar(clock);
    }

    /// Moves the clock forward by `secs` seconds (the slot stays).
    pub fn advance_secs(&mut self, secs: i64) {
        let mut clock = self.clock();
        clock.unix_timestamp += secs;
        self.set_clock(&clock);
    }

    /// Freezes the bank and continues at `slot`. After a `set_account`, the accounts hash this
    /// needs opens 65,536 files at once; below that limit this refuses instead of aborting.
    pub fn warp_to_slot(&mut self, slot: u64) -> Result<(), String> {
        if self.wrote_accounts_directly && self.open_file_limit < WARP_OPEN_FILES {
            return Err(format!(
                "warp_to_slot after set_account needs {WARP_OPEN_FILES} open files, \
                 this process may open {}",
                self.open_file_limit
            ));
        }
        self.context.warp_to_slot(slot).map_err(|e| e.to_string())?;
        self.wrote_accounts_directly = false;
        Ok(())
    }

    pub fn rent(&mut self) -> Rent {
        let client = &mut self.context.banks_client;
        self.driver.block_on(client.get_rent()).expect("rent")
    }
}
