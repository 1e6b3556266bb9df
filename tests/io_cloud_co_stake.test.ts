import { expect } from "chai";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { coStakeInstructions, IO, rewardsInstructions, sendInstructions, stakeVaultPda, theEvent, toBigInt, workerRewardPda } from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, snapshot, tokenAccount } from "./support.js";
import { CloudWorld, cloudWorld, fundIo, prove, ReadyWorker, readyWorker } from "./support_io_cloud.js";

const DAY = 86_400n;
const HOUR = 3_600n;
const SHARE = 2_500;
const EVIDENCE = new Uint8Array(32).fill(3);

// io.net: a co-staker may supply at most 50% of a device's stake, one co-staker per offer; the
// owner sets its share of block rewards; its exit waits 7 days earning nothing, then the 14-day
// cooldown; a slash is shared pro rata.
describe("io_cloud: co-staking", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  interface CoStaked {
    w: ReadyWorker;
    coStaker: Keypair;
    /** The co-staker's IO account. */
    source: PublicKey;
  }

  /** An H100 worker (minimum 2,000 IO) staked `own` by its owner, offering up to 1,000 IO at 25%. */
  async function offering(own = IO(1_000)) {
    const w = await readyWorker(world, { gpus: 1, stake: own });
    await world.cloud.offerCoStake(w.authority, w.worker, { maxAmount: IO(1_000), shareBps: SHARE });
    const coStaker = await funded(world.provider);
    const source = await fundIo(world, coStaker.publicKey, IO(1_000));
    return { w, coStaker, source };
  }

  /** As `offering`, with `amount` co-staked (the worker proved this hour). */
  async function coStaked(own = IO(1_000), amount = IO(1_000)): Promise<CoStaked> {
    const offer = await offering(own);
    await world.cloud.acceptCoStake(offer.coStaker, offer.w.worker, offer.source, amount, SHARE);
    return offer;
  }

  const workerOf = (w: ReadyWorker) => world.cloud.fetchWorkerOrThrow(w.worker);

  /** `action` is refused with `error` (by `program`) and leaves the worker, its vault and its reward account unchanged. */
  async function refusedUnchanged(w: ReadyWorker, action: () => Promise<unknown>, error: string, program = "io_cloud") {
    const watched = [w.worker, stakeVaultPda(w.worker), workerRewardPda(w.worker)];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(action(), error, program);
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  }

  /** One hour on, with the worker's proof for it (one good hour makes it eligible in this suite). */
  async function nextHour(w: ReadyWorker) {
    await world.context.advanceSeconds(HOUR);
    await prove(world, w.worker);
  }

  it("a co-staker's half of the minimum makes the device eligible; its IO sits in the stake vault", async () => {
    const { w, coStaker, source } = await offering();
    expect((await workerOf(w)).weight.eligible, "1,000 of 2,000 IO").to.equal(false);
    const accepted = theEvent(await world.cloud.acceptCoStake(coStaker, w.worker, source, IO(1_000), SHARE), "coStakeChanged").data;
    expect(accepted.change).to.deep.equal({ accepted: {} });
    expect(accepted.coStaker.equals(coStaker.publicKey)).to.equal(true);
    expect(toBigInt(accepted.coStaked)).to.equal(IO(1_000));
    expect(toBigInt(accepted.offerMax), "the offer is taken").to.equal(0n);
    const account = await workerOf(w);
    expect(account.weight.eligible).to.equal(true);
    expect(toBigInt(account.coStaked)).to.equal(IO(1_000));
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(2_000));
    expect(await balance(world.provider, source)).to.equal(0n);
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.coStaker.equals(coStaker.publicKey)).to.equal(true);
    expect(reward.coShareBps).to.equal(SHARE);
  });

  it("the worker's rewards split at the owner's share, each side claiming its own in O(1)", async () => {
    const { w, coStaker } = await coStaked();
    await nextHour(w);
    await nextHour(w);
    const pending = await world.rewards.pendingSplit(w.worker);
    expect(pending.owner > 0n).to.equal(true);
    const total = pending.owner + pending.coStaker;
    // 25% to the co-staker, rounded down at each settlement; whole base units each side.
    expect(Number((pending.coStaker * 10_000n) / total)).to.be.within(SHARE - 1, SHARE);
    const owner = theEvent(await world.rewards.claim(w.authority, w.worker, w.io), "rewardsClaimed").data;
    const destination = getAssociatedTokenAddressSync(world.ioMint, coStaker.publicKey, true);
    const co = theEvent(await world.rewards.claimCoStake(w.worker), "coStakerRewardsClaimed").data;
    expect(co.destination.equals(destination)).to.equal(true);
    expect(toBigInt(co.amount)).to.equal(await balance(world.provider, destination));
    const [ownerPaid, coPaid] = [toBigInt(owner.amount), toBigInt(co.amount)];
    expect(ownerPaid >= pending.owner && coPaid >= pending.coStaker).to.equal(true);
    // The same settlements split both: the owner's is three times the co-staker's, to a few base units.
    const gap = ownerPaid - 3n * coPaid;
    expect((gap < 0n ? -gap : gap) <= 8n, `owner ${ownerPaid}, co-staker ${coPaid}`).to.equal(true);
    expect(toBigInt((await world.rewards.fetchWorkerReward(w.worker))!.coClaimed)).to.equal(coPaid);
  });

  it("exit: nothing earned from the request, counted for 7 days, withdrawable 14 days later", async () => {
    const { w, coStaker } = await coStaked();
    await nextHour(w);
    const exit = theEvent(await world.cloud.exitCoStake(coStaker, w.worker), "coStakeChanged").data;
    const now = await clockNow(world.context);
    expect(exit.change).to.deep.equal({ exitRequested: {} });
    expect(toBigInt(exit.exitAt)).to.equal(now + 7n * DAY);
    expect(toBigInt(exit.availableAt)).to.equal(now + 21n * DAY);
    const frozen = (await world.rewards.pendingSplit(w.worker)).coStaker;
    await nextHour(w);
    const after = await world.rewards.pendingSplit(w.worker);
    expect(after.coStaker, "the co-staker earns nothing once it asked to exit").to.equal(frozen);
    expect(after.owner > 0n).to.equal(true);
    expect((await workerOf(w)).weight.eligible, "its IO still counts during the notice").to.equal(true);

    await world.context.advanceSeconds(7n * DAY);
    await prove(world, w.worker);
    expect((await workerOf(w)).weight.eligible, "after the notice the owner's 1,000 IO alone are short").to.equal(false);
    const withdrawTo = await tokenAccount(world.provider, world.ioMint, coStaker.publicKey);
    await refusedUnchanged(w, () => world.cloud.withdrawCoStake(coStaker, w.worker, withdrawTo), "CooldownNotOver");

    await world.context.advanceSeconds(14n * DAY);
    const withdrawn = theEvent(await world.cloud.withdrawCoStake(coStaker, w.worker, withdrawTo), "coStakeChanged").data;
    expect(withdrawn.change).to.deep.equal({ withdrawn: {} });
    expect(toBigInt(withdrawn.amount)).to.equal(IO(1_000));
    expect(await balance(world.provider, withdrawTo)).to.equal(IO(1_000));
    const account = await workerOf(w);
    expect(account.coStaker.equals(PublicKey.default)).to.equal(true);
    expect([account.coStaked, account.coExitAt].map(toBigInt)).to.deep.equal([0n, 0n]);
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(1_000));
    // What it earned before its exit stays claimable after it left.
    const co = theEvent(await world.rewards.claimCoStake(w.worker), "coStakerRewardsClaimed").data;
    expect(toBigInt(co.amount)).to.equal(frozen);
  });

  it("a slash is shared pro rata; a reversal gives the co-staker its part back", async () => {
    const { w } = await coStaked(IO(1_500), IO(500));
    const { case: slashCase } = await world.cloud.slash(world.slasher, w.worker, { amount: IO(200), reasonCode: 2, evidenceHash: EVIDENCE });
    expect(toBigInt((await world.cloud.fetchSlashCase(slashCase))!.fromCoStake)).to.equal(IO(50));
    let account = await workerOf(w);
    expect([account.staked, account.coStaked, account.inAppeal].map(toBigInt)).to.deep.equal([IO(1_350), IO(450), IO(200)]);
    await world.cloud.decideSlash(world.slasher, slashCase, false);
    account = await workerOf(w);
    expect([account.staked, account.coStaked, account.inAppeal].map(toBigInt)).to.deep.equal([IO(1_500), IO(500), 0n]);

    const { case: upheld } = await world.cloud.slash(world.slasher, w.worker, { amount: IO(100), reasonCode: 2, evidenceHash: EVIDENCE });
    await world.cloud.decideSlash(world.slasher, upheld, true);
    account = await workerOf(w);
    expect([account.staked, account.coStaked, account.slashedTotal].map(toBigInt)).to.deep.equal([IO(1_425), IO(475), IO(100)]);
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(1_900));
  });

  it("a co-staker's withdrawal waits for the slashes under reconsideration", async () => {
    const { w, coStaker } = await coStaked();
    await world.cloud.exitCoStake(coStaker, w.worker);
    await world.context.advanceSeconds(21n * DAY);
    const { case: slashCase } = await world.cloud.slash(world.slasher, w.worker, { amount: IO(100), reasonCode: 2, evidenceHash: EVIDENCE });
    const destination = await tokenAccount(world.provider, world.ioMint, coStaker.publicKey);
    await refusedUnchanged(w, () => world.cloud.withdrawCoStake(coStaker, w.worker, destination), "SlashCasesOpen");
    await world.cloud.decideSlash(world.slasher, slashCase, true);
    await world.cloud.withdrawCoStake(coStaker, w.worker, destination);
    expect(await balance(world.provider, destination)).to.equal(IO(950));
  });

  it("a new co-staker needs the last one paid: the SDK pays it in the same transaction", async () => {
    const { w, coStaker } = await coStaked();
    await nextHour(w);
    await world.cloud.exitCoStake(coStaker, w.worker);
    await world.context.advanceSeconds(21n * DAY);
    const back = await tokenAccount(world.provider, world.ioMint, coStaker.publicKey);
    await world.cloud.withdrawCoStake(coStaker, w.worker, back);
    const owed = (await world.rewards.pendingSplit(w.worker)).coStaker;
    expect(owed > 0n).to.equal(true);
    await world.cloud.offerCoStake(w.authority, w.worker, { maxAmount: IO(1_000), shareBps: 1_000 });
    const next = await funded(world.provider);
    const source = await fundIo(world, next.publicKey, IO(1_000));
    const raw = coStakeInstructions.coStakeAccept({ coStaker: next.publicKey, worker: w.worker, source, ioMint: world.ioMint, amount: IO(500), shareBps: 1_000 });
    await refusedUnchanged(w, () => sendInstructions(world.provider, [raw], [next]), "CoStakerRewardsUnclaimed", "io_rewards");
    const before = await balance(world.provider, back);
    await world.cloud.acceptCoStake(next, w.worker, source, IO(500), 1_000);
    expect((await balance(world.provider, back)) - before).to.equal(owed);
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.coStaker.equals(next.publicKey)).to.equal(true);
    expect(reward.coShareBps).to.equal(1_000);
  });

  it("the owner may cancel an open offer", async () => {
    const { w, coStaker, source } = await offering();
    const cancelled = theEvent(await world.cloud.cancelCoStake(w.authority, w.worker), "coStakeChanged").data;
    expect(cancelled.change).to.deep.equal({ cancelled: {} });
    await refusedUnchanged(w, () => world.cloud.acceptCoStake(coStaker, w.worker, source, IO(1), SHARE), "NoCoStakeOffer");
    await refusedUnchanged(w, () => world.cloud.cancelCoStake(w.authority, w.worker), "NoCoStakeOffer");
  });

  describe("refusals, each leaving the worker unchanged", () => {
    it("an offer above half the minimum, above 100%, of nothing, or by someone else", async () => {
      const w = await readyWorker(world, { gpus: 1, stake: IO(1_000) });
      const offer = (maxAmount: bigint, shareBps: number, by = w.authority) => () => world.cloud.offerCoStake(by, w.worker, { maxAmount, shareBps });
      await refusedUnchanged(w, offer(IO(1_000) + 1n, SHARE), "CoStakeAboveHalf");
      await refusedUnchanged(w, offer(IO(1_000), 10_001), "InvalidCoStakeShare");
      await refusedUnchanged(w, offer(0n, SHARE), "ZeroAmount");
      await refusedUnchanged(w, offer(IO(1_000), SHARE, await funded(world.provider)), "NotWorkerAuthority");
    });

    it("an acceptance by the owner, above the offer, at other terms, or of a taken offer", async () => {
      const { w, coStaker, source } = await offering();
      const ownerIo = await fundIo(world, w.authority.publicKey, IO(1_000));
      await refusedUnchanged(w, () => world.cloud.acceptCoStake(w.authority, w.worker, ownerIo, IO(1_000), SHARE), "CoStakerIsOwner");
      await refusedUnchanged(w, () => world.cloud.acceptCoStake(coStaker, w.worker, source, IO(1_000) + 1n, SHARE), "CoStakeAboveOffer");
      await refusedUnchanged(w, () => world.cloud.acceptCoStake(coStaker, w.worker, source, 0n, SHARE), "ZeroAmount");
      // The owner raised its own share under a pending acceptance.
      await world.cloud.offerCoStake(w.authority, w.worker, { maxAmount: IO(1_000), shareBps: 500 });
      await refusedUnchanged(w, () => world.cloud.acceptCoStake(coStaker, w.worker, source, IO(1_000), SHARE), "CoStakeTermsChanged");
      await world.cloud.acceptCoStake(coStaker, w.worker, source, IO(600), 500);
      const other = await funded(world.provider);
      const otherIo = await fundIo(world, other.publicKey, IO(100));
      await refusedUnchanged(w, () => world.cloud.acceptCoStake(other, w.worker, otherIo, IO(100), 500), "CoStakeTaken");
      await refusedUnchanged(w, () => world.cloud.offerCoStake(w.authority, w.worker, { maxAmount: IO(100), shareBps: 500 }), "CoStakeTaken");
    });

    it("an exit or withdrawal by someone else, twice, or too early; a deregistration with co-stake in the vault", async () => {
      const { w, coStaker } = await coStaked();
      const stranger = await funded(world.provider);
      const destination = await tokenAccount(world.provider, world.ioMint, coStaker.publicKey);
      await refusedUnchanged(w, () => world.cloud.exitCoStake(stranger, w.worker), "NotCoStaker");
      await refusedUnchanged(w, () => world.cloud.withdrawCoStake(coStaker, w.worker, destination), "CoStakeNotExiting");
      await world.cloud.exitCoStake(coStaker, w.worker);
      await refusedUnchanged(w, () => world.cloud.exitCoStake(coStaker, w.worker), "CoStakeExiting");
      await refusedUnchanged(w, () => world.cloud.withdrawCoStake(stranger, w.worker, destination), "NotCoStaker");
      await world.cloud.unstake(w.authority, w.worker, IO(1_000));
      await world.context.advanceSeconds(14n * DAY);
      await world.cloud.withdraw(w.authority, w.worker, w.io);
      await refusedUnchanged(w, () => world.cloud.deregister(w.authority, w.worker), "StakeNotWithdrawn");
    });

    it("a co-staker's claim to an account not its own, or for a worker with no co-staker", async () => {
      const { w } = await coStaked();
      await nextHour(w);
      const wrong = rewardsInstructions.rewardsClaimCoStake({ worker: w.worker, destination: w.io });
      await refusedUnchanged(w, () => sendInstructions(world.provider, [wrong]), "NotCoStakerAccount", "io_rewards");
      const alone = await readyWorker(world, { gpus: 1 });
      const none = rewardsInstructions.rewardsClaimCoStake({ worker: alone.worker, destination: alone.io });
      await refusedUnchanged(alone, () => sendInstructions(world.provider, [none]), "NoCoStaker", "io_rewards");
    });
  });
});
