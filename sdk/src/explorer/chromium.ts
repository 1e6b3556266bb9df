/**
 * Headless Chromium for driving the explorer: Debian's `chromium` package through playwright-core
 * (nothing is downloaded). CHROMIUM_PATH overrides where the binary is.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export class NoChromium extends Error {
  constructor() {
    super(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
}

/** A headless browser; each `newContext()` of it is a visitor with an empty cache. */
export async function launchHeadlessChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new NoChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
