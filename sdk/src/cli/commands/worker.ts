/** `io worker register|stake|status|claim|appeal`: for GPU providers. */
import { createAssociatedTokenAccountIdempotentInstruction } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";
import { randomBytes } from "node:crypto";

import { toBigInt } from "../../codec.js";
import { MAX_WORKER_GPUS } from "../../limits.js";
import { minStake } from "../../math/stake.js";
import { sendInstructions, theEvent } from "../../tx.js";
import { CommandContext, commandContext, deviceClassId, deviceClassName, ioAccountOf } from "../context.js";
import { formatIo, formatUsdc, IO_DECIMALS, USDC_DECIMALS } from "../format.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount, parseCount, parseHash, parsePubkey, parseRegion } from "../parse.js";
import { SessionOptions } from "../session.js";

export interface WorkerOptions extends OutputOptions, SessionOptions {
  class?: string;
  gpus?: string;
  region?: string;
  price?: string;
  askIo?: string;
  amount?: string;
  worker?: string;
  case?: string;
  evidence?: string;
}

/** The machine `register` describes, parsed from its options (defaults: one H100 in us-east at 2 USDC or 1 IO). */
function machineOf(o: WorkerOptions) {
  return {
    deviceClass: deviceClassId(o.class ?? "H100"),
    gpus: parseCount(o.gpus ?? "1", "--gpus", MAX_WORKER_GPUS),
    region: parseRegion(o.region ?? "us-east"),
    pricePerGpuHour: parseAmount(o.price ?? "2", USDC_DECIMALS, "--price"),
    askIoPerGpuHour: parseAmount(o.askIo ?? "1", IO_DECIMALS, "--ask-io"),
  };
}

function workerOf(o: WorkerOptions): PublicKey {
  if (!o.worker) throw new UsageError("--worker <address> is required");
  return parsePubkey(o.worker, "--worker");
}

async function status(ctx: CommandContext, worker: PublicKey) {
  const account = await ctx.cloud.fetchWorkerOrThrow(worker);
  const pending = await ctx.rewards.pendingSplit(worker).catch(() => ({ owner: 0n, coStaker: 0n }));
  const cases = await ctx.cloud.slashCases(worker);
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
    goodHours: account.goodHours,
    goodHoursNeeded: account.goodHoursNeeded,
    weight: { baseWeight: toBigInt(account.weight.baseWeight), busy: account.weight.busy, eligible: account.weight.eligible },
    pendingRewards: pending.owner,
    coStake: account.coStaker.equals(PublicKey.default)
      ? null
      : { coStaker: account.coStaker.toBase58(), coStaked: toBigInt(account.coStaked), shareBps: account.coShareBps, exitAt: toBigInt(account.coExitAt), pendingRewards: pending.coStaker },
    inAppeal: toBigInt(account.inAppeal),
    slashCases: cases
      .map(({ publicKey, account: c }) => ({ case: publicKey.toBase58(), id: c.id, amount: toBigInt(c.amount), appealEndsAt: toBigInt(c.appealEndsAt), appealed: toBigInt(c.appealedAt) > 0n }))
      .sort((a, b) => a.id - b.id),
  };
}

const dateOf = (unix: bigint) => new Date(Number(unix) * 1000).toISOString();

type WorkerView = Awaited<ReturnType<typeof status>>;

const describe = (v: WorkerView) => [
  `worker ${v.worker}`,
  `  ${deviceClassName(v.deviceClass)} × ${v.gpus} GPUs, asking ${formatUsdc(v.pricePerGpuHour)} or ${formatIo(v.askIoPerGpuHour)} per GPU-hour`,
  `  staked ${formatIo(v.staked)}${v.coStake ? ` (+ ${formatIo(v.coStake.coStaked)} co-staked)` : ""} of the ${formatIo(v.minStake)} minimum (200 IO × max(1, multiplier) × GPUs)`,
  `  rewards weight ${v.weight.baseWeight}, eligible ${v.weight.eligible}, busy ${v.weight.busy}`,
  `  ${v.goodHours} consecutive good hours of uptime (block rewards need ${v.goodHoursNeeded})`,
  `  pending rewards ${formatIo(v.pendingRewards)}`,
  ...(v.coStake
    ? [
        `  co-staker ${v.coStake.coStaker}: ${formatIo(v.coStake.coStaked)} for ${v.coStake.shareBps / 100}% of the block rewards${v.coStake.exitAt > 0n ? `, exiting (counts until ${dateOf(v.coStake.exitAt)})` : ""}, pending ${formatIo(v.coStake.pendingRewards)}`,
      ]
    : []),
  ...v.slashCases.map(
    (c) =>
      `  slash case ${c.case}: ${formatIo(c.amount)} in appeal until ${dateOf(c.appealEndsAt)}, ${c.appealed ? "appealed" : "not appealed (io worker appeal --case … --evidence …)"}`,
  ),
];

/** Mints the worker's pending rewards to the user's IO account (created if missing). */
async function claim(ctx: CommandContext, worker: PublicKey) {
  const pending = await ctx.rewards.pendingRewards(worker);
  if (pending === 0n) return { worker: worker.toBase58(), claimed: 0n, signature: null };
  const destination = ioAccountOf(ctx);
  const result = await sendInstructions(ctx.cloud.provider, [
    createAssociatedTokenAccountIdempotentInstruction(ctx.user.publicKey, destination, ctx.user.publicKey, ctx.token.mint),
    await ctx.rewards.claimIx(ctx.user.publicKey, worker, destination),
  ], [ctx.user]);
  return { worker: worker.toBase58(), claimed: toBigInt(theEvent(result, "rewardsClaimed").data.amount), signature: result.signature };
}

/** The owner appeals a slash of its worker with the hash of its evidence. */
async function appeal(ctx: CommandContext, slashCase: PublicKey, evidence: Uint8Array) {
  const found = await ctx.cloud.fetchSlashCase(slashCase);
  if (!found) throw new UsageError(`no open slash case at ${slashCase.toBase58()}`);
  const result = await ctx.cloud.appealSlash(ctx.user, slashCase, evidence);
  return { case: slashCase.toBase58(), worker: found.worker.toBase58(), amount: toBigInt(found.amount), appealEndsAt: toBigInt(found.appealEndsAt), signature: result.signature };
}

export async function workerCommand(action: "register" | "stake" | "status" | "claim" | "appeal", o: WorkerOptions): Promise<void> {
  if (action === "appeal") {
    if (!o.case) throw new UsageError("--case <address> is required (io worker status lists the open cases)");
    const slashCase = parsePubkey(o.case, "--case");
    const evidence = parseHash(o.evidence ?? "", "--evidence");
    const appealed = await appeal(await commandContext(o), slashCase, evidence);
    return emit(o, appealed, (v) => `appealed slash case ${v.case} of worker ${v.worker}: ${formatIo(v.amount)} stays in appeal until ${dateOf(v.appealEndsAt)} for the slashing authority or the DAO to decide`);
  }
  if (action === "register") {
    const machine = machineOf(o);
    const ctx = await commandContext(o);
    const { worker } = await ctx.cloud.registerWorker(ctx.user, { deviceId: Uint8Array.from(randomBytes(16)), ...machine });
    const view = await status(ctx, worker);
    return emit(o, view, (v) => [`registered worker ${v.worker}`, ...describe(v).slice(1)].join("\n"));
  }
  if (action === "stake") {
    const amount = parseAmount(o.amount ?? "", IO_DECIMALS, "--amount");
    const worker = workerOf(o);
    const ctx = await commandContext(o);
    await ctx.cloud.stake(ctx.user, worker, ioAccountOf(ctx), amount);
    const view = await status(ctx, worker);
    return emit(o, { ...view, added: amount }, (v) => `staked ${formatIo(v.added)}; worker ${v.worker} now has ${formatIo(v.staked)} staked (minimum ${formatIo(v.minStake)})`);
  }
  const worker = workerOf(o);
  const ctx = await commandContext(o);
  if (action === "status") {
    const view = await status(ctx, worker);
    return emit(o, view, (v) => describe(v).join("\n"));
  }
  const claimed = await claim(ctx, worker);
  return emit(o, claimed, (v) =>
    v.claimed === 0n ? `nothing to claim for ${v.worker} (rewards need the minimum stake and a proof of uptime)` : `claimed ${formatIo(v.claimed)} of block rewards for ${v.worker}`,
  );
}
