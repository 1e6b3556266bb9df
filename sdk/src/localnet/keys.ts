/** Keypair files in the Solana CLI's format (a JSON array of the 64 secret-key bytes). */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { Keypair } from "@solana/web3.js";

import { UsageError } from "../cli/output.js";

export function readKeypair(file: string): Keypair {
  if (!existsSync(file)) throw new UsageError(`no keypair at ${file} (create one with \`solana-keygen new -o ${file}\` or pass --keypair)`);
  try {
    return Keypair.fromSecretKey(Uint8Array.from(JSON.parse(readFileSync(file, "utf8"))));
  } catch {
    throw new UsageError(`${file} is not a keypair file (a JSON array of 64 bytes)`);
  }
}

export function writeKeypair(file: string, keypair: Keypair): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(Array.from(keypair.secretKey)) + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** The keypair in `file`, created first if there is none. */
export function keypairFile(file: string): Keypair {
  if (existsSync(file)) return readKeypair(file);
  const keypair = Keypair.generate();
  writeKeypair(file, keypair);
  return keypair;
}
