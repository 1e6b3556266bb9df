/** The CLI's side of the localnet's own RPC methods (`ionet_getEconomy`, `ionet_requestTokens`). */
import { PublicKey } from "@solana/web3.js";

import type { LocalnetEconomy } from "../localnet/economy.js";
import { UsageError } from "./output.js";
import { parsePubkey } from "./parse.js";

const METHOD_NOT_FOUND = -32601;

async function call<T>(url: string, method: string, params: unknown[]): Promise<T> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = (await response.json()) as { result?: T; error?: { code: number; message: string } };
  if (body.error?.code === METHOD_NOT_FOUND) throw new UsageError(`${url} is not an io localnet (it has no ${method}); start one with \`io localnet\``);
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** The localnet's mints, price account and role keys. */
export const localnetEconomy = (url: string) => call<LocalnetEconomy>(url, "ionet_getEconomy", []);

/** The faucet: `io` and `usdc` in base units; answers the token accounts credited. */
export const requestTokens = (url: string, owner: string, amounts: { io?: bigint; usdc?: bigint }) =>
  call<{ io?: string; usdc?: string }>(url, "ionet_requestTokens", [owner, { io: amounts.io?.toString(), usdc: amounts.usdc?.toString() }]);

/** `--price-update`, else the localnet's IO/USD price account; none on another cluster. */
export async function priceUpdateOf(url: string, flag?: string): Promise<PublicKey | undefined> {
  if (flag) return parsePubkey(flag, "--price-update");
  try {
    return new PublicKey((await localnetEconomy(url)).priceUpdate);
  } catch (err) {
    if (err instanceof UsageError) return undefined;
    throw err;
  }
}
