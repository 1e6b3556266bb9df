/**
 * A decoded event as JSON (the API's and the live feed's `data`): public keys in
 * base58, integers (BN, bigint) as decimal strings, byte arrays as hex, Anchor enums without
 * fields (`{ variant: {} }`) by their variant's name; structs, enums with fields and vectors
 * recursively.
 */
import BN from "bn.js";
import { PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../events/chain_event.js";
import { CODERS, ProgramName } from "../programs.js";
import type { EventRow } from "./api_types.js";
import { base58 } from "../base58.js";
import type { SqlValue } from "./db.js";

/** BN as a decimal string; small ones (most amounts, times, counts) through a number. */
const decimal = (value: BN) => (value.bitLength() <= 53 ? String(value.toNumber()) : value.toString(10));

/**
 * An array of integers 0..255 is a byte array: the programs' events hold numbers in arrays only
 * as `[u8; N]` (device ids, hashes, regions); wider integers decode as BN.
 */
const isBytes = (value: unknown[]): value is number[] =>
  value.every((item) => typeof item === "number" && Number.isInteger(item) && item >= 0 && item <= 255);

/** An empty plain object: the value of a fieldless enum variant (`{ closed: {} }`). */
const isEmptyObject = (value: unknown) => {
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const _ in value) return false;
  return true;
};

/** `value` with nothing JSON cannot hold or would hold ambiguously. */
export function toJsonSafe(value: unknown): unknown {
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "undefined":
      return null;
    case "object":
      break;
    default:
      return value;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.length > 0 && isBytes(value) ? Buffer.from(value).toString("hex") : value.map(toJsonSafe);
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (value instanceof PublicKey) return base58(value);
    if (BN.isBN(value)) return decimal(value as BN);
    if (value instanceof Uint8Array) return Buffer.from(value).toString("hex");
    // Duck-typed too: a second copy of web3.js (Anchor's) has its own PublicKey class.
    if (typeof (value as PublicKey).toBase58 === "function") return base58(value as PublicKey);
  }
  const fields = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let count = 0;
  let last = "";
  for (const key in fields) {
    out[key] = toJsonSafe(fields[key]);
    count++;
    last = key;
  }
  return count === 1 && isEmptyObject(fields[last]) ? last : out;
}

export function toEventRow(event: ChainEvent, position: number): EventRow {
  return {
    position,
    signature: event.signature,
    index: event.index,
    slot: event.slot,
    blockTime: event.blockTime,
    program: event.program,
    name: event.name,
    entity: event.entity,
    seq: event.seq.toString(),
    data: toJsonSafe(event.data) as Record<string, unknown>,
  };
}

/** The `events` table's columns, in `eventValues`' order. */
export const EVENT_COLUMNS: readonly string[] = ["position", "signature", "idx", "slot", "block_time", "program", "name", "entity", "seq", "payload"];

/**
 * An event as the `events` table's row: where it happened, its entity, and its payload as the
 * program logged it (decoded again only when read: `payloadData`).
 */
export const eventValues = (event: ChainEvent, position: number): SqlValue[] => [
  position,
  event.signature,
  event.index,
  event.slot,
  event.blockTime,
  event.program,
  event.name,
  event.entity,
  event.seq,
  event.payload,
];

/** An event payload of the log that its program's IDL does not decode (another program version). */
export class UndecodablePayload extends Error {
  override readonly name = "UndecodablePayload";

  constructor(readonly program: string, readonly position: number) {
    super(`event ${position} of the log does not decode as an event of ${program}`);
  }
}

/** A logged payload's fields as JSON (`toJsonSafe` of what Anchor decodes). */
export function payloadData(program: string, payload: string, position: number): Record<string, unknown> {
  const coder = Object.hasOwn(CODERS, program) ? CODERS[program as ProgramName] : undefined;
  const event = coder?.events.decode(payload);
  if (!event) throw new UndecodablePayload(program, position);
  return toJsonSafe(event.data) as Record<string, unknown>;
}
