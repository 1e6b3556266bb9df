/**
 * A throwaway PostgreSQL server for tests and benchmarks: Debian's `postgresql` binaries
 * (initdb, pg_ctl) on a data directory in a fresh temp folder, listening on a unix socket in that
 * folder only (no TCP port), `fsync` on as in production. initdb refuses to run as root: as root,
 * the server runs as the `postgres` user the package creates.
 */
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

const run = promisify(execFile);

export interface PostgresServer {
  /** `postgresql://postgres@/ionet?host=<socket dir>` */
  url: string;
  /** A new empty database on this server, as a URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** No PostgreSQL server binaries on this machine. */
export class PostgresUnavailable extends Error {
  override readonly name = "PostgresUnavailable";

  constructor() {
    super("no PostgreSQL binaries (initdb, pg_ctl): install Debian's postgresql package (apt-get install postgresql)");
  }
}

/** The server did not start; its log says why. */
export class PostgresStartFailed extends Error {
  override readonly name = "PostgresStartFailed";

  constructor(readonly step: string, readonly detail: string) {
    super(`PostgreSQL ${step} failed: ${detail}`);
  }
}

const DATABASE = "ionet";
const SUPERUSER = "postgres";
const hasServer = (dir: string) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"));

/** The directory of initdb and pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | undefined {
  let fromConfig: string | undefined;
  try {
    fromConfig = execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // No pg_config (client package not installed): look where Debian puts the server.
  }
  if (fromConfig && hasServer(fromConfig)) return fromConfig;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, "bin")).find(hasServer);
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new PostgresUnavailable();
  const dir = mkdtempSync(path.join(tmpdir(), "ionet-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "server.log");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = userInfoOf(SUPERUSER);
    chownSync(dir, uid, gid);
  }
  const tool = (name: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", SUPERUSER, "--", path.join(bin, name), ...args]) : run(path.join(bin, name), args);
  const step = async (label: string, work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      const serverLog = existsSync(log) ? readFileSync(log, "utf8").slice(-2_000) : "";
      rmSync(dir, { recursive: true, force: true });
      throw new PostgresStartFailed(label, `${(error as { stderr?: string }).stderr || (error as Error).message}\n${serverLog}`);
    }
  };
  // --no-sync only skips initdb's own flush of the fresh files; the server keeps fsync on.
  await step("initdb", tool("initdb", ["-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync"]));
  // Durability as in production: fsync, synchronous_commit and full_page_writes on (the defaults).
  const serverOptions = `-c listen_addresses='' -k ${dir} -c fsync=on`;
  await step("start", tool("pg_ctl", ["-D", data, "-l", log, "-w", "-o", serverOptions, "start"]));
  const socketUrl = (database: string) => `postgresql://${SUPERUSER}@/${database}?host=${encodeURIComponent(dir)}`;
  const stop = async () => {
    await tool("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const createDatabase = async (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new PostgresStartFailed("CREATE DATABASE", `invalid database name ${name}`);
    const admin = new pg.Client({ connectionString: socketUrl("postgres") });
    try {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end().catch(() => undefined);
    }
    return socketUrl(name);
  };
  try {
    await createDatabase(DATABASE);
  } catch (error) {
    await stop();
    throw new PostgresStartFailed("CREATE DATABASE", (error as Error).message);
  }
  return { url: socketUrl(DATABASE), createDatabase, stop };
}

/** uid and gid of a system user (from /etc/passwd: node has no getpwnam). */
function userInfoOf(name: string): { uid: number; gid: number } {
  if (userInfo().username === name) return { uid: userInfo().uid, gid: userInfo().gid };
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) throw new PostgresStartFailed("setup", `running as root needs the ${name} user (created by Debian's postgresql package)`);
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}
