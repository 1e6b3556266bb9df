/**
 * `io demo`: the main job. Runs the demo economy on the embedded harness, prints its report and
 * writes it as JSON and as an SVG chart of supply over simulated time.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { lineChart } from "../../demo/chart.js";
import { DemoReport, runDemoEconomy } from "../../demo/economy.js";
import type { RewardModeOutcome } from "../../demo/reward_modes.js";
import { formatIosd, formatUnits } from "../format.js";
import { formatSupply } from "./supply.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseCount } from "../parse.js";
import { Progress } from "../progress.js";

export interface DemoCommandOptions extends OutputOptions {
  out?: string;
  hours?: string;
  compareIde?: boolean;
}

const io = (units: string | bigint) => (Number(BigInt(units)) / 1e8).toLocaleString("en-US", { maximumFractionDigits: 2 });
const tender = (units: string, name: string) => (name === "IO" ? `${io(units)} IO` : `${(Number(units) / 1e6).toLocaleString("en-US")} USDC`);

function chart(report: DemoReport): string {
  const series = (name: string, color: string, pick: (p: DemoReport["supplyOverTime"][number]) => string) => ({
    name,
    color,
    points: report.supplyOverTime.map((p) => ({ x: p.hour, y: Number(BigInt(pick(p))) / 1e8 })),
  });
  return lineChart(
    [
      series("minted by rewards", "#d62728", (p) => p.emitted),
      series("staked by workers", "#2ca02c", (p) => p.staked),
      series("locked in veIO", "#9467bd", (p) => p.lockedInDao),
    ],
    { title: "IO over simulated time (demo economy)", xLabel: "simulated hour", yLabel: "IO" },
  );
}

function human(report: DemoReport, files: { json: string; svg: string }): string {
  const lines = [
    `io.net demo economy: ${report.simulatedHours} simulated hours on the embedded harness`,
    "",
    "Supply",
    formatSupply(report.supply),
    "",
    "Fees (received / burned / withdrawn to the treasury by vote / in the vault)",
    ...report.fees.map((f) => `  ${f.tender.padEnd(5)} ${[f.received, f.burned, f.withdrawn, f.inVault].map((units) => tender(units, f.tender)).join(" / ")}`),
    "",
    "Rentals (deposited / paid to workers / their supplier fees / refunded / renter fees)",
    ...report.rentals.map((r) => {
      const amounts = [r.deposited, r.paid, r.supplierFees, r.refunded, r.fees].map((units) => tender(units, r.tender));
      return `  ${r.rental.slice(0, 8)}… ${String(r.gpus).padStart(2)} GPUs in ${r.tender.padEnd(4)} ${amounts.join(" / ")}`;
    }),
    "",
    "Block rewards claimed per worker",
    ...report.rewards.map((w) => `  ${w.worker.slice(0, 8)}… ${w.deviceClass.padEnd(17)} ×${w.gpus}  ${io(w.claimed)} IO`),
    "",
    `Failure: worker ${report.failure.worker.slice(0, 8)}… stopped proving and heartbeating at hours 6–8; replaced by ${report.failure.replacedBy?.slice(0, 8) ?? "nobody"}…`,
    `  eligible for block rewards (5 consecutive good hours) in hours ${hourRanges(report.failure.eligibleHours)}`,
    `IOSD: ${report.iosd.buyers} renters burned ${io(report.iosd.ioBurned)} IO for ${formatIosd(BigInt(report.iosd.minted))} at ${formatUnits(BigInt(report.iosd.price), -report.iosd.exponent, "USD")} per IO (a Pyth PriceUpdateV2 posted in the sandbox) and paid ${formatIosd(BigInt(report.iosd.spent))} of reservation fees in IOSD (burned)`,
    ...slashLine(report),
    coStakeLine(report),
    `DAO: proposal ${report.treasury.proposal} paid ${tender(report.treasury.withdrawn, "USDC")} of collected fees to the treasury ${report.treasury.destination.slice(0, 8)}… (executed at hour ${report.treasury.executedAtHour})`,
    `DAO: proposal ${report.dao.proposal} set busy_boost ${report.dao.busyBoostBefore / 10_000}× → ${report.dao.busyBoostAfter / 10_000}× (executed at hour ${report.dao.executedAtHour})`,
    `Orchestrator: ${report.orchestrator.eventsApplied} events applied, ${report.orchestrator.transactionsSent} transactions sent, ${report.orchestrator.refusals} refused`,
    "",
    `Report: ${files.json}`,
    `Chart:  ${files.svg}`,
  ];
  return lines.join("\n");
}

/** The slash appealed and reversed, as one line. */
function slashLine(report: DemoReport): string[] {
  const s = report.slashAppeal;
  if (!s) return [];
  return [
    `Slash: worker ${s.worker.slice(0, 8)}… slashed ${io(s.amount)} IO at hour ${s.slashedAtHour} (held in appeal, stake ${io(s.stakeBefore)} → ${io(BigInt(s.stakeBefore) - BigInt(s.amount))} IO), appealed at hour ${s.appealedAtHour}, ${s.outcome} at hour ${s.resolvedAtHour}: stake ${io(s.stakeAfter)} IO, nothing burned`,
  ];
}

/** The co-staked worker's split, as one line. */
function coStakeLine(report: DemoReport): string {
  const c = report.coStake;
  const [owner, co] = [BigInt(c.ownerClaimed), BigInt(c.coStakerClaimed)];
  const share = owner + co === 0n ? "0" : (Number((co * 10_000n) / (owner + co)) / 100).toFixed(2);
  return `Co-stake: worker ${c.worker.slice(0, 8)}… staked ${io(c.ownerStake)} IO by its owner and ${io(c.coStake)} IO by a co-staker (minimum ${io(c.minStake)} IO) for ${c.shareBps / 100}% of its block rewards: owner claimed ${io(c.ownerClaimed)} IO, co-staker ${io(c.coStakerClaimed)} IO (${share}%)`;
}

/** Hours as ranges, e.g. [1, 2, 3, 7] → "1–3, 7". */
function hourRanges(hours: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < hours.length; i++) {
    let j = i;
    while (j + 1 < hours.length && hours[j + 1] === hours[j] + 1) j++;
    ranges.push(i === j ? String(hours[i]) : `${hours[i]}–${hours[j]}`);
    i = j;
  }
  return ranges.join(", ") || "none";
}

/** `--hours` of a demo economy: 20 (the scripted events need them) to 10,000. */
export function parseDemoHours(text: string | undefined): number {
  if (text === undefined) return 48;
  const hours = parseCount(text, "--hours", 10_000);
  if (hours < 20) throw new UsageError("--hours must be a whole number of at least 20");
  return hours;
}

const usd = (microUsd: string) => `${(Number(BigInt(microUsd)) / 1e6).toLocaleString("en-US", { maximumFractionDigits: 2 })} USD`;

/** Both passes side by side: what each emitted, retired and burned, and what the suppliers earned in USD. */
export function formatComparison(schedule: RewardModeOutcome, ide: RewardModeOutcome, hours: number): string {
  const row = (label: string, a: string, b: string) => `  ${label.padEnd(34)} ${a.padStart(22)} ${b.padStart(22)}`;
  const cv = (o: RewardModeOutcome) => (BigInt(o.usdPerHourMean) === 0n ? "–" : `${((Number(o.usdPerHourStdev) / Number(o.usdPerHourMean)) * 100).toFixed(1)}%`);
  const lines = [
    `Block rewards over ${hours} simulated hours, the IO price moving 2.50 → 4.00 → 0.40 → 1.50 USD; the IDE in effect from hour ${ide.fromHour}`,
    row("", "fixed schedule", "IDE (15 USD/GPU-h)"),
    row("IO minted by claims", `${io(schedule.emitted)} IO`, `${io(ide.emitted)} IO`),
    row("IO retired for good", `${io(schedule.retired)} IO`, `${io(ide.retired)} IO`),
    row("IO burned (fees)", `${io(schedule.burned)} IO`, `${io(ide.burned)} IO`),
    row("IO paid from fees", `${io(schedule.paidFromFees)} IO`, `${io(ide.paidFromFees)} IO`),
    row("USD target left unpaid", usd(schedule.usdUnpaid), usd(ide.usdUnpaid)),
    row(`supplier income, hours ${ide.fromHour}–${hours}`, usd(schedule.supplierUsd), usd(ide.supplierUsd)),
    row("  per hour, mean", usd(schedule.usdPerHourMean), usd(ide.usdPerHourMean)),
    row("  per hour, standard deviation", usd(schedule.usdPerHourStdev), usd(ide.usdPerHourStdev)),
    row("  variation (stdev / mean)", cv(schedule), cv(ide)),
  ];
  return lines.join("\n");
}

/** `io demo --compare-ide`: the demo twice on the same moving price, under the schedule and under the IDE. */
async function compareIde(options: DemoCommandOptions, hours: number, out: string): Promise<void> {
  const progress = new Progress(2 * hours, "simulating both passes", !options.json && process.stderr.isTTY === true);
  const run = (rewardMode: "schedule" | "ide") => runDemoEconomy({ hours, movingPrice: true, rewardMode, onProgress: () => progress.tick() });
  const [schedule, ide] = [(await run("schedule")).rewardMode, (await run("ide")).rewardMode];
  const file = path.join(out, "demo-ide-comparison.json");
  writeFileSync(file, JSON.stringify({ schedule, ide }, null, 2));
  emit(options, { schedule, ide }, (c) => `${formatComparison(c.schedule, c.ide, hours)}\n\nReport: ${file}`);
}

export async function demo(options: DemoCommandOptions): Promise<void> {
  const hours = parseDemoHours(options.hours);
  const out = path.resolve(options.out ?? "out");
  mkdirSync(out, { recursive: true });
  if (options.compareIde) return compareIde(options, hours, out);
  const progress = new Progress(hours, "simulating", !options.json && process.stderr.isTTY === true);
  // Each demo is a new chain: its orchestrator starts from an empty store.
  const storePath = path.join(out, "orchestrator.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(storePath + suffix, { force: true });
  const report = await runDemoEconomy({ hours, storePath, onProgress: () => progress.tick() });
  const files = { json: path.join(out, "demo-report.json"), svg: path.join(out, "supply.svg") };
  writeFileSync(files.json, JSON.stringify(report, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
  writeFileSync(files.svg, chart(report));
  emit(options, report, (r) => human(r, files));
}
