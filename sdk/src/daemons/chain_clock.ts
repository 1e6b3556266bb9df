/** The cluster's time: the Clock sysvar's unix timestamp, as programs see it. */
import { Connection, SYSVAR_CLOCK_PUBKEY } from "@solana/web3.js";

/** Byte offset of `unix_timestamp` (i64) in the Clock sysvar. */
const UNIX_TIMESTAMP_OFFSET = 32;

/** Reads the chain's unix time (seconds) from `connection`'s cluster. */
export function chainClock(connection: Connection): () => Promise<bigint> {
  return async () => {
    const info = await connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY);
    if (!info) throw new Error("the cluster has no Clock sysvar");
    return info.data.readBigInt64LE(UNIX_TIMESTAMP_OFFSET);
  };
}
