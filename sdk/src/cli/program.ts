/**
 * The `io` command line: providers, renters and DAO holders; `io localnet` runs a local chain
 * and `io faucet` funds a wallet on it; `io demo` runs the economy on an embedded harness;
 * `io explorer` indexes a chain and serves its pages. Every other command works on the cluster
 * at `--url` (default localnet), so state persists between them.
 */
import { Command } from "commander";

/** The whole command tree (main.ts parses it; the input tests walk it); each command's module is imported when it runs. */
export function cliProgram(): Command {
  const program = new Command()
    .name("io")
    .description("io.net-style GPU cloud economy: IO token, credits, rentals, rewards, DAO")
    .option("--json", "print machine-readable JSON (amounts in base units)")
    .option("--url <url>", "cluster RPC URL, or localnet (http://127.0.0.1:8899) (default localnet)")
    .option("--keypair <file>", "signer keypair file (default ~/.config/solana/id.json)")
    // Parse errors are thrown (and inherited by every subcommand added below): reportAndExit
    // prints them as one line, exit 2.
    .exitOverride()
    .configureOutput({ outputError: () => undefined });

  program
    .command("demo")
    .description("run the demo economy on the embedded harness; writes a JSON report and an SVG chart")
    .option("--out <dir>", "where to write demo-report.json and supply.svg", "out")
    .option("--hours <n>", "simulated hours", "48")
    .option("--compare-ide", "run it twice on a moving IO price, under the fixed schedule and under the Incentive Dynamic Engine, and compare")
    .action(async (options) => (await import("./commands/demo.js")).demo({ ...program.opts(), ...options }));

  program
    .command("localnet")
    .description("run a persistent local chain (JSON-RPC and websocket on 127.0.0.1) with the protocol deployed")
    .option("--rpc-port <port>", "JSON-RPC port", "8899")
    .option("--ws-port <port>", "PubSub websocket port (default: the RPC port + 1)")
    .option("--ledger <dir>", "where the chain is kept (default ~/.ionet/localnet)")
    .option("--reset", "start a fresh chain, deleting the ledger")
    .action(async (options) => (await import("./commands/localnet.js")).localnet({ ...program.opts(), ...options }));

  program
    .command("explorer")
    .description("the IO Explorer on 127.0.0.1: an indexer of every program event and the network's pages, live")
    .option("--port <port>", "HTTP port on 127.0.0.1", "3000")
    .option("--db <store>", "SQLite file or postgres:// URL of the index (default one file per chain in ~/.ionet/explorer)")
    .option("--demo", "index the demo economy run on the embedded harness instead of --url")
    .option("--hours <n>", "with --demo: simulated hours (default 48)")
    .action(async (options) => (await import("./commands/explorer.js")).explorer({ ...program.opts(), ...options }));

  program
    .command("faucet")
    .description("test IO, USDC and SOL for the signer from the localnet")
    .option("--io <amount>", "IO to receive")
    .option("--usdc <amount>", "USDC to receive")
    .option("--sol <amount>", "SOL to airdrop (for fees)")
    .action(async (options) => (await import("./commands/faucet.js")).faucet({ ...program.opts(), ...options }));

  program
    .command("supply")
    .description("IO supply status: cap, minted at genesis and by rewards, burned, vesting, circulating, room left")
    .action(async () => (await import("./commands/supply.js")).supply(program.opts()));

  /** A subcommand's options: flag, help. */
  type Options = [string, string][];

  /**
   * Adds `actions` (name, one-line description, options) under `group`, each run by the function
   * `load` imports (command modules load only when run: `io --help` needs none of them).
   */
  function subcommands<A extends string>(
    group: Command,
    actions: [A, string, Options][],
    load: () => Promise<(action: A, options: any) => Promise<void>>,
  ): void {
    for (const [action, description, options] of actions) {
      const command = group.command(action).description(description);
      for (const [flag, help] of options) command.option(flag, help);
      command.action(async (o) => (await load())(action, { ...program.opts(), ...o }));
    }
  }

  const WORKER = "--worker <address>";
  const worker = program.command("worker").description("GPU providers: register a device, stake, status, claim block rewards, run the agent");
  const MACHINE: Options = [
    ["--class <name>", "device class by model (H100, B200, A100 40GB, RTX 4090, L4, Apple M3/M4 Max…) or id (default H100)"],
    ["--gpus <n>", "GPU count (default 1)"],
    ["--region <code>", "region code, e.g. us-east"],
    ["--price <usdc>", "asked price per GPU-hour in USDC (default 2)"],
    ["--ask-io <io>", "asked price per GPU-hour in IO, for rentals paid in IO (default 1)"],
  ];
  const workerActions: [("register" | "stake" | "status" | "claim" | "appeal"), string, Options][] = [
    ["register", "register a GPU machine as a worker; prints its address", MACHINE],
    ["stake", "stake IO on a worker (rewards need the minimum stake)", [["--amount <io>", "IO to stake"], [WORKER, "the worker"]]],
    ["status", "a worker's stake, rewards weight and pending rewards", [[WORKER, "the worker"]]],
    ["claim", "claim a worker's block rewards into your IO account", [[WORKER, "the worker"]]],
    [
      "appeal",
      "appeal a slash of your worker within its reconsideration window (30 days)",
      [["--case <address>", "the slash case (io worker status lists them)"], ["--evidence <hash>", "SHA-256 of your evidence, 64 hex digits"]],
    ],
  ];
  subcommands(worker, workerActions, async () => (await import("./commands/worker.js")).workerCommand);
  const coStake = worker.command("co-stake").description("co-staking: up to half a device's minimum stake from one co-staker, for a share of its block rewards");
  const coStakeActions: [("offer" | "cancel" | "accept" | "exit" | "withdraw" | "claim"), string, Options][] = [
    ["offer", "offer co-staking on your worker", [[WORKER, "the worker"], ["--max <io>", "most IO the co-staker may put in (at most half the minimum stake)"], ["--share <percent>", "the co-staker's share of block rewards"]]],
    ["cancel", "withdraw your open offer", [[WORKER, "the worker"]]],
    ["accept", "take a worker's offer with IO from your account", [[WORKER, "the worker"], ["--amount <io>", "IO to co-stake"], ["--share <percent>", "the share you accept (refused if the offer's differs)"]]],
    ["exit", "leave as co-staker: 7 days earning nothing, then the 14-day cooldown", [[WORKER, "the worker"]]],
    ["withdraw", "take your co-stake back after the notice and the cooldown", [[WORKER, "the worker"]]],
    ["claim", "pay a worker's co-staker its block rewards (anyone may)", [[WORKER, "the worker"]]],
  ];
  subcommands(coStake, coStakeActions, async () => (await import("./commands/co_stake.js")).coStakeCommand);
  worker
    .command("run")
    .description("run the worker agent: heartbeats, hourly uptime proofs, assigned jobs, reward claims")
    .option(WORKER, "the worker (--keypair is its authority)")
    .option("--heartbeat-url <url>", "the orchestrator's heartbeat endpoint (printed by io orchestrator run)")
    .option("--verifier-keypair <file>", "record the proofs with the uptime verifier's key (a stand-in for the verifier service)")
    .option("--state <file>", "JSON file of what was done (default ~/.ionet/workers/<worker>.json)")
    .option("--interval-ms <ms>", "wall-clock time between rounds", "1000")
    .action(async (options) => (await import("./commands/worker_run.js")).workerRun({ ...program.opts(), ...options }));

  program
    .command("orchestrator")
    .description("the orchestrator role: assign, settle, replace silent workers")
    .command("run")
    .description("run the orchestrator daemon: follows io_cloud's events, serves heartbeats, steps and settles")
    .option("--store <file>", "SQLite file of its state (resumed after a restart)")
    .option("--heartbeat-port <port>", "heartbeat endpoint port on 127.0.0.1 (default: a free one)")
    .option("--heartbeat-timeout <secs>", "chain seconds of silence before a worker is replaced", "3600")
    .option("--interval-ms <ms>", "wall-clock time between steps", "1000")
    .option("--price-update <address>", "IO/USD price update account (default on a localnet: its own)")
    .action(async (options) => (await import("./commands/orchestrator.js")).orchestratorRun({ ...program.opts(), ...options }));

  const RENTAL = "--rental <address>";
  const rewards = program.command("rewards").description("block rewards: the ledger and its mode; the Incentive Dynamic Engine's hourly crank");
  const rewardsActions: [("status" | "crank"), string, Options][] = [
    ["status", "released, distributed, claimed; the mode, and in IDE mode the last hours' USD due, IO paid, retired and burned", []],
    ["crank", "the IDE's hourly crank: a fresh price, fees drawn, the surplus retired (anyone may)", [["--price-update <address>", "IO/USD price update account (default on a localnet: its own)"]]],
  ];
  subcommands(rewards, rewardsActions, async () => (await import("./commands/rewards.js")).rewardsCommand);

  const rent = program.command("rent").description("renters: book a cluster, extend, terminate, status");
  const BOOKING: Options = [
    ["--class <name>", "device class by model (H100, B200, A100 40GB, RTX 4090, L4, Apple M3/M4 Max…) or id (default H100)"],
    ["--gpus <n>", "GPU count (default 1)"],
    ["--hours <n>", "hours to book (default 1)"],
    ["--price <amount>", "price per GPU-hour in the tender (default 2)"],
    ["--tender <name>", "USDC or IO (default USDC)"],
    ["--usdc-mint <address>", "the USDC mint (default on a localnet: its own)"],
  ];
  const rentActions: [("book" | "extend" | "terminate" | "status"), string, Options][] = [
    ["book", "book GPUs for some hours; shows the exact deposit first", BOOKING],
    ["extend", "add hours to a rental; shows the charge first", [[RENTAL, "the rental"], ["--hours <n>", "hours to add (default 1)"]]],
    ["terminate", "end a rental early; what was not streamed is refunded", [[RENTAL, "the rental"]]],
    ["status", "a rental's state, deposit, payments and refunds", [[RENTAL, "the rental"]]],
  ];
  subcommands(rent, rentActions, async () => (await import("./commands/rent.js")).rentCommand);

  const NONCE: [string, string] = ["--nonce <n>", "which of your lock positions (default 0)"];
  const PROPOSAL: [string, string] = ["--proposal <id>", "proposal id"];
  const daoCmd = program.command("dao").description("veIO holders: lock IO, propose, vote, execute");
  const daoActions: [("lock" | "propose" | "vote" | "execute"), string, Options][] = [
    ["lock", "lock IO for voting power (more for longer locks)", [
      ["--amount <io>", "IO to lock"],
      ["--days <n>", "lock length in days, 1 to 1460 (default 365)"],
      ["--kind <kind>", "cliff or constant (default cliff)"],
      NONCE,
    ]],
    ["propose", "propose a parameter change, e.g. busy_boost_bps=30000", [["--param <name=value>", "the change, e.g. busy_boost_bps=30000"], NONCE]],
    ["vote", "vote yes, no or abstain on a proposal", [PROPOSAL, ["--side <side>", "yes, no or abstain (default yes)"], NONCE]],
    ["execute", "finalize and execute a proposal after its timelock", [PROPOSAL]],
  ];
  subcommands(daoCmd, daoActions, async () => (await import("./commands/dao.js")).daoCommand);

  return program;
}
