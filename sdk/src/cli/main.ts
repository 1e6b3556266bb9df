/** The `io` command line: providers, renters and DAO holders; `io demo` runs the economy. */
import { Command } from "commander";

import { demo } from "./commands/demo.js";
import { supply } from "./commands/supply.js";
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
  .command("supply")
  .description("IO supply status: cap, minted at genesis and by rewards, burned, vesting, circulating, room left")
  .action(async () => supply(program.opts()));

program.parseAsync(process.argv).catch(reportAndExit);
