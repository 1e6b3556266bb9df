/** Parsing of what users type, with one clear error per mistake (no stack traces). */
import { PublicKey } from "@solana/web3.js";

import { regionCode } from "../codec.js";
import { UsageError } from "./output.js";

const U64_MAX = 2n ** 64n - 1n;

/** A decimal token amount ("12.5") in base units of `decimals`; positive and within a u64. */
export function parseAmount(text: string, decimals: number, what = "amount"): bigint {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new UsageError(`${what} must be a positive number, got "${text}"`);
  const [, whole, fraction = ""] = match;
  if (fraction.length > decimals) throw new UsageError(`${what} has more than ${decimals} decimals: "${text}"`);
  const value = BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, "0") || "0");
  if (value <= 0n) throw new UsageError(`${what} must be greater than zero, got "${text}"`);
  if (value > U64_MAX) throw new UsageError(`${what} is too large: at most ${U64_MAX} base units, got "${text}"`);
  return value;
}

/** A share in percent ("25", "12.5"; above 0, at most 100, two decimals) as basis points. */
export function parseShareBps(text: string, what: string): number {
  const bps = Number(parseAmount(text, 2, what));
  if (bps > 10_000) throw new UsageError(`${what} is a percentage of at most 100, got "${text}"`);
  return bps;
}

/** A positive whole number (hours, GPUs, seconds...). */
export function parseCount(text: string, what: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${what} must be a positive whole number, got "${text}"`);
  const value = Number(text);
  if (value <= 0 || value > max) throw new UsageError(`${what} must be between 1 and ${max}, got ${text}`);
  return value;
}

/** A whole number from 0 to `max` (ids, nonces). */
export function parseIndex(text: string, what: string, max = U64_MAX): bigint {
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`${what} must be a whole number, got "${text}"`);
  const value = BigInt(text.trim());
  if (value > max) throw new UsageError(`${what} must be at most ${max}, got ${text}`);
  return value;
}

/** An http(s) URL (`orElse`: what else the option takes, for the message). */
export function parseHttpUrl(text: string, what: string, orElse = ""): string {
  if (!/^https?:\/\/\S+$/.test(text) || !URL.canParse(text)) throw new UsageError(`${what} must be an http(s) URL${orElse}, got ${text}`);
  return text;
}

/** A base58 public key. */
export function parsePubkey(text: string, what = "key"): PublicKey {
  try {
    return new PublicKey(text.trim());
  } catch {
    throw new UsageError(`${what} is not a valid base58 public key: "${text}"`);
  }
}

/** A 32-byte hash as 64 hex digits (an evidence hash), not all zero. */
export function parseHash(text: string, what: string): Uint8Array {
  const hex = text.trim().replace(/^0x/, "");
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new UsageError(`${what} must be a 32-byte hash as 64 hex digits, e.g. the SHA-256 of your evidence: "${text}"`);
  const bytes = Uint8Array.from(Buffer.from(hex, "hex"));
  if (bytes.every((b) => b === 0)) throw new UsageError(`${what} must not be all zero`);
  return bytes;
}

/** A region code as the programs store it (at most 8 ASCII bytes, e.g. "us-east"). */
export function parseRegion(text: string, what = "--region"): string {
  if (text.trim() === "") throw new UsageError(`${what} must not be empty (leave it out for us-east)`);
  try {
    regionCode(text);
  } catch (err) {
    throw new UsageError(`${what}: ${(err as Error).message}`);
  }
  return text;
}

/** One of `choices` (case-insensitive). */
export function parseChoice<T extends string>(text: string, choices: readonly T[], what: string): T {
  const found = choices.find((choice) => choice.toLowerCase() === text.trim().toLowerCase());
  if (!found) throw new UsageError(`unknown ${what} "${text}": expected one of ${choices.join(", ")}`);
  return found;
}
