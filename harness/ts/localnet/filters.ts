/** getProgramAccounts' and programSubscribe's account filters: `dataSize` and `memcmp`. */
import bs58 from "bs58";

import { INVALID_PARAMS, RpcError } from "./rpc_error.js";

export type AccountFilter = { dataSize: number } | { memcmp: { offset: number; bytes: string; encoding?: "base58" | "base64" } };

export function filterMatches(data: Buffer, filter: AccountFilter): boolean {
  if ("dataSize" in filter) return data.length === filter.dataSize;
  if (!("memcmp" in filter)) throw new RpcError(INVALID_PARAMS, "Invalid param: unknown filter");
  const { offset, bytes, encoding } = filter.memcmp;
  const expected = encoding === "base64" ? Buffer.from(bytes, "base64") : Buffer.from(bs58.decode(bytes));
  return data.length >= offset + expected.length && data.subarray(offset, offset + expected.length).equals(expected);
}
