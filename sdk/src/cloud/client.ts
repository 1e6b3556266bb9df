/**
 * Client of `io_cloud`: the GPU market. Governance sets device classes (tenders are io_credits'); workers
 * register, stake and prove uptime; renters book clusters whose escrow streams per second to the
 * workers the orchestrator assigns. Prices are per GPU-hour in the tender's base units
 * (micro-USD for USDC; for IO convert a USD price at the oracle price first).
 *
 * The facade over `instructions.ts`: each call fetches what its builder needs (the config's IO
 * mint, a rental's tender mint, a worker's class), builds, and sends; the `...Ix` methods stop
 * before sending.
 */
import { Provider } from "@coral-xyz/anchor";
import { createAssociatedTokenAccountIdempotentInstruction, getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";

import { ioPrograms } from "../programs.js";
import { IoRewardsClient } from "../rewards/client.js";
import * as rewardsIx from "../rewards/instructions.js";
import { sendInstructions, TxResult } from "../tx.js";
import type { IosdOption } from "./accounts.js";
import * as coStake from "./co_stake_instructions.js";
import { CloudFetchers } from "./fetchers.js";
import * as ix from "./instructions.js";
import { cloudConfigPda, rentalPda, slashCasePda, workerPda } from "./pda.js";
import * as slash from "./slash_instructions.js";

export interface AssignOptions {
  /**
   * A Pyth price update of the IO/USD feed io_credits checks: converts the rental's USD fees
   * into the IO that funds its workers' busy boost (without it those fees fund none).
   */
  priceUpdate?: PublicKey;
}

export class IoCloudClient extends CloudFetchers {
  readonly config: PublicKey = cloudConfigPda();

  /**
   * Every instruction that changes a worker's rewards weight grants it to io_rewards itself
   * (io_rewards must be initialized with io_cloud's PDA as weight authority).
   */
  constructor(readonly provider: Provider) {
    super(ioPrograms(provider).cloud);
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  private send(ixs: TransactionInstruction[], signers: Signer[]): Promise<TxResult> {
    return sendInstructions(this.provider, ixs, signers);
  }

  private async ioMint(): Promise<PublicKey> {
    return (await this.fetchConfigOrThrow()).ioMint;
  }

  // ---- config ---------------------------------------------------------------------------------

  /** Creates the config with its roles and the IO mint (8 decimals). */
  async initialize(roles: ix.CloudRoles, ioMint: PublicKey): Promise<TxResult> {
    return this.send([ix.cloudInitialize({ payer: this.payer, ioMint, roles })], []);
  }

  async setRole(governance: Signer, role: ix.CloudRoleName, authority: PublicKey): Promise<TxResult> {
    return this.send([ix.configSetRole({ governance: governance.publicKey, role, authority })], [governance]);
  }

  async setEligibilityHours(governance: Signer, eligibilityHours: number): Promise<TxResult> {
    return this.send([ix.configSetEligibilityHours({ governance: governance.publicKey, eligibilityHours })], [governance]);
  }

  async setSlashDestination(
    governance: Signer,
    destination: ix.SlashDestinationName,
    treasury: PublicKey | null = null,
  ): Promise<TxResult> {
    return this.send([ix.configSetSlashDestination({ governance: governance.publicKey, destination, treasury })], [governance]);
  }

  async setDeviceClass(governance: Signer, input: ix.DeviceClassInput): Promise<TxResult> {
    return this.send([ix.deviceClassSet({ payer: this.payer, governance: governance.publicKey, ...input })], [governance]);
  }

  // ---- workers --------------------------------------------------------------------------------

  async registerWorker(authority: Signer, input: ix.WorkerRegisterInput): Promise<{ worker: PublicKey; result: TxResult }> {
    const worker = workerPda(authority.publicKey, input.deviceId);
    const built = ix.workerRegister({ authority: authority.publicKey, ioMint: await this.ioMint(), ...input });
    return { worker, result: await this.send([built], [authority]) };
  }

  async updateWorker(authority: Signer, worker: PublicKey, input: ix.WorkerUpdateInput): Promise<TxResult> {
    return this.send([ix.workerUpdate({ authority: authority.publicKey, worker, ...input })], [authority]);
  }

  async refreshWorkerIx(worker: PublicKey): Promise<TransactionInstruction> {
    const account = await this.fetchWorkerOrThrow(worker);
    return ix.workerRefresh({ worker, deviceClass: account.deviceClass });
  }

  /** Permissionless: picks up a new class multiplier and grants io_rewards the weight of now. */
  async refreshWorker(worker: PublicKey): Promise<TxResult> {
    return this.send([await this.refreshWorkerIx(worker)], []);
  }

  /**
   * Permissionless: grants io_rewards the worker's weight as of now (settling it first). Every
   * weight change already does this; use it for a worker nobody else touches.
   */
  async syncRewardsIx(worker: PublicKey): Promise<TransactionInstruction> {
    return ix.workerSyncRewards({ worker });
  }

  /** Syncs `workers` in as few transactions as fit (4 per transaction); returns the last. */
  async syncRewards(workers: PublicKey[]): Promise<TxResult> {
    let last: TxResult | undefined;
    for (let i = 0; i < workers.length; i += 4) {
      last = await this.send(workers.slice(i, i + 4).map((worker) => ix.workerSyncRewards({ worker })), []);
    }
    if (!last) throw new Error("no workers to sync");
    return last;
  }

  async stake(authority: Signer, worker: PublicKey, source: PublicKey, amount: bigint): Promise<TxResult> {
    const built = ix.workerStake({ authority: authority.publicKey, worker, source, ioMint: await this.ioMint(), amount });
    return this.send([built], [authority]);
  }

  async unstake(authority: Signer, worker: PublicKey, amount: bigint): Promise<TxResult> {
    return this.send([ix.workerUnstake({ authority: authority.publicKey, worker, amount })], [authority]);
  }

  async withdraw(authority: Signer, worker: PublicKey, destination: PublicKey): Promise<TxResult> {
    const built = ix.workerWithdraw({ authority: authority.publicKey, worker, destination, ioMint: await this.ioMint() });
    return this.send([built], [authority]);
  }

  // ---- co-staking: one co-staker per offer, up to half the minimum stake ------------------

  /** The owner offers up to `maxAmount` IO of co-stake for `shareBps` of the worker's block rewards. */
  async offerCoStake(authority: Signer, worker: PublicKey, input: coStake.CoStakeOfferInput): Promise<TxResult> {
    return this.send([coStake.coStakeOffer({ authority: authority.publicKey, worker, ...input })], [authority]);
  }

  async cancelCoStake(authority: Signer, worker: PublicKey): Promise<TxResult> {
    return this.send([coStake.coStakeCancel({ authority: authority.publicKey, worker })], [authority]);
  }

  /**
   * Takes `worker`'s open offer with `amount` IO from `source` at `shareBps`, the reward share the
   * co-staker agrees to (refused if the offer's is not that). The
   * worker's last co-staker, if it has whole base units unclaimed, is paid first in the same
   * transaction (to its associated IO account, created if missing): io_rewards refuses a new
   * co-staker before.
   */
  async acceptCoStake(coStaker: Signer, worker: PublicKey, source: PublicKey, amount: bigint, shareBps: number): Promise<TxResult> {
    const ioMint = await this.ioMint();
    const rewards = new IoRewardsClient(this.provider);
    const reward = await rewards.fetchWorkerReward(worker);
    const last = reward?.coStaker;
    const ixs: TransactionInstruction[] = [];
    if (last && !last.equals(PublicKey.default) && !last.equals(coStaker.publicKey) && (await rewards.pendingSplit(worker)).coStaker > 0n) {
      const previous = getAssociatedTokenAddressSync(ioMint, last, true);
      ixs.push(createAssociatedTokenAccountIdempotentInstruction(coStaker.publicKey, previous, last, ioMint));
      ixs.push(rewardsIx.rewardsClaimCoStake({ worker, destination: previous }));
    }
    ixs.push(coStake.coStakeAccept({ coStaker: coStaker.publicKey, worker, source, ioMint, amount, shareBps }));
    return this.send(ixs, [coStaker]);
  }

  /** The co-staker's exit: 7 days earning nothing, then the 14-day cooldown. */
  async exitCoStake(coStaker: Signer, worker: PublicKey): Promise<TxResult> {
    return this.send([coStake.coStakeExit({ coStaker: coStaker.publicKey, worker })], [coStaker]);
  }

  async withdrawCoStake(coStaker: Signer, worker: PublicKey, destination: PublicKey): Promise<TxResult> {
    const built = coStake.coStakeWithdraw({ coStaker: coStaker.publicKey, worker, destination, ioMint: await this.ioMint() });
    return this.send([built], [coStaker]);
  }

  // ---- slashing: a case per slash, reconsidered for the config's window --------------------

  /** Slashes into appeal: opens the worker's next case (its address is returned). */
  async slash(slashingAuthority: Signer, worker: PublicKey, input: slash.SlashInput): Promise<{ case: PublicKey; result: TxResult }> {
    const caseId = (await this.fetchWorkerOrThrow(worker)).slashCases;
    const built = slash.workerSlash({ slashingAuthority: slashingAuthority.publicKey, worker, caseId, ...input });
    return { case: slashCasePda(worker, caseId), result: await this.send([built], [slashingAuthority]) };
  }

  /** The worker's owner appeals the slash of `slashCase` with the hash of its evidence. */
  async appealSlash(owner: Signer, slashCase: PublicKey, evidenceHash: Uint8Array): Promise<TxResult> {
    const account = await this.fetchSlashCaseOrThrow(slashCase);
    return this.send([slash.slashAppeal({ owner: owner.publicKey, worker: account.worker, case: slashCase, evidenceHash })], [owner]);
  }

  /** What resolving `slashCase` needs: its worker, payer, the IO mint and the treasury when slashed IO goes there. */
  async resolutionOf(slashCase: PublicKey): Promise<slash.ResolutionInput> {
    const [account, config] = [await this.fetchSlashCaseOrThrow(slashCase), await this.fetchConfigOrThrow()];
    const treasury = "treasury" in config.slashDestination ? config.treasury : null;
    return { case: slashCase, worker: account.worker, payer: account.payer, ioMint: config.ioMint, treasury };
  }

  /** The slashing authority (or governance) upholds or reverses a slash within its window. */
  async decideSlash(decider: Signer, slashCase: PublicKey, uphold: boolean): Promise<TxResult> {
    const built = slash.slashDecide({ decider: decider.publicKey, uphold, ...(await this.resolutionOf(slashCase)) });
    return this.send([built], [decider]);
  }

  /** Permissionless after the window: upholds a slash nobody decided. */
  async finalizeSlash(slashCase: PublicKey): Promise<TxResult> {
    return this.send([slash.slashFinalize(await this.resolutionOf(slashCase))], []);
  }

  async setAppealWindow(governance: Signer, appealWindowSecs: number): Promise<TxResult> {
    return this.send([slash.configSetAppealWindow({ governance: governance.publicKey, appealWindowSecs })], [governance]);
  }

  /**
   * Removes an idle, unstaked worker; IO sent to its stake vault from outside goes to
   * `dustDestination` (default the authority's associated IO account, which must exist).
   */
  async deregister(authority: Signer, worker: PublicKey, dustDestination?: PublicKey): Promise<TxResult> {
    const built = ix.workerDeregister({ authority: authority.publicKey, worker, ioMint: await this.ioMint(), dustDestination });
    return this.send([built], [authority]);
  }

  /** The verifier records a proof: the worker's hourly sync point (class, rental, lease). */
  async recordUptime(verifier: Signer, worker: PublicKey, input: ix.UptimeInput): Promise<TxResult> {
    const account = await this.fetchWorkerOrThrow(worker);
    const built = ix.uptimeRecord({
      uptimeVerifier: verifier.publicKey,
      worker,
      deviceClass: account.deviceClass,
      rental: account.rental.equals(PublicKey.default) ? null : account.rental,
      ...input,
    });
    return this.send([built], [verifier]);
  }

  // ---- rentals --------------------------------------------------------------------------------

  async book(renter: Signer, input: ix.RentalBookInput): Promise<{ rental: PublicKey; result: TxResult }> {
    const rental = rentalPda(renter.publicKey, input.nonce);
    return { rental, result: await this.send([ix.rentalBook({ renter: renter.publicKey, ...input })], [renter]) };
  }

  async assignIx(
    orchestrator: PublicKey,
    rental: PublicKey,
    workers: PublicKey[],
    options: AssignOptions = {},
  ): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    return ix.rentalAssign({ orchestrator, rental, tenderMint: account.tenderMint, workers, priceUpdate: options.priceUpdate });
  }

  /**
   * The orchestrator assigns `workers` (their GPUs add up to the rental's, each asking at most
   * the rental's price); streaming starts.
   */
  async assign(orchestrator: Signer, rental: PublicKey, workers: PublicKey[], options: AssignOptions = {}): Promise<TxResult> {
    return this.send([await this.assignIx(orchestrator.publicKey, rental, workers, options)], [orchestrator]);
  }

  /** Each slot's payout account: default the worker authority's associated token account. */
  async payoutAccounts(rental: PublicKey): Promise<PublicKey[]> {
    const account = await this.fetchRentalOrThrow(rental);
    return account.assignments.map((slot) => getAssociatedTokenAddressSync(account.tenderMint, slot.owner, true));
  }

  async settleIx(rental: PublicKey, payouts?: PublicKey[]): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    return ix.rentalSettle({ rental, tenderMint: account.tenderMint, payouts: payouts ?? (await this.payoutAccounts(rental)) });
  }

  /** Permissionless: pays each worker what has streamed to it. */
  async settle(rental: PublicKey, payouts?: PublicKey[]): Promise<TxResult> {
    return this.send([await this.settleIx(rental, payouts)], []);
  }

  async extend(
    renter: Signer,
    rental: PublicKey,
    extraHours: number,
    renterToken?: PublicKey,
    iosd: IosdOption = {},
  ): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const built = ix.rentalExtend({ renter: renter.publicKey, rental, tenderMint: account.tenderMint, extraHours, renterToken, ...iosd });
    return this.send([built], [renter]);
  }

  async terminate(renter: Signer, rental: PublicKey, renterToken?: PublicKey): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const built = ix.rentalTerminate({
      renter: renter.publicKey,
      rental,
      tenderMint: account.tenderMint,
      renterToken: renterToken ?? getAssociatedTokenAddressSync(account.tenderMint, account.renter, true),
      workers: account.assignments.map((slot) => slot.worker),
    });
    return this.send([built], [renter]);
  }

  async reportDown(orchestrator: Signer, rental: PublicKey, worker: PublicKey): Promise<TxResult> {
    return this.send([ix.rentalReportDown({ orchestrator: orchestrator.publicKey, rental, worker })], [orchestrator]);
  }

  async reportUp(orchestrator: Signer, rental: PublicKey, worker: PublicKey): Promise<TxResult> {
    return this.send([ix.rentalReportUp({ orchestrator: orchestrator.publicKey, rental, worker })], [orchestrator]);
  }

  async replaceWorker(
    orchestrator: Signer,
    rental: PublicKey,
    outgoing: PublicKey,
    incoming: PublicKey,
    outgoingPayout?: PublicKey,
  ): Promise<TxResult> {
    const account = await this.fetchRentalOrThrow(rental);
    const old = await this.fetchWorkerOrThrow(outgoing);
    const built = ix.rentalReplaceWorker({
      orchestrator: orchestrator.publicKey,
      rental,
      tenderMint: account.tenderMint,
      outgoing,
      incoming,
      outgoingPayout: outgoingPayout ?? getAssociatedTokenAddressSync(account.tenderMint, old.authority, true),
    });
    return this.send([built], [orchestrator]);
  }

  async closeIx(rental: PublicKey, options: { renterToken?: PublicKey; payouts?: PublicKey[] } = {}): Promise<TransactionInstruction> {
    const account = await this.fetchRentalOrThrow(rental);
    return ix.rentalClose({
      rental,
      renter: account.renter,
      tenderMint: account.tenderMint,
      renterToken: options.renterToken ?? getAssociatedTokenAddressSync(account.tenderMint, account.renter, true),
      workers: account.assignments.map((slot) => slot.worker),
      payouts: options.payouts ?? (await this.payoutAccounts(rental)),
    });
  }

  /** Permissionless, after the end: final settle, refund, accounts closed, rent to the renter. */
  async close(rental: PublicKey, options: { renterToken?: PublicKey; payouts?: PublicKey[] } = {}): Promise<TxResult> {
    return this.send([await this.closeIx(rental, options)], []);
  }
}
