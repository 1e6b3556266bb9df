/**
 * An Anchor `Provider` over the native bank: `new Program(idl, provider)` works unchanged, and a
 * refused transaction reaches Anchor's `translateError` with its logs, so it becomes the same
 * `AnchorError` (name and code) as on-chain.
 */
import type { Provider, Wallet } from "@coral-xyz/anchor";
import {
  Commitment,
  ConfirmOptions,
  Connection,
  Keypair,
  PublicKey,
  Signer,
  Transaction,
  TransactionSignature,
  VersionedTransaction,
} from "@solana/web3.js";

import { HarnessContext } from "./banks.js";
import { HarnessConnection } from "./connection.js";
import { HarnessTransactionError } from "./errors.js";

type AnyTransaction = Transaction | VersionedTransaction;

/** A wallet backed by a keypair, as Anchor's NodeWallet. */
export class KeypairWallet implements Wallet {
  constructor(readonly payer: Keypair) {}

  get publicKey(): PublicKey {
    return this.payer.publicKey;
  }

  async signTransaction<T extends AnyTransaction>(tx: T): Promise<T> {
    if (tx instanceof VersionedTransaction) tx.sign([this.payer]);
    else tx.partialSign(this.payer);
    return tx;
  }

  async signAllTransactions<T extends AnyTransaction>(txs: T[]): Promise<T[]> {
    return Promise.all(txs.map((tx) => this.signTransaction(tx)));
  }
}

export class HarnessProvider implements Provider {
  readonly connection: Connection;
  readonly harnessConnection: HarnessConnection;
  readonly wallet: KeypairWallet;

  constructor(
    readonly context: HarnessContext,
    payer: Keypair = context.payer,
  ) {
    this.harnessConnection = new HarnessConnection(context.banksClient);
    // Structurally the subset of Connection that Anchor and spl-token call.
    this.connection = this.harnessConnection as unknown as Connection;
    this.wallet = new KeypairWallet(payer);
  }

  get publicKey(): PublicKey {
    return this.wallet.publicKey;
  }

  private sign(tx: AnyTransaction, signers: Signer[], blockhash: string): void {
    if (tx instanceof VersionedTransaction) {
      tx.message.recentBlockhash = blockhash;
      tx.sign([this.wallet.payer, ...signers]);
      return;
    }
    tx.feePayer ??= this.wallet.publicKey;
    tx.recentBlockhash = blockhash;
    tx.signatures = [];
    tx.sign(this.wallet.payer, ...signers.filter((s) => !s.publicKey.equals(this.wallet.publicKey)));
  }

  async send(tx: AnyTransaction, signers: Signer[] = [], _opts?: unknown): Promise<TransactionSignature> {
    return this.sendAndConfirm(tx, signers);
  }

  async sendAndConfirm(tx: AnyTransaction, signers: Signer[] = [], _opts?: ConfirmOptions): Promise<TransactionSignature> {
    return this.harnessConnection.sendWithFreshBlockhash(tx, (blockhash) => this.sign(tx, signers, blockhash));
  }

  async sendAll<T extends AnyTransaction>(txs: { tx: T; signers?: Signer[] }[], opts?: ConfirmOptions) {
    const signatures: TransactionSignature[] = [];
    for (const { tx, signers } of txs) signatures.push(await this.sendAndConfirm(tx, signers ?? [], opts));
    return signatures;
  }

  async simulate(tx: AnyTransaction, signers: Signer[] = [], _commitment?: Commitment, _includeAccounts?: unknown) {
    this.sign(tx, signers, this.context.native.getLatestBlockhash());
    const { result, meta } = await this.context.banksClient.simulateTransaction(tx);
    if (result !== null) throw new HarnessTransactionError(result, meta.logMessages, "simulation");
    return { logs: meta.logMessages, unitsConsumed: Number(meta.computeUnitsConsumed), accounts: undefined };
  }
}
