/**
 * Where CLI commands run: the cluster at `--url` (default `localnet` = http://127.0.0.1:8899, as
 * the Solana CLI defaults to its configured cluster) signed by `--keypair`, which defaults to the
 * Solana CLI's `~/.config/solana/id.json`. State persists between commands.
 */
import { AnchorProvider, Provider, Wallet } from "@coral-xyz/anchor";
import { Connection, Keypair } from "@solana/web3.js";
import { homedir } from "node:os";
import path from "node:path";

import { readKeypair } from "../localnet/keys.js";
import { parseHttpUrl } from "./parse.js";

export interface SessionOptions {
  /** A URL or `localnet`; default `localnet`. */
  url?: string;
  keypair?: string;
}

export interface Session {
  provider: Provider;
  /** The cluster's RPC URL. */
  url: string;
  signer: Keypair;
}

/** `--url localnet`: where `io localnet` listens by default. */
export const LOCALNET_URL = "http://127.0.0.1:8899";

/** `--url` when none is given. */
export const DEFAULT_URL = "localnet";

export const DEFAULT_KEYPAIR = () => path.join(homedir(), ".config", "solana", "id.json");

/** The RPC URL `--url` names (a URL or the moniker `localnet`). */
export function clusterUrl(text: string = DEFAULT_URL): string {
  if (text === "localnet") return LOCALNET_URL;
  return parseHttpUrl(text, "--url", " or localnet");
}

/** A connection to the cluster at `url`, once it answers (one clear line if it doesn't). */
export async function reachCluster(url: string): Promise<Connection> {
  const connection = new Connection(url, "confirmed");
  await connection.getVersion().catch(() => {
    throw new Error(`cannot reach ${url}${url === LOCALNET_URL ? " (start one with `io localnet`)" : ""}`);
  });
  return connection;
}

export async function openSession(options: SessionOptions): Promise<Session> {
  const url = clusterUrl(options.url);
  const signer = readKeypair(options.keypair ?? DEFAULT_KEYPAIR());
  const connection = await reachCluster(url);
  const provider = new AnchorProvider(connection, new Wallet(signer), { commitment: "confirmed" });
  return { provider, url, signer };
}
