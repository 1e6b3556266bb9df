/** The `io` command: parses the command line, runs the command, exits with its status. */
import { reportAndExit } from "./output.js";
import { cliProgram } from "./program.js";

// Exit once done: a cluster connection's websocket would keep the process alive.
cliProgram().parseAsync(process.argv).then(() => process.exit(0), reportAndExit);
