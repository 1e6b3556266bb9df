/**
 * The worker agent as a long-running process: every interval it heartbeats to the orchestrator
 * (signed, stamped with chain time); once per chain hour it runs its uptime proof through the
 * executor and, given the verifier's key, records it (in production the uptime verifier is a
 * separate service that challenges the worker and records the result itself); it runs the job of
 * each rental it is assigned to once, and claims block rewards when some are pending (at most
 * once an hour). What it did is kept in its state file, so a restart repeats none of it.
 */
import { Connection, PublicKey, Signer } from "@solana/web3.js";

import type { IoCloudClient } from "../cloud/client.js";
import { CpuHashExecutor, JobExecutor } from "../lifecycle/executor.js";
import { HeartbeatClient } from "../lifecycle/heartbeat_client.js";
import { recordProof, WorkerAgent } from "../lifecycle/worker.js";
import type { IoRewardsClient } from "../rewards/client.js";
import { chainClock } from "./chain_clock.js";
import { DaemonLoop, errorLine, runEvery } from "./daemon_loop.js";
import { loadWorkerState, saveWorkerState, WorkerState } from "./worker_state.js";

export type WorkerAction =
  | { action: "proved"; hour: number; resultHash: string; recorded: boolean; signature?: string }
  | { action: "ran job"; rental: string; resultHash: string }
  | { action: "claimed"; hour: number; amount: bigint };

export interface WorkerDaemonOptions {
  connection: Connection;
  cloud: IoCloudClient;
  rewards: IoRewardsClient;
  authority: Signer;
  worker: PublicKey;
  /** The authority's IO account (rewards are claimed into it). */
  ioAccount: PublicKey;
  heartbeatUrl: string;
  /** Records the proofs itself when given (a stand-in for the uptime verifier service). */
  verifier?: Signer;
  stateFile: string;
  intervalMs: number;
  executor?: JobExecutor;
  onAction(action: WorkerAction): void;
  onProblem(line: string): void;
}

const SECONDS_PER_HOUR = 3_600n;

export class WorkerDaemon {
  readonly agent: WorkerAgent;
  private readonly state: WorkerState;
  private readonly now: () => Promise<bigint>;
  private heartbeats?: HeartbeatClient;
  /** The last heartbeat failure reported (reported once until heartbeats succeed again). */
  private heartbeatFailing = false;
  /** The loop, once started. */
  loop?: DaemonLoop;

  constructor(readonly options: WorkerDaemonOptions) {
    const { cloud, rewards, authority, ioAccount, worker } = options;
    this.agent = new WorkerAgent({ cloud, rewards, authority, ioAccount, executor: options.executor ?? new CpuHashExecutor() });
    this.agent.worker = worker;
    this.state = loadWorkerState(options.stateFile, worker.toBase58());
    this.now = chainClock(options.connection);
  }

  /** Checks the worker is the signer's, then starts the loop. */
  async start(): Promise<void> {
    const { cloud, worker, authority, heartbeatUrl, connection } = this.options;
    const account = await cloud.fetchWorkerOrThrow(worker).catch((error) => {
      throw /no worker at/.test(String(error)) ? error : new Error(`${worker.toBase58()} is not an io_cloud worker account`);
    });
    if (!account.authority.equals(authority.publicKey)) throw new Error(`worker ${worker.toBase58()} belongs to ${account.authority.toBase58()}, not to the --keypair's ${authority.publicKey.toBase58()}`);
    this.heartbeats = new HeartbeatClient({ url: heartbeatUrl, authority, worker, chain: await connection.getGenesisHash() });
    this.loop = runEvery(this.options.intervalMs, () => this.tick(), (error) => this.options.onProblem(`error: ${errorLine(error)}`));
  }

  /** Finishes the current round and stops. */
  async stop(): Promise<void> {
    this.loop?.stop();
    await this.loop?.done;
  }

  private async tick(): Promise<void> {
    const now = await this.now();
    await this.heartbeat(now);
    const hour = Number(now / SECONDS_PER_HOUR);
    await this.prove(hour);
    await this.runJobs();
    await this.claim(hour);
  }

  private async heartbeat(now: bigint): Promise<void> {
    try {
      await this.heartbeats!.send(now);
      if (this.heartbeatFailing) this.options.onProblem("heartbeats accepted again");
      this.heartbeatFailing = false;
    } catch (error) {
      if (!this.heartbeatFailing) this.options.onProblem(`heartbeat failed: ${errorLine(error)}`);
      this.heartbeatFailing = true;
    }
  }

  /** This hour's proof, unless done (here or, per the chain, before a lost state file). */
  private async prove(hour: number): Promise<void> {
    if (this.state.lastProvenHour >= hour) return;
    const { verifier, cloud, worker } = this.options;
    const account = await cloud.fetchWorkerOrThrow(worker);
    if (account.hasProof && Number(account.lastProofHour) >= hour) return this.save({ lastProvenHour: hour });
    const proof = await this.agent.proveUptime(BigInt(hour));
    let signature: string | undefined;
    if (verifier) ({ signature } = await recordProof(cloud, verifier, worker, BigInt(hour), proof));
    this.save({ lastProvenHour: hour });
    this.options.onAction({ action: "proved", hour, resultHash: proof.resultHash, recorded: verifier !== undefined, signature });
  }

  /** The job of the rental the worker serves, once per rental. */
  private async runJobs(): Promise<void> {
    const account = await this.options.cloud.fetchWorkerOrThrow(this.options.worker);
    if (account.rental.equals(PublicKey.default)) return;
    const rental = account.rental.toBase58();
    if (this.state.jobs[rental]) return;
    const { resultHash } = await this.agent.runJob(account.rental);
    this.save({ jobs: { ...this.state.jobs, [rental]: resultHash } });
    this.options.onAction({ action: "ran job", rental, resultHash });
  }

  /** Claims pending block rewards, at most once an hour. */
  private async claim(hour: number): Promise<void> {
    if (this.state.lastClaimedHour >= hour) return;
    const amount = await this.agent.claimRewards();
    if (amount === 0n) return;
    this.save({ lastClaimedHour: hour });
    this.options.onAction({ action: "claimed", hour, amount });
  }

  private save(patch: Partial<WorkerState>): void {
    Object.assign(this.state, patch);
    saveWorkerState(this.options.stateFile, this.state);
  }
}
