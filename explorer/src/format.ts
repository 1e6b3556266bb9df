/**
 * Numbers for people: base-unit amounts as "1,234.56 IO", times, durations and short addresses.
 * Pure functions (the browser tests format the chain's values with them to compare).
 */

export const IO_DECIMALS = 8;
export const USDC_DECIMALS = 6;
export const IOSD_DECIMALS = 6;

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A base-unit amount in whole units with thousands separators: two decimals (rounded down) from
 * one unit up, every significant decimal below one; trailing zeros dropped.
 */
export function formatUnits(base: string | bigint, decimals: number): string {
  const value = BigInt(base);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(decimals);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(decimals, "0");
  const shown = (whole > 0n ? fraction.slice(0, 2) : fraction).replace(/0+$/, "");
  return `${negative ? "-" : ""}${group(whole.toString())}${shown ? `.${shown}` : ""}`;
}

export const formatAmount = (base: string | bigint, decimals: number, symbol: string) => `${formatUnits(base, decimals)} ${symbol}`;
export const formatIo = (base: string | bigint) => formatAmount(base, IO_DECIMALS, "IO");
export const formatIosd = (base: string | bigint) => formatAmount(base, IOSD_DECIMALS, "IOSD");
export const formatUsdc = (base: string | bigint) => formatAmount(base, USDC_DECIMALS, "USDC");

/** Unix seconds as "2026-12-02 04:03:51 UTC". */
export const formatTime = (unix: number) => `${new Date(unix * 1000).toISOString().replace("T", " ").slice(0, 19)} UTC`;

/** Seconds as "2d 3h 4m 5s" (largest units first, zero units left out). */
export function formatDuration(seconds: number): string {
  let rest = Math.max(0, Math.floor(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count}${unit}`);
  }
  return parts.length ? parts.join(" ") : "0s";
}

/** "AbCd…WxYz" for an address or signature. */
export const shorten = (text: string, keep = 4) => (text.length <= keep * 2 + 1 ? text : `${text.slice(0, keep)}…${text.slice(-keep)}`);

/** Basis points as a percentage: 250 → "2.5%". */
export const formatBps = (bps: number) => `${Number((bps / 100).toFixed(2))}%`;

/** Base58, 32–44 characters: a public key; 64–88: a transaction signature. */
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
export const isAddress = (text: string) => BASE58.test(text) && text.length >= 32 && text.length <= 44;
export const isSignature = (text: string) => BASE58.test(text) && text.length >= 64 && text.length <= 88;

/** Prices quoted in micro-USD (the USD-pegged tenders' base units). */
export const formatUsd = (base: string | bigint) => formatAmount(base, USDC_DECIMALS, "USD");
