/** `io dao lock|propose|vote|execute`: for veIO holders. */
import type BN from "bn.js";

import { toBigInt, u64 } from "../../codec.js";
import { governancePda } from "../../dao/pda.js";
import { PROGRAM_IDS } from "../../programs.js";
import { rewardsConfigPda } from "../../rewards/pda.js";
import { CommandContext, commandContext, ioFor } from "../context.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount, parseChoice, parseCount } from "../parse.js";
import { SessionOptions } from "../session.js";

export interface DaoOptions extends OutputOptions, SessionOptions {
  amount?: string;
  days?: string;
  kind?: string;
  nonce?: string;
  param?: string;
  proposal?: string;
  side?: string;
}

/** Governed parameters a holder can name on the command line, as `name=value`. */
const PARAMS: Record<string, (value: number) => Record<string, Record<string, number | BN>>> = {
  busy_boost_bps: (v) => ({ rewardsBusyBoost: { busyBoostBps: v } }),
  emission_scale_bps: (v) => ({ rewardsEmissionScale: { emissionScaleBps: v } }),
  quorum_bps: (v) => ({ daoQuorum: { bps: v } }),
  timelock_secs: (v) => ({ daoTimelock: { secs: u64(v) } }),
  voting_period_secs: (v) => ({ daoVotingPeriod: { secs: u64(v) } }),
};

function parseParam(text: string) {
  const match = /^([a-z_]+)=(\d+)$/.exec(text.trim());
  if (!match || !PARAMS[match[1]]) {
    throw new UsageError(`--param must be name=value with name one of ${Object.keys(PARAMS).join(", ")}; got "${text}"`);
  }
  return { name: match[1], change: PARAMS[match[1]](Number(match[2])) };
}

const lines = (ctx: CommandContext, rest: string[]) => [...ctx.setup, ...rest].join("\n");

async function lock(ctx: CommandContext, o: DaoOptions, nonce: number) {
  const amount = parseAmount(o.amount ?? "", 8, "--amount");
  const days = parseCount(o.days ?? "365", "--days", 4 * 365);
  const kind = parseChoice(o.kind ?? "cliff", ["cliff", "constant"] as const, "lock kind");
  await ctx.dao.lock(ctx.user, nonce, amount, kind, days * 86_400, await ioFor(ctx, amount), ctx.token.mint);
  return { amount, days, kind, power: await ctx.dao.votingPower(ctx.user.publicKey, nonce, BigInt(Math.floor(Date.now() / 1000))) };
}

export async function daoCommand(action: "lock" | "propose" | "vote" | "execute", o: DaoOptions): Promise<void> {
  const ctx = await commandContext(o);
  const nonce = o.nonce ? parseCount(o.nonce, "--nonce") : 0;
  if (action === "lock") {
    const view = await lock(ctx, o, nonce);
    return emit(o, { owner: ctx.user.publicKey.toBase58(), nonce, ...view }, (v) => lines(ctx, [`locked ${v.amount} IO base units for ${v.days} days (${v.kind}); voting power ${v.power}`]));
  }
  if (ctx.sandbox && action !== "execute") {
    await lock(ctx, { ...o, amount: o.amount ?? "100000", days: "1460" }, nonce);
    ctx.setup.push("setup: locked 100,000 IO for 4 years");
  }
  if (action === "propose") {
    const { name, change } = parseParam(o.param ?? "");
    const { id } = await ctx.dao.propose(ctx.user, nonce, change);
    return emit(o, { proposal: id, change: name }, (v) => lines(ctx, [`proposal ${v.proposal} created: ${o.param}`]));
  }
  const id = o.proposal !== undefined ? BigInt(parseCount(String(Number(o.proposal) + 1), "--proposal") - 1) : undefined;
  if (action === "vote") {
    let proposal = id;
    if (proposal === undefined) {
      if (!ctx.sandbox) throw new UsageError("--proposal <id> is required with --rpc");
      proposal = (await ctx.dao.propose(ctx.user, nonce, PARAMS.busy_boost_bps(30_000))).id;
      ctx.setup.push(`setup: proposed busy_boost_bps=30000 as proposal ${proposal}`);
    }
    const side = parseChoice(o.side ?? "yes", ["yes", "no", "abstain"] as const, "vote side");
    await ctx.dao.vote(ctx.user, nonce, proposal, side);
    const p = (await ctx.dao.fetchProposal(proposal))!;
    return emit(o, { proposal, side, yes: toBigInt(p.yes), no: toBigInt(p.no) }, (v) => lines(ctx, [`voted ${v.side} on proposal ${v.proposal}: yes ${v.yes}, no ${v.no}`]));
  }
  if (id === undefined) throw new UsageError("--proposal <id> is required");
  const proposal = await ctx.dao.fetchProposal(id);
  if (!proposal) throw new UsageError(`no proposal ${id}`);
  const target = Object.keys(proposal.change)[0].startsWith("rewards")
    ? [
        { pubkey: PROGRAM_IDS.io_rewards, isSigner: false, isWritable: false },
        { pubkey: governancePda(), isSigner: false, isWritable: false },
        { pubkey: rewardsConfigPda(), isSigner: false, isWritable: true },
      ]
    : [];
  const result = await ctx.dao.execute(id, target, ctx.user);
  return emit(o, { proposal: id, signature: result.signature }, (v) => lines(ctx, [`executed proposal ${v.proposal} (${v.signature})`]));
}
