/**
 * The worker agent's side of heartbeats: signs each with the worker's authority and POSTs it to
 * the orchestrator's `HeartbeatServer`. Counters are microseconds since the epoch, or one more
 * than the last sent when that is larger, so they keep rising across a restart without any
 * state; give a `CounterStore` to survive the clock stepping back as well.
 */
import type { PublicKey, Signer } from "@solana/web3.js";

import type { CounterStore } from "./heartbeat_counters.js";
import { HeartbeatError, HeartbeatMessage, heartbeatToWire, signHeartbeat } from "./heartbeat_message.js";

export interface HeartbeatClientOptions {
  /** The server's endpoint (`HeartbeatServer.address()`). */
  url: string;
  /** The worker's authority (a `Keypair` or any signer holding its secret key). */
  authority: Signer;
  worker: PublicKey;
  /** The chain's genesis hash. */
  chain: string;
  /** Where the last sent counter is kept (optional, see above). */
  counter?: CounterStore;
}

export class HeartbeatClient {
  private last: bigint;

  constructor(readonly options: HeartbeatClientOptions) {
    this.last = options.counter?.get(options.worker.toBase58()) ?? 0n;
  }

  /** Sends one heartbeat stamped `timestamp` (unix seconds); throws a `HeartbeatError` if refused. */
  async send(timestamp: bigint): Promise<void> {
    const { url, authority, worker, chain } = this.options;
    const message: HeartbeatMessage = {
      worker: worker.toBase58(),
      authority: authority.publicKey.toBase58(),
      counter: this.nextCounter(),
      timestamp,
      chain,
    };
    const wire = heartbeatToWire(message, signHeartbeat(message, authority.secretKey));
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(wire) });
    if (response.ok) return;
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new HeartbeatError(response.status, `heartbeat refused (${response.status}): ${body.error ?? response.statusText}`);
  }

  /** Recorded before sending, so a crash mid-send never reuses it. */
  private nextCounter(): bigint {
    const clock = BigInt(Date.now()) * 1000n;
    this.last = clock > this.last ? clock : this.last + 1n;
    this.options.counter?.set(this.options.worker.toBase58(), this.last);
    return this.last;
  }
}
