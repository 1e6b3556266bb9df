/** How the CLI speaks: human lines or `--json`, and errors as one clear line (no stack traces). */
import { CommanderError } from "commander";

import { IoProgramError } from "../errors.js";

export interface OutputOptions {
  json?: boolean;
}

/** Prints `value` as JSON, or `human(value)` as text. */
export function emit<T>(options: OutputOptions, value: T, human: (value: T) => string): void {
  if (options.json) {
    console.log(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
  } else {
    console.log(human(value));
  }
}

/** A mistake in what the user typed: reported as `error: ...`, exit code 2. */
export class UsageError extends Error {}

export function reportAndExit(err: unknown): never {
  // Help and version are printed by commander itself, exit 0; a mistake in the command line is a usage error.
  if (err instanceof CommanderError) {
    // A group without its subcommand: commander printed the group's help.
    if (err.exitCode === 0 || err.code === "commander.help") process.exit(err.exitCode);
    console.error(`error: ${err.message.replace(/^error: /, "")} (--help lists the commands and options)`);
    process.exit(2);
  }
  if (err instanceof UsageError) {
    console.error(`error: ${err.message}`);
    process.exit(2);
  }
  if (err instanceof IoProgramError) {
    console.error(`refused by ${err.program ?? "a program"}: ${err.errorName} (${err.code}): ${err.errorMessage}`);
    process.exit(1);
  }
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
