/** Where CLI commands run: the embedded harness by default, or a cluster with `--rpc`. */
import { AnchorProvider, Provider } from "@coral-xyz/anchor";
import { Connection, Keypair } from "@solana/web3.js";
import { readFileSync } from "node:fs";

import { HarnessProvider, start } from "@ionet/harness";

import { UsageError } from "./output.js";

export interface SessionOptions {
  rpc?: string;
  keypair?: string;
}

export interface Session {
  provider: Provider;
  /** Set when running on the embedded harness. */
  harness?: HarnessProvider;
}

function loadKeypair(path: string): Keypair {
  try {
    return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(path, "utf8"))));
  } catch {
    throw new UsageError(`cannot read a keypair from ${path}`);
  }
}

export async function openSession(options: SessionOptions): Promise<Session> {
  if (!options.rpc) {
    const harness = new HarnessProvider(await start());
    return { provider: harness, harness };
  }
  if (!/^https?:\/\//.test(options.rpc)) throw new UsageError(`--rpc must be an http(s) URL, got ${options.rpc}`);
  if (!options.keypair) throw new UsageError("--rpc needs --keypair <file> to sign with");
  const wallet = new (await import("@coral-xyz/anchor")).Wallet(loadKeypair(options.keypair));
  return { provider: new AnchorProvider(new Connection(options.rpc, "confirmed"), wallet, { commitment: "confirmed" }) };
}
