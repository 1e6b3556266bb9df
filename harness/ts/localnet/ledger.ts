/**
 * The localnet's durable ledger: one append-only file of JSON lines, each written and fsynced
 * before the change it records is acknowledged, so a SIGKILL at any moment loses nothing
 * confirmed (a torn last line was never acknowledged and is dropped on open). Opening replays
 * the file and then compacts it (the current accounts, the clock and the history, written to a
 * temporary file, fsynced and renamed over the old one).
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

/** An account as stored: data in base64, amounts as decimal strings. */
export interface StoredAccount {
  lamports: string;
  data: string;
  owner: string;
  executable: boolean;
  rentEpoch: string;
}

/** A write of accounts: `null` is an account that no longer exists. */
export type AccountWrites = [address: string, account: StoredAccount | null][];

/** How chain time follows slots: unix(slot) = baseUnix + (slot - baseSlot) × slotMs / 1000. */
export interface ClockBase {
  baseSlot: number;
  baseUnix: number;
}

export interface TokenBalance {
  accountIndex: number;
  mint: string;
  owner: string;
  programId: string;
  uiTokenAmount: { amount: string; decimals: number; uiAmount: number | null; uiAmountString: string };
}

/** A committed transaction, as history answers for it. */
export interface TransactionRecord {
  signature: string;
  slot: number;
  blockTime: number;
  /** The wire transaction, base64. */
  wire: string;
  err: unknown | null;
  logs: string[];
  fee: number;
  computeUnits: number;
  /** Static keys, then the addresses loaded from lookup tables (writable, then read-only). */
  accountKeys: string[];
  loaded: { writable: string[]; readonly: string[] };
  preBalances: number[];
  postBalances: number[];
  preTokenBalances: TokenBalance[];
  postTokenBalances: TokenBalance[];
}

export type LedgerRecord =
  | { kind: "transaction"; transaction: TransactionRecord; accounts: AccountWrites }
  | { kind: "accounts"; accounts: AccountWrites }
  | { kind: "clock"; clock: ClockBase }
  | { kind: "slot"; slot: number };

export interface LedgerMeta {
  genesisHash: string;
  createdAt: string;
}

/** What a ledger holds once replayed. */
export interface LedgerState {
  meta: LedgerMeta;
  accounts: Map<string, StoredAccount>;
  transactions: TransactionRecord[];
  clock: ClockBase | undefined;
  /** The highest slot recorded. */
  slot: number;
}

const LOG = "ledger.jsonl";
const META = "meta.json";

export class Ledger {
  private fd: number;

  private constructor(readonly dir: string, readonly state: LedgerState) {
    this.fd = openSync(path.join(dir, LOG), "a");
  }

  /** Opens (or, with `reset` or when absent, creates) the ledger in `dir`. */
  static open(dir: string, options: { reset?: boolean; genesisHash: () => string }): Ledger {
    if (options.reset) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const metaPath = path.join(dir, META);
    if (!existsSync(metaPath)) {
      const meta: LedgerMeta = { genesisHash: options.genesisHash(), createdAt: new Date().toISOString() };
      writeDurably(metaPath, JSON.stringify(meta, null, 2) + "\n");
      rmSync(path.join(dir, LOG), { force: true });
    }
    const meta = JSON.parse(readFileSync(metaPath, "utf8")) as LedgerMeta;
    const state = replay(meta, path.join(dir, LOG));
    compact(path.join(dir, LOG), state);
    return new Ledger(dir, state);
  }

  /** Appends `record` and waits until it is on disk. */
  append(record: LedgerRecord): void {
    writeSync(this.fd, JSON.stringify(record) + "\n");
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function apply(state: LedgerState, record: LedgerRecord): void {
  switch (record.kind) {
    case "transaction":
      state.transactions.push(record.transaction);
      state.slot = Math.max(state.slot, record.transaction.slot);
      writeAccounts(state, record.accounts);
      break;
    case "accounts":
      writeAccounts(state, record.accounts);
      break;
    case "clock":
      state.clock = record.clock;
      state.slot = Math.max(state.slot, record.clock.baseSlot);
      break;
    case "slot":
      state.slot = Math.max(state.slot, record.slot);
      break;
  }
}

function writeAccounts(state: LedgerState, writes: AccountWrites): void {
  for (const [address, account] of writes) {
    if (account) state.accounts.set(address, account);
    else state.accounts.delete(address);
  }
}

function replay(meta: LedgerMeta, file: string): LedgerState {
  const state: LedgerState = { meta, accounts: new Map(), transactions: [], clock: undefined, slot: 0 };
  if (!existsSync(file)) return state;
  const lines = readFileSync(file, "utf8").split("\n");
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    let record: LedgerRecord;
    try {
      record = JSON.parse(line);
    } catch (err) {
      // Only the last line can be torn (a write cut short by a kill): it was never acknowledged.
      if (i >= lines.length - 2) break;
      throw new Error(`ledger ${file} is corrupt at line ${i + 1}`);
    }
    apply(state, record);
  }
  return state;
}

/** Rewrites the log as the state it replays to: one record per account, the clock, the history. */
function compact(file: string, state: LedgerState): void {
  const records: LedgerRecord[] = [];
  if (state.clock) records.push({ kind: "clock", clock: state.clock });
  records.push({ kind: "slot", slot: state.slot });
  records.push({ kind: "accounts", accounts: [...state.accounts] });
  const lines = records.map((r) => JSON.stringify(r));
  for (const transaction of state.transactions) lines.push(JSON.stringify({ kind: "transaction", transaction, accounts: [] }));
  writeDurably(file, lines.join("\n") + "\n");
}

function writeDurably(file: string, text: string): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text);
  const fd = openSync(temporary, "r+");
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temporary, file);
  const dir = openSync(path.dirname(file), "r");
  fsyncSync(dir);
  closeSync(dir);
}
