/** `io worker register|stake|status|claim`: for GPU providers. */
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { randomBytes } from "node:crypto";

import { toBigInt } from "../../codec.js";
import { MAX_WORKER_GPUS } from "../../limits.js";
import { minStake } from "../../math/stake.js";
import { sendInstructions, theEvent } from "../../tx.js";
import { CommandContext, commandContext, deviceClassId, deviceClassName, ioFor } from "../context.js";
import { formatIo, formatUsdc, IO_DECIMALS, USDC_DECIMALS } from "../format.js";
import { emit, OutputOptions, UsageError } from "../output.js";
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

async function register(ctx: CommandContext, o: WorkerOptions): Promise<PublicKey> {
  const { worker } = await ctx.cloud.registerWorker(ctx.user, {
    deviceId: Uint8Array.from(randomBytes(16)),
    deviceClass: deviceClassId(o.class ?? "H100"),
    gpus: parseCount(o.gpus ?? "1", "--gpus", MAX_WORKER_GPUS),
    region: parseRegion(o.region ?? "us-east"),
    pricePerGpuHour: parseAmount(o.price ?? "2", USDC_DECIMALS, "--price"),
    askIoPerGpuHour: parseAmount(o.askIo ?? "1", IO_DECIMALS, "--ask-io"),
  });
  return worker;
}

/** The worker named by --worker, or (on the harness) a new one registered (and staked) first. */
async function workerOf(ctx: CommandContext, o: WorkerOptions, stake: boolean): Promise<PublicKey> {
  if (o.worker) return parsePubkey(o.worker, "--worker");
  if (!ctx.sandbox) throw new UsageError("--worker <address> is required with --url");
  const worker = await register(ctx, o);
  ctx.setup.push(`setup: registered worker ${worker.toBase58()}`);
  if (stake) {
    const { multiplierBps, gpus } = await ctx.cloud.fetchWorkerOrThrow(worker);
    const minimum = minStake(multiplierBps, gpus);
    await ctx.cloud.stake(ctx.user, worker, await ioFor(ctx, minimum), minimum);
    ctx.setup.push(`setup: staked the minimum, ${formatIo(minimum)}`);
  }
  return worker;
}

async function status(ctx: CommandContext, worker: PublicKey) {
  const account = await ctx.cloud.fetchWorkerOrThrow(worker);
  const pending = await ctx.rewards.pendingRewards(worker).catch(() => 0n);
  return {
    worker: worker.toBase58(),
    authority: account.authority.toBase58(),
    deviceClass: account.deviceClass,
    gpus: account.gpus,
    pricePerGpuHour: toBigInt(account.pricePerGpuHour),
    askIoPerGpuHour: toBigInt(account.askIoPerGpuHour),
    staked: toBigInt(account.staked),
    minStake: minStake(account.multiplierBps, account.gpus),
    busy: account.busy,
    weight: { baseWeight: toBigInt(account.weight.baseWeight), busy: account.weight.busy, eligible: account.weight.eligible },
    pendingRewards: pending,
  };
}

type WorkerView = Awaited<ReturnType<typeof status>>;

const describe = (v: WorkerView) => [
  `worker ${v.worker}`,
  `  ${deviceClassName(v.deviceClass)} × ${v.gpus} GPUs, asking ${formatUsdc(v.pricePerGpuHour)} or ${formatIo(v.askIoPerGpuHour)} per GPU-hour`,
  `  staked ${formatIo(v.staked)} of the ${formatIo(v.minStake)} minimum (200 IO × max(1, multiplier) × GPUs)`,
  `  rewards weight ${v.weight.baseWeight}, eligible ${v.weight.eligible}, busy ${v.weight.busy}`,
  `  pending rewards ${formatIo(v.pendingRewards)}`,
];

const lines = (ctx: CommandContext, rest: string[]) => [...ctx.setup, ...rest].join("\n");

/** Mints the worker's pending rewards to the user's IO account (created if missing). */
async function claim(ctx: CommandContext, worker: PublicKey) {
  const pending = await ctx.rewards.pendingRewards(worker);
  if (pending === 0n) return { worker: worker.toBase58(), claimed: 0n, signature: null };
  const destination = getAssociatedTokenAddressSync(ctx.token.mint, ctx.user.publicKey);
  const result = await sendInstructions(ctx.cloud.provider, [
    createAssociatedTokenAccountIdempotentInstruction(ctx.user.publicKey, destination, ctx.user.publicKey, ctx.token.mint),
    await ctx.rewards.claimIx(ctx.user.publicKey, worker, destination),
  ], [ctx.user]);
  return { worker: worker.toBase58(), claimed: toBigInt(theEvent(result, "rewardsClaimed").data.amount), signature: result.signature };
}

export async function workerCommand(action: "register" | "stake" | "status" | "claim", o: WorkerOptions): Promise<void> {
  const ctx = await commandContext(o);
  if (action === "register") {
    const view = await status(ctx, await register(ctx, o));
    return emit(o, view, (v) => lines(ctx, [`registered worker ${v.worker}`, ...describe(v).slice(1)]));
  }
  if (action === "stake") {
    const amount = parseAmount(o.amount ?? "", IO_DECIMALS, "--amount");
    const worker = await workerOf(ctx, o, false);
    await ctx.cloud.stake(ctx.user, worker, await ioFor(ctx, amount), amount);
    const view = await status(ctx, worker);
    return emit(o, { ...view, added: amount }, (v) => lines(ctx, [`staked ${formatIo(v.added)}; worker ${v.worker} now has ${formatIo(v.staked)} staked (minimum ${formatIo(v.minStake)})`]));
  }
  if (action === "status") {
    const view = await status(ctx, await workerOf(ctx, o, true));
    return emit(o, view, (v) => lines(ctx, describe(v)));
  }
  const worker = await workerOf(ctx, o, true);
  if (ctx.sandbox) {
    const hour = (await ctx.sandbox.now()) / 3_600n;
    await ctx.cloud.recordUptime(ctx.sandbox.verifier, worker, { hour, ok: true, resultHash: new Uint8Array(32).fill(1) });
    await ctx.sandbox.context.advanceSeconds(3_600);
    ctx.setup.push("setup: proved uptime and let one hour of rewards stream");
  }
  const claimed = await claim(ctx, worker);
  return emit(o, claimed, (v) =>
    lines(ctx, [v.claimed === 0n ? `nothing to claim for ${v.worker} (rewards need the minimum stake and a proof of uptime)` : `claimed ${formatIo(v.claimed)} of block rewards for ${v.worker}`]),
  );
}
