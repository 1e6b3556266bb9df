/**
 * io_rewards' Incentive Dynamic Engine through the DAO, on io_cloud's real weights: the DAO
 * switches to the IDE (from the next hour boundary); an hour at a high IO price pays few IO and
 * retires half the surplus for good (io_token's room shrinks); a crash drains the Reward Vault
 * and the fee reserve tops up from io_credits' IO fee vault; an hour where both fall short pays
 * what there is pro rata (IdeShortfall); the DAO switches back and the reserve goes to the
 * workers. Every hour's figures equal the SDK's mirror of the engine, bit for bit. Each refusal
 * is a named error with the state unchanged.
 */
import { expect } from "chai";
import { Keypair } from "@solana/web3.js";

import {
  accrueRewardPool,
  checkpointStates,
  creditsInstructions,
  feeReservePda,
  feeVaultPda,
  governancePda,
  highPrice,
  IdeState,
  ideState,
  IO,
  IoDaoClient,
  iosdToIoDown,
  ParamChangeInput,
  poolState,
  rewardModeChange,
  RewardModeInput,
  rewardsConfigPda,
  sendInstructions,
  targetAccounts,
  theEvent,
  toBigInt,
  tokenConfigPda,
  tokenInstructions,
} from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, HOUR, snapshot } from "./support.js";
import { cloudWorld, CloudWorld, fundIo, H100, prove, ReadyWorker, readyWorker } from "./support_io_cloud.js";
import { writePrice } from "./support_io_credits.js";

const DAY = 86_400;
const DAO_PARAMS = { votingPeriodSecs: 6 * 3_600, timelockSecs: 2 * 3_600, quorumBps: 2_000, minProposalPower: IO(1_000) };
/** 1 USD per 1× GPU-hour: an H100 (10×) earns 10 USD an hour. */
const USD_PER_GPU_HOUR = 1_000_000n;
const IDE: RewardModeInput = { mode: "ide", usdPerGpuHour: USD_PER_GPU_HOUR, retireBps: 5_000, feeBuffer: IO(50_000) };
const SCHEDULE: RewardModeInput = { mode: "schedule", usdPerGpuHour: 0n, retireBps: 5_000, feeBuffer: 0n };
/** Pyth's exponent: prices below are × 10^-8 USD per IO, with a confidence of 0.01%. */
const EXPONENT = -8;
const confOf = (price: bigint) => price / 10_000n;

describe("io_rewards: the Incentive Dynamic Engine, switched on and off by the DAO", function () {
  this.timeout(300_000);
  let world: CloudWorld;
  let dao: IoDaoClient;
  let holder: Keypair;
  let workers: ReadyWorker[];
  const priceAccount = Keypair.generate().publicKey;

  const rewards = () => world.rewards;
  const ide = async (): Promise<IdeState> => ideState((await rewards().fetchConfig())!.ide);
  const retiredInToken = async () => toBigInt((await world.token.fetchConfig())!.emissionRetired);

  async function pass(change: ParamChangeInput) {
    const { id } = await dao.propose(holder, 0, change);
    await dao.vote(holder, 0, id, "yes");
    await world.context.advanceSeconds(DAO_PARAMS.votingPeriodSecs);
    await dao.finalize(id);
    await world.context.advanceSeconds(DAO_PARAMS.timelockSecs);
    return id;
  }

  /** Posts a price of `price` × 10^-8 USD per IO (EMA equal), published now. */
  async function postPrice(price: bigint) {
    writePrice(world.context, priceAccount, { price, emaPrice: price, conf: confOf(price), exponent: EXPONENT, publishTime: await clockNow(world.context) });
  }

  async function toNextBoundary() {
    const now = await clockNow(world.context);
    await world.context.advanceSeconds(Number(((now / HOUR) + 1n) * HOUR - now));
  }

  /**
   * The keeper's hour, at its boundary: a price, the crank (checked against the SDK's mirror of
   * what it does: the price set, then the accrual), then every worker's proof.
   */
  async function keeperHour(price: bigint) {
    await toNextBoundary();
    await postPrice(price);
    const config = (await rewards().fetchConfig())!;
    const now = await clockNow(world.context);
    const before = ideState(config.ide);
    // The crank draws the IO fee vault into the fee reserve before it accrues.
    const drawn = await balance(world.provider, feeVaultPda(world.ioMint));
    const priced = {
      ...before,
      price: highPrice({ price, emaPrice: price, conf: confOf(price) }),
      priceExponent: EXPONENT,
      priceTime: now,
      feeAvailable: before.feeAvailable + drawn,
    };
    const mirror = accrueRewardPool(poolState(config.pool), checkpointStates(config.checkpoints), now, priced);
    const result = await rewards().ideCrank(priceAccount);
    const after = await ide();
    expect(after.current, "the SDK's mirror of the hour").to.deep.equal(mirror.ide.current);
    expect(after.reserve).to.equal(mirror.ide.reserve);
    expect(after.retired).to.equal(mirror.ide.retired);
    const buffer = after.params.feeBuffer;
    expect(after.feeAvailable).to.equal(mirror.ide.feeAvailable < buffer ? mirror.ide.feeAvailable : buffer);
    expect(toBigInt((await rewards().fetchConfig())!.pool.distributed)).to.equal(mirror.pool.distributed);
    for (const w of workers) await prove(world, w.worker);
    return { result, before, after };
  }

  const pendingAll = () => Promise.all(workers.map((w) => rewards().pendingRewards(w.worker)));

  before(async () => {
    world = await cloudWorld({ rewardsGovernance: governancePda() });
    dao = new IoDaoClient(world.provider);
    await dao.initialize(world.ioMint, DAO_PARAMS);
    holder = await funded(world.provider);
    const io = await fundIo(world, holder.publicKey, IO(100_000));
    await dao.lock(holder, 0, IO(100_000), "cliff", 365 * DAY, io, world.ioMint);
    workers = [await readyWorker(world, { deviceClass: H100, gpus: 1 }), await readyWorker(world, { deviceClass: H100, gpus: 2 })];
  });

  it("refuses a reward-mode change by anyone but governance (Unauthorized), the config unchanged", async () => {
    const before = await snapshot(world.provider, [rewardsConfigPda()]);
    await expectRefusal(rewards().setRewardMode(world.paramsGovernance, IDE), "Unauthorized", "io_rewards");
    expect(await snapshot(world.provider, [rewardsConfigPda()])).to.deep.equal(before);
  });

  it("refuses the crank in schedule mode with nothing retired to report (NotIdeMode)", async () => {
    await postPrice(1_000_000_000n);
    await expectRefusal(rewards().ideCrank(priceAccount), "NotIdeMode", "io_rewards");
  });

  for (const [what, params, error] of [
    ["a retired share below 50%", { ...IDE, retireBps: 4_999 }, "RetireShareOutOfBounds"],
    ["a zero USD target", { ...IDE, usdPerGpuHour: 0n }, "UsdTargetZero"],
    ["a USD target above 100 USD", { ...IDE, usdPerGpuHour: 100_000_001n }, "UsdTargetTooHigh"],
    ["a fee buffer above 10M IO", { ...IDE, feeBuffer: IO(10_000_001) }, "FeeBufferTooLarge"],
  ] as const) {
    it(`a passed proposal with ${what} is refused at execution (${error}), the config unchanged`, async () => {
      const change = rewardModeChange(params);
      const id = await pass(change);
      const before = await snapshot(world.provider, [rewardsConfigPda()]);
      await expectRefusal(dao.execute(id, { targetAccounts: targetAccounts(change) }), error, "io_rewards");
      expect(await snapshot(world.provider, [rewardsConfigPda()])).to.deep.equal(before);
      for (const w of workers) await prove(world, w.worker);
    });
  }

  it("the DAO switches to the IDE; it takes effect at the next hour boundary", async () => {
    const id = await pass(rewardModeChange(IDE));
    for (const w of workers) await prove(world, w.worker);
    const executed = await dao.execute(id);
    const scheduled = theEvent(executed, "rewardModeScheduled").data;
    const now = await clockNow(world.context);
    expect(toBigInt(scheduled.fromHour)).to.equal(now / HOUR + 1n);
    const waiting = await ide();
    expect(waiting.params.mode).to.equal("schedule");
    expect(waiting.pending.mode).to.equal("ide");
    const { after } = await keeperHour(1_000_000_000n);
    expect(after.params).to.deep.equal({ ...IDE });
    expect(after.pendingHour).to.equal(0n);
  });

  it("an hour at 10 USD per IO pays 30 USD in 3 IO; half the surplus is retired and io_token's room shrinks", async () => {
    const pendingBefore = await pendingAll();
    const roomBefore = (await world.token.getSupplyStatus()).roomLeft;
    const { after, result } = await keeperHour(1_000_000_000n);
    const hour = after.current;
    // 3 H100 GPUs at 10× = 30 GPU-hours at 1×, 1 USD each.
    expect(hour.usdDue).to.equal(30_000_000n);
    const price = highPrice({ price: 1_000_000_000n, emaPrice: 1_000_000_000n, conf: confOf(1_000_000_000n) });
    expect(hour.ioNeeded).to.equal(iosdToIoDown(30_000_000n, price, EXPONENT));
    expect(hour.ioPaid).to.equal(hour.ioNeeded);
    expect(hour.usdUnpaid).to.equal(0n);
    expect(hour.retired > IO(2_000)).to.equal(true);
    // Retired IO is recorded by io_token at once: never mintable.
    expect(toBigInt(theEvent(result, "ideCranked").data.retiredReported) > 0n).to.equal(true);
    expect(await retiredInToken()).to.equal(after.retired);
    const supply = await world.token.getSupplyStatus();
    expect(supply.retired).to.equal(after.retired);
    expect(roomBefore - supply.roomLeft).to.equal(hour.retired);
    // The workers earned the IO paid, pro rata to weight (1 : 2), to a base unit.
    const earned = (await pendingAll()).map((p, i) => p - pendingBefore[i]);
    expect(Number(earned[0] + earned[1] - hour.ioPaid)).to.be.within(-2, 0);
    expect(Number(earned[1] - 2n * earned[0])).to.be.within(-2, 2);
  });

  it("a crash empties the Reward Vault and the fee reserve tops up from io_credits' IO fee vault", async () => {
    // IO fees reach the IO tender's vault (the governed share burned at payment).
    const payer = await funded(world.provider);
    const source = await fundIo(world, payer.publicKey, IO(200_000));
    await world.credits.payFee(payer, world.ioMint, source, IO(200_000));
    const feeVaultBefore = await balance(world.provider, feeVaultPda(world.ioMint));
    const state = await ide();
    // A price at which the hour needs the reserve, the hour's emission and about 1,000 IO more.
    const emission = IO(4_600);
    const needed = state.reserve + emission + IO(1_000);
    const price = (30_000_000n * 10n ** 10n) / needed;
    const { after, result } = await keeperHour(price);
    const hour = after.current;
    expect(hour.fromFees > 0n).to.equal(true);
    expect(hour.usdUnpaid).to.equal(0n);
    expect(hour.ioPaid).to.equal(hour.ioNeeded);
    expect(after.reserve).to.equal(0n);
    // The crank drew the whole IO fee vault into the fee reserve and kept the buffer.
    const cranked = theEvent(result, "ideCranked").data;
    expect(toBigInt(cranked.drawn)).to.equal(feeVaultBefore);
    expect(await balance(world.provider, feeVaultPda(world.ioMint))).to.equal(0n);
    const left = feeVaultBefore - hour.fromFees;
    expect(toBigInt(cranked.burned)).to.equal(left > IDE.feeBuffer ? left - IDE.feeBuffer : 0n);
    expect(after.feeAvailable).to.equal(left > IDE.feeBuffer ? IDE.feeBuffer : left);
    expect(await balance(world.provider, feeReservePda())).to.equal(after.feeAvailable + after.feeDistributed - after.feePaid);
  });

  it("a claim pays fee-funded IO out of the fee reserve first, the rest minted", async () => {
    const [w] = workers;
    const state = await ide();
    const owed = state.feeDistributed - state.feePaid;
    const pending = await rewards().pendingRewards(w.worker);
    const reserveBefore = await balance(world.provider, feeReservePda());
    const supplyBefore = (await world.token.getSupplyStatus()).emissionMinted;
    const ioBefore = await balance(world.provider, w.io);
    await rewards().claim(w.authority, w.worker, w.io);
    const paid = (await balance(world.provider, w.io)) - ioBefore;
    expect(paid).to.equal(pending);
    const fromFees = paid < owed ? paid : owed;
    expect(reserveBefore - (await balance(world.provider, feeReservePda()))).to.equal(fromFees);
    expect((await world.token.getSupplyStatus()).emissionMinted - supplyBefore).to.equal(paid - fromFees);
  });

  it("refuses a claim into the fee reserve itself (DuplicateAccount), nothing changed", async () => {
    const [w] = workers;
    const watched = [rewardsConfigPda(), feeReservePda()];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(rewards().claim(w.authority, w.worker, feeReservePda()), "DuplicateAccount", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("an hour where both vaults fall short pays what there is, pro rata, with an IdeShortfall", async () => {
    const pendingBefore = await pendingAll();
    const state = await ide();
    const { after, result } = await keeperHour(10_000n); // 0.0001 USD per IO: 300,000 IO needed
    const hour = after.current;
    expect(hour.ioPaid < hour.ioNeeded).to.equal(true);
    // Everything both vaults held went out: the reserve and its fresh IO, then the fee reserve.
    expect(hour.fromFees).to.equal(state.feeAvailable);
    expect([after.reserve, after.feeAvailable]).to.deep.equal([0n, 0n]);
    const shortfall = theEvent(result, "ideShortfall").data;
    expect(toBigInt(shortfall.usdUnpaid)).to.equal(hour.usdUnpaid);
    expect(hour.usdUnpaid > 0n).to.equal(true);
    const earned = (await pendingAll()).map((p, i) => p - pendingBefore[i]);
    expect(Number(earned[1] - 2n * earned[0])).to.be.within(-2, 2);
  });

  it("refuses the crank with a stale price (PriceStale), nothing changed", async () => {
    await world.context.advanceSeconds(600);
    writePrice(world.context, priceAccount, { price: 1_000_000_000n, emaPrice: 1_000_000_000n, conf: confOf(1_000_000_000n), exponent: EXPONENT, publishTime: (await clockNow(world.context)) - 3_600n });
    const watched = [rewardsConfigPda(), feeReservePda(), feeVaultPda(world.ioMint), tokenConfigPda()];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(rewards().ideCrank(priceAccount), "PriceStale", "io_rewards");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("refuses io_credits' fee_release and io_token's retire_emission to anyone but io_rewards' config", async () => {
    const stranger = await funded(world.provider);
    const release = creditsInstructions.feeRelease({ rewardsConfig: stranger.publicKey, mint: world.ioMint, destination: feeReservePda(), amount: 1n });
    await expectRefusal(sendInstructions(world.provider, [release], [stranger]), "ConstraintSeeds", "io_credits");
    const retire = tokenInstructions.retireEmission({ emissionAuthority: stranger.publicKey, amount: 1n });
    await expectRefusal(sendInstructions(world.provider, [retire], [stranger]), "UnauthorizedEmitter", "io_token");
  });

  it("the DAO switches back to the schedule: the reserve goes to the workers and the schedule pays them again", async () => {
    // Refill the reserve with an hour at a high price first.
    await keeperHour(1_000_000_000n);
    const id = await pass(rewardModeChange(SCHEDULE));
    // The timelock hours ran under the IDE with the last price gone stale: recorded unpaid.
    for (const w of workers) await prove(world, w.worker);
    await dao.execute(id);
    const before = await ide();
    const distributedBefore = toBigInt((await rewards().fetchConfig())!.pool.distributed);
    await toNextBoundary();
    await rewards().crank();
    const after = await ide();
    expect(after.params.mode).to.equal("schedule");
    expect(after.reserve).to.equal(0n);
    const distributed = toBigInt((await rewards().fetchConfig())!.pool.distributed);
    expect(distributed - distributedBefore >= before.reserve).to.equal(true);
    // IO retired after the last IDE crank is still reported by a crank in schedule mode, and
    // stays retired; then the crank is refused with nothing left to report.
    await postPrice(1_000_000_000n);
    if (after.retired > after.retiredReported) {
      const reported = theEvent(await rewards().ideCrank(priceAccount), "ideCranked").data;
      expect(toBigInt(reported.retiredReported)).to.equal(after.retired - after.retiredReported);
      expect(toBigInt(reported.drawn)).to.equal(0n);
    }
    expect(await retiredInToken()).to.equal(after.retired);
    await expectRefusal(rewards().ideCrank(priceAccount), "NotIdeMode", "io_rewards");
  });
});
