/**
 * What a worker daemon has done, kept in a JSON file (written whole, then renamed into place,
 * so a crash leaves the old or the new state): the last hour proven and claimed, and the
 * rentals whose job ran. A restart reads it and does none of them again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface WorkerState {
  worker: string;
  /** Chain hours (unix / 3600); -1 if none yet. */
  lastProvenHour: number;
  lastClaimedHour: number;
  /** Rental → the job's result hash. */
  jobs: Record<string, string>;
}

export function loadWorkerState(file: string, worker: string): WorkerState {
  if (!existsSync(file)) return { worker, lastProvenHour: -1, lastClaimedHour: -1, jobs: {} };
  const state = JSON.parse(readFileSync(file, "utf8")) as WorkerState;
  if (state.worker !== worker) throw new Error(`${file} is the state of worker ${state.worker}, not ${worker}: use another --state file`);
  return state;
}

export function saveWorkerState(file: string, state: WorkerState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + "\n");
  renameSync(temporary, file);
}
