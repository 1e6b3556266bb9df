/**
 * Shared setup of the indexer suites: the demo sandbox (the economy deployed on the embedded
 * harness) with rounds of real activity in all five programs, the history read independently,
 * faulty connections, and table snapshots to compare two stores row by row.
 */
import { Keypair, type Connection, type PublicKey } from "@solana/web3.js";

import { IO, minStake, PROGRAM_IDS, PROGRAM_NAMES, USDC } from "@ionet/sdk";
import { createSandbox, Sandbox } from "../sdk/src/demo/sandbox.js";
import type { ChainEvent } from "../sdk/src/events/chain_event.js";
import { transactionsSince } from "../sdk/src/events/sources.js";
import { Batch, readTableKeys } from "../sdk/src/indexer/batch.js";
import { IndexDb, tableNames } from "../sdk/src/indexer/db.js";
import { EVENT_COLUMNS, eventValues } from "../sdk/src/indexer/event_row.js";
import { project } from "../sdk/src/indexer/projection.js";

import { clockNow, hourOf } from "./support.js";

export { createSandbox };
export type { Sandbox };

let round = 0;

/**
 * One round of activity: a worker registers, stakes its minimum and proves uptime; a renter
 * books a USDC rental; a holder locks IO in the DAO. Events of io_cloud, io_credits (the
 * booking's fee), io_token (none here: genesis was in the deployment), io_dao.
 */
export async function activityRound(sandbox: Sandbox): Promise<void> {
  round++;
  const { cloud, fund, giveIo, giveUsdc, dao, token, verifier } = sandbox;
  const authority = await fund();
  const deviceId = new Uint8Array(16);
  deviceId.set(Keypair.generate().publicKey.toBytes().subarray(0, 16));
  const { worker } = await cloud.registerWorker(authority, {
    deviceId,
    deviceClass: 4,
    gpus: 1,
    region: "eu-west",
    pricePerGpuHour: USDC(1) / 4n,
    askIoPerGpuHour: IO(1) / 10n,
  });
  const stake = minStake((await cloud.fetchWorkerOrThrow(worker)).multiplierBps, 1);
  await cloud.stake(authority, worker, await giveIo(authority.publicKey, stake), stake);
  const hour = hourOf(await clockNow(sandbox.context));
  await cloud.recordUptime(verifier, worker, { hour, ok: true, resultHash: new Uint8Array(32).fill(round) });
  const renter = await fund();
  const price = USDC(1) / 4n;
  const deposit = (price * 2n * 11n) / 10n;
  await cloud.book(renter, {
    nonce: BigInt(round),
    deviceClass: 4,
    gpus: 1,
    hours: 2,
    pricePerGpuHour: price,
    tenderMint: sandbox.usdcMint,
    renterToken: await giveUsdc(renter.publicKey, deposit),
  });
  const holder = await fund();
  const amount = IO(1_000);
  await dao.lock(holder, 0, amount, "cliff", 365 * 86_400, await giveIo(holder.publicKey, amount), token.mint);
}

/** Every event of the five programs in their histories, each under its own program, read apart from the indexer. */
export async function historyEvents(connection: Connection): Promise<ChainEvent[]> {
  const events: ChainEvent[] = [];
  for (const name of PROGRAM_NAMES) {
    for await (const tx of transactionsSince(connection, PROGRAM_IDS[name], undefined, [5, 10])) {
      events.push(...tx.events.filter((event) => event.program === name));
    }
  }
  return events;
}

export const eventKeys = (events: { signature: string; index: number | bigint }[]) =>
  events.map((event) => `${event.signature}#${Number(event.index)}`).sort();

/** The user tables of a store (the migrations' own table aside, its times differ). */
export const userTables = async (db: IndexDb): Promise<string[]> => (await tableNames(db)).filter((name) => name !== "schema_migrations");

/**
 * Every row of every table, as sorted JSON lines per table (integers as decimal strings). The
 * log's positions are left out: they follow the order the indexer read the programs in, which
 * differs between a store followed live and one rebuilt from history.
 */
export async function snapshotTables(db: IndexDb): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const table of await userTables(db)) {
    const rows = await db.all(`SELECT * FROM ${table}`);
    tables[table] = rows
      .map((row) => Object.entries(row).filter(([column]) => !(table === "events" && column === "position")))
      .map((row) => JSON.stringify(row.sort(([a], [b]) => a.localeCompare(b)), (_k, v) => (typeof v === "bigint" || typeof v === "number" ? String(v) : v)))
      .sort();
  }
  return tables;
}

/** `connection` whose first history of `address` leaves out `omitted` (an incomplete node). */
export function omittingOnce(connection: Connection, address: PublicKey, omitted: string): Connection {
  let done = false;
  return new Proxy(connection, {
    get(target, property) {
      if (property === "getSignaturesForAddress") {
        return async (...args: Parameters<Connection["getSignaturesForAddress"]>) => {
          const page = await target.getSignaturesForAddress(...args);
          if (done || !args[0].equals(address) || !page.some((info) => info.signature === omitted)) return page;
          done = true;
          return page.filter((info) => info.signature !== omitted);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** `connection` that reports another chain's genesis hash. */
export function otherChain(connection: Connection): Connection {
  return new Proxy(connection, {
    get(target, property) {
      if (property === "getGenesisHash") return async () => "11111111111111111111111111111111";
      const value = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Every event of the five programs' histories, each once, projected and logged into `db`. */
export async function indexHistory(sandbox: Sandbox, db: IndexDb): Promise<ChainEvent[]> {
  const batch = new Batch(await readTableKeys(db));
  const events: ChainEvent[] = [];
  for (const program of PROGRAM_NAMES) {
    for await (const tx of transactionsSince(sandbox.provider.connection, PROGRAM_IDS[program], undefined)) {
      for (const event of tx.events) {
        if (event.program !== program) continue;
        project(event, batch);
        events.push(event);
        batch.append("events", EVENT_COLUMNS, eventValues(event, events.length));
      }
    }
  }
  await db.transaction((tx) => batch.flush(tx));
  return events;
}
