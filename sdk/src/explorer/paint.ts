/**
 * First contentful paint of explorer pages over a store: the real explorer server on the store
 * alone (no chain, so its live stream stays silent) and headless Chromium loading each page again
 * and again. A first visit is a new browser context (empty cache); a returning visit a new page
 * in one context that has loaded the page once (the hashed assets cached, index.html and every
 * API answer fetched again).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";

import type { ExplorerQueries } from "../indexer/api_types.js";
import { launchHeadlessChromium } from "./chromium.js";
import type { LiveSource } from "./live_route.js";
import { startExplorerServer } from "./server.js";
import { DEFAULT_STATIC_DIR } from "./static_files.js";

/** A page to load and the element whose appearance means its figures are shown. */
export interface PaintTarget {
  name: string;
  route: string;
  shownSelector: string;
}

export type Visit = "first" | "returning";

/** Milliseconds from navigation start, per load. */
export interface PaintTimes {
  firstContentfulPaint: number[];
  figuresShown: number[];
}

/** A store has no chain to follow: nothing is ever applied. */
const NOTHING_LIVE: LiveSource = { onApplied: () => () => undefined };

/** Stamps `window.figuresShownAt` when `selector` first matches (set before the page's scripts run). */
const markShown = (selector: string) => `new MutationObserver((_, observer) => {
  if (!document.querySelector(${JSON.stringify(selector)})) return;
  window.figuresShownAt = performance.now();
  observer.disconnect();
}).observe(document, { subtree: true, childList: true });`;

async function loadOnce(context: BrowserContext, url: string, target: PaintTarget): Promise<{ fcp: number; shown: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: markShown(target.shownSelector) });
    await page.goto(url + target.route);
    await page.locator(target.shownSelector).first().waitFor();
    const fcp = (await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1')) as number;
    const shown = (await page.evaluate("window.figuresShownAt ?? -1")) as number;
    return { fcp, shown };
  } finally {
    await page.close();
  }
}

/** One load in `cache` (a returning visitor), or in a context of its own (a first visit). */
async function visitOnce(browser: Browser, cache: BrowserContext | undefined, url: string, target: PaintTarget) {
  if (cache) return loadOnce(cache, url, target);
  const context = await browser.newContext();
  try {
    return await loadOnce(context, url, target);
  } finally {
    await context.close();
  }
}

async function loadTimes(browser: Browser, url: string, target: PaintTarget, visit: Visit, loads: number): Promise<PaintTimes> {
  const times: PaintTimes = { firstContentfulPaint: [], figuresShown: [] };
  const cache = visit === "returning" ? await browser.newContext() : undefined;
  try {
    if (cache) await loadOnce(cache, url, target); // the earlier visit that filled the cache
    for (let i = 0; i < loads; i++) {
      const { fcp, shown } = await visitOnce(browser, cache, url, target);
      times.firstContentfulPaint.push(fcp);
      times.figuresShown.push(shown);
    }
  } finally {
    await cache?.close();
  }
  return times;
}

export class ExplorerNotBuilt extends Error {
  constructor(dir: string) {
    super(`the explorer front end is not built (no ${path.join(dir, "index.html")}): run npm run build:explorer`);
  }
}

/** Throws ExplorerNotBuilt unless explorer/dist holds a build (check before a long fill). */
export function assertExplorerBuilt() {
  if (!existsSync(path.join(DEFAULT_STATIC_DIR, "index.html"))) throw new ExplorerNotBuilt(DEFAULT_STATIC_DIR);
}

/** Serves `queries` with the built explorer and times `loads` loads of each target per kind of visit. */
export async function measurePaint(
  queries: ExplorerQueries,
  targets: PaintTarget[],
  options: { loads: number; visits: Visit[] },
): Promise<{ target: PaintTarget; visit: Visit; times: PaintTimes }[]> {
  assertExplorerBuilt();
  const server = await startExplorerServer({ queries, live: NOTHING_LIVE });
  const browser = await launchHeadlessChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const results = [];
    for (const target of targets) {
      for (const visit of options.visits) results.push({ target, visit, times: await loadTimes(browser, server.url, target, visit, options.loads) });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
