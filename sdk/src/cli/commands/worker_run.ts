/**
 * `io worker run`: the worker agent daemon for `--worker`, signing as its authority
 * (`--keypair`), heartbeating to the orchestrator's `--heartbeat-url`. Prints one line per
 * action; stops cleanly on SIGTERM or SIGINT.
 */
import { homedir } from "node:os";
import path from "node:path";

import { stopOnSignal } from "../../daemons/daemon_loop.js";
import { WorkerAction, WorkerDaemon } from "../../daemons/worker_daemon.js";
import { readKeypair } from "../../localnet/keys.js";
import { commandContext, ioAccountOf } from "../context.js";
import { formatIo } from "../format.js";
import { OutputOptions, UsageError } from "../output.js";
import { parseCount, parseHttpUrl, parsePubkey } from "../parse.js";
import { SessionOptions } from "../session.js";
import { jsonLine } from "./daemon_output.js";

export interface WorkerRunOptions extends OutputOptions, SessionOptions {
  worker?: string;
  heartbeatUrl?: string;
  verifierKeypair?: string;
  state?: string;
  intervalMs: string;
}

function describe(a: WorkerAction): string {
  switch (a.action) {
    case "proved":
      return `proved uptime for hour ${a.hour} (${a.resultHash.slice(0, 16)}…)${a.recorded ? `, recorded ${a.signature}` : ", for the uptime verifier to record"}`;
    case "ran job":
      return `ran the job of rental ${a.rental} (${a.resultHash.slice(0, 16)}…)`;
    case "claimed":
      return `claimed ${formatIo(a.amount)} of block rewards in hour ${a.hour}`;
  }
}

export async function workerRun(o: WorkerRunOptions): Promise<void> {
  if (!o.worker) throw new UsageError("--worker <address> is required");
  if (!o.heartbeatUrl) throw new UsageError("--heartbeat-url <url> is required (printed by io orchestrator run)");
  const worker = parsePubkey(o.worker, "--worker");
  parseHttpUrl(o.heartbeatUrl, "--heartbeat-url");
  const intervalMs = parseCount(o.intervalMs, "--interval-ms");
  const ctx = await commandContext(o);
  const daemon = new WorkerDaemon({
    connection: ctx.cloud.provider.connection,
    cloud: ctx.cloud,
    rewards: ctx.rewards,
    authority: ctx.user,
    worker,
    ioAccount: ioAccountOf(ctx),
    heartbeatUrl: o.heartbeatUrl,
    verifier: o.verifierKeypair ? readKeypair(o.verifierKeypair) : undefined,
    stateFile: o.state ?? path.join(homedir(), ".ionet", "workers", `${worker.toBase58()}.json`),
    intervalMs,
    onAction: (action) => console.log(o.json ? jsonLine(action) : describe(action)),
    onProblem: (line) => console.error(line),
  });
  await daemon.start();
  console.log(o.json ? jsonLine({ action: "running", worker: worker.toBase58(), heartbeatUrl: o.heartbeatUrl }) : `worker ${worker.toBase58()} running; heartbeats to ${o.heartbeatUrl}`);
  stopOnSignal(daemon.loop!);
  await daemon.loop!.done;
}
