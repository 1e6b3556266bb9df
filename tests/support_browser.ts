/**
 * The explorer's test fixtures: headless Chromium (Debian's `chromium` package driven by
 * playwright-core; nothing is downloaded, and without the binary the browser suite skips, saying
 * so once) and the explorer served over the demo economy, indexed live.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

import { DemoReport, runDemoEconomy } from "../sdk/src/demo/economy.js";
import type { Sandbox } from "../sdk/src/demo/sandbox.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../sdk/src/explorer/chromium.js";
import { ExplorerServer, startExplorerServer } from "../sdk/src/explorer/server.js";
import type { IndexDb } from "../sdk/src/indexer/db.js";
import { Indexer } from "../sdk/src/indexer/indexer.js";
import { openIndexDb } from "../sdk/src/indexer/open_db.js";
import { project } from "../sdk/src/indexer/projection.js";
import { IndexQueries } from "../sdk/src/indexer/queries.js";

export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);

/** Skips the calling suite (from its `before`) when there is no Chromium to drive. */
export function skipWithoutChromium(context: Mocha.Context) {
  if (hasChromium()) return;
  console.log(`    browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  context.skip();
}

export interface HeadlessChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh browser with its own user-data directory, removed on close. */
export async function launchChromium(): Promise<HeadlessChromium> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "io-explorer-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The explorer over a real chain: the demo economy on the embedded harness, indexed live into
 * an in-memory SQLite store from its first transaction (as `io explorer --demo` does), then
 * served. The sandbox stays up so tests can act on the chain while the indexer follows it.
 */
export interface ExplorerOverDemo {
  sandbox: Sandbox;
  report: DemoReport;
  db: IndexDb;
  indexer: Indexer;
  server: ExplorerServer;
  close(): Promise<void>;
}

export async function startExplorerOverDemo(hours = 20): Promise<ExplorerOverDemo> {
  let db: IndexDb | undefined;
  let indexer: Indexer | undefined;
  let sandbox: Sandbox | undefined;
  const report = await runDemoEconomy({
    hours,
    onStart: async (started) => {
      db = await openIndexDb(":memory:");
      indexer = new Indexer(started.provider.connection, db, { project });
      await indexer.catchUp();
      indexer.follow();
    },
    onFinish: async (finished) => void (sandbox = finished),
  });
  await indexer!.drain();
  const server = await startExplorerServer({ queries: new IndexQueries(db!), live: indexer! });
  return {
    sandbox: sandbox!,
    report,
    db: db!,
    indexer: indexer!,
    server,
    close: async () => {
      await server.close();
      await indexer!.stop();
      await db!.close();
    },
  };
}
