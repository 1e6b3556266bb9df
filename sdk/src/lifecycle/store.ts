/**
 * Durable lifecycle state. `SqliteStore` (better-sqlite3, a file or `:memory:`) is the default;
 * anything implementing `LifecycleStore` (a server database) can replace it. State, the
 * processed-event marks and the cursor change together inside `transaction`, so a crash at any
 * point leaves either all of an event's effects or none. A store holds one chain's state: it is
 * bound to that chain's genesis hash on first use (`bindToChain`).
 */
import Database from "better-sqlite3";

/** A transaction the lifecycle decided to send, recorded before sending (never sent twice). */
export interface ActionRecord {
  /** `pending` before sending, `sent` once the chain accepted it, `skipped` if it became moot. */
  status: "pending" | "sent" | "skipped";
  signature?: string;
  detail?: string;
  /** What it does, in the sender's terms: how a `pending` one left by a crash is resolved. */
  intent?: unknown;
}

export interface LifecycleStore {
  transaction<T>(work: () => T): T;
  isProcessed(eventKey: string): boolean;
  markProcessed(eventKey: string): void;
  cursor(name: string): string | undefined;
  setCursor(name: string, signature: string): void;
  /** Last sequence number applied for an entity (0 if none). */
  lastSeq(entity: string): bigint;
  setSeq(entity: string, seq: bigint): void;
  get<T>(kind: string, id: string): T | undefined;
  put<T>(kind: string, id: string, value: T): void;
  remove(kind: string, id: string): void;
  list<T>(kind: string): T[];
  action(key: string): ActionRecord | undefined;
  setAction(key: string, record: ActionRecord): void;
  removeAction(key: string): void;
  /** Actions in the order first recorded; only those of `status` if given. */
  actions(status?: ActionRecord["status"]): [string, ActionRecord][];
  close(): void;
}

/** The store was filled from another chain (another genesis) than the one it is used with. */
export class StoreChainMismatch extends Error {
  override readonly name = "StoreChainMismatch";

  constructor(readonly storeGenesis: string, readonly chainGenesis: string) {
    super(`the store holds the state of the chain with genesis ${storeGenesis}, not of this one (${chainGenesis}): use another store`);
  }
}

const CHAIN_KIND = "chain";

/** Records `genesisHash` in a store on first use; refuses a store of another chain. */
export function bindToChain(store: LifecycleStore, genesisHash: string): void {
  const bound = store.get<string>(CHAIN_KIND, "genesis");
  if (bound === undefined) store.put(CHAIN_KIND, "genesis", genesisHash);
  else if (bound !== genesisHash) throw new StoreChainMismatch(bound, genesisHash);
}

const encode = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? { $bigint: v.toString() } : v));
const decode = <T>(text: string): T =>
  JSON.parse(text, (_k, v) => (v && typeof v === "object" && "$bigint" in v ? BigInt(v.$bigint) : v)) as T;

export class SqliteStore implements LifecycleStore {
  private readonly db: Database.Database;

  constructor(path = ":memory:") {
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS processed (key TEXT PRIMARY KEY);
      CREATE TABLE IF NOT EXISTS cursors (name TEXT PRIMARY KEY, signature TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS seqs (entity TEXT PRIMARY KEY, seq TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS entities (kind TEXT NOT NULL, id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, id));
      CREATE TABLE IF NOT EXISTS actions (key TEXT PRIMARY KEY, value TEXT NOT NULL, at INTEGER NOT NULL);
    `);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  isProcessed(eventKey: string): boolean {
    return this.db.prepare("SELECT 1 FROM processed WHERE key = ?").get(eventKey) !== undefined;
  }

  markProcessed(eventKey: string): void {
    this.db.prepare("INSERT OR IGNORE INTO processed (key) VALUES (?)").run(eventKey);
  }

  cursor(name: string): string | undefined {
    const row = this.db.prepare("SELECT signature FROM cursors WHERE name = ?").get(name) as { signature: string } | undefined;
    return row?.signature;
  }

  setCursor(name: string, signature: string): void {
    this.db.prepare("INSERT INTO cursors (name, signature) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET signature = excluded.signature").run(name, signature);
  }

  lastSeq(entity: string): bigint {
    const row = this.db.prepare("SELECT seq FROM seqs WHERE entity = ?").get(entity) as { seq: string } | undefined;
    return row ? BigInt(row.seq) : 0n;
  }

  setSeq(entity: string, seq: bigint): void {
    this.db.prepare("INSERT INTO seqs (entity, seq) VALUES (?, ?) ON CONFLICT(entity) DO UPDATE SET seq = excluded.seq").run(entity, seq.toString());
  }

  get<T>(kind: string, id: string): T | undefined {
    const row = this.db.prepare("SELECT value FROM entities WHERE kind = ? AND id = ?").get(kind, id) as { value: string } | undefined;
    return row ? decode<T>(row.value) : undefined;
  }

  put<T>(kind: string, id: string, value: T): void {
    this.db
      .prepare("INSERT INTO entities (kind, id, value) VALUES (?, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET value = excluded.value")
      .run(kind, id, encode(value));
  }

  remove(kind: string, id: string): void {
    this.db.prepare("DELETE FROM entities WHERE kind = ? AND id = ?").run(kind, id);
  }

  list<T>(kind: string): T[] {
    const rows = this.db.prepare("SELECT value FROM entities WHERE kind = ? ORDER BY id").all(kind) as { value: string }[];
    return rows.map((row) => decode<T>(row.value));
  }

  action(key: string): ActionRecord | undefined {
    const row = this.db.prepare("SELECT value FROM actions WHERE key = ?").get(key) as { value: string } | undefined;
    return row ? decode<ActionRecord>(row.value) : undefined;
  }

  setAction(key: string, record: ActionRecord): void {
    this.db
      .prepare("INSERT INTO actions (key, value, at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(key, encode(record), Date.now());
  }

  removeAction(key: string): void {
    this.db.prepare("DELETE FROM actions WHERE key = ?").run(key);
  }

  actions(status?: ActionRecord["status"]): [string, ActionRecord][] {
    const rows = (
      status === undefined
        ? this.db.prepare("SELECT key, value FROM actions ORDER BY rowid").all()
        : this.db.prepare("SELECT key, value FROM actions WHERE json_extract(value, '$.status') = ? ORDER BY rowid").all(status)
    ) as { key: string; value: string }[];
    return rows.map((row) => [row.key, decode<ActionRecord>(row.value)]);
  }

  close(): void {
    this.db.close();
  }
}
