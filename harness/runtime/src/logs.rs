//! Makes native programs log into the transaction exactly as they would on-chain.
//!
//! solana-program-test installs syscall stubs whose `sol_log_data` prints to stdout, and the
//! upstream `solana-msg` prints `msg!` to stdout. Here each builtin entry records the running
//! `InvokeContext` (see [`crate::programs`]), and a stub wrapper writes `Program data:` and
//! `Program log:` lines into that context's log collector.
//!
//! The runtime (agave 2.3) logs `Program X invoke [n]` and `Program X success|failed` for every
//! program, and solana-program-test logs them again around a native builtin and a native CPI.
//! [`drop_builtin_echo`] and the CPI wrapper remove those echoes, so logs read as on-chain
//! (Anchor's `EventParser` rejects the doubled stack).

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

fn with_messages(edit: impl FnOnce(&mut Vec<String>) -> Option<usize>) {
    with_context(|ic| {
        if let Some(collector) = ic.get_log_collector() {
            let mut collector = collector.borrow_mut();
            if let Some(removed_bytes) = edit(&mut collector.messages) {
                collector.bytes_written = collector.bytes_written.saturating_sub(removed_bytes);
            }
        }
    });
}

/// Number of log lines so far in the running transaction.
pub fn mark() -> usize {
    let mut len = 0;
    with_messages(|messages| {
        len = messages.len();
        None
    });
    len
}

fn remove_at(messages: &mut Vec<String>, index: usize) -> Option<usize> {
    Some(messages.remove(index).len())
}

/// After a builtin ran from `mark`: drops solana-program-test's repeat of the runtime's
/// `invoke` line (first line after `mark`) and its trailing `success`/`failed` line, which the
/// runtime logs again once the builtin returns.
pub fn drop_builtin_echo(mark: usize, program_id: &Pubkey) {
    let invoke_prefix = format!("Program {program_id} invoke [");
    let outcome_prefixes = [
        format!("Program {program_id} success"),
        format!("Program {program_id} failed"),
    ];
    with_messages(|messages| {
        let mut removed = 0;
        if mark > 0
            && messages.len() > mark
            && messages[mark].starts_with(&invoke_prefix)
            && messages[mark] == messages[mark - 1]
        {
            removed += remove_at(messages, mark)?;
        }
        let last = messages.len().checked_sub(1)?;
        if last >= mark
            && outcome_prefixes
                .iter()
                .any(|p| messages[last].starts_with(p))
        {
            removed += remove_at(messages, last)?;
        }
        Some(removed)
    });
}

/// After a CPI issued from `mark`: drops the stub's `invoke [h]` line (the runtime logs the
/// callee at `[h+1]`, as on-chain) and its trailing repeat of the runtime's `success` line.
fn drop_cpi_echo(mark: usize, callee: &Pubkey, succeeded: bool) {
    let invoke_prefix = format!("Program {callee} invoke [");
    with_messages(|messages| {
        let mut removed = 0;
        if messages.len() > mark + 1
            && messages[mark].starts_with(&invoke_prefix)
            && messages[mark + 1].starts_with(&invoke_prefix)
        {
            removed += remove_at(messages, mark)?;
        }
        let len = messages.len();
        if succeeded && len >= mark + 2 && messages[len - 1] == messages[len - 2] {
            removed += remove_at(messages, len - 1)?;
        }
        Some(removed)
    });
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
        let before = mark();
        let result = self
            .inner
            .sol_invoke_signed(instruction, account_infos, signers_seeds);
        drop_cpi_echo(before, &instruction.program_id, result.is_ok());
        result
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
