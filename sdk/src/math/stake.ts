/** A worker's minimum stake, mirroring programs/io_cloud/src/math/stake.rs. */

/** 200 IO × max(1, multiplier) × GPUs, in IO base units; the multiplier in basis points. */
export function minStake(multiplierBps: number, gpus: number): bigint {
  return (200n * 100_000_000n * BigInt(Math.max(multiplierBps, 10_000)) * BigInt(gpus)) / 10_000n;
}
