/**
 * Base58 (Bitcoin alphabet) of a public key, as `PublicKey.toBase58()` gives it, in well under a
 * microsecond: the indexer writes every key of every event as text, and bs58's general algorithm
 * (a digit array multiplied through per input byte) costs several µs a key and builds its text
 * one character at a time (a string V8 must flatten again on its first use as a map key).
 *
 * A decoded `PublicKey` holds its number as a bn.js value (26-bit limbs, least significant
 * first); the limbs are divided by 58^4 per pass, most significant first (each remainder is four
 * digits; a remainder times 2^26 plus a limb stays below 2^53, so doubles are exact). A key
 * without those limbs goes through its 32 bytes, as 16-bit limbs divided by 58^5 per pass.
 * The same keys come back event after event (workers, owners, configs): the texts of recent
 * ones are kept by a hash of their limbs, each hit checked limb by limb.
 */
import type { PublicKey } from "@solana/web3.js";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const ONE = "1".charCodeAt(0);
const KEY_BYTES = 32;
/** Digits, least significant last: at most 45 for 32 bytes, passes padding to a multiple of 4 or 5. */
const MAX_DIGITS = 48;
const digits = new Uint8Array(MAX_DIGITS);
/** Limbs of the number being divided, most significant first. */
const limbs = new Float64Array(KEY_BYTES / 2);

/** Characters of the text being built (at most 32 '1's and 45 digits). */
const chars = new Uint8Array(KEY_BYTES + MAX_DIGITS);

/** The text of `digits[end..]` after the leading zero digits passes pad with; each zero byte is one '1'. */
function digitsText(end: number, zeroBytes: number): string {
  while (end < MAX_DIGITS && digits[end] === 0) end++;
  let length = 0;
  while (length < zeroBytes) chars[length++] = ONE;
  for (let i = end; i < MAX_DIGITS; i++) chars[length++] = CODES[digits[i]];
  return String.fromCharCode.apply(null, chars.subarray(0, length) as unknown as number[]);
}

/**
 * Divides `limbs[0..count]` (base 2^bits, most significant first) by 58^perPass until zero,
 * writing digits from the end of `digits`. Returns where the digits start.
 */
function divideOut(count: number, limbBase: number, perPass: number): number {
  const divisor = 58 ** perPass;
  let first = 0;
  let end = MAX_DIGITS;
  while (first < count && limbs[first] === 0) first++;
  while (first < count) {
    let remainder = 0;
    for (let i = first; i < count; i++) {
      const current = remainder * limbBase + limbs[i];
      const quotient = Math.floor(current / divisor);
      remainder = current - quotient * divisor;
      limbs[i] = quotient;
    }
    while (first < count && limbs[first] === 0) first++;
    for (let d = 0; d < perPass; d++) {
      const next = Math.floor(remainder / 58);
      digits[--end] = remainder - next * 58;
      remainder = next;
    }
  }
  return end;
}

/** Base58 of 32 bytes. */
export function base58Of32(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < KEY_BYTES && bytes[zeros] === 0) zeros++;
  for (let i = 0; i < KEY_BYTES / 2; i++) limbs[i] = bytes[2 * i] * 256 + bytes[2 * i + 1];
  return digitsText(divideOut(KEY_BYTES / 2, 65_536, 5), zeros);
}

/** bn.js's fields of a non-negative number below 2^256: 26-bit limbs, least significant first. */
interface Limbs26 {
  words: ArrayLike<number>;
  length: number;
}

const LIMB_BITS = 26;

/** Base58 of the 32-byte big-endian encoding of a number given as bn.js limbs. */
function base58OfLimbs({ words, length }: Limbs26): string {
  const top = words[length - 1];
  const bits = top === 0 ? 0 : (length - 1) * LIMB_BITS + 32 - Math.clz32(top);
  for (let i = 0; i < length; i++) limbs[i] = words[length - 1 - i];
  return digitsText(divideOut(length, 2 ** LIMB_BITS, 4), KEY_BYTES - Math.ceil(bits / 8));
}

/** Whether `value` is bn.js's representation of a 32-byte key (at most 10 limbs of 26 bits). */
const isLimbs = (value: unknown): value is Limbs26 => {
  const bn = value as Partial<Limbs26> & { negative?: number } | undefined;
  return bn !== undefined && bn.words !== undefined && typeof bn.length === "number" && bn.length >= 1 && bn.length <= 10 && bn.negative === 0;
};

/** Texts of recently seen keys by a hash of their limbs (one entry a hash; a collision replaces). */
const recent = new Map<number, { limbs: number[]; text: string }>();
const RECENT_LIMIT = 262_144;

function cachedBase58OfLimbs(number: Limbs26): string {
  const { words, length } = number;
  let hash = length;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ words[i], 0x9e3779b1);
  const hit = recent.get(hash);
  if (hit && hit.limbs.length === length) {
    let same = true;
    for (let i = 0; i < length && same; i++) same = hit.limbs[i] === words[i];
    if (same) return hit.text;
  }
  const text = base58OfLimbs(number);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(hash, { limbs: Array.from({ length }, (_, i) => words[i]), text });
  return text;
}

/** `key.toBase58()`, fast. */
export function base58(key: PublicKey): string {
  const number = (key as unknown as { _bn?: unknown })._bn;
  return isLimbs(number) ? cachedBase58OfLimbs(number) : base58Of32(key.toBytes());
}
