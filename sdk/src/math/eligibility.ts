/**
 * Whether a worker earns block rewards at a time, mirroring `Worker::is_eligible_at`
 * (programs/io_cloud/src/state/worker.rs) and `uptime_ok` (math/uptime.rs).
 */
import type BN from "bn.js";

import { toBigInt } from "../codec.js";
import { minStake } from "./stake.js";

const SECONDS_PER_HOUR = 3_600n;

/** The fields of a worker account eligibility reads (amounts as bigint). */
export interface EligibilityInput {
  classEnabled: boolean;
  staked: bigint;
  multiplierBps: number;
  gpus: number;
  hasProof: boolean;
  lastProofHour: bigint;
  lastProofOk: boolean;
  goodHours: number;
  goodHoursNeeded: number;
}

/** Class enabled, stake at its minimum, consecutive good hours met, and the latest good proof covering `now` (its hour and the next). */
export function isEligibleAt(worker: EligibilityInput, now: bigint): boolean {
  const hour = now / SECONDS_PER_HOUR;
  return (
    worker.classEnabled &&
    worker.staked >= minStake(worker.multiplierBps, worker.gpus) &&
    worker.goodHours >= worker.goodHoursNeeded &&
    worker.hasProof &&
    worker.lastProofOk &&
    hour <= worker.lastProofHour + 1n
  );
}

/** A worker account as the client fetches it, read for `isEligibleAt`. */
export const eligibilityOf = (worker: Omit<EligibilityInput, "staked" | "lastProofHour"> & { staked: BN; lastProofHour: BN }): EligibilityInput => ({
  ...worker,
  staked: toBigInt(worker.staked),
  lastProofHour: toBigInt(worker.lastProofHour),
});
