/**
 * The part of web3.js's `Connection` that Anchor, spl-token and our SDK use, served by the
 * native bank. Transaction history and log subscriptions come from the transactions this
 * bank processed, so event sources work against it as against an RPC node.
 */
import {
  AccountInfo,
  Commitment,
  Context,
  GetProgramAccountsConfig,
  GetProgramAccountsFilter,
  Keypair,
  Logs,
  PublicKey,
  SendOptions,
  Signer,
  Transaction,
  TransactionSignature,
  VersionedTransaction,
} from "@solana/web3.js";
import bs58 from "bs58";

import { BanksClient, ProcessedTransaction, toAccountInfo } from "./banks.js";
import { HarnessTransactionError } from "./errors.js";

type AnyTransaction = Transaction | VersionedTransaction;

export interface SignatureInfo {
  signature: string;
  slot: number;
  err: unknown | null;
  blockTime: number;
  memo: null;
}

function matches(data: Buffer, filter: GetProgramAccountsFilter): boolean {
  if ("dataSize" in filter) return data.length === filter.dataSize;
  const { offset, bytes } = filter.memcmp;
  const expected = Buffer.from(bs58.decode(bytes));
  return data.subarray(offset, offset + expected.length).equals(expected);
}

export class HarnessConnection {
  readonly rpcEndpoint = "harness://native";
  readonly commitment: Commitment = "confirmed";
  private nextSubscription = 0;
  private readonly subscriptions = new Map<number, () => void>();

  constructor(readonly banks: BanksClient) {}

  private context(): Context {
    return { slot: Number(this.banks.native.getSlot()) };
  }

  async getAccountInfo(address: PublicKey, _commitment?: unknown): Promise<AccountInfo<Buffer> | null> {
    return this.banks.getAccount(address);
  }

  async getAccountInfoAndContext(address: PublicKey, _commitment?: unknown) {
    return { context: this.context(), value: await this.getAccountInfo(address) };
  }

  async getMultipleAccountsInfo(addresses: PublicKey[], _commitment?: unknown) {
    return Promise.all(addresses.map((address) => this.getAccountInfo(address)));
  }

  async getMultipleAccountsInfoAndContext(addresses: PublicKey[], _commitment?: unknown) {
    return { context: this.context(), value: await this.getMultipleAccountsInfo(addresses) };
  }

  /** Accounts of `programId` among every address the bank has seen, with memcmp/dataSize filters. */
  async getProgramAccounts(
    programId: PublicKey,
    config?: GetProgramAccountsConfig | Commitment,
  ): Promise<{ pubkey: PublicKey; account: AccountInfo<Buffer> }[]> {
    const filters = typeof config === "object" ? (config.filters ?? []) : [];
    return this.banks.native
      .getProgramAccounts(programId.toBuffer())
      .map(({ pubkey, account }) => ({ pubkey: new PublicKey(pubkey), account: toAccountInfo(account) }))
      .filter(({ account }) => filters.every((filter) => matches(account.data, filter)));
  }

  async getBalance(address: PublicKey, _commitment?: unknown): Promise<number> {
    return Number(await this.banks.getBalance(address));
  }

  /** The hash of this bank's genesis config: what identifies the chain. */
  async getGenesisHash(): Promise<string> {
    // An addon built before `genesisHash` existed: the payer's key, also one per bank.
    return this.banks.native.genesisHash?.() ?? this.payerKey();
  }

  private payerKey(): string {
    return Keypair.fromSecretKey(this.banks.native.payerSecretKey()).publicKey.toBase58();
  }

  async getSlot(_commitment?: unknown): Promise<number> {
    return Number(await this.banks.getSlot());
  }

  async getBlockTime(_slot: number): Promise<number> {
    return Number((await this.banks.getClock()).unixTimestamp);
  }

  async getLatestBlockhash(_commitment?: unknown) {
    const [blockhash, lastValidBlockHeight] = await this.banks.getLatestBlockhash();
    return { blockhash, lastValidBlockHeight: Number(lastValidBlockHeight) };
  }

  async getLatestBlockhashAndContext(_commitment?: unknown) {
    return { context: this.context(), value: await this.getLatestBlockhash() };
  }

  async getMinimumBalanceForRentExemption(dataLength: number, _commitment?: unknown): Promise<number> {
    const rent = this.banks.native.getRent();
    const bytes = BigInt(dataLength + 128);
    const yearly = rent.lamportsPerByteYear * bytes;
    return Math.floor(Number(yearly) * rent.exemptionThreshold);
  }

  /** Processes a signed wire transaction; throws `HarnessTransactionError` (with logs) on failure. */
  async sendRawTransaction(raw: Uint8Array | Buffer, _options?: SendOptions): Promise<TransactionSignature> {
    return this.sendSigned(VersionedTransaction.deserialize(raw));
  }

  /** Signs a legacy transaction with `signers` (first pays) and processes it. */
  async sendTransaction(tx: AnyTransaction, signers: Signer[] = [], _options?: SendOptions): Promise<TransactionSignature> {
    if (tx instanceof VersionedTransaction) {
      if (signers.length) tx.sign(signers);
      return this.sendSigned(tx);
    }
    tx.feePayer ??= signers[0]?.publicKey;
    return this.sendWithFreshBlockhash(tx, (blockhash) => {
      tx.recentBlockhash = blockhash;
      tx.sign(...signers);
    });
  }

  /** True if a transaction with this exact signature was processed already. */
  seen(tx: AnyTransaction): boolean {
    const sig = tx instanceof VersionedTransaction ? tx.signatures[0] : tx.signature;
    if (!sig) return false;
    const signature = bs58.encode(sig);
    return this.banks.history.some((done) => done.signature === signature);
  }

  /** Processes a signed transaction; throws `HarnessTransactionError` (with logs) on failure. */
  sendSigned(tx: AnyTransaction): TransactionSignature {
    const { result, meta } = this.banks.processSync(tx);
    const sig = tx instanceof VersionedTransaction ? tx.signatures[0] : tx.signature;
    const signature = bs58.encode(sig!);
    if (result !== null) throw new HarnessTransactionError(result, meta.logMessages, signature);
    return signature;
  }

  /**
   * Signs with `sign(blockhash)` and processes; when the bank has already seen that exact
   * transaction (same message and blockhash), signs again with a fresh blockhash.
   */
  sendWithFreshBlockhash(tx: AnyTransaction, sign: (blockhash: string) => void): TransactionSignature {
    sign(this.banks.native.getLatestBlockhash());
    for (let attempt = 0; ; attempt++) {
      try {
        if (this.seen(tx)) sign(this.banks.native.getFreshBlockhash());
        return this.sendSigned(tx);
      } catch (err) {
        const duplicate = err instanceof HarnessTransactionError && err.transactionError === "AlreadyProcessed";
        if (!duplicate || attempt >= 3) throw err;
        sign(this.banks.native.getFreshBlockhash());
      }
    }
  }

  async confirmTransaction(_strategy: unknown, _commitment?: unknown) {
    return { context: this.context(), value: { err: null } };
  }

  async getSignatureStatuses(signatures: string[]) {
    const value = signatures.map((signature) => {
      const done = this.banks.history.find((tx) => tx.signature === signature);
      return done
        ? { slot: done.slot, confirmations: null, err: done.err, confirmationStatus: "finalized" as const }
        : null;
    });
    return { context: this.context(), value };
  }

  async getSignatureStatus(signature: string) {
    const { context, value } = await this.getSignatureStatuses([signature]);
    return { context, value: value[0] };
  }

  /** A processed transaction with its logs (the fields event sources read). */
  async getTransaction(signature: string, _config?: unknown) {
    const done = this.banks.history.find((tx) => tx.signature === signature);
    if (!done) return null;
    return {
      slot: done.slot,
      blockTime: done.blockTime,
      meta: { err: done.err, logMessages: done.logs },
      transaction: { signatures: [done.signature], message: { accountKeys: done.accountKeys } },
    };
  }

  /** Newest first, paged with `before` / `until` / `limit`, like the RPC method. */
  async getSignaturesForAddress(
    address: PublicKey,
    options: { before?: string; until?: string; limit?: number } = {},
  ): Promise<SignatureInfo[]> {
    const key = address.toBase58();
    const involving = this.banks.history.filter((tx) => tx.accountKeys.includes(key)).reverse();
    let start = 0;
    if (options.before) {
      const at = involving.findIndex((tx) => tx.signature === options.before);
      start = at < 0 ? involving.length : at + 1;
    }
    const page: SignatureInfo[] = [];
    for (const tx of involving.slice(start)) {
      if (tx.signature === options.until || page.length >= (options.limit ?? 1000)) break;
      page.push({ signature: tx.signature, slot: tx.slot, err: tx.err, blockTime: tx.blockTime, memo: null });
    }
    return page;
  }

  /** Calls back with the logs of every later transaction that mentions `filter`. */
  onLogs(filter: PublicKey | "all", callback: (logs: Logs, context: Context) => void, _commitment?: unknown): number {
    const key = filter === "all" ? null : filter.toBase58();
    const unsubscribe = this.banks.onProcessed((tx: ProcessedTransaction) => {
      if (key && !tx.accountKeys.includes(key)) return;
      callback({ signature: tx.signature, err: tx.err as Logs["err"], logs: tx.logs }, { slot: tx.slot });
    });
    const id = this.nextSubscription++;
    this.subscriptions.set(id, unsubscribe);
    return id;
  }

  async removeOnLogsListener(id: number): Promise<void> {
    this.subscriptions.get(id)?.();
    this.subscriptions.delete(id);
  }
}
