/**
 * Co-staking in the demo: a worker's owner stakes half its minimum and offers the other half to a
 * co-staker for a share of the block rewards; the co-staker takes the offer before the first
 * proof, and both claim their parts of the same rewards.
 */
import { Keypair, PublicKey } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import { theEvent } from "../tx.js";
import { Sandbox } from "./sandbox.js";

/** The co-staker's share of the worker's block rewards in the demo: 20%. */
export const DEMO_CO_STAKE_SHARE_BPS = 2_000;

export interface CoStakeEpisode {
  worker: string;
  coStaker: string;
  /** The device's minimum stake, and what the owner and the co-staker each put in. */
  minStake: string;
  ownerStake: string;
  coStake: string;
  shareBps: number;
  /** Block rewards claimed by each over the run. */
  ownerClaimed: string;
  coStakerClaimed: string;
}

/** The part of a `minStake` a co-staker may supply (io.net: at most half). */
export const coStakeOf = (minStake: bigint): bigint => minStake / 2n;

export class CoStakedWorker {
  private claimed = 0n;

  private constructor(
    private readonly sandbox: Sandbox,
    private readonly worker: PublicKey,
    private readonly coStaker: Keypair,
    private readonly minStake: bigint,
  ) {}

  /** `owner` offers the co-stake `worker` lacks to a new co-staker, who takes it. */
  static async open(sandbox: Sandbox, worker: PublicKey, owner: Keypair, minStake: bigint): Promise<CoStakedWorker> {
    const amount = coStakeOf(minStake);
    await sandbox.cloud.offerCoStake(owner, worker, { maxAmount: amount, shareBps: DEMO_CO_STAKE_SHARE_BPS });
    const coStaker = await sandbox.fund();
    const source = await sandbox.giveIo(coStaker.publicKey, amount);
    await sandbox.cloud.acceptCoStake(coStaker, worker, source, amount, DEMO_CO_STAKE_SHARE_BPS);
    return new CoStakedWorker(sandbox, worker, coStaker, minStake);
  }

  /** Pays the co-staker what it has earned, if any (anyone may send the claim). */
  async claim(): Promise<void> {
    if ((await this.sandbox.rewards.pendingSplit(this.worker)).coStaker === 0n) return;
    const paid = theEvent(await this.sandbox.rewards.claimCoStake(this.worker), "coStakerRewardsClaimed").data;
    this.claimed += toBigInt(paid.amount);
  }

  report(ownerClaimed: bigint): CoStakeEpisode {
    const coStake = coStakeOf(this.minStake);
    return {
      worker: this.worker.toBase58(),
      coStaker: this.coStaker.publicKey.toBase58(),
      minStake: String(this.minStake),
      ownerStake: String(this.minStake - coStake),
      coStake: String(coStake),
      shareBps: DEMO_CO_STAKE_SHARE_BPS,
      ownerClaimed: String(ownerClaimed),
      coStakerClaimed: String(this.claimed),
    };
  }
}
