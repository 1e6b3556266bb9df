/**
 * The localnet's chain: the native bank (our programs as builtins, SPL Token, Token-2022, ATA)
 * with what a validator adds around it: slots on a timer, a clock that follows them (and can be
 * moved forward), transaction history, an index of every account written, and the durable
 * ledger that survives a restart. All calls are synchronous: the bank runs on the caller's
 * thread, so requests are processed one at a time, in order.
 */
import { EventEmitter } from "node:events";

import { ed25519 } from "@noble/curves/ed25519";
import {
  AddressLookupTableAccount,
  EpochSchedule,
  Keypair,
  PublicKey,
  SystemProgram,
  SYSVAR_EPOCH_SCHEDULE_PUBKEY,
  TransactionMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import bs58 from "bs58";

import { NativeAccount, NativeBank, newNativeBank } from "../native.js";
import { AccountWrites, ClockBase, Ledger, StoredAccount, TransactionRecord } from "./ledger.js";
import { tokenBalances } from "./token_balances.js";
import { transactionFee } from "./fees.js";

/** A validator's slot time. */
export const SLOT_MS = 400;
/** Slots a blockhash stays valid for (agave's MAX_PROCESSING_AGE). */
export const BLOCKHASH_VALID_SLOTS = 150;
/** How often the slot is recorded in the ledger; a restart resumes past it. */
const SLOT_RECORD_EVERY = 25;

export interface Account {
  lamports: bigint;
  data: Buffer;
  owner: PublicKey;
  executable: boolean;
  rentEpoch: bigint;
}

/** A transaction the bank refused before committing it (nothing changed, nothing recorded). */
export class TransactionRefused extends Error {
  constructor(readonly err: unknown, readonly logs: string[], readonly unitsConsumed: number) {
    super(`transaction refused: ${JSON.stringify(err)}`);
  }
}

export class SignatureVerificationFailed extends Error {
  constructor() {
    super("Transaction signature verification failure");
  }
}

export interface Simulation {
  err: unknown | null;
  logs: string[];
  unitsConsumed: number;
  accounts: Account[];
}

/** What a committed transaction changed, for subscribers. */
export interface Committed {
  record: TransactionRecord;
  /** Accounts it wrote, after the transaction (`null`: closed). */
  writes: [PublicKey, Account | null][];
}

export interface ChainEvents {
  transaction: [Committed];
  accounts: [[PublicKey, Account | null][]];
  slot: [number];
}

export interface LocalChainOptions {
  ledgerDir: string;
  reset?: boolean;
}

function fromNative(account: NativeAccount): Account {
  return { lamports: account.lamports, data: Buffer.from(account.data), owner: new PublicKey(account.owner), executable: account.executable, rentEpoch: account.rentEpoch };
}

function toStored(account: Account): StoredAccount {
  return { lamports: account.lamports.toString(), data: account.data.toString("base64"), owner: account.owner.toBase58(), executable: account.executable, rentEpoch: account.rentEpoch.toString() };
}

function fromStored(account: StoredAccount): Account {
  return { lamports: BigInt(account.lamports), data: Buffer.from(account.data, "base64"), owner: new PublicKey(account.owner), executable: account.executable, rentEpoch: BigInt(account.rentEpoch) };
}

function toNative(account: Account): NativeAccount {
  return { lamports: account.lamports, data: account.data, owner: account.owner.toBuffer(), executable: account.executable, rentEpoch: account.rentEpoch };
}

export class LocalChain extends EventEmitter<ChainEvents> {
  readonly bank: NativeBank;
  readonly ledger: Ledger;
  readonly genesisHash: string;
  readonly epochSchedule: EpochSchedule;
  /** Every account a transaction or a cheatcode wrote (what getProgramAccounts scans). */
  private readonly accounts: Map<string, Account>;
  readonly transactions: TransactionRecord[];
  private readonly bySignature = new Map<string, TransactionRecord>();
  /** Address → indexes into `transactions`, oldest first. */
  private readonly byAddress = new Map<string, number[]>();
  /** Blockhash → the slot it was first handed out at. */
  private readonly blockhashes = new Map<string, number>();
  private clockBase: ClockBase;
  private slotValue: number;
  /** Wall time at which `slotValue` began. */
  private slotStartedAt = Date.now();
  private timer?: NodeJS.Timeout;

  constructor(options: LocalChainOptions) {
    super();
    this.bank = newNativeBank({ blockhashesOnDemand: true });
    const bank = this.bank;
    this.ledger = Ledger.open(options.ledgerDir, { reset: options.reset, genesisHash: () => bank.genesisHash() });
    const state = this.ledger.state;
    this.genesisHash = state.meta.genesisHash;
    this.epochSchedule = this.readEpochSchedule();
    this.accounts = new Map([...state.accounts].map(([address, account]) => [address, fromStored(account)]));
    for (const [address, account] of this.accounts) this.bank.setAccount(new PublicKey(address).toBuffer(), toNative(account));
    this.transactions = [];
    for (const record of state.transactions) this.index(record);
    const unix = Number(this.bank.getClock().unixTimestamp);
    // Resume past every slot handed out before the restart, and never move the clock back.
    this.slotValue = state.slot + (state.transactions.length || state.clock ? SLOT_RECORD_EVERY + 1 : 1);
    const resumed = state.clock ? Math.max(unixAt(state.clock, this.slotValue), unix) : unix;
    this.clockBase = { baseSlot: this.slotValue, baseUnix: resumed };
    this.ledger.append({ kind: "clock", clock: this.clockBase });
    this.writeClock();
  }

  // ---- slots and time ----

  /** Starts advancing slots every 400 ms (as a validator's). */
  start(): void {
    this.slotStartedAt = Date.now();
    this.timer = setInterval(() => this.tick(), SLOT_MS / 4);
  }

  stop(): void {
    clearInterval(this.timer);
    this.ledger.close();
  }

  get slot(): number {
    return this.slotValue;
  }

  get unixTimestamp(): number {
    return unixAt(this.clockBase, this.slotValue);
  }

  /** The chain time of `slot` (slots before the last clock move keep their times). */
  blockTime(slot: number): number | undefined {
    if (slot > this.slotValue) return undefined;
    const record = this.transactionsAt(slot)[0];
    return record ? record.blockTime : unixAt(this.clockBase, Math.max(slot, this.clockBase.baseSlot));
  }

  epochOf(slot: number): { epoch: number; slotIndex: number; slotsInEpoch: number } {
    const [epoch, slotIndex] = this.epochSchedule.getEpochAndSlotIndex(slot);
    return { epoch, slotIndex, slotsInEpoch: this.epochSchedule.getSlotsInEpoch(epoch) };
  }

  private tick(): void {
    const due = Math.floor((Date.now() - this.slotStartedAt) / SLOT_MS);
    if (due <= 0) return;
    this.slotStartedAt += due * SLOT_MS;
    this.slotValue += due;
    if (Math.floor(this.slotValue / SLOT_RECORD_EVERY) !== Math.floor((this.slotValue - due) / SLOT_RECORD_EVERY)) {
      this.ledger.append({ kind: "slot", slot: this.slotValue });
    }
    this.writeClock();
    this.bank.advanceBlockhash(); // one blockhash a slot
    for (const [hash, slot] of this.blockhashes) if (slot < this.slotValue - 2 * BLOCKHASH_VALID_SLOTS) this.blockhashes.delete(hash);
    this.emit("slot", this.slotValue);
  }

  /** Moves chain time forward by `seconds` (slots keep their pace). */
  advanceClock(seconds: number): void {
    this.setClock(this.unixTimestamp + seconds);
  }

  /** Sets chain time to `unix` seconds; it can't move back. */
  setClock(unix: number): void {
    if (!Number.isSafeInteger(unix) || unix < this.unixTimestamp) throw new RangeError(`the clock can only move forward (now ${this.unixTimestamp})`);
    this.clockBase = { baseSlot: this.slotValue, baseUnix: unix };
    this.ledger.append({ kind: "clock", clock: this.clockBase });
    this.writeClock();
  }

  private writeClock(): void {
    const { epoch } = this.epochOf(this.slotValue);
    const epochStart = this.epochSchedule.getFirstSlotInEpoch(epoch);
    this.bank.setClock({
      slot: BigInt(this.slotValue),
      epochStartTimestamp: BigInt(unixAt(this.clockBase, Math.max(epochStart, this.clockBase.baseSlot))),
      epoch: BigInt(epoch),
      leaderScheduleEpoch: BigInt(epoch + 1),
      unixTimestamp: BigInt(this.unixTimestamp),
    });
  }

  private readEpochSchedule(): EpochSchedule {
    const data = this.bank.getAccount(SYSVAR_EPOCH_SCHEDULE_PUBKEY.toBuffer())!.data;
    const u64 = (offset: number) => Number(data.readBigUInt64LE(offset));
    return new EpochSchedule(u64(0), u64(8), data[16] !== 0, u64(17), u64(25));
  }

  // ---- blockhashes ----

  latestBlockhash(): { blockhash: string; lastValidBlockHeight: number } {
    const blockhash = this.bank.getLatestBlockhash();
    if (!this.blockhashes.has(blockhash)) this.blockhashes.set(blockhash, this.slotValue);
    return { blockhash, lastValidBlockHeight: this.blockhashes.get(blockhash)! + BLOCKHASH_VALID_SLOTS };
  }

  isBlockhashValid(blockhash: string): boolean {
    const slot = this.blockhashes.get(blockhash);
    return slot !== undefined && this.slotValue <= slot + BLOCKHASH_VALID_SLOTS;
  }

  // ---- accounts ----

  account(address: PublicKey): Account | null {
    const known = this.accounts.get(address.toBase58());
    if (known) return known;
    const native = this.bank.getAccount(address.toBuffer());
    return native && native.lamports > 0n ? fromNative(native) : null;
  }

  /** Accounts owned by `owner` among every account written on this chain. */
  programAccounts(owner: PublicKey): [PublicKey, Account][] {
    const found: [PublicKey, Account][] = [];
    for (const [address, account] of this.accounts) if (account.owner.equals(owner)) found.push([new PublicKey(address), account]);
    return found;
  }

  /** Writes accounts directly (cheatcodes): durable before it returns. */
  setAccounts(writes: [PublicKey, Account | null][]): void {
    this.ledger.append({ kind: "accounts", accounts: writes.map(([address, account]) => [address.toBase58(), account && toStored(account)]) });
    for (const [address, account] of writes) {
      const empty: Account = { lamports: 0n, data: Buffer.alloc(0), owner: PublicKey.default, executable: false, rentEpoch: 0n };
      this.bank.setAccount(address.toBuffer(), toNative(account ?? empty));
      if (account) this.accounts.set(address.toBase58(), account);
      else this.accounts.delete(address.toBase58());
    }
    this.emit("accounts", writes);
  }

  minimumBalanceForRentExemption(bytes: number): bigint {
    const rent = this.bank.getRent();
    return BigInt(Math.floor(Number((128n + BigInt(bytes)) * rent.lamportsPerByteYear) * rent.exemptionThreshold));
  }

  // ---- transactions ----

  /** The transaction's account keys: static, then those its lookup tables load. */
  accountKeys(tx: VersionedTransaction): { keys: PublicKey[]; writable: boolean[]; loaded: { writable: PublicKey[]; readonly: PublicKey[] } } {
    const message = tx.message;
    const tables = message.addressTableLookups.map(({ accountKey }) => {
      const table = this.account(accountKey);
      if (!table) throw new TransactionRefused("AddressLookupTableNotFound", [], 0);
      return new AddressLookupTableAccount({ key: accountKey, state: AddressLookupTableAccount.deserialize(table.data) });
    });
    const keys = message.getAccountKeys({ addressLookupTableAccounts: tables });
    const all = keys.keySegments().flat();
    return {
      keys: all,
      writable: all.map((_, i) => message.isAccountWritable(i)),
      loaded: { writable: keys.accountKeysFromLookups?.writable ?? [], readonly: keys.accountKeysFromLookups?.readonly ?? [] },
    };
  }

  verifySignatures(tx: VersionedTransaction): void {
    const message = tx.message.serialize();
    const signers = tx.message.staticAccountKeys.slice(0, tx.message.header.numRequiredSignatures);
    if (tx.signatures.length !== signers.length) throw new SignatureVerificationFailed();
    signers.forEach((signer, i) => {
      if (!ed25519.verify(tx.signatures[i], message, signer.toBytes())) throw new SignatureVerificationFailed();
    });
  }

  hasSignature(signature: string): boolean {
    return this.bySignature.has(signature);
  }

  simulate(tx: VersionedTransaction, addresses: PublicKey[] = []): Simulation {
    const outcome = this.bank.simulateTransaction(Buffer.from(tx.serialize()));
    return {
      err: outcome.err == null ? null : JSON.parse(outcome.err),
      logs: outcome.logs,
      unitsConsumed: Number(outcome.computeUnits),
      accounts: addresses.map((address) => this.account(address)).filter((a): a is Account => a !== null),
    };
  }

  /**
   * Processes and commits `tx`: history, account index and ledger are written before it returns.
   * Throws `TransactionRefused` if the bank refused it without committing (no fee was charged).
   */
  process(tx: VersionedTransaction): TransactionRecord {
    const signature = bs58.encode(tx.signatures[0]);
    if (this.bySignature.has(signature)) throw new TransactionRefused("AlreadyProcessed", [], 0);
    const { keys, writable, loaded } = this.accountKeys(tx);
    const before = keys.map((key) => this.account(key));
    const outcome = this.bank.processTransaction(Buffer.from(tx.serialize()));
    const err = outcome.err == null ? null : JSON.parse(outcome.err);
    const after = keys.map((key) => {
      const native = this.bank.getAccount(key.toBuffer());
      return native && native.lamports > 0n ? fromNative(native) : null;
    });
    const feePayerCharged = (before[0]?.lamports ?? 0n) !== (after[0]?.lamports ?? 0n);
    if (err !== null && !feePayerCharged) throw new TransactionRefused(err, outcome.logs, Number(outcome.computeUnits));
    const record: TransactionRecord = {
      signature,
      slot: this.slotValue,
      blockTime: this.unixTimestamp,
      wire: Buffer.from(tx.serialize()).toString("base64"),
      err,
      logs: outcome.logs,
      fee: Number(transactionFee(tx)),
      computeUnits: Number(outcome.computeUnits),
      accountKeys: keys.map((key) => key.toBase58()),
      loaded: { writable: loaded.writable.map((k) => k.toBase58()), readonly: loaded.readonly.map((k) => k.toBase58()) },
      preBalances: before.map((a) => Number(a?.lamports ?? 0n)),
      postBalances: after.map((a) => Number(a?.lamports ?? 0n)),
      preTokenBalances: tokenBalances(before, (mint) => this.account(mint)),
      postTokenBalances: tokenBalances(after, (mint) => this.account(mint)),
    };
    const writes: [PublicKey, Account | null][] = keys.map((key, i) => [key, after[i]] as [PublicKey, Account | null]).filter((_, i) => writable[i]);
    const stored: AccountWrites = writes.map(([key, account]) => [key.toBase58(), account && toStored(account)]);
    this.ledger.append({ kind: "transaction", transaction: record, accounts: stored });
    for (const [key, account] of writes) {
      if (account) this.accounts.set(key.toBase58(), account);
      else this.accounts.delete(key.toBase58());
    }
    this.index(record);
    this.emit("transaction", { record, writes });
    return record;
  }

  /** This node's identity: the faucet that funds airdrops (the bank's genesis payer). */
  get identity(): string {
    return this.faucet.publicKey.toBase58();
  }

  private get faucet(): Keypair {
    return Keypair.fromSecretKey(this.bank.payerSecretKey());
  }

  /** Sends `lamports` from the faucet to `to` in a transaction; returns its signature. */
  airdrop(to: PublicKey, lamports: bigint): string {
    const faucet = this.faucet;
    const message = new TransactionMessage({
      payerKey: faucet.publicKey,
      recentBlockhash: this.latestBlockhash().blockhash,
      instructions: [SystemProgram.transfer({ fromPubkey: faucet.publicKey, toPubkey: to, lamports })],
    }).compileToLegacyMessage();
    const tx = new VersionedTransaction(message);
    tx.sign([faucet]);
    const record = this.process(tx);
    if (record.err !== null) throw new TransactionRefused(record.err, record.logs, record.computeUnits);
    return record.signature;
  }

  // ---- history ----

  transaction(signature: string): TransactionRecord | undefined {
    return this.bySignature.get(signature);
  }

  /** Transactions mentioning `address`, newest first. */
  signaturesFor(address: string): TransactionRecord[] {
    return (this.byAddress.get(address) ?? []).map((i) => this.transactions[i]).reverse();
  }

  transactionsAt(slot: number): TransactionRecord[] {
    let lo = 0;
    let hi = this.transactions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.transactions[mid].slot < slot) lo = mid + 1;
      else hi = mid;
    }
    const found: TransactionRecord[] = [];
    for (let i = lo; i < this.transactions.length && this.transactions[i].slot === slot; i++) found.push(this.transactions[i]);
    return found;
  }

  private index(record: TransactionRecord): void {
    const position = this.transactions.length;
    this.transactions.push(record);
    this.bySignature.set(record.signature, record);
    for (const key of new Set(record.accountKeys)) {
      const list = this.byAddress.get(key);
      if (list) list.push(position);
      else this.byAddress.set(key, [position]);
    }
  }
}

function unixAt(base: ClockBase, slot: number): number {
  return base.baseUnix + Math.floor(((slot - base.baseSlot) * SLOT_MS) / 1000);
}
