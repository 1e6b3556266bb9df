/** A worker's minimum stake, mirroring programs/io_cloud/src/math/stake.rs. */
import { STAKE_PER_GPU } from "../limits.js";
import { BPS_DENOMINATOR } from "./fees.js";

/** 200 IO × max(1, multiplier) × GPUs, in IO base units; the multiplier in basis points. */
export function minStake(multiplierBps: number, gpus: number): bigint {
  const multiplier = BigInt(Math.max(multiplierBps, Number(BPS_DENOMINATOR)));
  return (STAKE_PER_GPU * multiplier * BigInt(gpus)) / BPS_DENOMINATOR;
}
