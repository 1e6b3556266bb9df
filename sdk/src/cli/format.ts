/** Amounts as people read them: base units shown in whole tokens ("1,234.5 IO"); JSON keeps base units. */

export const IO_DECIMALS = 8;
export const USDC_DECIMALS = 6;
export const IOSD_DECIMALS = 6;
export const SOL_DECIMALS = 9;

/** `units` of a token with `decimals`, grouped, trailing zeros dropped, then `symbol`. */
export function formatUnits(units: bigint, decimals: number, symbol: string): string {
  const scale = 10n ** BigInt(decimals);
  const sign = units < 0n ? "-" : "";
  const abs = units < 0n ? -units : units;
  const fraction = (abs % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return `${sign}${(abs / scale).toLocaleString("en-US")}${fraction ? "." + fraction : ""} ${symbol}`;
}

export const formatIo = (units: bigint) => formatUnits(units, IO_DECIMALS, "IO");
export const formatUsdc = (units: bigint) => formatUnits(units, USDC_DECIMALS, "USDC");
export const formatIosd = (units: bigint) => formatUnits(units, IOSD_DECIMALS, "IOSD");
export const formatSol = (lamports: bigint) => formatUnits(lamports, SOL_DECIMALS, "SOL");

/** A tender by name, as rentals are paid: IO or USDC. */
export interface TenderUnits {
  symbol: "IO" | "USDC";
  decimals: number;
}

export const TENDER_UNITS: Record<TenderUnits["symbol"], TenderUnits> = {
  IO: { symbol: "IO", decimals: IO_DECIMALS },
  USDC: { symbol: "USDC", decimals: USDC_DECIMALS },
};

export const formatTender = (units: bigint, tender: TenderUnits) => formatUnits(units, tender.decimals, tender.symbol);
