/** `io worker co-stake offer|cancel|accept|exit|withdraw|claim`: a co-staker supplies up to half a device's minimum stake for a share of its block rewards. */
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";

import { toBigInt } from "../../codec.js";
import { minStake } from "../../math/stake.js";
import { rewardsClaimCoStake } from "../../rewards/instructions.js";
import { sendInstructions, theEvent } from "../../tx.js";
import { CommandContext, commandContext, ioAccountOf } from "../context.js";
import { formatIo, IO_DECIMALS } from "../format.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount, parsePubkey, parseShareBps } from "../parse.js";
import { SessionOptions } from "../session.js";

export type CoStakeAction = "offer" | "cancel" | "accept" | "exit" | "withdraw" | "claim";

export interface CoStakeOptions extends OutputOptions, SessionOptions {
  worker?: string;
  max?: string;
  amount?: string;
  share?: string;
}

const percent = (bps: number) => `${bps / 100}%`;
const dateOf = (unix: bigint) => new Date(Number(unix) * 1000).toISOString();

/** The worker's co-staking as it stands after the command. */
async function view(ctx: CommandContext, worker: PublicKey, signature: string | null) {
  const account = await ctx.cloud.fetchWorkerOrThrow(worker);
  const co = account.coStaker.equals(PublicKey.default) ? null : account.coStaker.toBase58();
  const exitAt = toBigInt(account.coExitAt);
  return {
    worker: worker.toBase58(),
    coStaker: co,
    offerMax: toBigInt(account.coOfferMax),
    shareBps: account.coShareBps,
    coStaked: toBigInt(account.coStaked),
    minStake: minStake(account.multiplierBps, account.gpus),
    exitAt,
    availableAt: exitAt === 0n ? 0n : exitAt + 14n * 86_400n,
    signature,
  };
}

type CoStakeView = Awaited<ReturnType<typeof view>>;

const describe = (v: CoStakeView): string => {
  if (v.coStaker === null) return v.offerMax > 0n ? `worker ${v.worker} offers up to ${formatIo(v.offerMax)} of co-stake for ${percent(v.shareBps)} of its block rewards` : `worker ${v.worker} has no co-staking offer`;
  const exit = v.exitAt === 0n ? "" : `, exiting: earns nothing, counts until ${dateOf(v.exitAt)}, withdrawable from ${dateOf(v.availableAt)}`;
  return `worker ${v.worker}: co-staker ${v.coStaker} has ${formatIo(v.coStaked)} staked (minimum ${formatIo(v.minStake)}) for ${percent(v.shareBps)} of its block rewards${exit}`;
};

/** Pays the worker's co-staker its rewards into its IO account (created if missing); anyone may. */
async function claim(ctx: CommandContext, worker: PublicKey) {
  const reward = await ctx.rewards.fetchWorkerReward(worker);
  if (!reward || reward.coStaker.equals(PublicKey.default)) throw new UsageError(`worker ${worker.toBase58()} has never had a co-staker`);
  const pending = (await ctx.rewards.pendingSplit(worker)).coStaker;
  if (pending === 0n) return { worker: worker.toBase58(), coStaker: reward.coStaker.toBase58(), claimed: 0n, signature: null };
  const destination = getAssociatedTokenAddressSync(ctx.token.mint, reward.coStaker, true);
  const result = await sendInstructions(ctx.cloud.provider, [
    createAssociatedTokenAccountIdempotentInstruction(ctx.user.publicKey, destination, reward.coStaker, ctx.token.mint),
    rewardsClaimCoStake({ worker, destination }),
  ], [ctx.user]);
  return { worker: worker.toBase58(), coStaker: reward.coStaker.toBase58(), claimed: toBigInt(theEvent(result, "coStakerRewardsClaimed").data.amount), signature: result.signature };
}

export async function coStakeCommand(action: CoStakeAction, o: CoStakeOptions): Promise<void> {
  if (!o.worker) throw new UsageError("--worker <address> is required");
  const worker = parsePubkey(o.worker, "--worker");
  const amount = action === "offer" ? parseAmount(o.max ?? "", IO_DECIMALS, "--max") : action === "accept" ? parseAmount(o.amount ?? "", IO_DECIMALS, "--amount") : 0n;
  const shareBps = action === "offer" || action === "accept" ? parseShareBps(o.share ?? "", "--share") : 0;
  const ctx = await commandContext(o);
  if (action === "claim") {
    const paid = await claim(ctx, worker);
    return emit(o, paid, (v) => (v.claimed === 0n ? `nothing to pay co-staker ${v.coStaker} of worker ${v.worker}` : `paid ${formatIo(v.claimed)} of block rewards to co-staker ${v.coStaker} of worker ${v.worker}`));
  }
  const { cloud, user } = ctx;
  const sent =
    action === "offer"
      ? await cloud.offerCoStake(user, worker, { maxAmount: amount, shareBps })
      : action === "cancel"
        ? await cloud.cancelCoStake(user, worker)
        : action === "accept"
          ? await cloud.acceptCoStake(user, worker, ioAccountOf(ctx), amount, shareBps)
          : action === "exit"
            ? await cloud.exitCoStake(user, worker)
            : await withdraw(ctx, worker);
  return emit(o, await view(ctx, worker, sent.signature), describe);
}

/** The exited co-staker's IO back to its IO account (created if missing). */
async function withdraw(ctx: CommandContext, worker: PublicKey) {
  const destination = ioAccountOf(ctx);
  await sendInstructions(ctx.cloud.provider, [createAssociatedTokenAccountIdempotentInstruction(ctx.user.publicKey, destination, ctx.user.publicKey, ctx.token.mint)], [ctx.user]);
  return ctx.cloud.withdrawCoStake(ctx.user, worker, destination);
}
