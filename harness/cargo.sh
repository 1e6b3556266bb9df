#!/usr/bin/env bash
# cargo with the project's shared target directory outside the clone (kept warm between runs).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ionet/target}"
exec cargo "$@"
