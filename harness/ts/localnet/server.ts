/**
 * `startLocalnet`: the local chain behind agave's JSON-RPC 2.0 API over HTTP (single and batch
 * requests, `GET /health`) and its PubSub API over a websocket on its own port, both on
 * 127.0.0.1 only.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from "node:http";

import { LocalChain } from "./chain.js";
import { PubSub } from "./pubsub.js";
import { INTERNAL_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, PARSE_ERROR, RpcError } from "./rpc_error.js";
import { Method, rpcMethods } from "./rpc_methods.js";

export interface LocalnetOptions {
  ledgerDir: string;
  reset?: boolean;
  rpcPort?: number;
  wsPort?: number;
  /** Extra methods (e.g. a token faucet), given the chain. */
  methods?: Record<string, Method>;
}

export interface Localnet {
  chain: LocalChain;
  rpcUrl: string;
  wsUrl: string;
  /** Adds or replaces RPC methods. */
  addMethods(methods: Record<string, Method>): void;
  close(): Promise<void>;
}

/** A port already taken, or another reason the server could not listen: one line for the user. */
export class LocalnetListenError extends Error {}

const MAX_BODY_BYTES = 50 * 1024 * 1024;

interface Request {
  jsonrpc?: unknown;
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

async function answer(methods: Record<string, Method>, request: Request) {
  const id = request?.id ?? null;
  if (!request || typeof request !== "object" || request.jsonrpc !== "2.0" || typeof request.method !== "string") {
    return { jsonrpc: "2.0", error: { code: INVALID_REQUEST, message: "Invalid request" }, id };
  }
  const method = Object.hasOwn(methods, request.method) ? methods[request.method] : undefined;
  if (!method) return { jsonrpc: "2.0", error: { code: METHOD_NOT_FOUND, message: "Method not found" }, id };
  try {
    const params = request.params === undefined ? [] : request.params;
    if (!Array.isArray(params)) throw new RpcError(-32602, "Invalid params: expected an array");
    return { jsonrpc: "2.0", result: await method(params), id };
  } catch (err) {
    if (err instanceof RpcError) return { jsonrpc: "2.0", error: { code: err.code, message: err.message, ...(err.data === undefined ? {} : { data: err.data }) }, id };
    return { jsonrpc: "2.0", error: { code: INTERNAL_ERROR, message: `Internal error: ${(err as Error).message}` }, id };
  }
}

function handleHttp(methods: Record<string, Method>, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === "GET" && req.url === "/health") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  if (req.method !== "POST") {
    res.writeHead(405, { allow: "POST" }).end();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", async () => {
    let body: unknown;
    let reply: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      reply = { jsonrpc: "2.0", error: { code: PARSE_ERROR, message: "Parse error" }, id: null };
    }
    if (reply === undefined) {
      reply = Array.isArray(body) ? await Promise.all(body.map((request) => answer(methods, request as Request))) : await answer(methods, body as Request);
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
  });
}

function listen(server: Server, port: number, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (err: NodeJS.ErrnoException) => {
      const reason = err.code === "EADDRINUSE" ? "is already in use (another localnet?)" : `can't be opened (${err.code ?? err.message})`;
      reject(new LocalnetListenError(`${what} port ${port} ${reason}`));
    });
    server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
}

export async function startLocalnet(options: LocalnetOptions): Promise<Localnet> {
  const rpcPort = options.rpcPort ?? 8899;
  const wsPort = options.wsPort ?? rpcPort + 1;
  const rpcServer = createServer();
  // Idle keep-alive connections stay open a minute (Node's default is 5 s): a client reusing one
  // just as the server drops it sees "other side closed" (seen on a loaded machine, cli_localnet).
  rpcServer.keepAliveTimeout = 60_000;
  rpcServer.headersTimeout = 61_000;
  const wsServer = createServer((_req, res) => res.writeHead(426).end());
  // Bind both ports before opening the ledger, so an occupied port changes nothing.
  const rpcBound = await listen(rpcServer, rpcPort, "RPC");
  let wsBound: number;
  try {
    wsBound = await listen(wsServer, wsPort, "websocket");
  } catch (err) {
    rpcServer.close();
    throw err;
  }
  const chain = new LocalChain({ ledgerDir: options.ledgerDir, reset: options.reset });
  const methods = { ...rpcMethods(chain), ...options.methods };
  rpcServer.on("request", (req, res) => handleHttp(methods, req, res));
  const pubsub = new PubSub(wsServer, chain);
  chain.start();
  return {
    chain,
    rpcUrl: `http://127.0.0.1:${rpcBound}`,
    wsUrl: `ws://127.0.0.1:${wsBound}`,
    addMethods: (extra) => Object.assign(methods, extra),
    close: async () => {
      chain.stop();
      pubsub.close();
      rpcServer.closeAllConnections();
      await Promise.all([new Promise((r) => rpcServer.close(r)), new Promise((r) => wsServer.close(r))]);
    },
  };
}
