/**
 * The orchestrator's heartbeat endpoint: POST /heartbeat on 127.0.0.1 only. A heartbeat is
 * accepted once, in order, from the worker's authority, on this chain, about now; anything else
 * is refused with a status and `{ error }`:
 *   400 malformed (not JSON, a field missing or out of range)   401 unsigned, bad signature, stale
 *   403 unknown worker, signer not its authority, other chain   409 replay (counter not above the last)
 *   413 body over the limit                                     404 / 405 other paths or methods
 * The last accepted counter per worker is kept in a `CounterStore`, so a restart doesn't reopen replays.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type { CounterStore } from "./heartbeat_counters.js";
import { HeartbeatError, heartbeatFromWire, HeartbeatMessage, verifyHeartbeat } from "./heartbeat_message.js";

export const HEARTBEAT_PATH = "/heartbeat";
const LOOPBACK = "127.0.0.1";
/** Slow or endless requests are cut off after this. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface HeartbeatServerOptions {
  /** The worker's registered authority (base58), or undefined for an unknown worker. */
  authorityOf(worker: string): string | undefined;
  /** This chain's genesis hash. */
  chain: string;
  /** Unix seconds to check timestamps against (the orchestrator's chain time). */
  now(): bigint | Promise<bigint>;
  /** How far a timestamp may be from `now()`, either way (default 120 s). */
  maxSkewSecs?: bigint;
  /** Last accepted counter per worker. */
  counters: CounterStore;
  /** Called once per accepted heartbeat with its timestamp. */
  onHeartbeat(worker: string, at: bigint): void;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 4096. */
  maxBodyBytes?: number;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

function reply(res: ServerResponse, status: number, body: object, close = false): void {
  res.writeHead(status, { "content-type": "application/json", ...(close ? { connection: "close" } : {}) });
  res.end(JSON.stringify(body));
}

/** The body as text, refused (413) once it passes `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = new HeartbeatError(413, `body over ${limit} bytes`);
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(tooLarge);
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export class HeartbeatServer {
  private readonly server: Server;

  constructor(readonly options: HeartbeatServerOptions) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.requestTimeout = REQUEST_TIMEOUT_MS;
  }

  /** Starts listening on loopback; returns the endpoint's URL. */
  listen(): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.options.port ?? 0, LOOPBACK, () => resolve(this.address()));
    });
  }

  /** The endpoint's URL, e.g. `http://127.0.0.1:43121/heartbeat`. */
  address(): string {
    const bound = this.server.address() as AddressInfo | null;
    if (!bound) throw new Error("heartbeat server is not listening");
    return `http://${LOOPBACK}:${bound.port}${HEARTBEAT_PATH}`;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (req.url !== HEARTBEAT_PATH) throw new HeartbeatError(404, `not found: POST ${HEARTBEAT_PATH}`);
      if (req.method !== "POST") throw new HeartbeatError(405, `method not allowed: POST ${HEARTBEAT_PATH}`);
      const text = await readBody(req, this.options.maxBodyBytes ?? 4096);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new HeartbeatError(400, "malformed heartbeat: body is not JSON");
      }
      const { message, signature } = heartbeatFromWire(body);
      await this.admit(message, signature);
      reply(res, 200, { ok: true });
    } catch (error) {
      if (error instanceof HeartbeatError) reply(res, error.status, { error: error.message }, error.status === 413);
      else reply(res, 500, { error: `internal error: ${String(error).split("\n")[0]}` });
    }
  }

  /** Checks a parsed heartbeat, then records its counter and reports it. */
  private async admit(message: HeartbeatMessage, signature: Uint8Array): Promise<void> {
    const { worker, authority, counter, timestamp, chain } = message;
    if (!verifyHeartbeat(message, signature)) throw new HeartbeatError(401, "bad signature: not by the stated authority");
    const registered = this.options.authorityOf(worker);
    if (registered === undefined) throw new HeartbeatError(403, `unknown worker ${worker}`);
    if (registered !== authority) throw new HeartbeatError(403, `signer ${authority} is not the authority of worker ${worker}`);
    if (chain !== this.options.chain) throw new HeartbeatError(403, `wrong chain: ${chain}`);
    const maxSkew = this.options.maxSkewSecs ?? 120n;
    const skew = abs(timestamp - (await this.options.now()));
    if (skew > maxSkew) throw new HeartbeatError(401, `stale heartbeat: timestamp ${timestamp} is ${skew}s from now (at most ${maxSkew}s)`);
    // No await from here on: the check and the update can't interleave with another request.
    const last = this.options.counters.get(worker);
    if (last !== undefined && counter <= last) throw new HeartbeatError(409, `replayed heartbeat: counter ${counter} is not above ${last}`);
    this.options.counters.set(worker, counter);
    this.options.onHeartbeat(worker, timestamp);
  }
}
