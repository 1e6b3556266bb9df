/** A daemon's `--json` output: one JSON object per line (amounts and hours in decimal strings). */
export const jsonLine = (value: object) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
