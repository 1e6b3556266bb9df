/** `io worker register|stake|status|claim`: for GPU providers. */
import { PublicKey } from "@solana/web3.js";

import { toBigInt } from "../../codec.js";
import { MAX_WORKER_GPUS } from "../../limits.js";
import { minStake } from "../../math/stake.js";
import { CommandContext, commandContext, deviceClassId, ioFor } from "../context.js";
import { emit, OutputOptions } from "../output.js";
import { parseAmount, parseCount, parsePubkey, parseRegion } from "../parse.js";
import { SessionOptions } from "../session.js";

export interface WorkerOptions extends OutputOptions, SessionOptions {
  class?: string;
  gpus?: string;
  region?: string;
  price?: string;
  askIo?: string;
  amount?: string;
  worker?: string;
}

const USDC_DECIMALS = 6;

const IO_DECIMALS = 8;

async function register(ctx: CommandContext, o: WorkerOptions): Promise<PublicKey> {
  const deviceClass = deviceClassId(o.class ?? "H100");
  const gpus = parseCount(o.gpus ?? "1", "--gpus", MAX_WORKER_GPUS);
  const deviceId = Uint8Array.from(ctx.user.publicKey.toBytes().subarray(0, 16));
  const { worker } = await ctx.cloud.registerWorker(ctx.user, {
    deviceId,
    deviceClass,
    gpus,
    region: parseRegion(o.region ?? "us-east"),
    pricePerGpuHour: parseAmount(o.price ?? "2", USDC_DECIMALS, "--price"),
    askIoPerGpuHour: parseAmount(o.askIo ?? "1", IO_DECIMALS, "--ask-io"),
  });
  return worker;
}

/** The worker named by --worker, or (on the harness) a new one registered first. */
async function workerOf(ctx: CommandContext, o: WorkerOptions, stake: boolean): Promise<PublicKey> {
  if (o.worker) return parsePubkey(o.worker, "--worker");
  if (!ctx.sandbox) throw new PublicKeyRequired();
  const worker = await register(ctx, o);
  ctx.setup.push(`setup: registered worker ${worker.toBase58()}`);
  if (stake) {
    const { multiplierBps, gpus } = await ctx.cloud.fetchWorkerOrThrow(worker);
    const minimum = minStake(multiplierBps, gpus);
    await ctx.cloud.stake(ctx.user, worker, await ioFor(ctx, minimum), minimum);
    ctx.setup.push(`setup: staked the minimum, ${minimum} IO base units`);
  }
  return worker;
}

class PublicKeyRequired extends Error {
  constructor() {
    super("--worker <address> is required with --rpc");
  }
}

async function status(ctx: CommandContext, worker: PublicKey) {
  const account = await ctx.cloud.fetchWorkerOrThrow(worker);
  const pending = await ctx.rewards.pendingRewards(worker).catch(() => 0n);
  return {
    worker: worker.toBase58(),
    authority: account.authority.toBase58(),
    deviceClass: account.deviceClass,
    gpus: account.gpus,
    staked: toBigInt(account.staked),
    minStake: minStake(account.multiplierBps, account.gpus),
    busy: account.busy,
    weight: { baseWeight: toBigInt(account.weight.baseWeight), busy: account.weight.busy, eligible: account.weight.eligible },
    pendingRewards: pending,
  };
}

const lines = (ctx: CommandContext, rest: string[]) => [...ctx.setup, ...rest].join("\n");

export async function workerCommand(action: "register" | "stake" | "status" | "claim", o: WorkerOptions): Promise<void> {
  const ctx = await commandContext(o);
  if (action === "register") {
    const worker = await register(ctx, o);
    const view = await status(ctx, worker);
    return emit(o, view, (v) => lines(ctx, [`registered worker ${v.worker}`, `  minimum stake ${v.minStake} IO base units (200 IO × max(1, multiplier) × GPUs)`]));
  }
  if (action === "stake") {
    const amount = parseAmount(o.amount ?? "", IO_DECIMALS, "--amount");
    const worker = await workerOf(ctx, o, false);
    await ctx.cloud.stake(ctx.user, worker, await ioFor(ctx, amount), amount);
    const view = await status(ctx, worker);
    return emit(o, view, (v) => lines(ctx, [`staked; worker ${v.worker} now has ${v.staked} IO base units staked (minimum ${v.minStake})`]));
  }
  if (action === "status") {
    const view = await status(ctx, await workerOf(ctx, o, true));
    return emit(o, view, (v) => lines(ctx, [`worker ${v.worker}`, `  class ${v.deviceClass} × ${v.gpus} GPUs, staked ${v.staked} / ${v.minStake}`, `  weight ${v.weight.baseWeight}, eligible ${v.weight.eligible}, busy ${v.weight.busy}`, `  pending rewards ${v.pendingRewards} IO base units`]));
  }
  const worker = await workerOf(ctx, o, true);
  if (ctx.sandbox) {
    const hour = (await ctx.sandbox.now()) / 3_600n;
    await ctx.cloud.recordUptime(ctx.sandbox.verifier, worker, { hour, ok: true, resultHash: new Uint8Array(32).fill(1) });
    await ctx.sandbox.context.advanceSeconds(3_600);
    ctx.setup.push("setup: proved uptime and let one hour of rewards stream");
  }
  const destination = await ioFor(ctx, 0n);
  const pending = await ctx.rewards.pendingRewards(worker);
  await ctx.rewards.claim(ctx.user, worker, destination);
  return emit(o, { worker: worker.toBase58(), claimed: pending }, (v) => lines(ctx, [`claimed ${v.claimed} IO base units of block rewards for ${v.worker}`]));
}
