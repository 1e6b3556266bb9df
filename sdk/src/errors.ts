/**
 * Program errors as typed errors: whichever way a refusal arrives (Anchor's `AnchorError`, its
 * `ProgramError`, or a raw `custom program error: 0x..` with logs), it becomes an
 * `IoProgramError` naming the program, the error and its code.
 */
import { AnchorError, LangErrorCode, LangErrorMessage, ProgramError } from "@coral-xyz/anchor";

import { IDLS, ProgramName, programNameOf } from "./programs.js";

/** Errors every program shares (programs/io_common/src/errors.rs, offset 9000). */
export const COMMON_ERRORS: Record<number, string> = {
  9000: "MathOverflow",
  9001: "CastOverflow",
  9002: "NotUpgradeAuthority",
  9003: "WrongProgramData",
  9004: "WrongProgramAccount",
};

export class IoProgramError extends Error {
  constructor(
    /** The program that refused, when it is one of ours. */
    readonly program: ProgramName | undefined,
    /** The error's name, e.g. `AlreadyInitialized`. */
    readonly errorName: string,
    readonly code: number,
    readonly errorMessage: string,
    readonly logs: string[],
  ) {
    super(`${program ?? "program"}: ${errorName} (${code}): ${errorMessage}`);
    this.name = "IoProgramError";
  }
}

/** Name and message of `code` as raised by `program` (its own errors, shared ones, Anchor's). */
export function errorInfo(program: ProgramName | undefined, code: number): { name: string; msg: string } {
  const own = program ? IDLS[program].errors?.find((e) => e.code === code) : undefined;
  if (own) return { name: own.name, msg: own.msg ?? own.name };
  if (COMMON_ERRORS[code]) return { name: COMMON_ERRORS[code], msg: COMMON_ERRORS[code] };
  const lang = Object.entries(LangErrorCode).find(([, number]) => number === code);
  if (lang) return { name: lang[0], msg: LangErrorMessage.get(code) ?? lang[0] };
  return { name: `Custom${code}`, msg: `custom program error ${code}` };
}

const FAILED = /^Program (\w+) failed: custom program error: 0x([0-9a-f]+)$/;
const LOGGED = /Error Code: (\w+)\. Error Number: (\d+)\. Error Message: (.*?)\.?$/;

/**
 * The name and message Anchor logged for error `code`: a program may raise an error of a crate it
 * uses (io_rewards and io_cloud raise io_credits' oracle errors), whose number its own IDL names
 * otherwise.
 */
function loggedError(logs: string[], code: number): { name: string; msg: string } | undefined {
  for (const line of logs) {
    const logged = LOGGED.exec(line);
    if (logged && Number(logged[2]) === code) return { name: logged[1], msg: logged[3] };
  }
  return undefined;
}

/** Turns whatever a failed send threw into an `IoProgramError` when it is a program error. */
export function toIoError(err: unknown): unknown {
  if (err instanceof IoProgramError) return err;
  if (err instanceof AnchorError) {
    const program = programNameOf(err.program);
    const { code, number } = err.error.errorCode;
    return new IoProgramError(program, code, number, err.error.errorMessage, err.logs);
  }
  const logs: string[] = (err as { logs?: string[] })?.logs ?? [];
  // The first failure logged is where the error arose (callers fail after their callee).
  for (const line of logs) {
    const failed = FAILED.exec(line);
    if (!failed) continue;
    const program = programNameOf(failed[1]);
    const code = parseInt(failed[2], 16);
    const { name, msg } = loggedError(logs, code) ?? errorInfo(program, code);
    return new IoProgramError(program, name, code, msg, logs);
  }
  if (err instanceof ProgramError) {
    const program = err.program ? programNameOf(err.program) : undefined;
    const { name } = errorInfo(program, err.code);
    return new IoProgramError(program, name, err.code, err.msg, err.logs ?? []);
  }
  return err;
}

/** All error names a program can raise, for completeness checks. */
export function errorNames(program: ProgramName): string[] {
  return (IDLS[program].errors ?? []).map((e) => e.name);
}

