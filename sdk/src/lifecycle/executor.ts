/**
 * Runs an assigned job. The lifecycle only needs a result hash back, so any executor fits (a
 * container runner, a GPU job); the default does real CPU work: an iterated SHA-256 chain.
 */
import { createHash } from "node:crypto";

export interface Job {
  rental: string;
  worker: string;
  /** Work units requested (the default executor hashes this many rounds × 1,000). */
  units: number;
}

export interface JobResult {
  resultHash: string;
  /** Wall-clock milliseconds spent. */
  millis: number;
}

export interface JobExecutor {
  run(job: Job): Promise<JobResult>;
}

export class CpuHashExecutor implements JobExecutor {
  async run(job: Job): Promise<JobResult> {
    const started = performance.now();
    let digest = createHash("sha256").update(`${job.rental}:${job.worker}`).digest();
    for (let round = 0; round < job.units * 1_000; round++) digest = createHash("sha256").update(digest).digest();
    return { resultHash: digest.toString("hex"), millis: performance.now() - started };
  }
}
