//! Same API as the `solana-msg` crate (`msg!`, `sol_log`), which Anchor uses for every log line,
//! including the `AnchorError occurred` line that clients parse.
//!
//! On-chain, `sol_log` is the `sol_log_` syscall. Off-chain the upstream crate prints to stdout,
//! so a program running natively in the bank would log nothing to the transaction. Here a host
//! process (the harness) can install a sink once; without one, messages still go to stdout.

/// Logs a message, formatting it first when given format arguments.
#[macro_export]
macro_rules! msg {
    ($msg:expr) => {
        $crate::sol_log($msg)
    };
    ($($arg:tt)*) => ($crate::sol_log(&format!($($arg)*)));
}

#[cfg(target_os = "solana")]
pub mod syscalls {
    //! Syscall definitions used by `solana_msg`.
    pub use solana_define_syscall::definitions::{
        sol_log_, sol_log_64_, sol_log_compute_units_, sol_log_data,
    };
}

#[cfg(not(target_os = "solana"))]
static OFFCHAIN_SINK: std::sync::OnceLock<fn(&str)> = std::sync::OnceLock::new();

/// Installs where off-chain messages go (first call wins). Returns false if a sink was already set.
#[cfg(not(target_os = "solana"))]
pub fn set_offchain_sink(sink: fn(&str)) -> bool {
    OFFCHAIN_SINK.set(sink).is_ok()
}

/// Prints a string to the program's log.
#[inline]
pub fn sol_log(message: &str) {
    #[cfg(target_os = "solana")]
    unsafe {
        syscalls::sol_log_(message.as_ptr(), message.len() as u64);
    }

    #[cfg(not(target_os = "solana"))]
    match OFFCHAIN_SINK.get() {
        Some(sink) => sink(message),
        None => println!("{message}"),
    }
}
