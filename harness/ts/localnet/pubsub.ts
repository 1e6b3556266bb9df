/**
 * The PubSub API over a websocket, as agave's: logs, account, program, signature and slot
 * subscriptions with their unsubscribe methods; notifications follow committed transactions
 * and slots. A message without an id (web3.js's `ping`) gets no answer.
 */
import type { Server } from "node:http";

import { PublicKey } from "@solana/web3.js";
import { WebSocket, WebSocketServer } from "ws";

import type { Account, Committed, LocalChain } from "./chain.js";
import { accountEncoding, AccountEncoding, encodeAccount } from "./encode.js";
import { AccountFilter, filterMatches } from "./filters.js";
import { INVALID_PARAMS, METHOD_NOT_FOUND, PARSE_ERROR, RpcError } from "./rpc_error.js";
import { SOLANA_CORE_VERSION } from "./rpc_methods.js";

type Subscription =
  | { kind: "logs"; mentions?: string }
  | { kind: "account"; address: string; encoding: AccountEncoding }
  | { kind: "program"; program: string; encoding: AccountEncoding; filters: AccountFilter[] }
  | { kind: "signature"; signature: string }
  | { kind: "slot" };

const NOTIFICATION: Record<Subscription["kind"], string> = {
  logs: "logsNotification",
  account: "accountNotification",
  program: "programNotification",
  signature: "signatureNotification",
  slot: "slotNotification",
};

function address(value: unknown): string {
  try {
    return new PublicKey(value as string).toBase58();
  } catch {
    throw new RpcError(INVALID_PARAMS, "Invalid param: Invalid pubkey");
  }
}

export class PubSub {
  private readonly wss: WebSocketServer;
  private nextId = 0;
  private readonly subscriptions = new Map<number, { socket: WebSocket; subscription: Subscription }>();

  constructor(server: Server, private readonly chain: LocalChain) {
    this.wss = new WebSocketServer({ server });
    this.wss.on("connection", (socket) => {
      socket.on("message", (raw) => this.receive(socket, raw.toString()));
      socket.on("close", () => {
        for (const [id, entry] of this.subscriptions) if (entry.socket === socket) this.subscriptions.delete(id);
      });
    });
    chain.on("transaction", (committed) => this.onTransaction(committed));
    chain.on("accounts", (writes) => this.onAccounts(writes));
    chain.on("slot", (slot) => this.notifyAll("slot", () => ({ parent: slot - 1, root: slot, slot })));
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private receive(socket: WebSocket, text: string): void {
    let request: { id?: number | string | null; method?: unknown; params?: unknown };
    try {
      request = JSON.parse(text);
    } catch {
      socket.send(JSON.stringify({ jsonrpc: "2.0", error: { code: PARSE_ERROR, message: "Parse error" }, id: null }));
      return;
    }
    if (request.id === undefined || request.id === null) return;
    try {
      const result = this.handle(socket, String(request.method), Array.isArray(request.params) ? request.params : []);
      socket.send(JSON.stringify({ jsonrpc: "2.0", result, id: request.id }));
      if (typeof result === "number") this.afterSubscribe(result);
    } catch (err) {
      const error = err instanceof RpcError ? { code: err.code, message: err.message } : { code: -32603, message: String(err) };
      socket.send(JSON.stringify({ jsonrpc: "2.0", error, id: request.id }));
    }
  }

  private handle(socket: WebSocket, method: string, params: unknown[]): number | boolean {
    const config = (params[1] ?? {}) as { encoding?: unknown; filters?: AccountFilter[] };
    const subscribe = (subscription: Subscription) => {
      const id = this.nextId++;
      this.subscriptions.set(id, { socket, subscription });
      return id;
    };
    switch (method) {
      case "logsSubscribe": {
        const filter = params[0];
        if (filter === "all" || filter === "allWithVotes") return subscribe({ kind: "logs" });
        const mentions = (filter as { mentions?: unknown[] })?.mentions;
        if (!Array.isArray(mentions) || mentions.length !== 1) throw new RpcError(INVALID_PARAMS, "Invalid Request: Only 1 address supported");
        return subscribe({ kind: "logs", mentions: address(mentions[0]) });
      }
      case "accountSubscribe":
        return subscribe({ kind: "account", address: address(params[0]), encoding: accountEncoding(config.encoding) });
      case "programSubscribe":
        return subscribe({ kind: "program", program: address(params[0]), encoding: accountEncoding(config.encoding), filters: config.filters ?? [] });
      case "signatureSubscribe":
        if (typeof params[0] !== "string") throw new RpcError(INVALID_PARAMS, "Invalid param: signature must be a string");
        return subscribe({ kind: "signature", signature: params[0] });
      case "slotSubscribe":
        return subscribe({ kind: "slot" });
      case "logsUnsubscribe":
      case "accountUnsubscribe":
      case "programUnsubscribe":
      case "signatureUnsubscribe":
      case "slotUnsubscribe": {
        const entry = this.subscriptions.get(Number(params[0]));
        if (!entry || entry.socket !== socket) throw new RpcError(INVALID_PARAMS, "Invalid subscription id.");
        this.subscriptions.delete(Number(params[0]));
        return true;
      }
      default:
        throw new RpcError(METHOD_NOT_FOUND, "Method not found");
    }
  }

  /** A signature already processed is notified at once, as agave does. */
  private afterSubscribe(id: number): void {
    const entry = this.subscriptions.get(id);
    if (entry?.subscription.kind !== "signature") return;
    const record = this.chain.transaction(entry.subscription.signature);
    if (record) this.notify(id, { context: { slot: record.slot }, value: { err: record.err } }, true);
  }

  private onTransaction({ record, writes }: Committed): void {
    const context = { slot: record.slot, apiVersion: SOLANA_CORE_VERSION };
    const mentioned = new Set(record.accountKeys);
    for (const [id, { subscription }] of this.subscriptions) {
      if (subscription.kind === "logs" && (!subscription.mentions || mentioned.has(subscription.mentions))) {
        this.notify(id, { context, value: { signature: record.signature, err: record.err, logs: record.logs } });
      } else if (subscription.kind === "signature" && subscription.signature === record.signature) {
        this.notify(id, { context, value: { err: record.err } }, true);
      }
    }
    this.onAccounts(writes, record.slot);
  }

  private onAccounts(writes: [PublicKey, Account | null][], slot = this.chain.slot): void {
    const context = { slot, apiVersion: SOLANA_CORE_VERSION };
    const closed: Account = { lamports: 0n, data: Buffer.alloc(0), owner: PublicKey.default, executable: false, rentEpoch: 0n };
    for (const [key, account] of writes) {
      const pubkey = key.toBase58();
      for (const [id, { subscription }] of this.subscriptions) {
        if (subscription.kind === "account" && subscription.address === pubkey) {
          this.notify(id, { context, value: encodeAccount(account ?? closed, subscription.encoding) });
        } else if (
          subscription.kind === "program" &&
          account &&
          account.owner.toBase58() === subscription.program &&
          subscription.filters.every((f) => filterMatches(account.data, f))
        ) {
          this.notify(id, { context, value: { pubkey, account: encodeAccount(account, subscription.encoding) } });
        }
      }
    }
  }

  private notifyAll(kind: Subscription["kind"], result: () => unknown): void {
    for (const [id, { subscription }] of this.subscriptions) if (subscription.kind === kind) this.notify(id, result());
  }

  private notify(id: number, result: unknown, last = false): void {
    const entry = this.subscriptions.get(id);
    if (!entry) return;
    if (entry.socket.readyState === WebSocket.OPEN) {
      entry.socket.send(JSON.stringify({ jsonrpc: "2.0", method: NOTIFICATION[entry.subscription.kind], params: { result, subscription: id } }));
    }
    if (last) this.subscriptions.delete(id);
  }
}
