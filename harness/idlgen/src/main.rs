//! Regenerates `sdk/src/idl/<program>.json` from each program's Rust source, the way
//! `anchor build` does (`cargo test __anchor_private_print_idl --features idl-build`).
//!
//! That build sets its own RUSTFLAGS, so it runs in a separate target directory
//! (`$IDL_TARGET_DIR`, default `~/.cache/ionet/idl-target`) to keep the main one warm.

use std::{fs, path::PathBuf};

use anchor_lang_idl::build::IdlBuilder;
use anyhow::{Context, Result};

const PROGRAMS: [&str; 5] = ["io_token", "io_credits", "io_cloud", "io_rewards", "io_dao"];

/// The workspace root: the nearest folder up from here holding `Anchor.toml`. (Not the compile-time
/// manifest dir: a binary built in another clone that shares the target directory would write
/// there.)
fn workspace_root() -> Result<PathBuf> {
    let here = std::env::current_dir()?;
    here.ancestors()
        .find(|dir| dir.join("Anchor.toml").is_file())
        .map(PathBuf::from)
        .context("run from inside the workspace (no Anchor.toml above the current folder)")
}

fn main() -> Result<()> {
    let root = workspace_root()?;
    let target = std::env::var("IDL_TARGET_DIR").unwrap_or_else(|_| {
        format!(
            "{}/.cache/ionet/idl-target",
            std::env::var("HOME").unwrap_or_default()
        )
    });
    std::env::set_var("CARGO_TARGET_DIR", &target);
    // A toolchain override would make the builder call `cargo +<toolchain>`; use the default.
    std::env::remove_var("RUSTUP_TOOLCHAIN");

    let out_dir = root.join("sdk/src/idl");
    fs::create_dir_all(&out_dir)?;
    let only: Vec<String> = std::env::args().skip(1).collect();
    for program in PROGRAMS {
        if !only.is_empty() && !only.iter().any(|name| name == program) {
            continue;
        }
        eprintln!("idl: {program}");
        let idl = IdlBuilder::new()
            .program_path(root.join("programs").join(program))
            .build()
            .with_context(|| format!("building the IDL of {program}"))?;
        let json = serde_json::to_string_pretty(&idl)? + "\n";
        fs::write(out_dir.join(format!("{program}.json")), json)?;
    }
    Ok(())
}
