/**
 * Base58 (Bitcoin alphabet) of a public key's 32 bytes, as `PublicKey.toBase58()` gives it, in
 * well under a microsecond: the indexer writes every key of every event as text, and bs58's
 * general algorithm (a digit array multiplied through per input byte) costs several µs a key.
 * The number is held as sixteen 16-bit limbs and divided by 58^5 per pass (each remainder is
 * five digits); a limb times 2^16 plus the remainder stays below 2^53, so doubles are exact.
 */
import type { PublicKey } from "@solana/web3.js";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const DIGITS_PER_PASS = 5;
const DIVISOR = 58 ** DIGITS_PER_PASS;
const LIMBS = 16;

const limbs = new Float64Array(LIMBS);
/** Digits, least significant last: at most 45 for 32 bytes (5 per pass, 9 passes). */
const MAX_DIGITS = 45;
const digits = new Uint8Array(MAX_DIGITS);
const CHARS = [...ALPHABET];

/** Base58 of 32 bytes. */
export function base58Of32(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < 32 && bytes[zeros] === 0) zeros++;
  for (let i = 0; i < LIMBS; i++) limbs[i] = bytes[2 * i] * 256 + bytes[2 * i + 1];
  let first = 0;
  let end = MAX_DIGITS;
  while (first < LIMBS) {
    let remainder = 0;
    for (let i = first; i < LIMBS; i++) {
      const current = remainder * 65_536 + limbs[i];
      // current < 58^5 × 2^16: the quotient fits in 16 bits, the remainder in 30.
      const quotient = (current / DIVISOR) | 0;
      remainder = current - quotient * DIVISOR;
      limbs[i] = quotient;
    }
    while (first < LIMBS && limbs[first] === 0) first++;
    for (let d = 0; d < DIGITS_PER_PASS; d++) {
      const next = (remainder / 58) | 0;
      digits[--end] = remainder - next * 58;
      remainder = next;
    }
  }
  // The passes pad with zero digits; leading zero bytes each become one '1'.
  while (end < MAX_DIGITS && digits[end] === 0) end++;
  let text = "1".repeat(zeros);
  for (let i = end; i < MAX_DIGITS; i++) text += CHARS[digits[i]];
  return text;
}

/** Keys already encoded: the projection and the event's JSON both read each decoded key. */
const encoded = new WeakMap<PublicKey, string>();

/** `key.toBase58()`, fast. */
export function base58(key: PublicKey): string {
  let text = encoded.get(key);
  if (text === undefined) encoded.set(key, (text = base58Of32(key.toBytes())));
  return text;
}
