//! What a `rewards_claim` costs with 1, 10,000 and 100,000 registered workers and 1 or 10,000
//! hours since the worker's last claim, measured natively (docs/BENCHMARKS.md).
//!
//! Compute units can't be measured here: the programs run as native builtins, which the runtime
//! does not meter. Measured instead, per claim transaction:
//! - instructions the host executes: under `valgrind --tool=callgrind --instr-atstart=no`, the
//!   claim's transaction alone is instrumented (callgrind client requests around it) and dumped
//!   to its own profile (`../run.sh` reads the totals and `io_rewards::entry`'s inclusive cost);
//! - accounts the transaction touches, and which it writes;
//! - the transaction's serialized size;
//! - the data sizes of the accounts it reads and writes.
//!
//! Workers are registered by real `rewards_register_worker` + `rewards_update_worker` transactions
//! (three workers per transaction).
//! Usage: `claim_cost [max_workers]` (default 100,000); prints one line per scenario.

use std::time::Instant;

use anchor_lang::{InstructionData, ToAccountMetas};
use io_rewards::constants::{FEE_RESERVE_SEED, REWARDS_CONFIG_SEED, WORKER_REWARD_SEED};
use io_rewards::instructions::{InitializeArgs, RewardsRegisterWorkerArgs, RewardsUpdateWorkerArgs};
use io_token::constants::{CONFIG_SEED, MINT_SEED};
use io_token::events::AuthorityRole;
use io_token::instructions::ConfigSetAuthorityArgs;
use ionet_harness::TestFixture;
use solana_sdk::{
    instruction::Instruction, pubkey::Pubkey, signature::Keypair, signer::Signer,
    transaction::Transaction,
};

/// Valgrind client requests (valgrind.h / callgrind.h, amd64): a no-op outside valgrind.
mod callgrind {
    const BASE: u64 = ((b'C' as u64) << 24) | ((b'T' as u64) << 16);
    pub const ZERO_STATS: u64 = BASE + 1;
    pub const DUMP_STATS_AT: u64 = BASE + 3;
    pub const START_INSTRUMENTATION: u64 = BASE + 4;
    pub const STOP_INSTRUMENTATION: u64 = BASE + 5;

    #[cfg(target_arch = "x86_64")]
    pub fn request(code: u64, arg: u64) {
        let args: [u64; 6] = [code, arg, 0, 0, 0, 0];
        let mut result: u64 = 0;
        // SAFETY: valgrind's magic preamble (four rotations of rdi summing to 128 bits, so rdi is
        // unchanged) followed by `xchg rbx, rbx`; without valgrind it does nothing.
        unsafe {
            std::arch::asm!(
                "rol rdi, 3",
                "rol rdi, 13",
                "rol rdi, 61",
                "rol rdi, 51",
                "xchg rbx, rbx",
                inout("rdx") result,
                in("rax") args.as_ptr(),
            );
        }
        let _ = result;
    }

    #[cfg(not(target_arch = "x86_64"))]
    pub fn request(_code: u64, _arg: u64) {}
}

const PER_TX: usize = 3;

struct World {
    fx: TestFixture,
    authority: Keypair,
    config: Pubkey,
    token_config: Pubkey,
    mint: Pubkey,
    registered: u64,
}

fn pda(seeds: &[&[u8]], program: &Pubkey) -> Pubkey {
    Pubkey::find_program_address(seeds, program).0
}

impl World {
    fn new() -> Self {
        let mut fx = TestFixture::new();
        let authority = Keypair::new();
        let payer = fx.payer().pubkey();
        let token_config = pda(&[CONFIG_SEED], &io_token::ID);
        let mint = pda(&[MINT_SEED], &io_token::ID);
        let config = pda(&[REWARDS_CONFIG_SEED], &io_rewards::ID);
        let now = fx.now();
        let init_token = Instruction {
            program_id: io_token::ID,
            accounts: io_token::accounts::Initialize {
                payer,
                program: io_token::ID,
                program_data: io_common::program_data_address(&io_token::ID),
                authority: authority.pubkey(),
                config: token_config,
                mint,
                token_program: anchor_spl::token::ID,
                system_program: anchor_lang::system_program::ID,
            }
            .to_account_metas(None),
            data: io_token::instruction::Initialize {}.data(),
        };
        let register_emitter = Instruction {
            program_id: io_token::ID,
            accounts: io_token::accounts::ConfigSetAuthority {
                authority: authority.pubkey(),
                config: token_config,
            }
            .to_account_metas(None),
            data: io_token::instruction::ConfigSetAuthority {
                args: ConfigSetAuthorityArgs {
                    role: AuthorityRole::Emission,
                    new_authority: config,
                },
            }
            .data(),
        };
        let init_rewards = Instruction {
            program_id: io_rewards::ID,
            accounts: io_rewards::accounts::Initialize {
                payer,
                program: io_rewards::ID,
                program_data: io_common::program_data_address(&io_rewards::ID),
                config,
                token_config,
                mint,
                fee_reserve: pda(&[FEE_RESERVE_SEED], &io_rewards::ID),
                token_program: anchor_spl::token::ID,
                system_program: anchor_lang::system_program::ID,
            }
            .to_account_metas(None),
            data: io_rewards::instruction::Initialize {
                args: InitializeArgs {
                    governance: authority.pubkey(),
                    weight_authority: payer,
                    start_time: now,
                },
            }
            .data(),
        };
        fx.send_ok(&[init_token, register_emitter, init_rewards], &[&authority]);
        Self {
            fx,
            authority,
            config,
            token_config,
            mint,
            registered: 0,
        }
    }

    /// The weight authority's two instructions for a new worker: create its reward account,
    /// then grant it idle weight leased until two hour boundaries from now.
    fn update_ix(&mut self, worker: Pubkey, owner: Pubkey, base_weight: u64) -> [Instruction; 2] {
        let payer = self.fx.payer().pubkey();
        let worker_reward = pda(&[WORKER_REWARD_SEED, worker.as_ref()], &io_rewards::ID);
        let register = Instruction {
            program_id: io_rewards::ID,
            accounts: io_rewards::accounts::RewardsRegisterWorker {
                payer,
                weight_authority: payer,
                config: self.config,
                worker,
                worker_reward,
                system_program: anchor_lang::system_program::ID,
            }
            .to_account_metas(None),
            data: io_rewards::instruction::RewardsRegisterWorker {
                args: RewardsRegisterWorkerArgs { owner },
            }
            .data(),
        };
        [register, self.grant_ix(worker, owner, base_weight)]
    }

    /// Grants `worker` idle weight leased until two hour boundaries from now (its proof's renewal).
    fn grant_ix(&mut self, worker: Pubkey, owner: Pubkey, base_weight: u64) -> Instruction {
        let payer = self.fx.payer().pubkey();
        let worker_reward = pda(&[WORKER_REWARD_SEED, worker.as_ref()], &io_rewards::ID);
        let lease_end_hour = self.fx.now().div_euclid(3_600) + 2;
        Instruction {
            program_id: io_rewards::ID,
            accounts: io_rewards::accounts::RewardsUpdateWorker {
                weight_authority: payer,
                config: self.config,
                worker_reward,
            }
            .to_account_metas(None),
            data: io_rewards::instruction::RewardsUpdateWorker {
                args: RewardsUpdateWorkerArgs {
                    owner,
                    base_weight,
                    busy: false,
                    eligible: true,
                    lease_end_hour,
                    allowance_add: 0,
                    allowance_reset: false,
                },
            }
            .data(),
        }
    }

    /// Registers workers (by transaction) until `target` are registered.
    fn register_up_to(&mut self, target: u64) {
        let owner = self.authority.pubkey();
        while self.registered < target {
            let batch = (target - self.registered).min(PER_TX as u64);
            let ixs: Vec<Instruction> = (0..batch)
                .flat_map(|i| self.update_ix(Pubkey::new_unique(), owner, 100_000 + i))
                .collect();
            self.fx.send_ok(&ixs, &[]);
            self.registered += batch;
        }
    }

    fn claim_ix(&self, owner: Pubkey, worker: Pubkey, destination: Pubkey) -> Instruction {
        Instruction {
            program_id: io_rewards::ID,
            accounts: io_rewards::accounts::RewardsClaim {
                owner,
                config: self.config,
                worker_reward: pda(&[WORKER_REWARD_SEED, worker.as_ref()], &io_rewards::ID),
                token_config: self.token_config,
                mint: self.mint,
                destination,
                fee_reserve: pda(&[FEE_RESERVE_SEED], &io_rewards::ID),
                io_token_program: io_token::ID,
                token_program: anchor_spl::token::ID,
            }
            .to_account_metas(None),
            data: io_rewards::instruction::RewardsClaim {}.data(),
        }
    }
}

/// The measured worker of one bank: its claim instruction and a fee payer per transaction.
struct Measured {
    owner: Keypair,
    worker: Pubkey,
    claim: Instruction,
    /// Every claim transaction gets its own fee payer: the slot (so the blockhash) doesn't move,
    /// and identical transactions would be refused as already processed. Same size, same
    /// accounts.
    fee_payers: Vec<Keypair>,
}

impl Measured {
    fn register(world: &mut World) -> Self {
        let owner = Keypair::new();
        let worker = Pubkey::new_unique();
        let payer = world.fx.payer().pubkey();
        let destination = anchor_spl::associated_token::get_associated_token_address(
            &owner.pubkey(),
            &world.mint,
        );
        let create_ata =
            anchor_spl::associated_token::spl_associated_token_account::instruction::create_associated_token_account(
                &payer,
                &owner.pubkey(),
                &world.mint,
                &anchor_spl::token::ID,
            );
        let [register, update] = world.update_ix(worker, owner.pubkey(), 100_000);
        let fee_payers: Vec<Keypair> = (0..4).map(|_| Keypair::new()).collect();
        let mut ixs = vec![create_ata, register, update];
        ixs.extend(
            fee_payers.iter().map(|k| {
                solana_sdk::system_instruction::transfer(&payer, &k.pubkey(), 1_000_000_000)
            }),
        );
        world.fx.send_ok(&ixs, &[]);
        world.registered = 1;
        let claim = world.claim_ix(owner.pubkey(), worker, destination);
        Self {
            owner,
            worker,
            claim,
            fee_payers,
        }
    }

    fn claim_tx(&self, world: &mut World, index: usize) -> Transaction {
        let fee_payer = &self.fee_payers[index];
        let blockhash = world.fx.bank.latest_blockhash();
        Transaction::new_signed_with_payer(
            std::slice::from_ref(&self.claim),
            Some(&fee_payer.pubkey()),
            &[fee_payer, &self.owner],
            blockhash,
        )
    }
}

/// Transaction size, accounts, and the sizes of the accounts the claim writes.
fn describe(world: &mut World, measured: &Measured) {
    let probe = measured.claim_tx(world, 0);
    let tx_size = bincode::serialized_size(&probe).expect("size");
    let keys = &probe.message.account_keys;
    let writable = (0..keys.len())
        .filter(|&i| probe.message.is_maybe_writable(i, None))
        .count();
    let config_size = world
        .fx
        .bank
        .account(&world.config)
        .map_or(0, |a| a.data.len());
    let reward = pda(
        &[WORKER_REWARD_SEED, measured.worker.as_ref()],
        &io_rewards::ID,
    );
    let worker_size = world.fx.bank.account(&reward).map_or(0, |a| a.data.len());
    println!(
        "claim transaction: {} bytes, {} accounts ({} writable, {} signers), 1 instruction of {} data bytes; rewards config {} bytes, worker reward {} bytes",
        tx_size,
        keys.len(),
        writable,
        probe.message.header.num_required_signatures,
        measured.claim.data.len(),
        config_size,
        worker_size,
    );
}

fn registered_on_chain(world: &mut World) -> u64 {
    let config = world.fx.bank.account(&world.config).expect("config");
    // discriminator + governance, weight_authority, token_config, mint
    let at = 8 + 32 * 4;
    u64::from_le_bytes(
        config.data[at..at + 8]
            .try_into()
            .expect("registered_workers"),
    )
}

/// Sends `tx`, measured (callgrind instruments only this call), and checks it succeeded.
fn measured_claim(world: &mut World, tx: Transaction, label: &str) -> std::time::Duration {
    let label = format!("{label}\0");
    callgrind::request(callgrind::START_INSTRUMENTATION, 0);
    callgrind::request(callgrind::ZERO_STATS, 0);
    let started = Instant::now();
    let outcome = world.fx.bank.process(tx.into());
    let wall = started.elapsed();
    callgrind::request(callgrind::DUMP_STATS_AT, label.as_ptr() as u64);
    callgrind::request(callgrind::STOP_INSTRUMENTATION, 0);
    if let Err(err) = &outcome.result {
        panic!("claim failed: {err}\n{}", outcome.logs.join("\n"));
    }
    wall
}

/// One fresh bank per number of workers, so every scenario claims at the same clock times:
/// the measured worker claims at hour 1, then at hour 10,001 (10,000 hours since its last
/// claim), then at hour 10,002 (1 hour since), its lease renewed an hour before each; the other
/// workers' leases lapsed at hour 2 (their weight leaves the pool at that boundary).
fn main() {
    let max_workers: u64 = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("max_workers"))
        .unwrap_or(100_000);
    for (index, target) in [1u64, 10_000, 100_000].into_iter().enumerate() {
        if target > max_workers {
            break;
        }
        let mut world = World::new();
        let measured = Measured::register(&mut world);
        if index == 0 {
            describe(&mut world, &measured);
        }
        let started = Instant::now();
        world.register_up_to(target);
        let setup = started.elapsed();
        let registered = registered_on_chain(&mut world);
        assert_eq!(registered, target);

        world.fx.advance_hours(1);
        let first = measured.claim_tx(&mut world, 1);
        let outcome = world.fx.bank.process(first.into());
        assert!(outcome.result.is_ok(), "{}", outcome.logs.join("\n"));
        for (gap, payer) in [(10_000i64, 2usize), (1, 3)] {
            // Its lease is renewed an hour before the claim, as its hourly proof would.
            world.fx.advance_hours(gap - 1);
            let renew = world.grant_ix(measured.worker, measured.owner.pubkey(), 100_000);
            world.fx.send_ok(&[renew], &[]);
            world.fx.advance_hours(1);
            let tx = measured.claim_tx(&mut world, payer);
            let wall = measured_claim(&mut world, tx, &format!("workers={target} hours={gap}"));
            println!(
                "workers={target} hours={gap} registered_on_chain={registered} wall_us={} setup_s={:.1}",
                wall.as_micros(),
                setup.as_secs_f64(),
            );
        }
    }
}
