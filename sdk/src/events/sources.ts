/**
 * Where events come from: transaction history (exact and resumable from a cursor) and a live
 * log subscription (a signal that something landed). The harness is a connection like any other
 * here. History yields transactions in the order the chain processed them, for one address.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import { ChainEvent, chainEvents } from "./chain_event.js";

/** One transaction of an address's history with its events (none if it failed). */
export interface ChainTransaction {
  signature: string;
  events: ChainEvent[];
}

/** Waits (ms) between asking again for a transaction the node does not return yet. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [200, 400, 800, 1_600, 3_200];

/** The node kept answering null for a transaction its history lists (it lags, or lost it). */
export class TransactionUnavailable extends Error {
  override readonly name = "TransactionUnavailable";

  constructor(readonly signature: string, readonly attempts: number) {
    super(`transaction ${signature} listed in history but not returned after ${attempts} attempts`);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The transactions mentioning `address` after `after` (exclusive), oldest first. */
async function signaturesSince(connection: Connection, address: PublicKey, after: string | undefined, pageSize: number) {
  const signatures: { signature: string; failed: boolean }[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await connection.getSignaturesForAddress(address, { before, until: after, limit: pageSize });
    signatures.push(...page.map((info) => ({ signature: info.signature, failed: info.err !== null && info.err !== undefined })));
    if (page.length < pageSize) break;
    before = page[page.length - 1].signature;
  }
  return signatures.reverse();
}

/** One transaction's events, asked for again after each delay while the node answers null. */
async function fetchTransaction(connection: Connection, signature: string, retryDelaysMs: readonly number[]): Promise<ChainTransaction> {
  for (let attempt = 0; ; attempt++) {
    const tx = await connection.getTransaction(signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
    if (tx?.meta) {
      const logs = { signature, slot: tx.slot, blockTime: tx.blockTime ?? 0, err: tx.meta.err, logs: tx.meta.logMessages ?? [] };
      return { signature, events: chainEvents(logs) };
    }
    if (attempt >= retryDelaysMs.length) throw new TransactionUnavailable(signature, attempt + 1);
    await sleep(retryDelaysMs[attempt]);
  }
}

/**
 * Every transaction mentioning `address` after the `after` signature, oldest first, none
 * skipped: pages through `getSignaturesForAddress` back to `after`, then fetches each
 * transaction as it is consumed (a consumer that stops early fetches no more). A transaction the
 * node does not return is asked for again (`retryDelaysMs`), then `TransactionUnavailable` is
 * thrown, so a cursor committed per transaction never moves past it.
 */
export async function* transactionsSince(
  connection: Connection,
  address: PublicKey,
  after: string | undefined,
  retryDelaysMs: readonly number[] = DEFAULT_RETRY_DELAYS_MS,
  pageSize = 100,
): AsyncGenerator<ChainTransaction> {
  for (const { signature, failed } of await signaturesSince(connection, address, after, pageSize)) {
    // A failed transaction changed nothing: no events, nothing to fetch.
    yield failed ? { signature, events: [] } : await fetchTransaction(connection, signature, retryDelaysMs);
  }
}

/**
 * Calls `onLanded` with the signature of each new transaction mentioning `address`. The
 * notification is only a signal: a subscription can miss some, so readers apply from history.
 * Returns an unsubscribe.
 */
export function subscribeLive(connection: Connection, address: PublicKey, onLanded: (signature: string) => void): () => Promise<void> {
  const id = connection.onLogs(address, (logs) => onLanded(logs.signature), "confirmed");
  return () => connection.removeOnLogsListener(id);
}
