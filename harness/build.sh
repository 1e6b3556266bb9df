#!/usr/bin/env bash
# Builds the native harness addon and puts it where harness/ts/native.ts loads it.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ionet/target}"
cargo build -p ionet-harness-node
mkdir -p harness/native
# A copy renamed into place: processes that have the old addon loaded keep their file.
cp "$CARGO_TARGET_DIR/debug/libionet_harness_node.so" harness/native/ionet-harness.node.new
mv harness/native/ionet-harness.node.new harness/native/ionet-harness.node
