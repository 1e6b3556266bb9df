/**
 * The fuzz campaign's world: the demo's sandbox (the protocol deployed as on a cluster, genesis
 * done, governance with the DAO) and a cast whose keys come from the world's seed: workers of
 * several classes, renters, DAO holders and an attacker, each with IO and USDC. It records every
 * account the programs' transactions name, which the attacker draws substitutes from.
 */
import { createHash } from "node:crypto";

import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { IO, minStake, USDC, workerPda } from "@ionet/sdk";

import { createSandbox, Sandbox, SandboxSnapshot, snapshotSandbox } from "../../sdk/src/demo/sandbox.js";
import { DEVICE_CLASSES } from "../../sdk/src/deploy/defaults.js";
import { ECONOMY_ROLES, EconomyKeys } from "../../sdk/src/deploy/economy.js";

export interface Actor {
  key: Keypair;
  io: PublicKey;
  usdc: PublicKey;
}

export interface FuzzWorker extends Actor {
  worker: PublicKey;
  classId: number;
  gpus: number;
  minStake: bigint;
}

export interface FuzzRental {
  address: PublicKey;
  renter: Actor;
  tender: "IO" | "USDC";
}

export interface FuzzPosition {
  holder: Actor;
  nonce: number;
}

export interface FuzzWorld {
  sandbox: Sandbox;
  workers: FuzzWorker[];
  renters: Actor[];
  holders: Actor[];
  attacker: Actor;
  rentals: FuzzRental[];
  positions: FuzzPosition[];
  /** Proposals made, with the accounts their execution targets. */
  proposals: { id: bigint }[];
  /** IO burned by slashes (io_cloud keeps no total of its own once a worker is gone). */
  slashBurned: bigint;
  /** Every address our programs' transactions named, for the attacker to draw from. */
  known: Map<string, PublicKey>;
  /** By vault: tokens it holds beyond its program's books, sent from outside (see `Checks.vault`). */
  vaultSurplus: Map<string, bigint>;
  nextNonce: number;
}

/** The cast's layout: device class and GPUs of each worker (pairs alike, for replacements). */
const WORKER_LAYOUT = [
  { classId: 1, gpus: 1 },
  { classId: 1, gpus: 1 },
  { classId: 1, gpus: 2 },
  { classId: 3, gpus: 1 },
  { classId: 3, gpus: 1 },
  { classId: 4, gpus: 2 },
];
const RENTERS = 2;
const HOLDERS = 2;

/** A keypair derived from the sequence's seed and the actor's role: a replayable cast. */
export function seededKeypair(seed: number, role: string): Keypair {
  return Keypair.fromSeed(createHash("sha256").update(`ionet-fuzz:${seed}:${role}`).digest());
}

export async function createFuzzWorld(seed: number): Promise<FuzzWorld> {
  const keys = Object.fromEntries(ECONOMY_ROLES.map((role) => [role, seededKeypair(seed, role)])) as EconomyKeys;
  // A fixed start (in 2030), at a second of the day that the seed picks.
  const sandbox = await createSandbox({ keys, startTime: 1_893_456_000n + BigInt(seed % 86_400) });
  const { context, cloud, giveIo, giveUsdc, ata, usdcMint } = sandbox;
  const actor = async (role: string, io: bigint, usdc: bigint): Promise<Actor> => {
    const key = seededKeypair(seed, role);
    await context.setAccount(key.publicKey, { lamports: 5_000_000_000, data: Buffer.alloc(0), owner: PublicKey.default });
    const ioAccount = io > 0n ? await giveIo(key.publicKey, io) : await ata(sandbox.token.mint, key.publicKey);
    const usdcAccount = usdc > 0n ? await giveUsdc(key.publicKey, usdc) : await ata(usdcMint, key.publicKey);
    return { key, io: ioAccount, usdc: usdcAccount };
  };

  const workers: FuzzWorker[] = [];
  for (const [i, spec] of WORKER_LAYOUT.entries()) {
    const multiplier = DEVICE_CLASSES.find((c) => c.classId === spec.classId)!.multiplierBps;
    const stake = minStake(multiplier, spec.gpus);
    const owner = await actor(`worker${i}`, 2n * stake, 0n);
    const deviceId = Uint8Array.from({ length: 16 }, (_, b) => (b === 0 ? i + 1 : seed >>> (8 * (b % 4))) & 0xff);
    await cloud.registerWorker(owner.key, {
      deviceId,
      deviceClass: spec.classId,
      gpus: spec.gpus,
      region: "us-east",
      pricePerGpuHour: USDC(1),
      askIoPerGpuHour: IO(1) / 2n,
    });
    const worker = workerPda(owner.key.publicKey, deviceId);
    await cloud.stake(owner.key, worker, owner.io, stake);
    workers.push({ ...owner, worker, ...spec, minStake: stake });
  }
  const renters: Actor[] = [];
  for (let i = 0; i < RENTERS; i++) renters.push(await actor(`renter${i}`, IO(5_000), USDC(5_000)));
  const holders: Actor[] = [];
  for (let i = 0; i < HOLDERS; i++) holders.push(await actor(`holder${i}`, IO(3_000_000), 0n));
  const attacker = await actor("attacker", IO(1_000), USDC(1_000));

  const world: FuzzWorld = {
    sandbox,
    workers,
    renters,
    holders,
    attacker,
    rentals: [],
    positions: [],
    proposals: [],
    slashBurned: 0n,
    known: new Map(),
    vaultSurplus: new Map(),
    nextNonce: 1,
  };
  // A position that can propose from the first step, every worker proven good for the 5
  // consecutive hours block rewards need, and a price on record.
  await sandbox.dao.lock(holders[0].key, 0, IO(1_000_000), "constant", 2 * 365 * 86_400, holders[0].io, sandbox.token.mint);
  world.positions.push({ holder: holders[0], nonce: 0 });
  for (let good = 1; good <= 5; good++) {
    if (good > 1) await sandbox.context.advanceSeconds(3_600);
    const hour = (await sandbox.now()) / 3_600n;
    for (const w of workers) await cloud.recordUptime(sandbox.verifier, w.worker, { hour, ok: true, resultHash: new Uint8Array(32).fill(good) });
  }
  await sandbox.publishIoPrice();
  for (const a of [...workers, ...renters, ...holders, attacker]) {
    for (const address of [a.key.publicKey, a.io, a.usdc]) remember(world, address);
  }
  remember(world, getAssociatedTokenAddressSync(sandbox.token.mint, sandbox.keys.foundation.publicKey, true));
  return world;
}

/**
 * A world built once by `createFuzzWorld` (about a hundred transactions) and copied into a fresh
 * bank for each sequence by `worldFrom`: the same accounts, clock and cast.
 */
export interface WorldTemplate {
  world: Omit<FuzzWorld, "sandbox">;
  sandbox: SandboxSnapshot;
}

export async function createWorldTemplate(seed: number): Promise<WorldTemplate> {
  const { sandbox, ...world } = await createFuzzWorld(seed);
  try {
    return { world, sandbox: snapshotSandbox(sandbox) };
  } finally {
    sandbox.context.close();
  }
}

/** A fresh copy of the template's world on a bank of its own. */
export async function worldFrom(template: WorldTemplate): Promise<FuzzWorld> {
  const { world } = template;
  return {
    ...world,
    sandbox: await createSandbox({ from: template.sandbox }),
    rentals: [...world.rentals],
    positions: [...world.positions],
    proposals: [...world.proposals],
    known: new Map(world.known),
    vaultSurplus: new Map(world.vaultSurplus),
  };
}

export function remember(world: FuzzWorld, address: PublicKey): void {
  world.known.set(address.toBase58(), address);
}

/** Every actor whose token accounts only its own signature may debit. */
export const wallets = (world: FuzzWorld): Actor[] => [...world.workers, ...world.renters, ...world.holders, world.attacker];
