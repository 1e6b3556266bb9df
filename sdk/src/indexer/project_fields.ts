/**
 * Field conversions the per-program projections share: Anchor-decoded values → column values.
 * In the projections' row literals a spread comes last: V8 builds `{ ...x, a, b, … }` in
 * dictionary mode, some 20 µs a row, and `{ a, b, …, ...x }` in well under one.
 */
import type BN from "bn.js";
import type { PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../events/chain_event.js";
import { base58 } from "../base58.js";
import type { SqlValue } from "./db.js";
import type { RowWriter } from "./rows.js";

export type Handler = (event: ChainEvent, rows: RowWriter) => void;

export const key = (pubkey: PublicKey): string => base58(pubkey);

/** bn.js's own fields: 26-bit limbs, least significant first, and the sign. */
type Limbs = BN & { words: number[]; length: number; negative: number };
const LIMB = 67_108_864; // 2^26

/**
 * An integer field (BN for 64/128-bit, number below) as bigint, from BN's limbs two at a time
 * (52 bits, exact in a double) rather than through its slow decimal toString.
 */
export function big(value: BN | number): bigint {
  if (typeof value === "number") return BigInt(value);
  const { words, length, negative } = value as Limbs;
  let i = length - 1;
  let out = length % 2 === 1 ? BigInt(words[i--]) : 0n;
  for (; i > 0; i -= 2) out = (out << 52n) | BigInt(words[i] * LIMB + words[i - 1]);
  return negative ? -out : out;
}
/** A field that may exceed i64, as its decimal string. */
export const text = (value: BN | number): string => big(value).toString();
/** Zero-padded to u64's 20 digits, so text order is numeric order. */
export const sortable = (value: BN | number): string => text(value).padStart(20, "0");
export const num = (value: BN | number): number => (typeof value === "number" ? value : value.toNumber());
export const flag = (value: boolean): number => (value ? 1 : 0);
export const hex = (bytes: number[]): string => Buffer.from(bytes).toString("hex");
/** An Anchor enum (`{ variantName: {...} }`) by its variant name. */
export const variant = (value: Record<string, unknown>): string => {
  for (const name in value) return name;
  throw new Error("empty enum value");
};

/** The columns every per-event log row carries. */
export const logRow = (event: ChainEvent): Record<string, SqlValue> => ({
  signature: event.signature,
  idx: event.index,
  slot: event.slot,
  block_time: event.blockTime,
});

/** One row of the one authority-change table (initial authorities have no previous). */
export function authorityChange(event: ChainEvent, rows: RowWriter, role: string, authority: PublicKey, previous?: PublicKey): void {
  rows.insert("authority_changes", {
    program: event.program,
    entity: event.entity,
    role,
    previous: previous ? key(previous) : null,
    authority: key(authority),
    ...logRow(event),
  });
}

export const count = (rows: RowWriter, name: string, delta: bigint): void => rows.add("totals", { name }, { value: delta });
