/** Accounts and transactions in the shapes agave's JSON-RPC answers with. */
import { PublicKey, VersionedTransaction } from "@solana/web3.js";
import bs58 from "bs58";

import type { Account } from "./chain.js";
import type { TransactionRecord } from "./ledger.js";
import { RpcError, INVALID_PARAMS } from "./rpc_error.js";
import { mintDecimals, parseTokenAccount, TOKEN_PROGRAM, uiTokenAmount } from "./token_balances.js";

export type AccountEncoding = "base64" | "base58" | "base64+zstd" | "jsonParsed" | "binary";

export interface DataSlice {
  offset: number;
  length: number;
}

export function accountEncoding(value: unknown, fallback: AccountEncoding = "binary"): AccountEncoding {
  if (value === undefined) return fallback;
  if (value === "base64" || value === "base58" || value === "jsonParsed" || value === "binary") return value;
  if (value === "base64+zstd") throw new RpcError(INVALID_PARAMS, "Invalid param: base64+zstd encoding is not supported by this localnet");
  throw new RpcError(INVALID_PARAMS, `Invalid param: unknown encoding ${String(value)}`);
}

/** What jsonParsed gives for SPL Token accounts and mints (other accounts fall back to base64). */
function parsed(account: Account): object | undefined {
  const token = parseTokenAccount(account);
  const program = account.owner.equals(TOKEN_PROGRAM) ? "spl-token" : "spl-token-2022";
  if (token) {
    const state = account.data[108] === 2 ? "frozen" : "initialized";
    const decimals = 0;
    return {
      program,
      parsed: { type: "account", info: { isNative: account.data.readUInt32LE(80) === 1, mint: token.mint.toBase58(), owner: token.owner.toBase58(), state, tokenAmount: uiTokenAmount(token.amount, decimals) } },
      space: account.data.length,
    };
  }
  const decimals = mintDecimals(account);
  if (decimals === undefined) return undefined;
  const authority = (offset: number) => (account.data.readUInt32LE(offset) === 1 ? new PublicKey(account.data.subarray(offset + 4, offset + 36)).toBase58() : null);
  return {
    program,
    parsed: { type: "mint", info: { decimals, freezeAuthority: authority(46), isInitialized: account.data[45] === 1, mintAuthority: authority(0), supply: account.data.readBigUInt64LE(36).toString() } },
    space: account.data.length,
  };
}

export function encodeAccount(account: Account, encoding: AccountEncoding, slice?: DataSlice, decimalsOf?: (mint: PublicKey) => number | undefined) {
  const data = slice ? account.data.subarray(slice.offset, slice.offset + slice.length) : account.data;
  let encoded: unknown;
  if (encoding === "jsonParsed") {
    const value = slice ? undefined : parsed(account);
    const token = parseTokenAccount(account);
    if (value && token && decimalsOf) {
      const info = (value as { parsed: { info: { tokenAmount: unknown } } }).parsed.info;
      info.tokenAmount = uiTokenAmount(token.amount, decimalsOf(token.mint) ?? 0);
    }
    encoded = value ?? [data.toString("base64"), "base64"];
  } else if (encoding === "base64") encoded = [data.toString("base64"), "base64"];
  else if (encoding === "base58") encoded = [bs58.encode(data), "base58"];
  else encoded = bs58.encode(data);
  return {
    lamports: Number(account.lamports),
    owner: account.owner.toBase58(),
    data: encoded,
    executable: account.executable,
    rentEpoch: Number(account.rentEpoch),
    space: account.data.length,
  };
}

export type TransactionEncoding = "json" | "base64" | "base58" | "jsonParsed";

/** `getTransaction`'s answer for `record`. */
export function encodeTransaction(record: TransactionRecord, encoding: TransactionEncoding, maxSupportedVersion: number | undefined) {
  const wire = Buffer.from(record.wire, "base64");
  const tx = VersionedTransaction.deserialize(wire);
  const version = tx.version;
  if (version !== "legacy" && (maxSupportedVersion === undefined || version > maxSupportedVersion)) {
    throw new RpcError(
      -32015,
      `Transaction version (${version}) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": ${version}`,
    );
  }
  let transaction: unknown;
  if (encoding === "base64") transaction = [record.wire, "base64"];
  else if (encoding === "base58") transaction = [bs58.encode(wire), "base58"];
  else {
    const message = tx.message;
    transaction = {
      signatures: tx.signatures.map((s) => bs58.encode(s)),
      message: {
        accountKeys: message.staticAccountKeys.map((k) => k.toBase58()),
        header: message.header,
        recentBlockhash: message.recentBlockhash,
        instructions: message.compiledInstructions.map((ix) => ({
          programIdIndex: ix.programIdIndex,
          accounts: ix.accountKeyIndexes,
          data: bs58.encode(ix.data),
          stackHeight: null,
        })),
        ...(version === "legacy"
          ? {}
          : { addressTableLookups: message.addressTableLookups.map((l) => ({ accountKey: l.accountKey.toBase58(), writableIndexes: l.writableIndexes, readonlyIndexes: l.readonlyIndexes })) }),
      },
    };
  }
  return {
    slot: record.slot,
    blockTime: record.blockTime,
    transaction,
    meta: {
      err: record.err,
      status: record.err === null ? { Ok: null } : { Err: record.err },
      fee: record.fee,
      preBalances: record.preBalances,
      postBalances: record.postBalances,
      innerInstructions: [],
      logMessages: record.logs,
      preTokenBalances: record.preTokenBalances,
      postTokenBalances: record.postTokenBalances,
      rewards: [],
      loadedAddresses: record.loaded,
      computeUnitsConsumed: record.computeUnits,
    },
    ...(maxSupportedVersion === undefined ? {} : { version }),
  };
}
