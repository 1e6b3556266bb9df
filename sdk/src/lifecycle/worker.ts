/**
 * The worker agent (io.net's "IO Worker"): registers its device, stakes, proves uptime each hour
 * (the proof is a job run through the executor; the uptime verifier records its result hash),
 * heartbeats to the orchestrator, runs assigned jobs, and claims block rewards. Rental pay
 * streams straight into the authority's token account on each settle, so there is nothing to
 * withdraw from the escrow; stake comes back through unstake and withdraw after the cooldown.
 */
import type { PublicKey, Signer } from "@solana/web3.js";

import type { IoCloudClient } from "../cloud/client.js";
import type { WorkerRegisterInput } from "../cloud/instructions.js";
import type { IoRewardsClient } from "../rewards/client.js";
import type { TxResult } from "../tx.js";
import { JobExecutor, JobResult } from "./executor.js";

export interface WorkerAgentOptions {
  cloud: IoCloudClient;
  rewards: IoRewardsClient;
  authority: Signer;
  executor: JobExecutor;
  /** The authority's IO account: stake source and rewards destination. */
  ioAccount: PublicKey;
}

export class WorkerAgent {
  worker?: PublicKey;
  /** Jobs run (rental → result). */
  readonly jobs = new Map<string, JobResult>();
  claimed = 0n;

  constructor(readonly options: WorkerAgentOptions) {}

  async register(input: WorkerRegisterInput): Promise<PublicKey> {
    const { worker } = await this.options.cloud.registerWorker(this.options.authority, input);
    this.worker = worker;
    return worker;
  }

  private get id(): PublicKey {
    if (!this.worker) throw new Error("worker not registered");
    return this.worker;
  }

  async stake(amount: bigint): Promise<void> {
    await this.options.cloud.stake(this.options.authority, this.id, this.options.ioAccount, amount);
  }

  /** Runs this hour's proof of work; the verifier records the result (see `recordProof`). */
  async proveUptime(hour: bigint): Promise<JobResult> {
    return this.options.executor.run({ rental: `uptime-${hour}`, worker: this.id.toBase58(), units: 1 });
  }

  /** Tells the orchestrator this worker is alive (off-chain; a missed one leads to replacement). */
  heartbeat(orchestrator: { heartbeat(worker: PublicKey, at: bigint): void }, at: bigint): void {
    orchestrator.heartbeat(this.id, at);
  }

  /** Runs an assigned rental's job (once per rental). */
  async runJob(rental: PublicKey, units = 2): Promise<JobResult> {
    const key = rental.toBase58();
    const done = this.jobs.get(key);
    if (done) return done;
    const result = await this.options.executor.run({ rental: key, worker: this.id.toBase58(), units });
    this.jobs.set(key, result);
    return result;
  }

  /** Claims block rewards if any accrued; returns what was paid. */
  async claimRewards(): Promise<bigint> {
    const pending = await this.options.rewards.pendingRewards(this.id);
    if (pending === 0n) return 0n;
    await this.options.rewards.claim(this.options.authority, this.id, this.options.ioAccount);
    this.claimed += pending;
    return pending;
  }
}

/** The uptime verifier's side: records a worker's proof for an hour. */
export async function recordProof(
  cloud: IoCloudClient,
  verifier: Signer,
  worker: PublicKey,
  hour: bigint,
  proof: JobResult | undefined,
): Promise<TxResult> {
  return cloud.recordUptime(verifier, worker, {
    hour,
    ok: proof !== undefined,
    resultHash: proof ? Buffer.from(proof.resultHash, "hex") : new Uint8Array(32),
  });
}
