/** Program events as an indexer sees them: where they happened and which entity they change. */
import { base58 } from "../base58.js";
import { toBigInt } from "../codec.js";
import { decodeEvents } from "./decode.js";
import type { ProgramName } from "../programs.js";

export interface ChainEvent {
  signature: string;
  slot: number;
  blockTime: number;
  /** Position among the events of its transaction: (signature, index) identifies an event. */
  index: number;
  program: ProgramName;
  /** camelCase event name, e.g. `rentalBooked`. */
  name: string;
  data: Record<string, any>;
  /** The event as its program logged it (`Program data: <base64>`): what the indexer's log keeps. */
  payload: string;
  /** The changed entity (base58) and its sequence number after the change. */
  entity: string;
  seq: bigint;
}

export interface TransactionLogs {
  signature: string;
  slot: number;
  blockTime: number;
  err: unknown | null;
  logs: string[];
}

/** The events of one transaction (none if it failed: a failed transaction changed nothing). */
export function chainEvents(tx: TransactionLogs): ChainEvent[] {
  if (tx.err !== null && tx.err !== undefined) return [];
  return decodeEvents(tx.logs).map((event) => ({
    signature: tx.signature,
    slot: tx.slot,
    blockTime: tx.blockTime,
    index: event.index,
    program: event.program,
    name: event.name,
    data: event.data,
    payload: event.payload,
    ...entityOf(event.data),
  }));
}

/** The entity (base58) an event's header names and its sequence number ("" and 0 without a header). */
export function entityOf(data: Record<string, any>): Pick<ChainEvent, "entity" | "seq"> {
  const header = data.header;
  return { entity: header?.entity ? base58(header.entity) : "", seq: toBigInt(header?.seq ?? 0) };
}

/** The key under which an event is handled at most once. */
export const eventKey = (event: Pick<ChainEvent, "signature" | "index">): string => `${event.signature}#${event.index}`;
