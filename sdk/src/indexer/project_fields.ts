/** Field conversions the per-program projections share: Anchor-decoded values → column values. */
import type BN from "bn.js";
import type { PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../events/chain_event.js";
import { base58 } from "./base58.js";
import type { SqlValue } from "./db.js";
import type { RowWriter } from "./rows.js";

export type Handler = (event: ChainEvent, rows: RowWriter) => void;

export const key = (pubkey: PublicKey): string => base58(pubkey);

/** An integer field (BN for 64/128-bit, number below) as bigint; BN below 2^52 (two 26-bit words) without its slow toString. */
export const big = (value: BN | number): bigint =>
  typeof value === "number" ? BigInt(value) : (value as BN & { length: number }).length <= 2 ? BigInt(value.toNumber()) : BigInt(value.toString());
/** A field that may exceed i64, as its decimal string. */
export const text = (value: BN | number): string => value.toString();
/** Zero-padded to u64's 20 digits, so text order is numeric order. */
export const sortable = (value: BN | number): string => value.toString().padStart(20, "0");
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
    ...logRow(event),
    program: event.program,
    entity: event.entity,
    role,
    previous: previous ? key(previous) : null,
    authority: key(authority),
  });
}

export const count = (rows: RowWriter, name: string, delta: bigint): void => rows.add("totals", { name }, { value: delta });
