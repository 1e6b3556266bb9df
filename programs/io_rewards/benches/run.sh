#!/usr/bin/env bash
# Claim cost of io_rewards with 1 / 10,000 / 100,000 registered workers and 1 / 10,000 hours since
# the last claim (docs/BENCHMARKS.md). One command, from the repository root:
#   bash programs/io_rewards/benches/run.sh [max_workers]      (default 100000; about 10 minutes)
#   BENCH_OUT=<dir> keeps the callgrind profiles; `run.sh --report <dir>` re-prints their table.
# Builds the benchmark (a standalone package pinned to the workspace's Cargo.lock, in its own
# target directory: sharing the workspace's mixes two builds of solana-pubkey), runs it under
# callgrind with instrumentation only around each measured claim transaction, and prints a table
# of instructions executed by the host (Ir): the bank processing the transaction (sanitize, load,
# execute, commit), io_rewards' entry (inclusive: Anchor's account checks, the handler and the
# CPI), the CPI into io_token (with SPL Token's mint_to), the accumulator's `accrue` (closed-form
# schedule included), and everything all threads executed meanwhile (that includes accounts-db
# background threads, so it varies from run to run).
# Compute units can't be measured: native builtins are not metered.
set -uo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
bench="$root/programs/io_rewards/benches/claim_cost"
target="${BENCH_TARGET_DIR:-$HOME/.cache/ionet/bench-target}"
keep="${BENCH_OUT:-}"

if [ "${1:-}" = "--report" ]; then
  # Re-print the table from the profiles of an earlier run kept with BENCH_OUT=<dir>.
  out="$2"
  keep="$2"
else
  max_workers="${1:-100000}"
  out="${keep:-$(mktemp -d)}"
  mkdir -p "$out"
  cp "$root/Cargo.lock" "$bench/Cargo.lock"
  CARGO_TARGET_DIR="$target" cargo build --quiet --manifest-path "$bench/Cargo.toml" || exit 1
  rm -f "$bench/Cargo.lock"
  binary="$target/debug/io_rewards_claim_cost"

  # --aspace-minaddr: solana-sbpf offsets its VM pointer by a random key of up to ±1 GiB, which
  # under valgrind's low default heap can wrap below zero (a debug-assertion panic).
  valgrind --tool=callgrind --instr-atstart=no --aspace-minaddr=0x100000000 \
    --callgrind-out-file="$out/claim.%p" "$binary" "$max_workers" 2> "$out/valgrind.log" \
    | tee "$out/bench.log"
  if grep -q panicked "$out/valgrind.log"; then
    cat "$out/valgrind.log" >&2
    exit 1
  fi
fi

inclusive() { # inclusive Ir of the function named exactly $2 in profile $1
  callgrind_annotate --inclusive=yes --threshold=100 "$1" 2>/dev/null \
    | awk -v name="???:$2 [" 'index($0, name) { gsub(",", "", $1); print $1; exit }'
}

echo
echo "| workers | hours since last claim | Ir bank: process transaction | Ir io_rewards::entry | of which CPI to io_token | Ir RewardPool::accrue | Ir all threads while measuring |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for dump in $(ls "$out"/claim.*.* | sort -t. -k3 -n); do
  label="$(sed -n 's/^desc: Trigger: Client Request: //p' "$dump")"
  workers="$(sed -n 's/.*workers=\([0-9]*\).*/\1/p' <<< "$label")"
  hours="$(sed -n 's/.*hours=\([0-9]*\).*/\1/p' <<< "$label")"
  total="$(sed -n 's/^totals: //p' "$dump")"
  bank="$(inclusive "$dump" solana_runtime::bank::Bank::process_transaction_with_metadata)"
  entry="$(inclusive "$dump" io_rewards::entry)"
  cpi="$(inclusive "$dump" io_token::cpi::mint_emission)"
  accrue="$(inclusive "$dump" io_rewards::math::accumulator::RewardPool::accrue)"
  echo "| $workers | $hours | $bank | $entry | $cpi | $accrue | $total |"
done
[ -n "$keep" ] || rm -rf "$out"
