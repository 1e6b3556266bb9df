/** The overview (supply, burns, locks, IOSD, tenders, counts) and the emissions chart, from pre-aggregated rows. */
import { cumulativeEmission, TOTAL_EPOCHS } from "../math/emission.js";
import { MAX_SUPPLY } from "../token/supply.js";
import type { Emissions, EmissionPoint, Overview, TenderRow } from "./api_types.js";
import { IndexDb, Row, toBig, toBool, toNum } from "./db.js";
import { head } from "./query_events.js";
import { scheduleHour } from "./project_rewards.js";

const SCHEDULE_SAMPLES = 240;
const HOUR = 3_600;

/** How a tender's amounts read: IO, a USD-pegged token as USDC, anything else by its mint. */
export function tenderUnit(kind: string | null, usdPegged: boolean, mint: string): { symbol: string; decimals: number } {
  if (kind === "io") return { symbol: "IO", decimals: 8 };
  if (usdPegged) return { symbol: "USDC", decimals: 6 };
  return { symbol: `${mint.slice(0, 4)}…${mint.slice(-4)}`, decimals: 0 };
}

const toTender = (row: Row): TenderRow => {
  const mint = String(row.mint);
  return {
    address: String(row.address),
    mint,
    ...tenderUnit(row.kind === null ? null : String(row.kind), toBool(row.usd_pegged), mint),
    kind: String(row.kind),
    usdPegged: toBool(row.usd_pegged),
    feeBps: toNum(row.fee_bps),
    enabled: toBool(row.enabled),
    vault: String(row.vault),
    feesReceived: toBig(row.fees_received).toString(),
    feesBurned: toBig(row.fees_burned).toString(),
    feesWithdrawn: toBig(row.fees_withdrawn).toString(),
    vaultBalance: toBig(row.vault_balance).toString(),
  };
};

export async function overview(db: IndexDb): Promise<Overview> {
  const [token, credits, tenderRows, totalRows, newest] = await Promise.all([
    db.get(`SELECT max_supply, genesis_minted, emission_minted, total_minted FROM token_config LIMIT 1`),
    db.get(`SELECT io_burned, iosd_minted, iosd_spent FROM credits_config LIMIT 1`),
    db.all(`SELECT * FROM tenders ORDER BY mint`),
    db.all(`SELECT name, value FROM totals`),
    head(db),
  ]);
  const total = new Map(totalRows.map((row) => [String(row.name), toBig(row.value)]));
  const counter = (name: string) => total.get(name) ?? 0n;
  const tenders = tenderRows.map(toTender);
  const burnedFees = tenders.reduce((sum, tender) => sum + BigInt(tender.feesBurned), 0n);
  const burnedCredits = toBig(credits?.io_burned);
  const burned = burnedCredits + burnedFees + counter("burned_slashed");
  const totalMinted = toBig(token?.total_minted);
  const lockedInVesting = counter("vesting_locked");
  const iosdMinted = toBig(credits?.iosd_minted);
  const iosdSpent = toBig(credits?.iosd_spent);
  return {
    cap: (token ? toBig(token.max_supply) : MAX_SUPPLY).toString(),
    genesisMinted: toBig(token?.genesis_minted).toString(),
    emissionMinted: toBig(token?.emission_minted).toString(),
    totalMinted: totalMinted.toString(),
    burned: {
      credits: burnedCredits.toString(),
      fees: burnedFees.toString(),
      slashed: counter("burned_slashed").toString(),
      total: burned.toString(),
    },
    lockedInVesting: lockedInVesting.toString(),
    lockedInDao: counter("dao_locked").toString(),
    staked: counter("stake_vaults").toString(),
    circulating: (totalMinted - burned - lockedInVesting).toString(),
    iosd: {
      minted: iosdMinted.toString(),
      spent: iosdSpent.toString(),
      supply: (iosdMinted - iosdSpent).toString(),
      ioBurned: burnedCredits.toString(),
    },
    tenders,
    counts: {
      workers: Number(counter("workers")),
      eligibleWorkers: Number(counter("workers_eligible")),
      rentals: Number(counter("rentals")),
      activeRentals: Number(counter("rentals_active")),
      proposals: Number(counter("proposals")),
      events: Number(counter("events")),
    },
    head: newest,
  };
}

let schedule: EmissionPoint[] | undefined;

/** The 20-year schedule's cumulative release, sampled about monthly (computed once). */
function scheduleSamples(): EmissionPoint[] {
  if (!schedule) {
    const last = Number(TOTAL_EPOCHS);
    schedule = Array.from({ length: SCHEDULE_SAMPLES + 1 }, (_, i) => {
      const hour = Math.round((i * last) / SCHEDULE_SAMPLES);
      return { hour, cumulative: cumulativeEmission(hour).toString() };
    });
  }
  return schedule;
}

/**
 * Emission mints are kept per clock hour with the time of the hour's last mint; each is placed
 * at the schedule hour of that time (two clock hours can share one schedule hour: the later wins).
 */
export async function emissions(db: IndexDb): Promise<Emissions> {
  const config = await db.get(`SELECT start_time, emission_scale_bps FROM rewards_config LIMIT 1`);
  const startTime = config ? toNum(config.start_time) : null;
  const minted: EmissionPoint[] = [];
  if (startTime !== null) {
    const rows = await db.all(`SELECT emission_minted, block_time FROM supply_hours ORDER BY hour`);
    for (const row of rows) {
      const point = { hour: Math.max(0, scheduleHour(startTime, toNum(row.block_time))), cumulative: toBig(row.emission_minted).toString() };
      if (minted.length > 0 && minted[minted.length - 1].hour === point.hour) minted[minted.length - 1] = point;
      else minted.push(point);
    }
  }
  return {
    startTime,
    emissionScaleBps: config ? toNum(config.emission_scale_bps) : 10_000,
    minted,
    schedule: scheduleSamples(),
    scheduleAtMinted: minted.map(({ hour }) => ({ hour, cumulative: cumulativeEmission(hour).toString() })),
  };
}

export const clockHour = (time: number): number => Math.floor(time / HOUR);
