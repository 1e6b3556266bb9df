#!/usr/bin/env bash
# Regenerates sdk/src/idl/*.json from the programs' Rust source and sdk/src/idl/*.ts from those.
# Generated files are never edited by hand; CI checks they match the source.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ionet/target}"
cargo run -q -p ionet-idlgen -- "$@"
npx tsx sdk/scripts/idl-types.ts
