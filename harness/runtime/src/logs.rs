//! Makes native programs log into the transaction exactly as they would on-chain.
//!
//! solana-program-test installs syscall stubs whose `sol_log_data` prints to stdout, and the
//! upstream `solana-msg` prints `msg!` to stdout. Here each builtin entry records the running
//! `InvokeContext` (see [`crate::programs`]), and a stub wrapper writes `Program data:` and
//! `Program log:` lines into that context's log collector.

use std::cell::Cell;

use solana_program_runtime::{invoke_context::InvokeContext, stable_log};
use solana_sdk::{instruction::Instruction, pubkey::Pubkey};
use solana_sysvar::program_stubs::{self, SyscallStubs};

thread_local! {
    /// The `InvokeContext` of the native program running on this thread, or null.
    static CURRENT: Cell<*const InvokeContext<'static>> = const { Cell::new(std::ptr::null()) };
}

/// Marks `context` as running until the returned guard drops (nesting restores the outer one).
pub fn enter(context: *const InvokeContext<'static>) -> ContextGuard {
    ContextGuard(CURRENT.with(|current| current.replace(context)))
}

pub struct ContextGuard(*const InvokeContext<'static>);

impl Drop for ContextGuard {
    fn drop(&mut self) {
        CURRENT.with(|current| current.set(self.0));
    }
}

fn with_context(write: impl FnOnce(&InvokeContext)) -> bool {
    let context = CURRENT.with(Cell::get);
    if context.is_null() {
        return false;
    }
    // SAFETY: set by `enter` for exactly the duration of a builtin's execution on this thread.
    write(unsafe { &*context });
    true
}

fn log_message(message: &str) {
    if !with_context(|ic| stable_log::program_log(&ic.get_log_collector(), message)) {
        println!("{message}");
    }
}

/// Delegates every stub to solana-program-test's, except the two logging calls.
struct LoggingStubs {
    inner: Box<dyn SyscallStubs>,
}

impl SyscallStubs for LoggingStubs {
    fn sol_log(&self, message: &str) {
        log_message(message);
    }
    fn sol_log_data(&self, fields: &[&[u8]]) {
        if !with_context(|ic| stable_log::program_data(&ic.get_log_collector(), fields)) {
            self.inner.sol_log_data(fields);
        }
    }
    fn sol_log_compute_units(&self) {
        self.inner.sol_log_compute_units()
    }
    fn sol_remaining_compute_units(&self) -> u64 {
        self.inner.sol_remaining_compute_units()
    }
    fn sol_invoke_signed(
        &self,
        instruction: &Instruction,
        account_infos: &[solana_sdk::account_info::AccountInfo],
        signers_seeds: &[&[&[u8]]],
    ) -> solana_sdk::entrypoint::ProgramResult {
        self.inner
            .sol_invoke_signed(instruction, account_infos, signers_seeds)
    }
    fn sol_get_sysvar(&self, id: *const u8, addr: *mut u8, offset: u64, len: u64) -> u64 {
        self.inner.sol_get_sysvar(id, addr, offset, len)
    }
    fn sol_get_clock_sysvar(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_clock_sysvar(var_addr)
    }
    fn sol_get_epoch_schedule_sysvar(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_epoch_schedule_sysvar(var_addr)
    }
    fn sol_get_fees_sysvar(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_fees_sysvar(var_addr)
    }
    fn sol_get_rent_sysvar(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_rent_sysvar(var_addr)
    }
    fn sol_get_epoch_rewards_sysvar(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_epoch_rewards_sysvar(var_addr)
    }
    fn sol_get_last_restart_slot(&self, var_addr: *mut u8) -> u64 {
        self.inner.sol_get_last_restart_slot(var_addr)
    }
    fn sol_get_epoch_stake(&self, vote_address: *const u8) -> u64 {
        self.inner.sol_get_epoch_stake(vote_address)
    }
    unsafe fn sol_memcpy(&self, dst: *mut u8, src: *const u8, n: usize) {
        self.inner.sol_memcpy(dst, src, n)
    }
    unsafe fn sol_memmove(&self, dst: *mut u8, src: *const u8, n: usize) {
        self.inner.sol_memmove(dst, src, n)
    }
    unsafe fn sol_memcmp(&self, s1: *const u8, s2: *const u8, n: usize, result: *mut i32) {
        self.inner.sol_memcmp(s1, s2, n, result)
    }
    unsafe fn sol_memset(&self, s: *mut u8, c: u8, n: usize) {
        self.inner.sol_memset(s, c, n)
    }
    fn sol_get_return_data(&self) -> Option<(Pubkey, Vec<u8>)> {
        self.inner.sol_get_return_data()
    }
    fn sol_set_return_data(&self, data: &[u8]) {
        self.inner.sol_set_return_data(data)
    }
    fn sol_get_processed_sibling_instruction(&self, index: usize) -> Option<Instruction> {
        self.inner.sol_get_processed_sibling_instruction(index)
    }
    fn sol_get_stack_height(&self) -> u64 {
        self.inner.sol_get_stack_height()
    }
}

/// Stands in for the few instructions between taking the old stubs and installing the wrapper.
struct Placeholder;
impl SyscallStubs for Placeholder {}

/// Wraps the stubs solana-program-test installed (call after its first bank is set up).
pub fn install() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let inner = program_stubs::set_syscall_stubs(Box::new(Placeholder));
        program_stubs::set_syscall_stubs(Box::new(LoggingStubs { inner }));
        solana_msg::set_offchain_sink(log_message);
    });
}
