/** How the SDK converts between its values and what Anchor encodes and decodes. */
import BN from "bn.js";

/** An integer argument (u64, i64, ...) as the BN Anchor encodes. */
export const u64 = (value: bigint | number): BN => new BN(value.toString());

/** An integer Anchor decoded (BN), or a number, as a bigint. */
export const toBigInt = (value: BN | bigint | number): bigint => BigInt(value.toString());

/** Bytes of a region code on-chain (`[u8; 8]`). */
export const REGION_CODE_BYTES = 8;

/**
 * A region code as the program stores it: ASCII, zero padded to 8 bytes. A longer or non-ASCII
 * code is refused (never truncated), so that a filter can't match a region other than the one named.
 */
export function regionCode(region: string): number[] {
  if (!/^[\x00-\x7f]*$/.test(region)) throw new RangeError(`region code is not ASCII: ${region}`);
  const bytes = Buffer.from(region, "ascii");
  if (bytes.length > REGION_CODE_BYTES) throw new RangeError(`region code longer than ${REGION_CODE_BYTES} bytes: ${region}`);
  return Array.from(Buffer.concat([bytes, Buffer.alloc(REGION_CODE_BYTES - bytes.length)]));
}

/** The region string of a stored code (its zero padding dropped). */
export const regionName = (code: number[] | Uint8Array): string => Buffer.from(code).toString("ascii").replace(/\0+$/, "");
