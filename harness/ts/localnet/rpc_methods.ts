/**
 * The JSON-RPC methods: agave's names, parameters, answer shapes and error codes
 * (docs.solana.com/api/http), served from the local chain; plus the `ionet_*` cheatcodes
 * (time travel, account writes). Commitment parameters are accepted: everything here is final.
 */
import { PublicKey, VersionedMessage, VersionedTransaction } from "@solana/web3.js";
import bs58 from "bs58";

import type { Account, LocalChain } from "./chain.js";
import { SignatureVerificationFailed, TransactionRefused } from "./chain.js";
import { accountEncoding, DataSlice, encodeAccount, encodeTransaction, TransactionEncoding } from "./encode.js";
import { messageFee } from "./fees.js";
import { AccountFilter, filterMatches } from "./filters.js";
import { describeTransactionError } from "../errors.js";
import {
  BLOCK_NOT_AVAILABLE,
  INVALID_PARAMS,
  MIN_CONTEXT_SLOT_NOT_REACHED,
  RpcError,
  SEND_TRANSACTION_PREFLIGHT_FAILURE,
  TRANSACTION_SIGNATURE_VERIFICATION_FAILURE,
} from "./rpc_error.js";
import { isTokenProgram, mintDecimals, mintSupply, parseTokenAccount, TOKEN_2022_PROGRAM, TOKEN_PROGRAM, uiTokenAmount } from "./token_balances.js";

export type Method = (params: unknown[]) => unknown | Promise<unknown>;

/** The agave release whose RPC this follows (the runtime the bank is). */
export const SOLANA_CORE_VERSION = "2.3.13";
const FEATURE_SET = 3294202862;

interface Config {
  commitment?: string;
  encoding?: string;
  minContextSlot?: number;
  dataSlice?: DataSlice;
  filters?: AccountFilter[];
  withContext?: boolean;
  [key: string]: unknown;
}

function invalid(message: string): RpcError {
  return new RpcError(INVALID_PARAMS, `Invalid param: ${message}`);
}

function pubkeyParam(value: unknown, what = "pubkey"): PublicKey {
  if (typeof value !== "string") throw invalid(`${what} must be a base58 string`);
  try {
    return new PublicKey(value);
  } catch {
    throw invalid(`Invalid ${what}`);
  }
}

function configParam(value: unknown): Config {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw invalid("the configuration must be an object");
  return value as Config;
}

function decodeWire(value: unknown, encoding: unknown): VersionedTransaction {
  if (typeof value !== "string") throw invalid("the transaction must be a string");
  let wire: Uint8Array;
  try {
    wire = encoding === "base64" ? Buffer.from(value, "base64") : bs58.decode(value);
  } catch {
    throw invalid(`invalid ${encoding === "base64" ? "base64" : "base58"} encoding`);
  }
  try {
    return VersionedTransaction.deserialize(wire);
  } catch (err) {
    throw new RpcError(INVALID_PARAMS, `failed to deserialize VersionedTransaction: ${(err as Error).message}`);
  }
}

export function rpcMethods(chain: LocalChain): Record<string, Method> {
  const context = () => ({ slot: chain.slot, apiVersion: SOLANA_CORE_VERSION });
  const withSlot = (config: Config) => {
    if (config.minContextSlot !== undefined && config.minContextSlot > chain.slot) {
      throw new RpcError(MIN_CONTEXT_SLOT_NOT_REACHED, "Minimum context slot has not been reached", { contextSlot: chain.slot });
    }
    return config;
  };
  const decimalsOf = (mint: PublicKey) => mintDecimals(chain.account(mint));
  const encoded = (account: Account | null, config: Config) =>
    account && encodeAccount(account, accountEncoding(config.encoding), config.dataSlice, decimalsOf);
  const tokenAccount = (address: PublicKey) => {
    const token = parseTokenAccount(chain.account(address));
    if (!token) throw invalid("not a Token account");
    return token;
  };

  const simulate = (tx: VersionedTransaction, config: Config) => {
    const addresses = ((config.accounts as { addresses?: string[] } | undefined)?.addresses ?? []).map((a) => pubkeyParam(a, "account address"));
    const simulation = chain.simulate(tx, addresses);
    return {
      err: simulation.err,
      logs: simulation.logs,
      accounts: config.accounts ? simulation.accounts.map((a) => encodeAccount(a, accountEncoding((config.accounts as Config).encoding, "base64"))) : null,
      unitsConsumed: simulation.unitsConsumed,
      returnData: null,
      innerInstructions: null,
    };
  };

  return {
    getAccountInfo: ([address, raw]) => {
      const config = withSlot(configParam(raw));
      return { context: context(), value: encoded(chain.account(pubkeyParam(address)), config) };
    },
    getMultipleAccounts: ([addresses, raw]) => {
      if (!Array.isArray(addresses)) throw invalid("expected an array of pubkeys");
      if (addresses.length > 100) throw invalid("Too many inputs provided; max 100");
      const config = withSlot(configParam(raw));
      return { context: context(), value: addresses.map((a) => encoded(chain.account(pubkeyParam(a)), config)) };
    },
    getProgramAccounts: ([program, raw]) => {
      const config = withSlot(configParam(raw));
      const filters = config.filters ?? [];
      const value = chain
        .programAccounts(pubkeyParam(program, "program id"))
        .filter(([, account]) => filters.every((f) => filterMatches(account.data, f)))
        .map(([pubkey, account]) => ({ pubkey: pubkey.toBase58(), account: encoded(account, config) }));
      return config.withContext ? { context: context(), value } : value;
    },
    getBalance: ([address, raw]) => {
      withSlot(configParam(raw));
      return { context: context(), value: Number(chain.account(pubkeyParam(address))?.lamports ?? 0n) };
    },
    getTokenAccountBalance: ([address, raw]) => {
      withSlot(configParam(raw));
      const token = tokenAccount(pubkeyParam(address));
      return { context: context(), value: uiTokenAmount(token.amount, decimalsOf(token.mint) ?? 0) };
    },
    getTokenAccountsByOwner: ([owner, filter, raw]) => {
      const config = withSlot(configParam(raw));
      const ownerKey = pubkeyParam(owner, "owner");
      const byMint = (filter as { mint?: string })?.mint;
      const byProgram = (filter as { programId?: string })?.programId;
      if (!byMint && !byProgram) throw invalid("expected {mint} or {programId}");
      const mint = byMint ? pubkeyParam(byMint, "mint") : undefined;
      const programs = byProgram ? [pubkeyParam(byProgram, "programId")] : [TOKEN_PROGRAM, TOKEN_2022_PROGRAM];
      if (!programs.every(isTokenProgram)) throw invalid("unrecognized Token program id");
      const value = programs
        .flatMap((program) => chain.programAccounts(program))
        .filter(([, account]) => {
          const token = parseTokenAccount(account);
          return token && token.owner.equals(ownerKey) && (!mint || token.mint.equals(mint));
        })
        .map(([pubkey, account]) => ({ pubkey: pubkey.toBase58(), account: encoded(account, config) }));
      return { context: context(), value };
    },
    getTokenSupply: ([mint, raw]) => {
      withSlot(configParam(raw));
      const account = chain.account(pubkeyParam(mint, "mint"));
      const decimals = mintDecimals(account);
      if (!account || decimals === undefined) throw invalid("not a Token mint");
      return { context: context(), value: uiTokenAmount(mintSupply(account), decimals) };
    },
    getLatestBlockhash: ([raw]) => {
      withSlot(configParam(raw));
      return { context: context(), value: chain.latestBlockhash() };
    },
    isBlockhashValid: ([blockhash, raw]) => {
      withSlot(configParam(raw));
      if (typeof blockhash !== "string") throw invalid("blockhash must be a string");
      return { context: context(), value: chain.isBlockhashValid(blockhash) };
    },
    getFeeForMessage: ([message, raw]) => {
      withSlot(configParam(raw));
      if (typeof message !== "string") throw invalid("message must be a base64 string");
      let decoded: VersionedMessage;
      try {
        decoded = VersionedMessage.deserialize(Buffer.from(message, "base64"));
      } catch {
        throw invalid("failed to deserialize the message");
      }
      return { context: context(), value: chain.isBlockhashValid(decoded.recentBlockhash) ? Number(messageFee(decoded)) : null };
    },
    sendTransaction: ([wire, raw]) => {
      const config = withSlot(configParam(raw));
      const tx = decodeWire(wire, config.encoding);
      try {
        chain.verifySignatures(tx);
      } catch (err) {
        if (err instanceof SignatureVerificationFailed) throw new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, err.message);
        throw err;
      }
      const signature = bs58.encode(tx.signatures[0]);
      const preflightFailure = (err: unknown, logs: string[], unitsConsumed: number) =>
        new RpcError(SEND_TRANSACTION_PREFLIGHT_FAILURE, `Transaction simulation failed: ${describeTransactionError(err)}`, {
          accounts: null,
          err,
          innerInstructions: null,
          logs,
          replacementBlockhash: null,
          returnData: null,
          unitsConsumed,
        });
      if (!config.skipPreflight) {
        if (chain.hasSignature(signature)) throw preflightFailure("AlreadyProcessed", [], 0);
        const simulation = chain.simulate(tx);
        if (simulation.err !== null) throw preflightFailure(simulation.err, simulation.logs, simulation.unitsConsumed);
      }
      try {
        chain.process(tx);
      } catch (err) {
        if (err instanceof TransactionRefused) throw preflightFailure(err.err, err.logs, err.unitsConsumed);
        throw err;
      }
      return signature;
    },
    simulateTransaction: ([wire, raw]) => {
      const config = withSlot(configParam(raw));
      let tx = decodeWire(wire, config.encoding);
      let replacementBlockhash: { blockhash: string; lastValidBlockHeight: number } | null = null;
      if (config.replaceRecentBlockhash) {
        if (config.sigVerify) throw invalid("sigVerify may not be used with replaceRecentBlockhash");
        replacementBlockhash = chain.latestBlockhash();
        tx.message.recentBlockhash = replacementBlockhash.blockhash;
        tx = new VersionedTransaction(tx.message, tx.signatures);
      } else if (config.sigVerify) {
        try {
          chain.verifySignatures(tx);
        } catch (err) {
          if (err instanceof SignatureVerificationFailed) throw new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, err.message);
          throw err;
        }
      }
      return { context: context(), value: { ...simulate(tx, config), replacementBlockhash } };
    },
    getSignatureStatuses: ([signatures]) => {
      if (!Array.isArray(signatures)) throw invalid("expected an array of signatures");
      if (signatures.length > 256) throw invalid("Too many inputs provided; max 256");
      const value = signatures.map((signature) => {
        const record = chain.transaction(String(signature));
        if (!record) return null;
        return { slot: record.slot, confirmations: null, err: record.err, status: record.err === null ? { Ok: null } : { Err: record.err }, confirmationStatus: "finalized" };
      });
      return { context: context(), value };
    },
    getTransaction: ([signature, raw]) => {
      const config = typeof raw === "string" ? { encoding: raw } : configParam(raw);
      if (typeof signature !== "string") throw invalid("signature must be a base58 string");
      const record = chain.transaction(signature);
      const encoding = (config.encoding ?? "json") as TransactionEncoding;
      if (!["json", "base64", "base58", "jsonParsed"].includes(encoding)) throw invalid(`unknown encoding ${encoding}`);
      return record ? encodeTransaction(record, encoding, config.maxSupportedTransactionVersion as number | undefined) : null;
    },
    getSignaturesForAddress: ([address, raw]) => {
      const config = withSlot(configParam(raw));
      const limit = (config.limit as number | undefined) ?? 1000;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalid("limit must be between 1 and 1000");
      let records = chain.signaturesFor(pubkeyParam(address, "address").toBase58());
      const before = config.before as string | undefined;
      const until = config.until as string | undefined;
      if (before) {
        const at = records.findIndex((r) => r.signature === before);
        records = at < 0 ? [] : records.slice(at + 1);
      }
      if (until) {
        const at = records.findIndex((r) => r.signature === until);
        if (at >= 0) records = records.slice(0, at);
      }
      return records.slice(0, limit).map((r) => ({ signature: r.signature, slot: r.slot, err: r.err, memo: null, blockTime: r.blockTime, confirmationStatus: "finalized" }));
    },
    getSlot: ([raw]) => (withSlot(configParam(raw)), chain.slot),
    getBlockHeight: ([raw]) => (withSlot(configParam(raw)), chain.slot),
    getBlockTime: ([slot]) => {
      if (!Number.isInteger(slot)) throw invalid("slot must be an integer");
      const time = chain.blockTime(slot as number);
      if (time === undefined) throw new RpcError(BLOCK_NOT_AVAILABLE, `Block not available for slot ${slot}`);
      return time;
    },
    getEpochInfo: ([raw]) => {
      withSlot(configParam(raw));
      return { absoluteSlot: chain.slot, blockHeight: chain.slot, ...chain.epochOf(chain.slot), transactionCount: chain.transactions.length };
    },
    getEpochSchedule: () => {
      const s = chain.epochSchedule;
      return { slotsPerEpoch: s.slotsPerEpoch, leaderScheduleSlotOffset: s.leaderScheduleSlotOffset, warmup: s.warmup, firstNormalEpoch: s.firstNormalEpoch, firstNormalSlot: s.firstNormalSlot };
    },
    getMinimumBalanceForRentExemption: ([bytes]) => {
      if (!Number.isInteger(bytes) || (bytes as number) < 0) throw invalid("data length must be a non-negative integer");
      return Number(chain.minimumBalanceForRentExemption(bytes as number));
    },
    getVersion: () => ({ "solana-core": SOLANA_CORE_VERSION, "feature-set": FEATURE_SET }),
    getHealth: () => "ok",
    getGenesisHash: () => chain.genesisHash,
    getIdentity: () => ({ identity: chain.identity }),
    getTransactionCount: () => chain.transactions.length,
    requestAirdrop: ([address, lamports]) => {
      if (!Number.isSafeInteger(lamports) || (lamports as number) <= 0) throw invalid("lamports must be a positive integer");
      return chain.airdrop(pubkeyParam(address), BigInt(lamports as number));
    },

    // ---- cheatcodes (the project's namespace) ----
    ionet_getClock: () => ({ slot: chain.slot, unixTimestamp: chain.unixTimestamp, ...chain.epochOf(chain.slot) }),
    ionet_advanceClock: ([seconds]) => {
      if (!Number.isSafeInteger(seconds) || (seconds as number) < 0) throw invalid("seconds must be a non-negative integer");
      chain.advanceClock(seconds as number);
      return { slot: chain.slot, unixTimestamp: chain.unixTimestamp };
    },
    ionet_setClock: ([unix]) => {
      try {
        chain.setClock(unix as number);
      } catch (err) {
        if (err instanceof RangeError) throw invalid(err.message);
        throw err;
      }
      return { slot: chain.slot, unixTimestamp: chain.unixTimestamp };
    },
    ionet_setAccount: ([address, account]) => {
      const a = account as { lamports?: number; data?: string; owner?: string; executable?: boolean } | undefined;
      if (!a || !Number.isSafeInteger(a.lamports) || (a.lamports as number) < 0) throw invalid("account.lamports must be a non-negative integer");
      const value: Account = {
        lamports: BigInt(a.lamports as number),
        data: Buffer.from(a.data ?? "", "base64"),
        owner: pubkeyParam(a.owner ?? "11111111111111111111111111111111", "owner"),
        executable: a.executable ?? false,
        rentEpoch: 18446744073709551615n,
      };
      chain.setAccounts([[pubkeyParam(address), value.lamports === 0n ? null : value]]);
      return null;
    },
  };
}
