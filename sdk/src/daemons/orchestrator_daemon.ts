/**
 * The orchestrator as a long-running process on a cluster: an `Orchestrator` on a durable
 * store, following io_cloud's events live (with catch-up from history), the heartbeat endpoint
 * on loopback feeding it, and a loop that steps and settles every interval. It reports each
 * transaction it sends once; after a crash the store's action records keep a restart from
 * sending any again.
 */
import { Connection, PublicKey, Signer } from "@solana/web3.js";

import type { IoCloudClient } from "../cloud/client.js";
import { HeartbeatServer } from "../lifecycle/heartbeat_server.js";
import { storeCounters } from "../lifecycle/heartbeat_counters.js";
import { Orchestrator, WorkerView } from "../lifecycle/orchestrator.js";
import type { LifecycleStore } from "../lifecycle/store.js";
import { chainClock } from "./chain_clock.js";
import { DaemonLoop, errorLine, runEvery } from "./daemon_loop.js";
import { SentAction, sentAction } from "./orchestrator_actions.js";

export interface OrchestratorDaemonOptions {
  connection: Connection;
  cloud: IoCloudClient;
  orchestrator: Signer;
  store: LifecycleStore;
  ioMint: PublicKey;
  priceUpdate?: PublicKey;
  heartbeatTimeoutSecs: bigint;
  /** 0 picks a free port. */
  heartbeatPort: number;
  intervalMs: number;
  onAction(action: SentAction): void;
  /** Errors and refusals, one line each. */
  onProblem(line: string): void;
}

/** How long stopping waits for the websocket to unsubscribe (it may be gone with the cluster) or the endpoint to close. */
const STOP_WAIT_MS = 2_000;
const atMost = (work?: Promise<unknown>) => Promise.race([work, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);

export class OrchestratorDaemon {
  readonly orchestrator: Orchestrator;
  private server?: HeartbeatServer;
  /** The step loop, once started. */
  loop?: DaemonLoop;
  private reported = 0;
  private refusalsReported = 0;

  private readonly now: () => Promise<bigint>;

  constructor(readonly options: OrchestratorDaemonOptions) {
    const now = (this.now = chainClock(options.connection));
    const { store, priceUpdate } = options;
    this.orchestrator = new Orchestrator({
      connection: options.connection,
      cloud: options.cloud,
      orchestrator: options.orchestrator,
      store,
      now,
      heartbeatTimeoutSecs: options.heartbeatTimeoutSecs,
      ioMint: options.ioMint,
      priceUpdate: priceUpdate && (async () => priceUpdate),
    });
  }

  /** Binds the store to the chain, opens the heartbeat endpoint (returns its URL) and starts the loop. */
  async start(): Promise<string> {
    const { store, connection, heartbeatPort } = this.options;
    this.server = new HeartbeatServer({
      authorityOf: (worker) => store.get<WorkerView>("worker", worker)?.authority,
      chain: await connection.getGenesisHash(),
      now: this.now,
      counters: storeCounters(store),
      onHeartbeat: (worker, at) => this.orchestrator.heartbeat(new PublicKey(worker), at),
      port: heartbeatPort,
    });
    const url = await this.server.listen();
    this.orchestrator.log.follow();
    this.loop = runEvery(this.options.intervalMs, () => this.tick(), (error) => this.options.onProblem(`error: ${errorLine(error)}`));
    return url;
  }

  /** Finishes the current step, stops following and listening, closes the store. */
  async stop(): Promise<void> {
    this.loop?.stop();
    await this.loop?.done;
    await atMost(this.server?.close().catch(() => undefined));
    await atMost(this.orchestrator.log.stop());
    this.options.store.close();
  }

  private async tick(): Promise<void> {
    try {
      await this.orchestrator.step();
      await this.orchestrator.settleAll();
    } finally {
      this.report();
    }
  }

  /** Reports what was sent and refused since the last report. */
  private report(): void {
    const { sent, refusals } = this.orchestrator;
    for (; this.reported < sent.length; this.reported++) this.options.onAction(sentAction(this.options.store, sent[this.reported]));
    for (; this.refusalsReported < refusals.length; this.refusalsReported++) {
      const { key, error } = refusals[this.refusalsReported];
      this.options.onProblem(`refused ${key}: ${error.split("\n")[0]}`);
    }
  }
}
