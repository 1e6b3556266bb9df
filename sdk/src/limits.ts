/**
 * The programs' numeric limits, read from the `#[constant]`s in their IDLs (as `pda.ts` reads
 * seeds), so the SDK and the CLI follow the Rust by construction.
 */
import { IDLS, ProgramName } from "./programs.js";

/** An integer `#[constant]` of a program, e.g. `idlInteger("io_cloud", "MAX_WORKER_GPUS")`. */
export function idlInteger(program: ProgramName, name: string): bigint {
  const constant = IDLS[program].constants?.find((c) => c.name === name);
  if (!constant) throw new Error(`${program} exports no constant ${name}`);
  if (!/^[ui](8|16|32|64|128)$/.test(String(constant.type))) throw new Error(`${program}.${name} is not an integer`);
  return BigInt(constant.value.replace(/_/g, ""));
}

/** Stake per GPU at a multiplier of at most 1×, IO base units. */
export const STAKE_PER_GPU = idlInteger("io_cloud", "STAKE_PER_GPU");
/** Most workers one rental may have. */
export const MAX_RENTAL_WORKERS = Number(idlInteger("io_cloud", "MAX_RENTAL_WORKERS"));
/** Most GPUs one worker may declare. */
export const MAX_WORKER_GPUS = Number(idlInteger("io_cloud", "MAX_WORKER_GPUS"));
/** Most GPUs one rental may book. */
export const MAX_RENTAL_GPUS = MAX_RENTAL_WORKERS * MAX_WORKER_GPUS;
