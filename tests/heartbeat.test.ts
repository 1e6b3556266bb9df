/** Heartbeats over a real loopback HTTP server: what is accepted, what is refused and why. */
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Keypair } from "@solana/web3.js";

import { HeartbeatClient } from "../sdk/src/lifecycle/heartbeat_client.js";
import { storeCounters } from "../sdk/src/lifecycle/heartbeat_counters.js";
import { HeartbeatError, HeartbeatMessage, heartbeatToWire, signHeartbeat } from "../sdk/src/lifecycle/heartbeat_message.js";
import { HeartbeatServer } from "../sdk/src/lifecycle/heartbeat_server.js";
import { SqliteStore } from "../sdk/src/lifecycle/store.js";

const CHAIN = Keypair.generate().publicKey.toBase58();
const NOW = 1_700_000_000n;

const authority = Keypair.generate();
const worker = Keypair.generate().publicKey;
const stranger = Keypair.generate();

/** A heartbeat from `signer` (the worker's authority unless said), signed over `fields`. */
function signed(fields: Partial<HeartbeatMessage> = {}, signer = authority) {
  const message: HeartbeatMessage = {
    worker: worker.toBase58(),
    authority: signer.publicKey.toBase58(),
    counter: 1n,
    timestamp: NOW,
    chain: CHAIN,
    ...fields,
  };
  return heartbeatToWire(message, signHeartbeat(message, signer.secretKey));
}

type Answer = { status: number; body: { ok?: boolean; error?: string } };

async function post(url: string, body: unknown): Promise<Answer> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: text });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

/** Posts `chunks` chunked, with no content-length for the server to check up front. */
async function postStreamed(url: string, chunks: string[]): Promise<Answer> {
  const body = new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  const response = await fetch(url, { method: "POST", body, duplex: "half" } as RequestInit);
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const tempDb = () => path.join(mkdtempSync(path.join(tmpdir(), "ionet-heartbeat-")), "state.db");

/** A server over `file`'s counters that knows one worker and records what it hears. */
async function startServer(file: string) {
  const store = new SqliteStore(file);
  const heard: [string, bigint][] = [];
  const server = new HeartbeatServer({
    authorityOf: (w) => (w === worker.toBase58() ? authority.publicKey.toBase58() : undefined),
    chain: CHAIN,
    now: () => NOW,
    maxSkewSecs: 120n,
    counters: storeCounters(store),
    onHeartbeat: (w, at) => heard.push([w, at]),
  });
  const url = await server.listen();
  const stop = async () => {
    await server.close();
    store.close();
  };
  return { url, heard, store, stop };
}

describe("heartbeats: server", () => {
  let s: Awaited<ReturnType<typeof startServer>>;

  beforeEach(async () => {
    s = await startServer(tempDb());
  });
  afterEach(() => s.stop());

  async function expectRefused(body: unknown, status: number, error: string) {
    const answer = await post(s.url, body);
    expect(answer.status).to.equal(status);
    expect(answer.body.error).to.include(error);
    expect(s.heard).to.deep.equal([]);
  }

  it("listens on loopback only", () => {
    expect(new URL(s.url).hostname).to.equal("127.0.0.1");
  });

  it("accepts a heartbeat signed by the worker's authority and reports it", async () => {
    const answer = await post(s.url, signed({ counter: 7n, timestamp: NOW - 30n }));
    expect(answer).to.deep.equal({ status: 200, body: { ok: true } });
    expect(s.heard).to.deep.equal([[worker.toBase58(), NOW - 30n]]);
    expect(storeCounters(s.store).get(worker.toBase58())).to.equal(7n);
  });

  it("refuses an unsigned heartbeat (401)", async () => {
    const { signature: _, ...unsigned } = signed();
    await expectRefused(unsigned, 401, "unsigned heartbeat");
  });

  it("refuses a bad signature (401)", async () => {
    const tampered = { ...signed({ counter: 1n }), counter: "2" };
    await expectRefused(tampered, 401, "bad signature");
  });

  it("refuses a valid signature by someone who isn't the worker's authority (403)", async () => {
    await expectRefused(signed({}, stranger), 403, `signer ${stranger.publicKey.toBase58()} is not the authority`);
  });

  it("refuses an unknown worker (403)", async () => {
    await expectRefused(signed({ worker: Keypair.generate().publicKey.toBase58() }), 403, "unknown worker");
  });

  it("refuses a heartbeat for another chain (403)", async () => {
    await expectRefused(signed({ chain: "another-genesis" }), 403, "wrong chain: another-genesis");
  });

  it("refuses a stale timestamp (401)", async () => {
    await expectRefused(signed({ timestamp: NOW - 121n }), 401, "stale heartbeat: timestamp 1699999879 is 121s from now");
  });

  it("refuses a timestamp too far ahead (401)", async () => {
    await expectRefused(signed({ timestamp: NOW + 121n }), 401, "stale heartbeat");
  });

  it("refuses a replayed heartbeat (same counter, 409)", async () => {
    const heartbeat = signed({ counter: 5n });
    expect((await post(s.url, heartbeat)).status).to.equal(200);
    const replay = await post(s.url, heartbeat);
    expect(replay.status).to.equal(409);
    expect(replay.body.error).to.include("replayed heartbeat: counter 5 is not above 5");
    expect(s.heard).to.have.length(1);
  });

  it("refuses a counter below the last accepted (409)", async () => {
    expect((await post(s.url, signed({ counter: 5n }))).status).to.equal(200);
    const older = await post(s.url, signed({ counter: 4n }));
    expect(older.status).to.equal(409);
    expect(older.body.error).to.include("counter 4 is not above 5");
    expect(s.heard).to.have.length(1);
  });

  it("refuses a body over the limit (413)", async () => {
    await expectRefused({ ...signed(), padding: "x".repeat(5000) }, 413, "body over 4096 bytes");
  });

  it("refuses a streamed body once it passes the limit (413)", async () => {
    const answer = await postStreamed(s.url, [JSON.stringify(signed()).slice(0, -1), `,"padding":"${"x".repeat(5000)}"}`]);
    expect(answer.status).to.equal(413);
    expect(answer.body.error).to.include("body over 4096 bytes");
    expect(s.heard).to.deep.equal([]);
  });

  it("refuses a body that isn't JSON (400)", async () => {
    await expectRefused('{"worker": ', 400, "malformed heartbeat: body is not JSON");
  });

  it("refuses a counter that isn't a decimal string (400)", async () => {
    await expectRefused({ ...signed(), counter: 1 }, 400, "malformed heartbeat: counter must be a decimal string");
  });

  it("refuses a worker that isn't an address (400)", async () => {
    await expectRefused({ ...signed(), worker: "not-a-key" }, 400, "malformed heartbeat: worker is not a base58 address");
  });

  it("refuses other paths (404)", async () => {
    const answer = await post(s.url.replace("/heartbeat", "/other"), signed());
    expect(answer.status).to.equal(404);
    expect(s.heard).to.deep.equal([]);
  });
});

describe("heartbeats: replay state across a restart", () => {
  it("still refuses a counter accepted before the server restarted", async () => {
    const file = tempDb();
    const heartbeat = signed({ counter: 9n });
    const first = await startServer(file);
    expect((await post(first.url, heartbeat)).status).to.equal(200);
    await first.stop();

    const second = await startServer(file);
    try {
      const replay = await post(second.url, heartbeat);
      expect(replay.status).to.equal(409);
      expect(replay.body.error).to.include("counter 9 is not above 9");
      expect(second.heard).to.deep.equal([]);
      expect((await post(second.url, signed({ counter: 10n }))).status).to.equal(200);
      expect(second.heard).to.deep.equal([[worker.toBase58(), NOW]]);
    } finally {
      await second.stop();
    }
  });
});

describe("heartbeats: client", () => {
  let s: Awaited<ReturnType<typeof startServer>>;

  beforeEach(async () => {
    s = await startServer(tempDb());
  });
  afterEach(() => s.stop());

  const client = (options: Partial<ConstructorParameters<typeof HeartbeatClient>[0]> = {}) =>
    new HeartbeatClient({ url: s.url, authority, worker, chain: CHAIN, ...options });

  it("sends several heartbeats in a row, then more from a new client instance", async () => {
    const agent = client();
    for (const at of [NOW - 2n, NOW - 1n, NOW]) await agent.send(at);
    const restarted = client();
    await restarted.send(NOW + 1n);
    await restarted.send(NOW + 2n);
    expect(s.heard.map(([, at]) => at)).to.deep.equal([NOW - 2n, NOW - 1n, NOW, NOW + 1n, NOW + 2n]);
    expect(s.heard.every(([w]) => w === worker.toBase58())).to.equal(true);
  });

  it("continues from a persisted counter across a new client instance", async () => {
    const counters = storeCounters(new SqliteStore(":memory:"));
    counters.set(worker.toBase58(), 1n << 62n);
    // The server last accepted a counter far above the clock; only the persisted one goes above it.
    storeCounters(s.store).set(worker.toBase58(), 1n << 62n);
    await client({ counter: counters }).send(NOW);
    await client({ counter: counters }).send(NOW);
    expect(counters.get(worker.toBase58())).to.equal((1n << 62n) + 2n);
    expect(s.heard).to.have.length(2);
  });

  it("throws the server's refusal", async () => {
    const refused = await client({ chain: "another-genesis" }).send(NOW).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).to.be.instanceOf(HeartbeatError);
    expect((refused as HeartbeatError).status).to.equal(403);
    expect((refused as HeartbeatError).message).to.equal("heartbeat refused (403): wrong chain: another-genesis");
    expect(s.heard).to.deep.equal([]);
  });
});
