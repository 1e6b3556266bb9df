/**
 * `io rewards status|crank`: the block-reward ledger and its mode (the fixed schedule, or the
 * Incentive Dynamic Engine with its last hour's USD due, IO paid, retired and burned), and the
 * engine's hourly crank (anyone may send it).
 */
import { IdeHourState } from "../../math/ide.js";
import { ideState, IoRewardsClient, RewardsStatus } from "../../rewards/client.js";
import { theEvent } from "../../tx.js";
import { formatIo, formatUnits, USDC_DECIMALS } from "../format.js";
import { priceUpdateOf } from "../localnet_client.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parsePubkey } from "../parse.js";
import { openSession, SessionOptions } from "../session.js";

export interface RewardsOptions extends OutputOptions, SessionOptions {
  priceUpdate?: string;
}

const usd = (microUsd: bigint) => formatUnits(microUsd, USDC_DECIMALS, "USD");

/** `price × 10^exponent` USD per IO, as text. */
function formatPrice(price: bigint, exponent: number): string {
  if (price === 0n) return "none yet";
  const scaled = exponent < 0 ? formatUnits(price, -exponent, "USD") : `${price * 10n ** BigInt(exponent)} USD`;
  return `${scaled} per IO`;
}

const hourLine = (label: string, h: IdeHourState) =>
  h.hour === 0n
    ? `  ${label}: none yet`
    : `  ${label} (hour ${h.hour}): ${usd(h.usdDue)} due, ${formatIo(h.ioPaid)} paid (${formatIo(h.fromFees)} from fees), ` +
      `${formatIo(h.retired)} retired${h.usdUnpaid > 0n ? `, ${usd(h.usdUnpaid)} unpaid` : ""}`;

export function formatRewardsStatus(s: RewardsStatus): string {
  const { ide } = s;
  const lines = [
    `block rewards: ${ide.params.mode === "ide" ? "Incentive Dynamic Engine" : "fixed schedule"}`,
    `  released ${formatIo(s.released)}, distributed ${formatIo(s.distributed)}, claimed ${formatIo(s.claimed)}, forgone ${formatIo(s.forgone)}`,
  ];
  if (ide.pendingHour > 0n) {
    lines.push(`  switching to ${ide.pending.mode === "ide" ? "the IDE" : "the schedule"} at hour ${ide.pendingHour}`);
  }
  if (ide.params.mode === "ide" || ide.totals.usdDue > 0n) {
    lines.push(
      `  target ${usd(ide.params.usdPerGpuHour)} per GPU-hour, retire ${ide.params.retireBps / 100}% of the surplus, fee buffer ${formatIo(ide.params.feeBuffer)}`,
      `  price ${formatPrice(ide.price, ide.priceExponent)}`,
      hourLine("this hour", ide.current),
      hourLine("last hour", ide.previous),
      `  reward vault ${formatIo(ide.reserve)}, fee reserve ${formatIo(ide.feeAvailable)}, retired ${formatIo(ide.retired)}, fees burned ${formatIo(ide.feeBurned)}`,
    );
  }
  return lines.join("\n");
}

export async function rewardsCommand(action: "status" | "crank", o: RewardsOptions): Promise<void> {
  // Every option is parsed before the first RPC call.
  const given = o.priceUpdate === undefined ? undefined : parsePubkey(o.priceUpdate, "--price-update");
  const { provider, url } = await openSession(o);
  const rewards = new IoRewardsClient(provider);
  if (action === "status") {
    emit(o, await rewards.status(), formatRewardsStatus);
    return;
  }
  const priceUpdate = given ?? (await priceUpdateOf(url));
  if (!priceUpdate) throw new UsageError("--price-update <address> is required off a localnet (the IO/USD price account)");
  const result = await rewards.ideCrank(priceUpdate);
  const cranked = theEvent(result, "ideCranked").data;
  const ide = ideState(cranked.ide);
  emit(o, { signature: result.signature, drawn: BigInt(cranked.drawn.toString()), burned: BigInt(cranked.burned.toString()), retiredReported: BigInt(cranked.retiredReported.toString()), ide }, (v) =>
    [`cranked the IDE: ${formatIo(v.drawn)} fees drawn, ${formatIo(v.burned)} burned, ${formatIo(v.retiredReported)} retired for good`, hourLine("this hour", v.ide.current)].join("\n"),
  );
}
