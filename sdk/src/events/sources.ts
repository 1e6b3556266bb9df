/**
 * Where events come from: transaction history (paged, resumable from a cursor), a live log
 * subscription, or the harness (which is a connection like any other here). All yield
 * `ChainEvent`s in the order the chain processed them, for one program address.
 */
import type { Connection, PublicKey } from "@solana/web3.js";

import { ChainEvent, chainEvents } from "./chain_event.js";

export interface HistoryPage {
  events: ChainEvent[];
  /** The newest signature seen: pass it back as `after` to resume. */
  cursor: string | undefined;
}

/**
 * Every event in transactions mentioning `address` after the `after` signature (exclusive),
 * oldest first. Pages through `getSignaturesForAddress` newest-first, then fetches each
 * transaction's logs.
 */
export async function fetchHistory(
  connection: Connection,
  address: PublicKey,
  after: string | undefined,
  pageSize = 100,
): Promise<HistoryPage> {
  const signatures: { signature: string; err: unknown }[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await connection.getSignaturesForAddress(address, { before, until: after, limit: pageSize });
    signatures.push(...page.map(({ signature, err }) => ({ signature, err })));
    if (page.length < pageSize) break;
    before = page[page.length - 1].signature;
  }
  signatures.reverse();
  const events: ChainEvent[] = [];
  for (const info of signatures) {
    if (info.err) continue;
    const tx = await connection.getTransaction(info.signature, { commitment: "confirmed", maxSupportedTransactionVersion: 0 });
    if (!tx?.meta) continue;
    events.push(
      ...chainEvents({
        signature: info.signature,
        slot: tx.slot,
        blockTime: tx.blockTime ?? 0,
        err: tx.meta.err,
        logs: tx.meta.logMessages ?? [],
      }),
    );
  }
  return { events, cursor: signatures.length ? signatures[signatures.length - 1].signature : after };
}

/** Calls `onEvents` with each new transaction's events as it lands. Returns an unsubscribe. */
export function subscribeLive(
  connection: Connection,
  address: PublicKey,
  onEvents: (events: ChainEvent[], signature: string) => void,
): () => Promise<void> {
  const id = connection.onLogs(
    address,
    (logs, context) => {
      const events = chainEvents({
        signature: logs.signature,
        slot: context.slot,
        blockTime: Math.floor(Date.now() / 1000),
        err: logs.err,
        logs: logs.logs,
      });
      onEvents(events, logs.signature);
    },
    "confirmed",
  );
  return () => connection.removeOnLogsListener(id);
}
