/** Shared setup of the io_cloud suites: IO (real io_token genesis), a USDC-like mint, the market. */
import { createMintToInstruction, createTransferInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  IO_TENDER_FEE_BPS,
  NON_IO_TENDER_FEE_BPS,
  cloudRewardsAuthorityPda,
  IO,
  IoCloudClient,
  IoCreditsClient,
  IoRewardsClient,
  IoTokenClient,
  minStake,
  rewardsConfigPda,
  sendInstructions,
  USDC,
  workerPda,
} from "@ionet/sdk";

import { clockNow, funded, hourOf, newBank, TestBank, tokenAccount, usdcLikeMint } from "./support.js";
import { DEFAULT_PARAMS } from "./support_io_credits.js";

export const H100 = 1;
export const RTX4070 = 2;

export interface CloudWorld extends TestBank {
  cloud: IoCloudClient;
  token: IoTokenClient;
  /** Wired as in production: io_cloud's PDA is its weight authority, it mints through io_token. */
  rewards: IoRewardsClient;
  /** Initialized (its governed reservation fee applies to bookings). */
  credits: IoCreditsClient;
  /** Governs io_rewards and io_credits (the DAO's PDA in production). */
  paramsGovernance: Keypair;
  governance: Keypair;
  orchestrator: Keypair;
  verifier: Keypair;
  slasher: Keypair;
  ioMint: PublicKey;
  usdcMint: PublicKey;
  usdcAuthority: Keypair;
  /** Holds the community allocation: the IO every test hands out. */
  ioHolder: Keypair;
  ioHolderAccount: PublicKey;
  /** io_token's config authority (registers the emission authority). */
  tokenAdmin: Keypair;
}

export interface ReadyWorker {
  authority: Keypair;
  worker: PublicKey;
  deviceId: Uint8Array;
  gpus: number;
  /** The authority's USDC account (payout of USDC rentals). */
  usdc: PublicKey;
  /** The authority's IO account. */
  io: PublicKey;
}

export interface CloudWorldOptions {
  /**
   * io_rewards' governance (default `paramsGovernance`); io_rewards has no governance handover,
   * so a suite voting on its parameters passes the DAO's PDA here.
   */
  rewardsGovernance?: PublicKey;
  /** Consecutive good hours eligibility needs (default 1: these suites test one rule at a time; the deployed default, 5, is tested in io_cloud_eligibility.test.ts). */
  eligibilityHours?: number;
}

/**
 * A bank with IO after genesis, a USDC-like mint, io_credits and io_rewards wired as in
 * production, and the market initialized with H100 (10x) and RTX 4070 (0.25x) and both tenders.
 * One good proof makes a worker eligible unless `eligibilityHours` says otherwise.
 */
export async function cloudWorld(options: CloudWorldOptions = {}): Promise<CloudWorld> {
  const bank = await newBank();
  const { provider } = bank;
  const token = new IoTokenClient(provider);
  const admin = Keypair.generate();
  await token.initialize(admin);
  const ioHolder = await funded(provider);
  const ioHolderAccount = await tokenAccount(provider, token.mint, ioHolder.publicKey);
  const treasury = await tokenAccount(provider, token.mint, Keypair.generate().publicKey);
  const someone = Keypair.generate().publicKey;
  await token.genesis(admin, { seedInvestors: someone, seriesA: someone, coreContributors: someone }, ioHolderAccount, treasury);

  const usdcAuthority = Keypair.generate();
  const usdcMint = await usdcLikeMint(provider, usdcAuthority.publicKey);
  const paramsGovernance = await funded(provider);
  const credits = new IoCreditsClient(provider);
  await credits.initialize(paramsGovernance.publicKey, DEFAULT_PARAMS);
  const rewards = new IoRewardsClient(provider);
  await rewards.initialize(options.rewardsGovernance ?? paramsGovernance.publicKey, cloudRewardsAuthorityPda());
  await token.setAuthority(admin, "emission", rewardsConfigPda());
  const cloud = new IoCloudClient(provider);
  const [governance, orchestrator, verifier, slasher] = await Promise.all([0, 1, 2, 3].map(() => funded(provider)));
  await cloud.initialize(
    {
      governance: governance.publicKey,
      orchestrator: orchestrator.publicKey,
      uptimeVerifier: verifier.publicKey,
      slashingAuthority: slasher.publicKey,
    },
    token.mint,
  );
  await cloud.setEligibilityHours(governance, options.eligibilityHours ?? 1);
  await cloud.setDeviceClass(governance, { classId: H100, name: "NVIDIA H100 80GB", multiplierBps: 100_000 });
  await cloud.setDeviceClass(governance, { classId: RTX4070, name: "NVIDIA RTX 4070", multiplierBps: 2_500 });
  await credits.registerTender(paramsGovernance, token.mint, IO_TENDER_FEE_BPS);
  await credits.registerTender(paramsGovernance, usdcMint, NON_IO_TENDER_FEE_BPS, { usdPegged: true });
  return {
    ...bank,
    cloud,
    token,
    rewards,
    credits,
    paramsGovernance,
    governance,
    orchestrator,
    verifier,
    slasher,
    ioMint: token.mint,
    usdcMint,
    usdcAuthority,
    ioHolder,
    ioHolderAccount,
    tokenAdmin: admin,
  };
}

/** `owner`'s IO account holding `amount` more IO. */
export async function fundIo(world: CloudWorld, owner: PublicKey, amount: bigint): Promise<PublicKey> {
  const account = await tokenAccount(world.provider, world.ioMint, owner);
  if (amount > 0n) {
    await sendInstructions(
      world.provider,
      [createTransferInstruction(world.ioHolderAccount, account, world.ioHolder.publicKey, amount)],
      [world.ioHolder],
    );
  }
  return account;
}

/** `owner`'s USDC account holding `amount` more USDC. */
export async function fundUsdc(world: CloudWorld, owner: PublicKey, amount: bigint): Promise<PublicKey> {
  const account = await tokenAccount(world.provider, world.usdcMint, owner);
  if (amount > 0n) {
    await sendInstructions(
      world.provider,
      [createMintToInstruction(world.usdcMint, account, world.usdcAuthority.publicKey, amount)],
      [world.usdcAuthority],
    );
  }
  return account;
}

let deviceCounter = 0;
export function newDeviceId(): Uint8Array {
  deviceCounter += 1;
  const id = new Uint8Array(16);
  new DataView(id.buffer).setUint32(0, deviceCounter, true);
  id.set(Keypair.generate().publicKey.toBytes().subarray(0, 12), 4);
  return id;
}

export interface WorkerOptions {
  deviceClass?: number;
  gpus?: number;
  region?: string;
  /** IO to stake; default the minimum. */
  stake?: bigint;
  /** Record a successful uptime proof for the current hour (default true). */
  prove?: boolean;
  /** Asks per GPU-hour: micro-USD (default 2 USDC) and IO base units (default 1 IO). */
  askUsd?: bigint;
  askIo?: bigint;
}

/** A registered worker, staked (default: the minimum) and with a successful proof this hour. */
export async function readyWorker(world: CloudWorld, options: WorkerOptions = {}): Promise<ReadyWorker> {
  const authority = await funded(world.provider);
  const deviceId = newDeviceId();
  const gpus = options.gpus ?? 1;
  const deviceClass = options.deviceClass ?? H100;
  const { worker } = await world.cloud.registerWorker(authority, {
    deviceId,
    deviceClass,
    gpus,
    region: options.region ?? "us-east",
    pricePerGpuHour: options.askUsd ?? USDC(2),
    askIoPerGpuHour: options.askIo ?? IO(1),
  });
  const account = await world.cloud.fetchWorkerOrThrow(worker);
  const stake = options.stake ?? minStake(account.multiplierBps, gpus);
  const io = await fundIo(world, authority.publicKey, stake);
  if (stake > 0n) await world.cloud.stake(authority, worker, io, stake);
  if (options.prove ?? true) await prove(world, worker);
  const usdc = await fundUsdc(world, authority.publicKey, 0n);
  return { authority, worker, deviceId, gpus, usdc, io };
}

/** Records a successful proof for the current hour. */
export async function prove(world: CloudWorld, worker: PublicKey, ok = true): Promise<void> {
  const hour = hourOf(await clockNow(world.context));
  await world.cloud.recordUptime(world.verifier, worker, { hour, ok, resultHash: new Uint8Array(32).fill(7) });
}

export const usdcAta = (world: CloudWorld, owner: PublicKey) => getAssociatedTokenAddressSync(world.usdcMint, owner, true);

export { workerPda };
