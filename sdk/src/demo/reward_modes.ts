/**
 * The demo's block rewards hour by hour, and its second pass in the Incentive Dynamic Engine's
 * mode: a moving IO price shared by both passes, the DAO voting the IDE in, a keeper cranking it
 * every hour, and what each
 * pass paid the suppliers in IO and in USD at the hour's price. (The DAO: proposed at hour 1,
 * finalized at 8, executed at 10, the IDE in effect from hour 11.)
 */
import type { Keypair, PublicKey } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import { ideState } from "../rewards/client.js";
import { rewardModeChange, RewardModeInput } from "../rewards/instructions.js";
import type { RewardModeName } from "../math/ide.js";
import { ioToIosd } from "../math/oracle.js";
import type { Sandbox } from "./sandbox.js";


/** The demo's IO/USD price (× 10^-8): 2.50 USD throughout, or when it moves, a rise, a crash and a partial recovery. */
export function ioPriceAt(hour: number, moving: boolean): bigint {
  if (!moving) return 250_000_000n;
  const path: [number, number][] = [[0, 2.5], [16, 4.0], [24, 3.5], [28, 0.4], [36, 0.6], [48, 1.5], [1_000, 1.5]];
  const i = path.findIndex(([h]) => h > hour);
  const [[h0, p0], [h1, p1]] = [path[i - 1], path[i]];
  return BigInt(Math.round((p0 + ((p1 - p0) * (hour - h0)) / (h1 - h0)) * 1e8));
}

/** The IDE the demo's DAO votes in: 15 USD per 1× GPU-hour, half the surplus retired, 100,000 IO of fees kept. */
export const DEMO_IDE: RewardModeInput = { mode: "ide", usdPerGpuHour: 15_000_000n, retireBps: 5_000, feeBuffer: 100_000n * 10n ** 8n };

/** The hours the IDE's proposal is made and executed (after 6 h of voting and the 2 h timelock), and first in effect. */
const PROPOSED_AT = 1;
const EXECUTED_AT = 10;
export const IDE_FROM_HOUR = EXECUTED_AT + 1;

export interface RewardHour {
  hour: number;
  /** IO/USD × 10^-8. */
  price: string;
  /** IO put into the reward indices this hour (base units). */
  distributed: string;
  /** Their value at the hour's price, micro-USD. */
  usd: string;
}

export interface RewardModeOutcome {
  mode: RewardModeName;
  /** The hours compared: from the hour the IDE takes effect in the IDE pass, the same hours in the schedule pass. */
  fromHour: number;
  /** IO minted by claims over the whole run, retired for good, and burned (IO fees at payment and by the IDE above its buffer). */
  emitted: string;
  retired: string;
  burned: string;
  /** IDE only (0 under the schedule): IO paid from the fee reserve, and USD owed and not paid (the vaults short, or no fresh price). */
  paidFromFees: string;
  usdUnpaid: string;
  /** USD the suppliers earned over the compared hours (each hour's IO at its price), and its mean and standard deviation per hour. */
  supplierUsd: string;
  usdPerHourMean: string;
  usdPerHourStdev: string;
  hours: RewardHour[];
}

/** Records what each hour distributed; in the IDE pass also votes the mode in and cranks it. */
export class RewardModeRun {
  private readonly hours: RewardHour[] = [];
  private proposal: bigint | undefined;
  private distributed = 0n;

  constructor(
    private readonly sandbox: Sandbox,
    readonly mode: RewardModeName,
    private readonly voters: Keypair[],
  ) {}

  async start(): Promise<void> {
    this.distributed = toBigInt((await this.sandbox.rewards.fetchConfig())!.pool.distributed);
  }

  /** At the start of `hour` (before the proofs), with the price of the hour posted at `priceUpdate`. */
  async beginHour(hour: number, publishPrice: () => Promise<PublicKey>): Promise<void> {
    if (this.mode !== "ide") return;
    const { dao } = this.sandbox;
    if (hour === PROPOSED_AT) {
      this.proposal = (await dao.propose(this.voters[0], 0, rewardModeChange(DEMO_IDE))).id;
      for (const voter of this.voters) await dao.vote(voter, 0, this.proposal, "yes");
    }
    if (hour === EXECUTED_AT - 2 && this.proposal !== undefined) await dao.finalize(this.proposal);
    if (hour === EXECUTED_AT && this.proposal !== undefined) await dao.execute(this.proposal);
    if (hour >= IDE_FROM_HOUR) await this.sandbox.rewards.ideCrank(await publishPrice());
  }

  /** At the end of `hour`: what it distributed, valued at `price`. */
  async endHour(hour: number, price: bigint): Promise<void> {
    const distributed = toBigInt((await this.sandbox.rewards.fetchConfig())!.pool.distributed);
    const delta = distributed - this.distributed;
    this.distributed = distributed;
    this.hours.push({ hour, price: String(price), distributed: String(delta), usd: String(ioToIosd(delta, price, -8)) });
  }

  /** The outcome once the run is over. */
  async outcome(): Promise<RewardModeOutcome> {
    const { sandbox } = this;
    const supply = await sandbox.token.getSupplyStatus();
    const ioTender = (await sandbox.credits.fetchTender(sandbox.token.mint))!;
    const ide = ideState((await sandbox.rewards.fetchConfig())!.ide);
    const compared = this.hours.filter((h) => h.hour >= IDE_FROM_HOUR).map((h) => BigInt(h.usd));
    const total = compared.reduce((a, b) => a + b, 0n);
    const mean = compared.length ? total / BigInt(compared.length) : 0n;
    const variance = compared.length ? compared.reduce((sum, x) => sum + (x - mean) * (x - mean), 0n) / BigInt(compared.length) : 0n;
    return {
      mode: this.mode,
      fromHour: IDE_FROM_HOUR,
      emitted: String(supply.emissionMinted),
      retired: String(supply.retired),
      burned: String(toBigInt(ioTender.feesBurned) + ide.feeBurned),
      paidFromFees: String(ide.totals.fromFees),
      usdUnpaid: String(ide.totals.usdUnpaid),
      supplierUsd: String(total),
      usdPerHourMean: String(mean),
      usdPerHourStdev: String(sqrt(variance)),
      hours: this.hours,
    };
  }
}

/** ⌊√n⌋ of a bigint (Newton's method). */
function sqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}
