/**
 * Where CLI commands run: the embedded harness when no `--url` is given (a fresh chain each
 * command), else the cluster at `--url` (`localnet` = http://127.0.0.1:8899) signed by
 * `--keypair`, which defaults to the Solana CLI's `~/.config/solana/id.json`.
 */
import { AnchorProvider, Provider, Wallet } from "@coral-xyz/anchor";
import { Connection, Keypair } from "@solana/web3.js";
import { homedir } from "node:os";
import path from "node:path";

import { HarnessProvider, start } from "@ionet/harness";

import { readKeypair } from "../localnet/keys.js";
import { UsageError } from "./output.js";

export interface SessionOptions {
  url?: string;
  keypair?: string;
}

export interface Session {
  provider: Provider;
  /** Set on a cluster: its RPC URL and the signer. */
  cluster?: { url: string; signer: Keypair };
  /** Set when running on the embedded harness. */
  harness?: HarnessProvider;
}

/** `--url localnet`: where `io localnet` listens by default. */
export const LOCALNET_URL = "http://127.0.0.1:8899";

export const DEFAULT_KEYPAIR = () => path.join(homedir(), ".config", "solana", "id.json");

/** The RPC URL `--url` names (a URL or the moniker `localnet`). */
export function clusterUrl(text: string): string {
  if (text === "localnet") return LOCALNET_URL;
  if (!/^https?:\/\/\S+$/.test(text)) throw new UsageError(`--url must be an http(s) URL or localnet, got ${text}`);
  return text;
}

export async function openSession(options: SessionOptions): Promise<Session> {
  if (!options.url) {
    const harness = new HarnessProvider(await start());
    return { provider: harness, harness };
  }
  const url = clusterUrl(options.url);
  const signer = readKeypair(options.keypair ?? DEFAULT_KEYPAIR());
  const connection = new Connection(url, "confirmed");
  await connection.getVersion().catch(() => {
    throw new Error(`cannot reach ${url}${url === LOCALNET_URL ? " (start one with `io localnet`)" : ""}`);
  });
  const provider = new AnchorProvider(connection, new Wallet(signer), { commitment: "confirmed" });
  return { provider, cluster: { url, signer } };
}
