/**
 * `io localnet` as a child process on free loopback ports, as a user runs it (tests and
 * benchmarks).
 */
import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { Connection } from "@solana/web3.js";

import type { LocalnetEconomy } from "./economy.js";

const IO_BIN = fileURLToPath(new URL("../../bin/io.js", import.meta.url));

export interface LocalnetProcess {
  child: ChildProcess;
  url: string;
  wsUrl: string;
  ledger: string;
  economy: LocalnetEconomy & { genesisHash: string };
  connection: Connection;
  output: () => string;
  /** Sends `signal` and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first port the kernel hands out as a connection's source port (Linux; IANA's 49152 elsewhere). */
function ephemeralPortsStart(): number {
  try {
    const start = Number(readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8").trim().split(/\s+/)[0]);
    return Number.isInteger(start) && start > 12_000 ? start : 49_152;
  } catch {
    return 49_152;
  }
}

/**
 * A free port whose successor is free too (the websocket's default), below the ephemeral range:
 * a port in that range can be taken as some connection's source port between this check and the
 * daemon's `listen` (CI once lost the orchestrator's heartbeat port that way).
 */
export async function freePortPair(): Promise<number> {
  const span = ephemeralPortsStart() - 2 - 10_000;
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * span);
    if ((await portFree(port)) && (await portFree(port + 1))) return port;
  }
}

export function newLedgerDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "ionet-localnet-")), "ledger");
}

/** RPC as any HTTP client sends it (for error shapes web3.js would hide). */
export async function rpc(url: string, method: string, params: unknown[] = []): Promise<{ result?: any; error?: { code: number; message: string; data?: any } }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return (await response.json()) as { result?: any; error?: { code: number; message: string; data?: any } };
}

/** web3.js reconnects its websocket forever once the server is gone: stop it (tests end cleanly). */
export function stopReconnecting(connection: Connection): void {
  const socket = (connection as unknown as { _rpcWebSocket: { reconnect: boolean; connect(): void; close(): void; socket?: unknown } })._rpcWebSocket;
  socket.reconnect = false;
  socket.connect = () => undefined; // web3.js itself reconnects while it holds subscriptions
  if (socket.socket) socket.close();
}

export async function startLocalnetProcess(options: { ledger?: string; port?: number; reset?: boolean } = {}): Promise<LocalnetProcess> {
  const port = options.port ?? (await freePortPair());
  const ledger = options.ledger ?? newLedgerDir();
  const args = [IO_BIN, "localnet", "--json", "--rpc-port", String(port), "--ledger", ledger, ...(options.reset ? ["--reset"] : [])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const started = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`localnet did not start in 180 s:\n${output}`)), 180_000);
    const check = () => {
      const line = output.split("\n").find((l) => l.startsWith("{"));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`localnet exited:\n${output}`));
    });
  });
  const info = JSON.parse(started);
  const connection = new Connection(info.rpcUrl, "confirmed");
  return {
    child,
    url: info.rpcUrl,
    wsUrl: info.wsUrl,
    ledger,
    economy: info,
    connection,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      stopReconnecting(connection);
      return exited;
    },
  };
}
