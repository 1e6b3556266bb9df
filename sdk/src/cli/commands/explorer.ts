/**
 * `io explorer`: the IO Explorer on 127.0.0.1, over an indexer store fed live from `--url` (or,
 * with `--demo`, from the demo economy run on the embedded harness) until SIGINT or SIGTERM.
 * The store is SQLite by default (one file per chain under ~/.ionet/explorer) or the
 * PostgreSQL server `--db postgres://...` names.
 */
import type { Connection } from "@solana/web3.js";
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

import { runDemoEconomy } from "../../demo/economy.js";
import { ExplorerListenError, startExplorerServer } from "../../explorer/server.js";
import type { IndexDb } from "../../indexer/db.js";
import { Indexer } from "../../indexer/indexer.js";
import { IndexDbUnreachable, isPostgresUrl, openIndexDb } from "../../indexer/open_db.js";
import { project } from "../../indexer/projection.js";
import { IndexQueries } from "../../indexer/queries.js";
import { StoreChainMismatch } from "../../lifecycle/store.js";
import { UsageError } from "../output.js";
import { parseCount } from "../parse.js";
import { parseDemoHours } from "./demo.js";
import { Progress } from "../progress.js";
import { clusterUrl, reachCluster } from "../session.js";

export interface ExplorerCommandOptions {
  url?: string;
  port: string;
  db?: string;
  demo?: boolean;
  hours?: string;
  json?: boolean;
}

export const DEFAULT_EXPLORER_DIR = path.join(homedir(), ".ionet", "explorer");

/** `--db`, or one SQLite file per chain (a store is bound to its chain's genesis). */
function storeTarget(option: string | undefined, genesisHash: string): string {
  if (option !== undefined) return isPostgresUrl(option) ? option : path.resolve(option);
  mkdirSync(DEFAULT_EXPLORER_DIR, { recursive: true });
  return path.join(DEFAULT_EXPLORER_DIR, `${genesisHash.slice(0, 12)}.db`);
}

async function openStore(target: string): Promise<IndexDb> {
  try {
    return await openIndexDb(target);
  } catch (err) {
    if (err instanceof IndexDbUnreachable) throw new UsageError(err.message);
    throw new UsageError(`cannot open the explorer's store ${target}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Indexes `connection` into a store, serves the explorer, follows live; returns a stop. */
async function serve(connection: Connection, options: ExplorerCommandOptions, port: number, source: string, log: (line: string) => void) {
  const db = await openStore(storeTarget(options.db, await connection.getGenesisHash()));
  const indexer = new Indexer(connection, db, { project });
  try {
    await indexer.catchUp();
  } catch (err) {
    await db.close();
    if (err instanceof StoreChainMismatch) throw new UsageError(`${err.message} (--db)`);
    throw err;
  }
  let server;
  try {
    server = await startExplorerServer({ queries: new IndexQueries(db), live: indexer, port });
  } catch (err) {
    await db.close();
    if (err instanceof ExplorerListenError) throw new UsageError(err.message);
    throw err;
  }
  indexer.follow();
  const { events } = indexer.stats();
  if (options.json) log(JSON.stringify({ url: server.url, source, events }));
  else log(`IO Explorer: ${server.url} (indexing ${source}, ${events.toLocaleString("en-US")} events so far)`);
  return async () => {
    await indexer.stop();
    await server.close();
    await db.close();
  };
}

const untilSignal = () =>
  new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });

export async function explorer(options: ExplorerCommandOptions): Promise<void> {
  const log = (line: string) => console.log(line);
  const port = parseCount(options.port, "--port", 65_535);
  if (options.db !== undefined && isPostgresUrl(options.db) && !URL.canParse(options.db)) throw new UsageError(`--db is not a valid postgres:// URL: ${options.db}`);
  if (options.hours !== undefined && !options.demo) throw new UsageError("--hours goes with --demo (the simulated hours of its economy)");
  if (options.demo) {
    if (options.url !== undefined) throw new UsageError("--demo runs its own chain: leave out --url");
    const hours = parseDemoHours(options.hours);
    let stop: (() => Promise<void>) | undefined;
    const progress = new Progress(hours, "simulating", !options.json && process.stderr.isTTY === true);
    // The explorer comes up at the demo's start and follows it as it runs.
    await runDemoEconomy({
      hours,
      onProgress: () => progress.tick(),
      onStart: async (sandbox) => void (stop = await serve(sandbox.provider.connection, options, port, "the demo economy", log)),
    });
    if (!options.json) log("demo finished; serving its history until Ctrl-C");
    await untilSignal();
    await stop?.();
  } else {
    const url = clusterUrl(options.url);
    const stop = await serve(await reachCluster(url), options, port, url, log);
    await untilSignal();
    await stop();
  }
  process.exit(0);
}
