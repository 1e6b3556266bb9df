/** The `io` command line: providers, renters and DAO holders; `io demo` runs the economy. */
import { Command } from "commander";

import { demo } from "./commands/demo.js";
import { localnet } from "./commands/localnet.js";
import { daoCommand } from "./commands/dao.js";
import { rentCommand } from "./commands/rent.js";
import { supply } from "./commands/supply.js";
import { workerCommand } from "./commands/worker.js";
import { reportAndExit, UsageError } from "./output.js";

const program = new Command()
  .name("io")
  .description("io.net-style GPU cloud economy: IO token, credits, rentals, rewards, DAO")
  .option("--json", "print machine-readable JSON")
  .option("--rpc <url>", "a Solana cluster RPC URL (default: the embedded harness)")
  .option("--keypair <file>", "signer keypair file for --rpc")
  .showHelpAfterError();

program
  .command("demo")
  .description("run the demo economy on the embedded harness; writes a JSON report and an SVG chart")
  .option("--out <dir>", "where to write demo-report.json and supply.svg", "out")
  .option("--hours <n>", "simulated hours", "48")
  .action(async (options) => {
    if (!/^\d+$/.test(options.hours) || Number(options.hours) < 20) throw new UsageError("--hours must be a whole number of at least 20");
    await demo({ ...program.opts(), ...options });
  });

program
  .command("localnet")
  .description("run a persistent local chain (JSON-RPC and websocket on 127.0.0.1) with the protocol deployed")
  .option("--rpc-port <port>", "JSON-RPC port", "8899")
  .option("--ws-port <port>", "PubSub websocket port (default: the RPC port + 1)")
  .option("--ledger <dir>", "where the chain is kept (default ~/.ionet/localnet)")
  .option("--reset", "start a fresh chain, deleting the ledger")
  .action(async (options) => localnet({ ...program.opts(), ...options }));

program
  .command("supply")
  .description("IO supply status: cap, minted at genesis and by rewards, burned, vesting, circulating, room left")
  .action(async () => supply(program.opts()));

const worker = program.command("worker").description("GPU providers: register a device, stake, status, claim block rewards");
for (const action of ["register", "stake", "status", "claim"] as const) {
  worker
    .command(action)
    .option("--class <name>", "device class (H100, A100, RTX 4090, RTX 4070) or id")
    .option("--gpus <n>", "GPU count")
    .option("--region <code>", "region code, e.g. us-east")
    .option("--price <usdc>", "asked price per GPU-hour in USD")
    .option("--ask-io <io>", "asked price per GPU-hour in IO (rentals paid in IO)")
    .option("--amount <io>", "IO to stake")
    .option("--worker <address>", "an existing worker (required with --rpc)")
    .action(async (options) => workerCommand(action, { ...program.opts(), ...options }));
}

const rent = program.command("rent").description("renters: book a cluster, extend, terminate, status");
for (const action of ["book", "extend", "terminate", "status"] as const) {
  rent
    .command(action)
    .option("--class <name>", "device class (H100, A100, RTX 4090, RTX 4070) or id")
    .option("--gpus <n>", "GPU count")
    .option("--hours <n>", "hours to book (or to add, with extend)")
    .option("--price <amount>", "price per GPU-hour in the tender")
    .option("--tender <name>", "USDC or IO")
    .option("--usdc-mint <address>", "the USDC mint (with --rpc)")
    .option("--rental <address>", "an existing rental (required with --rpc)")
    .action(async (options) => rentCommand(action, { ...program.opts(), ...options }));
}

const daoCmd = program.command("dao").description("veIO holders: lock IO, propose, vote, execute");
for (const action of ["lock", "propose", "vote", "execute"] as const) {
  daoCmd
    .command(action)
    .option("--amount <io>", "IO to lock")
    .option("--days <n>", "lock length in days (1 to 1460)")
    .option("--kind <kind>", "cliff or constant")
    .option("--nonce <n>", "which of your positions")
    .option("--param <name=value>", "the change to propose, e.g. busy_boost_bps=30000")
    .option("--proposal <id>", "proposal id")
    .option("--side <side>", "yes, no or abstain")
    .action(async (options) => daoCommand(action, { ...program.opts(), ...options }));
}

program.parseAsync(process.argv).catch(reportAndExit);
