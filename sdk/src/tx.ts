/** Sending instructions: one transaction, its logs and decoded events back, errors typed. */
import type { Provider } from "@coral-xyz/anchor";
import { Signer, Transaction, TransactionInstruction } from "@solana/web3.js";

import { toIoError } from "./errors.js";
import { DecodedEvent, decodeEvents } from "./events/decode.js";

export interface TxResult {
  signature: string;
  logs: string[];
  events: DecodedEvent[];
}

/** Sends `instructions` as one transaction paid by the provider's wallet. */
export async function sendInstructions(
  provider: Provider,
  instructions: TransactionInstruction[],
  signers: Signer[] = [],
): Promise<TxResult> {
  if (!provider.sendAndConfirm) throw new Error("provider cannot send transactions");
  const tx = new Transaction().add(...instructions);
  let signature: string;
  try {
    signature = await provider.sendAndConfirm(tx, signers, { commitment: "confirmed" });
  } catch (err) {
    throw toIoError(err);
  }
  const done = await provider.connection.getTransaction(signature, {
    commitment: "confirmed",
    maxSupportedTransactionVersion: 0,
  });
  const logs = done?.meta?.logMessages ?? [];
  return { signature, logs, events: decodeEvents(logs) };
}

/** The one event named `name` in a result; throws if absent or repeated. */
export function theEvent(result: TxResult, name: string): DecodedEvent {
  const found = result.events.filter((e) => e.name === name);
  if (found.length !== 1) throw new Error(`expected one ${name} event, found ${found.length}`);
  return found[0];
}
