/**
 * A slash reconsidered in the demo: the slashing authority slashes a worker with its evidence,
 * the owner appeals within the window, and the slashing authority reverses it: the IO is staked
 * again and nothing is burned.
 */
import { PublicKey, Signer } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import { theEvent } from "../tx.js";
import { Sandbox } from "./sandbox.js";

export interface SlashEpisode {
  worker: string;
  case: string;
  amount: string;
  appealEndsAt: number;
  slashedAtHour: number;
  appealedAtHour: number;
  resolvedAtHour: number;
  outcome: string;
  /** The worker's stake before the slash and after the reversal. */
  stakeBefore: string;
  stakeAfter: string;
}

/** The episode's steps, run by the demo at the hours it chooses. */
export class SlashAppeal {
  private episode?: SlashEpisode;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly worker: PublicKey,
    private readonly owner: Signer,
  ) {}

  /** The slashing authority slashes `amount` with its evidence. */
  async slash(amount: bigint, hour: number): Promise<void> {
    const { cloud, slasher } = this.sandbox;
    const stakeBefore = toBigInt((await cloud.fetchWorkerOrThrow(this.worker)).staked);
    const evidenceHash = new Uint8Array(32).fill(0xe1);
    const { case: slashCase, result } = await cloud.slash(slasher, this.worker, { amount, reasonCode: 2, evidenceHash });
    const slashed = theEvent(result, "workerSlashed").data;
    this.episode = {
      worker: this.worker.toBase58(),
      case: slashCase.toBase58(),
      amount: String(amount),
      appealEndsAt: Number(toBigInt(slashed.appealEndsAt)),
      slashedAtHour: hour,
      appealedAtHour: -1,
      resolvedAtHour: -1,
      outcome: "open",
      stakeBefore: String(stakeBefore),
      stakeAfter: String(toBigInt(slashed.staked)),
    };
  }

  /** The owner appeals with the hash of its evidence. */
  async appeal(hour: number): Promise<void> {
    const episode = this.started();
    await this.sandbox.cloud.appealSlash(this.owner, new PublicKey(episode.case), new Uint8Array(32).fill(0xa7));
    episode.appealedAtHour = hour;
  }

  /** The slashing authority reverses it on the appeal's evidence. */
  async reverse(hour: number): Promise<void> {
    const episode = this.started();
    const { cloud, slasher } = this.sandbox;
    const resolved = theEvent(await cloud.decideSlash(slasher, new PublicKey(episode.case), false), "slashResolved").data;
    episode.resolvedAtHour = hour;
    episode.outcome = Object.keys(resolved.outcome)[0];
    episode.stakeAfter = String(toBigInt(resolved.staked));
  }

  report(): SlashEpisode | undefined {
    return this.episode;
  }

  private started(): SlashEpisode {
    if (!this.episode) throw new Error("the demo's slash has not happened yet");
    return this.episode;
  }
}
