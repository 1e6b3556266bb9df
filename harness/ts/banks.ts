/**
 * The bankrun-shaped API over the native bank: `start()` → context with `banksClient`, `payer`,
 * `setAccount`, `setClock`, `warpToSlot`.
 */
import {
  AccountInfo,
  Keypair,
  PublicKey,
  Transaction,
  VersionedTransaction,
} from "@solana/web3.js";
import bs58 from "bs58";

import { NativeAccount, NativeBank, NativeClock, NativeRent, newNativeBank } from "./native.js";

export type Clock = NativeClock;
export type Rent = NativeRent;

export interface TransactionMeta {
  logMessages: string[];
  computeUnitsConsumed: bigint;
}

export interface TransactionResultWithMeta {
  /** The TransactionError (parsed JSON), or null on success. */
  result: unknown | null;
  meta: TransactionMeta;
}

/** A processed transaction, kept for `getTransaction` / `getSignaturesForAddress`. */
export interface ProcessedTransaction {
  signature: string;
  slot: number;
  blockTime: number;
  err: unknown | null;
  logs: string[];
  accountKeys: string[];
  /** Order of processing in this bank (0, 1, 2, ...). */
  index: number;
}

type AnyTransaction = Transaction | VersionedTransaction;

function wire(tx: AnyTransaction): Buffer {
  return Buffer.from(tx.serialize());
}

function firstSignature(tx: AnyTransaction): string {
  const sig = tx instanceof VersionedTransaction ? tx.signatures[0] : tx.signature;
  if (!sig) throw new Error("transaction is not signed");
  return bs58.encode(sig);
}

function accountKeys(tx: AnyTransaction): string[] {
  const message = tx instanceof VersionedTransaction ? tx.message : tx.compileMessage();
  return message.staticAccountKeys.map((key) => key.toBase58());
}

export function toAccountInfo(account: NativeAccount): AccountInfo<Buffer> {
  return {
    lamports: Number(account.lamports),
    data: Buffer.from(account.data),
    owner: new PublicKey(account.owner),
    executable: account.executable,
    rentEpoch: Number(account.rentEpoch),
  };
}

export class BanksClient {
  /** Every transaction this bank processed, in order. */
  readonly history: ProcessedTransaction[] = [];
  private readonly listeners = new Set<(tx: ProcessedTransaction) => void>();

  constructor(readonly native: NativeBank) {}

  /** Processes and commits; throws with the logs if the transaction fails. */
  async processTransaction(tx: AnyTransaction): Promise<TransactionMeta> {
    const { result, meta } = await this.tryProcessTransaction(tx);
    if (result !== null) {
      const error = new Error(`transaction failed: ${JSON.stringify(result)}`);
      Object.assign(error, { logs: meta.logMessages, transactionError: result });
      throw error;
    }
    return meta;
  }

  /** Processes and commits; returns the error instead of throwing. */
  async tryProcessTransaction(tx: AnyTransaction): Promise<TransactionResultWithMeta> {
    return this.processSync(tx);
  }

  /** Synchronous processing, for the connection and provider built on this client. */
  processSync(tx: AnyTransaction): TransactionResultWithMeta {
    const clock = this.native.getClock();
    const outcome = this.native.processTransaction(wire(tx));
    const result = outcome.err == null ? null : JSON.parse(outcome.err);
    if (result === "AlreadyProcessed") {
      // Refused before execution: nothing happened, so it is not part of the history.
      return { result, meta: { logMessages: outcome.logs, computeUnitsConsumed: outcome.computeUnits } };
    }
    const processed: ProcessedTransaction = {
      signature: firstSignature(tx),
      slot: Number(clock.slot),
      blockTime: Number(clock.unixTimestamp),
      err: result,
      logs: outcome.logs,
      accountKeys: accountKeys(tx),
      index: this.history.length,
    };
    this.history.push(processed);
    for (const listener of this.listeners) listener(processed);
    return { result, meta: { logMessages: outcome.logs, computeUnitsConsumed: outcome.computeUnits } };
  }

  /** Runs without committing. */
  async simulateTransaction(tx: AnyTransaction): Promise<TransactionResultWithMeta> {
    const outcome = this.native.simulateTransaction(wire(tx));
    return {
      result: outcome.err == null ? null : JSON.parse(outcome.err),
      meta: { logMessages: outcome.logs, computeUnitsConsumed: outcome.computeUnits },
    };
  }

  /** Called after every processed transaction; returns an unsubscribe function. */
  onProcessed(listener: (tx: ProcessedTransaction) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getAccount(address: PublicKey): Promise<AccountInfo<Buffer> | null> {
    const account = this.native.getAccount(address.toBuffer());
    return account ? toAccountInfo(account) : null;
  }

  async getBalance(address: PublicKey): Promise<bigint> {
    return this.native.getBalance(address.toBuffer());
  }

  /** `[blockhash, lastValidBlockHeight]`, as bankrun returns it. */
  async getLatestBlockhash(): Promise<[string, bigint]> {
    return [this.native.getLatestBlockhash(), this.native.getSlot() + 150n];
  }

  async getClock(): Promise<Clock> {
    return this.native.getClock();
  }

  async getSlot(): Promise<bigint> {
    return this.native.getSlot();
  }

  async getRent(): Promise<Rent> {
    return this.native.getRent();
  }
}

export interface HarnessAccount {
  lamports: number | bigint;
  data: Uint8Array;
  owner: PublicKey;
  executable?: boolean;
  rentEpoch?: number | bigint;
}

/** What `start()` returns. */
/** Accounts and the Unix time of a bank, taken by `HarnessContext.snapshot`. */
export interface BankSnapshot {
  unixTimestamp: bigint;
  accounts: { pubkey: Buffer; account: NativeAccount }[];
}

export class HarnessContext {
  readonly banksClient: BanksClient;
  readonly payer: Keypair;

  constructor(readonly native: NativeBank) {
    this.banksClient = new BanksClient(native);
    this.payer = Keypair.fromSecretKey(native.payerSecretKey());
  }

  get lastBlockhash(): string {
    return this.native.getLatestBlockhash();
  }

  /**
   * Stops the bank and frees it at once. Until then a continuously paced bank keeps a thread
   * registering blockhashes every 6.4 ms, even once nothing refers to it (until the garbage
   * collector finalizes it): code that starts many banks closes each when done.
   */
  close(): void {
    this.native.close();
  }

  /**
   * Every account `owners` own, and the clock: a world built once (many transactions) that
   * `restore` writes into other banks, each a fresh copy of it.
   */
  snapshot(owners: PublicKey[]): BankSnapshot {
    const accounts = owners.flatMap((owner) => this.native.getProgramAccounts(owner.toBuffer()));
    return { unixTimestamp: this.native.getClock().unixTimestamp, accounts };
  }

  /** Writes a snapshot's accounts into this bank and sets its clock to the snapshot's time. */
  restore(snapshot: BankSnapshot): void {
    for (const { pubkey, account } of snapshot.accounts) this.native.setAccount(pubkey, account);
    this.native.setClock({ ...this.native.getClock(), unixTimestamp: snapshot.unixTimestamp });
  }

  /** Writes an account straight into the bank (for oracle prices, fixtures...). */
  setAccount(address: PublicKey, account: HarnessAccount): void {
    this.native.setAccount(address.toBuffer(), {
      lamports: BigInt(account.lamports),
      data: Buffer.from(account.data),
      owner: account.owner.toBuffer(),
      executable: account.executable ?? false,
      rentEpoch: BigInt(account.rentEpoch ?? 0),
    });
  }

  setClock(clock: Clock): void {
    this.native.setClock(clock);
  }

  /** Moves `unixTimestamp` forward by `seconds` (the slot stays). */
  async advanceSeconds(seconds: number | bigint): Promise<Clock> {
    const clock = this.native.getClock();
    const next = { ...clock, unixTimestamp: clock.unixTimestamp + BigInt(seconds) };
    this.native.setClock(next);
    return next;
  }

  warpToSlot(slot: bigint): void {
    this.native.warpToSlot(slot);
  }
}

/** Starts a bank with the five programs, SPL Token, Token-2022 and ATA. */
export async function start(): Promise<HarnessContext> {
  return new HarnessContext(newNativeBank());
}
