//! The five programs as native builtins of the bank.

use solana_program_runtime::invoke_context::BuiltinFunctionWithContext;
use solana_program_test::{
    get_runtime_environment_key, invoke_builtin_function, EbpfError, EbpfVm, InvokeContext,
    ProgramTest,
};
use solana_sdk::pubkey::Pubkey;

/// A program as the bank sees it.
pub struct NativeProgram {
    pub name: &'static str,
    pub id: Pubkey,
    pub builtin: BuiltinFunctionWithContext,
}

/// Adapts an Anchor `entry` (which ties the slice and account lifetimes together, anchor#2738)
/// to `solana_program_entrypoint::ProcessInstruction`.
macro_rules! entry_of {
    ($program:ident) => {{
        fn entry<'a, 'b>(
            program_id: &solana_sdk::pubkey::Pubkey,
            accounts: &'a [solana_sdk::account_info::AccountInfo<'b>],
            data: &[u8],
        ) -> solana_sdk::entrypoint::ProgramResult {
            // SAFETY: shortening the accounts' lifetime to the slice's is sound: the runtime
            // keeps both alive for the whole call.
            let accounts: &'a [solana_sdk::account_info::AccountInfo<'a>] =
                unsafe { std::mem::transmute(accounts) };
            $program::entry(program_id, accounts, data)
        }
        entry
    }};
}

/// Registers a builtin that runs `entry` through solana-program-test's account (de)serialisation,
/// recording its `InvokeContext` so that program logs reach the transaction (see [`crate::logs`]).
macro_rules! builtin_of {
    ($program:ident) => {{
        let builtin: BuiltinFunctionWithContext = |vm, _a0, _a1, _a2, _a3, _a4| {
            // SAFETY: the runtime passes a pointer offset into the VM by this key (the same
            // layout solana-program-test's `processor!` relies on).
            let vm = unsafe {
                &mut *((vm as *mut u64).offset(-(get_runtime_environment_key() as isize))
                    as *mut EbpfVm<InvokeContext>)
            };
            let _running = crate::logs::enter(vm.context_object_pointer as *const _);
            let mark = crate::logs::mark();
            vm.program_result =
                invoke_builtin_function(entry_of!($program), vm.context_object_pointer)
                    .map_err(EbpfError::SyscallError)
                    .into();
            crate::logs::drop_builtin_echo(mark, &$program::ID);
        };
        NativeProgram {
            name: stringify!($program),
            id: $program::ID,
            builtin,
        }
    }};
}

/// All programs of the workspace.
pub fn programs() -> [NativeProgram; 5] {
    [
        builtin_of!(io_token),
        builtin_of!(io_credits),
        builtin_of!(io_cloud),
        builtin_of!(io_rewards),
        builtin_of!(io_dao),
    ]
}

/// Program names and ids, for clients.
pub const PROGRAMS: [(&str, Pubkey); 5] = [
    ("io_token", io_token::ID),
    ("io_credits", io_credits::ID),
    ("io_cloud", io_cloud::ID),
    ("io_rewards", io_rewards::ID),
    ("io_dao", io_dao::ID),
];

/// A `ProgramTest` with our programs as builtins (SPL Token, Token-2022, ATA come with it).
pub fn program_test() -> ProgramTest {
    if std::env::var_os("RUST_LOG").is_none() {
        // solana-program-test's default filter echoes every log line to stderr.
        std::env::set_var("RUST_LOG", "error");
    }
    let mut test = ProgramTest::default();
    test.prefer_bpf(false);
    for program in programs() {
        test.add_builtin_program(program.name, program.id, program.builtin);
    }
    test
}
