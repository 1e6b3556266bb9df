/** `io dao lock|propose|vote|execute`: for veIO holders. */
import { PublicKey } from "@solana/web3.js";
import BN from "bn.js";

import { toBigInt, u64 } from "../../codec.js";
import type { ParamChangeInput } from "../../dao/instructions.js";
import { clusterTime } from "../../rewards/client.js";
import { CommandContext, commandContext, ioAccountOf } from "../context.js";
import { rewardModeChange } from "../../rewards/instructions.js";
import { formatIo, IO_DECIMALS, USDC_DECIMALS } from "../format.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount, parseChoice, parseCount, parseIndex } from "../parse.js";
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

/** Governed numbers a holder can name on the command line (`name=value`): the change's variant and field. */
const PARAMS: Record<string, { variant: string; field: string; u64?: boolean }> = {
  busy_boost_bps: { variant: "rewardsBusyBoost", field: "busyBoostBps" },
  emission_scale_bps: { variant: "rewardsEmissionScale", field: "emissionScaleBps" },
  quorum_bps: { variant: "daoQuorum", field: "bps" },
  timelock_secs: { variant: "daoTimelock", field: "secs", u64: true },
  voting_period_secs: { variant: "daoVotingPeriod", field: "secs", u64: true },
  reservation_fee_bps: { variant: "creditsReservationFeeBps", field: "bps" },
  io_fee_burn_bps: { variant: "creditsIoFeeBurnBps", field: "bps" },
  oracle_max_age_secs: { variant: "creditsMaxAge", field: "secs" },
  oracle_max_conf_bps: { variant: "creditsMaxConfBps", field: "bps" },
  eligibility_hours: { variant: "cloudEligibilityHours", field: "hours" },
  appeal_window_secs: { variant: "cloudAppealWindow", field: "secs" },
};

/**
 * `reward_mode=schedule`, or `reward_mode=ide,usd=<USD per GPU-hour>,retire=<percent>,buffer=<IO>`
 * (retire defaults to 50%, buffer to 0): the `RewardsMode` change.
 */
function parseRewardMode(text: string): ParamChangeInput {
  const [mode, ...rest] = text.split(",");
  const fields = new Map<string, string>();
  for (const part of rest) {
    const [key, value, extra] = part.split("=");
    if (value === undefined || extra !== undefined || !["usd", "retire", "buffer"].includes(key)) {
      throw new UsageError(`reward_mode takes usd=, retire= and buffer=, got "${part}"`);
    }
    fields.set(key, value);
  }
  const ide = parseChoice(mode, ["schedule", "ide"] as const, "reward mode") === "ide";
  if (ide && !fields.has("usd")) throw new UsageError("reward_mode=ide needs usd=<USD per GPU-hour>, e.g. reward_mode=ide,usd=0.10");
  return rewardModeChange({
    mode: ide ? "ide" : "schedule",
    usdPerGpuHour: parseAmount(fields.get("usd") ?? "0", USDC_DECIMALS, "usd"),
    retireBps: Number(parseAmount(fields.get("retire") ?? "50", 2, "retire")),
    feeBuffer: parseAmount(fields.get("buffer") ?? "0", IO_DECIMALS, "buffer"),
  });
}

function parseParam(text: string): ParamChangeInput {
  if (text.trim().startsWith("reward_mode=")) return parseRewardMode(text.trim().slice("reward_mode=".length));
  const match = /^([a-z_]+)=(\d+)$/.exec(text.trim());
  const param = match && PARAMS[match[1]];
  if (!param) throw new UsageError(`--param must be name=value with name one of ${Object.keys(PARAMS).join(", ")}, or reward_mode=...; got "${text}"`);
  const value = Number(parseIndex(match[2], match[1], 2n ** 32n - 1n));
  const change: Record<string, Record<string, unknown>> = { [param.variant]: { [param.field]: param.u64 ? u64(value) : value } };
  return change as unknown as ParamChangeInput;
}

/** A proposal's change as `name=value` when it is one of `PARAMS`, else its variant and fields. */
function describeChange(change: object): string {
  const [variant, fields] = Object.entries(change as Record<string, Record<string, unknown>>)[0];
  const name = Object.keys(PARAMS).find((n) => PARAMS[n].variant === variant);
  if (name) return `${name}=${toBigInt(fields[PARAMS[name].field] as number)}`;
  const shown = Object.entries(fields).map(([field, value]) => `${field}=${showValue(field, value)}`);
  return `${variant}(${shown.join(", ")})`;
}

function showValue(field: string, value: unknown): string {
  if (value instanceof PublicKey) return value.toBase58();
  if (BN.isBN(value)) return value.toString();
  if (Array.isArray(value)) {
    const bytes = Buffer.from(value as number[]);
    return field === "name" ? JSON.stringify(bytes.toString("utf8").replace(/\0+$/, "")) : bytes.toString("hex");
  }
  // An enum (a role, a destination): its variant.
  if (value && typeof value === "object") return Object.keys(value)[0];
  return String(value);
}

/** Voting power is counted in IO. */
const power = (units: bigint) => formatIo(units).replace(/ IO$/, " veIO");

/** The lock `lock` asks for, parsed from its options (defaults: 365 days, cliff). */
function lockOf(o: DaoOptions) {
  return {
    amount: parseAmount(o.amount ?? "", IO_DECIMALS, "--amount"),
    days: parseCount(o.days ?? "365", "--days", 4 * 365),
    kind: parseChoice(o.kind ?? "cliff", ["cliff", "constant"] as const, "lock kind"),
  };
}

function proposalOf(o: DaoOptions): bigint {
  if (o.proposal === undefined) throw new UsageError("--proposal <id> is required");
  return parseIndex(o.proposal, "--proposal");
}

async function proposalView(ctx: CommandContext, id: bigint) {
  const p = await ctx.dao.fetchProposal(id);
  if (!p) throw new UsageError(`no proposal ${id}`);
  const quorumBps = (await ctx.dao.fetchConfig())!.params.quorumBps;
  return {
    proposal: id,
    change: describeChange(p.change),
    state: Object.keys(p.state)[0],
    yes: toBigInt(p.yes),
    no: toBigInt(p.no),
    abstain: toBigInt(p.abstain),
    participatingIo: toBigInt(p.participatingIo),
    totalLockedAtCreation: toBigInt(p.totalLockedAtCreation),
    quorumBps,
    votingEndsAt: toBigInt(p.votingEndsAt),
    executableAt: toBigInt(p.executableAt),
  };
}

type ProposalView = Awaited<ReturnType<typeof proposalView>>;

const at = (unix: bigint) => new Date(Number(unix) * 1000).toISOString();

const describe = (v: ProposalView) => [
  `proposal ${v.proposal} (${v.change}): ${v.state}`,
  `  yes ${power(v.yes)}, no ${power(v.no)}, abstain ${power(v.abstain)}`,
  `  participating ${formatIo(v.participatingIo)} of ${formatIo(v.totalLockedAtCreation)} locked (quorum ${v.quorumBps / 100}%)`,
  `  voting ends ${at(v.votingEndsAt)}${v.executableAt > 0n ? `, executable from ${at(v.executableAt)}` : ""}`,
];

export async function daoCommand(action: "lock" | "propose" | "vote" | "execute", o: DaoOptions): Promise<void> {
  const nonce = o.nonce ? Number(parseIndex(o.nonce, "--nonce", BigInt(Number.MAX_SAFE_INTEGER))) : 0;
  if (action === "lock") {
    const { amount, days, kind } = lockOf(o);
    const ctx = await commandContext(o);
    await ctx.dao.lock(ctx.user, nonce, amount, kind, days * 86_400, ioAccountOf(ctx), ctx.token.mint);
    const view = { amount, days, kind, power: await ctx.dao.votingPower(ctx.user.publicKey, nonce, await clusterTime(ctx.dao.provider)) };
    return emit(o, { owner: ctx.user.publicKey.toBase58(), nonce, ...view }, (v) => `locked ${formatIo(v.amount)} for ${v.days} days (${v.kind}, position ${v.nonce}); voting power ${power(v.power)}`);
  }
  if (action === "propose") {
    const change = parseParam(o.param ?? "");
    const ctx = await commandContext(o);
    const { id } = await ctx.dao.propose(ctx.user, nonce, change);
    const view = await proposalView(ctx, id);
    return emit(o, view, (v) => `created ${describe(v).join("\n")}`);
  }
  const id = proposalOf(o);
  if (action === "vote") {
    const side = parseChoice(o.side ?? "yes", ["yes", "no", "abstain"] as const, "vote side");
    const ctx = await commandContext(o);
    await ctx.dao.vote(ctx.user, nonce, id, side);
    const view = await proposalView(ctx, id);
    return emit(o, { ...view, side }, (v) => `voted ${v.side} on ${describe(v).join("\n")}`);
  }
  const ctx = await commandContext(o);
  const proposal = await ctx.dao.fetchProposal(id);
  if (!proposal) throw new UsageError(`no proposal ${id}`);
  // Voting over: finalizing (anyone may) tallies it and starts the timelock.
  if ("voting" in proposal.state) await ctx.dao.finalize(id);
  const { signature } = await ctx.dao.execute(id, { executor: ctx.user });
  const view = await proposalView(ctx, id);
  return emit(o, { ...view, signature }, (v) => `executed ${describe(v).join("\n")}`);
}
