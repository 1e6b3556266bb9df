/**
 * `io orchestrator run`: the orchestrator daemon on a cluster, signing as `--keypair` (the
 * io_cloud orchestrator role), its state in `--store`. Prints the heartbeat endpoint first, then
 * one line per transaction sent; stops cleanly on SIGTERM or SIGINT.
 */
import { IoCloudClient } from "../../cloud/client.js";
import { stopOnSignal } from "../../daemons/daemon_loop.js";
import { describeAction } from "../../daemons/orchestrator_actions.js";
import { OrchestratorDaemon } from "../../daemons/orchestrator_daemon.js";
import { SqliteStore } from "../../lifecycle/store.js";
import { priceUpdateOf } from "../localnet_client.js";
import { OutputOptions, UsageError } from "../output.js";
import { parseCount } from "../parse.js";
import { openSession, SessionOptions } from "../session.js";
import { jsonLine } from "./daemon_output.js";

export interface OrchestratorOptions extends OutputOptions, SessionOptions {
  store?: string;
  heartbeatPort?: string;
  heartbeatTimeout: string;
  intervalMs: string;
  priceUpdate?: string;
}

export async function orchestratorRun(o: OrchestratorOptions): Promise<void> {
  if (!o.store) throw new UsageError("--store <file> is required (the orchestrator's SQLite state)");
  const heartbeatTimeoutSecs = BigInt(parseCount(o.heartbeatTimeout, "--heartbeat-timeout"));
  const intervalMs = parseCount(o.intervalMs, "--interval-ms");
  const heartbeatPort = o.heartbeatPort === undefined ? 0 : parseCount(o.heartbeatPort, "--heartbeat-port", 65_535);
  const { provider, url, signer } = await openSession(o);
  const cloud = new IoCloudClient(provider);
  const { ioMint } = await cloud.fetchConfigOrThrow();
  const daemon = new OrchestratorDaemon({
    connection: provider.connection,
    cloud,
    orchestrator: signer,
    store: new SqliteStore(o.store),
    ioMint,
    priceUpdate: await priceUpdateOf(url, o.priceUpdate),
    heartbeatTimeoutSecs,
    heartbeatPort,
    intervalMs,
    onAction: (action) => console.log(o.json ? jsonLine(action) : describeAction(action)),
    onProblem: (line) => console.error(line),
  });
  const heartbeatUrl = await daemon.start();
  console.log(o.json ? jsonLine({ action: "listening", heartbeatUrl }) : `heartbeat endpoint ${heartbeatUrl}`);
  stopOnSignal(daemon.loop!);
  await daemon.loop!.done;
  await daemon.stop();
}
