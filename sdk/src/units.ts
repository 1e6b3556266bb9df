/** The units amounts are counted in: base units of IO, USDC and IOSD (mirroring io_common's units.rs). */

/** One IO in base units (8 decimals). */
export const ONE_IO = 100_000_000n;
/** One USDC in base units (6 decimals): one micro-USD each. */
export const ONE_USDC = 1_000_000n;
/** One IOSD in base units (6 decimals). */
export const ONE_IOSD = 1_000_000n;

/** `n` whole IO in base units. */
export const IO = (n: number | bigint): bigint => BigInt(n) * ONE_IO;
/** `n` whole USDC in base units. */
export const USDC = (n: number | bigint): bigint => BigInt(n) * ONE_USDC;
