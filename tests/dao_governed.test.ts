/**
 * Every instruction a governance key gates in io_credits, io_cloud, io_rewards and io_token,
 * executed by a passed, timelocked io_dao proposal (lock, propose, vote, timelock, execute) on
 * the economy as `deployProtocol` wires it: the DAO's PDA holds every governance key. Each
 * refusal is a named error with the target's state unchanged.
 */
import { expect } from "chai";
import BN from "bn.js";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  cloudConfigPda,
  createTokenMint,
  creditsConfigPda,
  deviceClassNameBytes,
  deviceClassPda,
  DEVICE_CLASSES,
  executionAccounts,
  feeVaultPda,
  governancePda,
  IO,
  minStake,
  ParamChangeInput,
  PROGRAM_IDS,
  rewardsConfigPda,
  targetAccounts,
  tenderPda,
  theEvent,
  toBigInt,
  tokenConfigPda,
  TxResult,
  workerPda,
} from "@ionet/sdk";

import { createSandbox, Sandbox, SandboxSnapshot, snapshotSandbox } from "../sdk/src/demo/sandbox.js";
import { TEST_DAO_PARAMS } from "../sdk/src/deploy/economy.js";
import { balance, expectRefusal, snapshot } from "./support.js";

const YEAR = 365 * 86_400;
const LOCKED = IO(5_000_000);

describe("io_dao: a proposal reaches every governed instruction", function () {
  this.timeout(300_000);
  let template: SandboxSnapshot;
  let holder: Keypair;
  let s: Sandbox;

  before(async () => {
    const base = await createSandbox();
    holder = await base.fund();
    const io = await base.giveIo(holder.publicKey, LOCKED);
    await base.dao.lock(holder, 0, LOCKED, "cliff", 4 * YEAR, io, base.token.mint);
    template = snapshotSandbox(base);
    base.context.close();
  });

  beforeEach(async () => {
    s = await createSandbox({ from: template });
  });

  afterEach(() => s.context.close());

  /** Proposes each change, votes it through alone (all the locked IO), waits out vote and timelock; the ids. */
  async function pass(...changes: ParamChangeInput[]): Promise<bigint[]> {
    const ids: bigint[] = [];
    for (const change of changes) {
      const { id } = await s.dao.propose(holder, 0, change);
      await s.dao.vote(holder, 0, id, "yes");
      ids.push(id);
    }
    await s.context.advanceSeconds(TEST_DAO_PARAMS.votingPeriodSecs);
    for (const id of ids) await s.dao.finalize(id);
    await s.context.advanceSeconds(TEST_DAO_PARAMS.timelockSecs);
    return ids;
  }

  const tokenProgramOf = async (mint: PublicKey) => (await s.provider.connection.getAccountInfo(mint))!.owner;

  /** Passes `change` and executes it with the accounts the SDK derives from it. */
  async function enact(change: ParamChangeInput): Promise<TxResult> {
    const [id] = await pass(change);
    return s.dao.execute(id);
  }

  /** Passes `change`; executing it with `accounts` must be refused by `error` of `program`, leaving `watched` and the proposal as they were. */
  async function expectExecutionRefused(change: ParamChangeInput, accounts: ReturnType<typeof targetAccounts>, error: string, program: string, watched: PublicKey[]) {
    const [id] = await pass(change);
    const before = await snapshot(s.provider, [...watched]);
    await expectRefusal(s.dao.execute(id, { targetAccounts: accounts }), error, program);
    expect(await snapshot(s.provider, [...watched])).to.deep.equal(before);
    expect("succeeded" in (await s.dao.fetchProposal(id))!.state).to.equal(true);
    return id;
  }

  describe("io_rewards", () => {
    it("sets busy_boost, the emission scale and the weight authority", async () => {
      expect(theEvent(await enact({ rewardsBusyBoost: { busyBoostBps: 25_000 } }), "busyBoostChanged").data.busyBoostBps).to.equal(25_000);
      await enact({ rewardsEmissionScale: { emissionScaleBps: 8_000 } });
      const authority = Keypair.generate().publicKey;
      await enact({ rewardsWeightAuthority: { weightAuthority: authority } });
      const config = (await s.rewards.fetchConfig())!;
      expect(config.pool.busyBoostBps).to.equal(25_000);
      expect(config.pool.emissionScaleBps).to.equal(8_000);
      expect(config.weightAuthority.equals(authority)).to.equal(true);
    });

    it("refuses an emission scale above 100% at execution (EmissionScaleTooHigh), the config unchanged", async () => {
      const change = { rewardsEmissionScale: { emissionScaleBps: 10_001 } };
      await expectExecutionRefused(change, targetAccounts(change), "EmissionScaleTooHigh", "io_rewards", [rewardsConfigPda()]);
    });
  });

  describe("io_credits", () => {
    it("sets every oracle and fee parameter", async () => {
      const feedId = [...Keypair.generate().publicKey.toBytes()];
      const changes: ParamChangeInput[] = [
        { creditsMaxAge: { secs: 90 } },
        { creditsMaxConfBps: { bps: 150 } },
        { creditsBreakerWindow: { secs: 2 * 86_400 } },
        { creditsBreakerLimit: { iosd: new BN(5_000_000_000_000) } },
        { creditsIoFeeBurnBps: { bps: 7_000 } },
        { creditsReservationFeeBps: { bps: 40 } },
        { creditsPriceFeed: { feedId } },
      ];
      for (const id of await pass(...changes)) await s.dao.execute(id);
      const params = (await s.credits.fetchConfig())!.params;
      expect([params.maxAgeS, params.maxConfBps, params.breakerWindowS, toBigInt(params.breakerLimit), params.ioFeeBurnBps, params.reservationFeeBps]).to.deep.equal([
        90, 150, 2 * 86_400, 5_000_000_000_000n, 7_000, 40,
      ]);
      expect([...params.priceFeedId]).to.deep.equal(feedId);
    });

    it("hands its governance to a new key, which then acts alone while the DAO is refused", async () => {
      const successor = await s.fund();
      await enact({ creditsGovernance: { governance: successor.publicKey } });
      expect((await s.credits.fetchConfig())!.governance.equals(successor.publicKey)).to.equal(true);
      await s.credits.setParam(successor, { kind: "reservationFeeBps", value: 30 });
      const change = { creditsReservationFeeBps: { bps: 10 } };
      await expectExecutionRefused(change, targetAccounts(change), "Unauthorized", "io_credits", [creditsConfigPda()]);
    });

    it("registers a tender with its fee vault, the executor paying the rent", async () => {
      const mint = await createTokenMint(s.provider, Keypair.generate().publicKey, 6);
      const executor = await s.fund();
      const [id] = await pass({ creditsTenderRegister: { mint, feeBps: 150, usdPegged: true } });
      const lamports = async () => (await s.provider.connection.getBalance(executor.publicKey));
      const before = await lamports();
      const executed = await s.dao.execute(id, { executor });
      expect(theEvent(executed, "tenderRegistered").data.feeBps).to.equal(150);
      const tender = (await s.credits.fetchTender(mint))!;
      expect([tender.feeBps, tender.enabled, tender.usdPegged]).to.deep.equal([150, true, true]);
      expect(tender.vault.equals(feeVaultPda(mint))).to.equal(true);
      expect(await balance(s.provider, feeVaultPda(mint))).to.equal(0n);
      expect((await lamports()) < before).to.equal(true);
    });

    it("refuses registering another mint than the proposal names (WrongTarget), nothing created", async () => {
      const named = await createTokenMint(s.provider, Keypair.generate().publicKey, 6);
      const other = await createTokenMint(s.provider, Keypair.generate().publicKey, 6);
      const swapped = targetAccounts({ creditsTenderRegister: { mint: other, feeBps: 150, usdPegged: false } }, await tokenProgramOf(other));
      await expectExecutionRefused({ creditsTenderRegister: { mint: named, feeBps: 150, usdPegged: false } }, swapped, "WrongTarget", "io_dao", [tenderPda(named), tenderPda(other)]);
      expect(await s.credits.fetchTender(other)).to.equal(null);
    });

    it("changes a tender's fee and disables it; a fee payment in it is then refused", async () => {
      const change = { creditsTender: { mint: s.usdcMint, feeBps: 150, enabled: false } };
      expect(theEvent(await enact(change), "tenderUpdated").data.enabled).to.equal(false);
      const tender = (await s.credits.fetchTender(s.usdcMint))!;
      expect([tender.feeBps, tender.enabled]).to.deep.equal([150, false]);
      const payer = await s.fund();
      const usdc = await s.giveUsdc(payer.publicKey, 1_000_000n);
      await expectRefusal(s.credits.payFee(payer, s.usdcMint, usdc, 1_000n), "TenderDisabled", "io_credits");
    });

    it("refuses a tender change applied to another tender (WrongTarget), both tenders unchanged", async () => {
      const change = { creditsTender: { mint: s.usdcMint, feeBps: 900, enabled: true } };
      const accounts = targetAccounts(change);
      accounts[3] = { ...accounts[3], pubkey: tenderPda(s.token.mint) };
      await expectExecutionRefused(change, accounts, "WrongTarget", "io_dao", [tenderPda(s.usdcMint), tenderPda(s.token.mint)]);
    });

    describe("fee withdrawals", () => {
      let treasury: PublicKey;
      const collected = 2_500_000n;

      beforeEach(async () => {
        const payer = await s.fund();
        const usdc = await s.giveUsdc(payer.publicKey, collected);
        await s.credits.payFee(payer, s.usdcMint, usdc, collected);
        treasury = await s.ata(s.usdcMint, Keypair.generate().publicKey);
      });

      it("pays collected fees to the destination the proposal names", async () => {
        const executed = await enact({ creditsFeeWithdraw: { mint: s.usdcMint, amount: new BN(2_000_000), destination: treasury } });
        expect(toBigInt(theEvent(executed, "feeWithdrawn").data.amount)).to.equal(2_000_000n);
        expect(await balance(s.provider, treasury)).to.equal(2_000_000n);
        expect(await balance(s.provider, feeVaultPda(s.usdcMint))).to.equal(collected - 2_000_000n);
        expect(toBigInt((await s.credits.fetchTender(s.usdcMint))!.feesWithdrawn)).to.equal(2_000_000n);
      });

      it("refuses paying another destination than the proposal names (WrongTarget), vault and accounts unchanged", async () => {
        const change = { creditsFeeWithdraw: { mint: s.usdcMint, amount: new BN(1_000), destination: treasury } };
        const thief = await s.ata(s.usdcMint, Keypair.generate().publicKey);
        const accounts = targetAccounts({ ...change, creditsFeeWithdraw: { ...change.creditsFeeWithdraw, destination: thief } }, await tokenProgramOf(s.usdcMint));
        await expectExecutionRefused(change, accounts, "WrongTarget", "io_dao", [feeVaultPda(s.usdcMint), treasury, thief, tenderPda(s.usdcMint)]);
      });

      it("refuses withdrawing more than the vault holds (TreasuryExceeded), vault unchanged", async () => {
        const change = { creditsFeeWithdraw: { mint: s.usdcMint, amount: new BN((collected + 1n).toString()), destination: treasury } };
        const accounts = targetAccounts(change, await tokenProgramOf(s.usdcMint));
        await expectExecutionRefused(change, accounts, "TreasuryExceeded", "io_credits", [feeVaultPda(s.usdcMint), treasury, tenderPda(s.usdcMint)]);
      });
    });
  });

  describe("io_cloud", () => {
    it("adds a device class, changes it, and disables it; registration in it is then refused", async () => {
      const b200 = { classId: 40, name: deviceClassNameBytes("NVIDIA B200"), multiplierBps: 300_000, enabled: true };
      await enact({ cloudDeviceClass: b200 });
      let added = (await s.cloud.fetchDeviceClass(40))!;
      expect([added.name, added.multiplierBps, added.enabled]).to.deep.equal(["NVIDIA B200", 300_000, true]);
      await enact({ cloudDeviceClass: { ...b200, multiplierBps: 250_000, enabled: false } });
      added = (await s.cloud.fetchDeviceClass(40))!;
      expect([added.multiplierBps, added.enabled]).to.deep.equal([250_000, false]);
      const provider = await s.fund();
      const registration = { deviceId: Keypair.generate().publicKey.toBytes().slice(0, 16), deviceClass: 40, gpus: 8, region: "eu", pricePerGpuHour: 2_000_000n, askIoPerGpuHour: IO(1) };
      await expectRefusal(s.cloud.registerWorker(provider, registration), "DeviceClassDisabled", "io_cloud");
    });

    it("retires a class by setting its multiplier to 0: its registered worker earns nothing from the refresh on, and registration is refused", async () => {
      // An L4 worker (0.25×), staked and proven, earning.
      const owner = await s.fund();
      const l4 = DEVICE_CLASSES.find((c) => c.name === "NVIDIA L4")!;
      const deviceId = Keypair.generate().publicKey.toBytes().slice(0, 16);
      await s.cloud.registerWorker(owner, { deviceId, deviceClass: l4.classId, gpus: 4, region: "eu", pricePerGpuHour: 1_000_000n, askIoPerGpuHour: IO(1) });
      const worker = workerPda(owner.publicKey, deviceId);
      const stake = minStake(l4.multiplierBps, 4);
      await s.cloud.stake(owner, worker, await s.giveIo(owner.publicKey, stake), stake);
      // Five consecutive good hours make it eligible (the deployed rule).
      for (let good = 1; good <= 5; good++) {
        if (good > 1) await s.context.advanceSeconds(3_600);
        await s.cloud.recordUptime(s.verifier, worker, { hour: (await s.now()) / 3_600n, ok: true, resultHash: new Uint8Array(32).fill(good) });
      }
      const earnedBefore = await s.rewards.pendingRewards(worker);
      await s.context.advanceSeconds(600);
      expect((await s.rewards.pendingRewards(worker)) > earnedBefore, "earning at 0.25×").to.equal(true);

      await enact({ cloudDeviceClass: { classId: l4.classId, name: deviceClassNameBytes(l4.name), multiplierBps: 0, enabled: true } });
      expect((await s.cloud.fetchDeviceClass(l4.classId))!.multiplierBps).to.equal(0);
      await s.cloud.refreshWorker(worker);
      expect(toBigInt((await s.rewards.fetchWorkerReward(worker))!.share.baseWeight)).to.equal(0n);
      const frozen = await s.rewards.pendingRewards(worker);
      await s.context.advanceSeconds(3_600);
      expect(await s.rewards.pendingRewards(worker)).to.equal(frozen);
      const newcomer = await s.fund();
      const registration = { deviceId: Keypair.generate().publicKey.toBytes().slice(0, 16), deviceClass: l4.classId, gpus: 1, region: "eu", pricePerGpuHour: 1_000_000n, askIoPerGpuHour: IO(1) };
      await expectRefusal(s.cloud.registerWorker(newcomer, registration), "DeviceClassDisabled", "io_cloud");
      const renter = await s.fund();
      const renterToken = await s.giveUsdc(renter.publicKey, 10_000_000n);
      const booking = { nonce: 1n, deviceClass: l4.classId, gpus: 1, hours: 1, pricePerGpuHour: 1_000_000n, tenderMint: s.usdcMint, renterToken };
      await expectRefusal(s.cloud.book(renter, booking), "DeviceClassDisabled", "io_cloud");
    });

    it("refuses a multiplier above the bound at execution (MultiplierTooHigh), the class unchanged", async () => {
      const change = { cloudDeviceClass: { classId: 1, name: deviceClassNameBytes("NVIDIA H100 80GB"), multiplierBps: 100_000_000, enabled: true } };
      await expectExecutionRefused(change, targetAccounts(change), "MultiplierTooHigh", "io_cloud", [deviceClassPda(1)]);
    });

    it("hands the orchestrator, uptime verifier and slashing authority roles, and governance itself", async () => {
      const keys = [0, 1, 2, 3].map(() => Keypair.generate().publicKey);
      const roles = [{ orchestrator: {} }, { uptimeVerifier: {} }, { slashingAuthority: {} }, { governance: {} }];
      for (const id of await pass(...roles.map((role, i) => ({ cloudRole: { role, authority: keys[i] } })))) await s.dao.execute(id);
      const config = (await s.cloud.fetchConfig())!;
      expect([config.orchestrator, config.uptimeVerifier, config.slashingAuthority, config.governance].map(String)).to.deep.equal(keys.map(String));
    });

    it("sets the consecutive good hours eligibility needs; refuses 0 at execution (EligibilityHoursOutOfBounds), the config unchanged", async () => {
      expect((await s.cloud.fetchConfig())!.eligibilityHours).to.equal(5);
      expect(theEvent(await enact({ cloudEligibilityHours: { hours: 3 } }), "eligibilityHoursChanged").data.eligibilityHours).to.equal(3);
      expect((await s.cloud.fetchConfig())!.eligibilityHours).to.equal(3);
      const change = { cloudEligibilityHours: { hours: 0 } };
      await expectExecutionRefused(change, targetAccounts(change), "EligibilityHoursOutOfBounds", "io_cloud", [cloudConfigPda()]);
    });

    it("sets the reconsideration window of slashes; refuses more than 90 days at execution (AppealWindowOutOfBounds)", async () => {
      expect((await s.cloud.fetchConfig())!.appealWindowSecs).to.equal(30 * 86_400);
      expect(theEvent(await enact({ cloudAppealWindow: { secs: 14 * 86_400 } }), "appealWindowChanged").data.appealWindowSecs).to.equal(14 * 86_400);
      const change = { cloudAppealWindow: { secs: 91 * 86_400 } };
      await expectExecutionRefused(change, targetAccounts(change), "AppealWindowOutOfBounds", "io_cloud", [cloudConfigPda()]);
    });

    /** A staked worker with a slash of 100 IO under reconsideration. */
    async function slashedWorker() {
      const owner = await s.fund();
      const deviceId = Keypair.generate().publicKey.toBytes().slice(0, 16);
      const { worker } = await s.cloud.registerWorker(owner, { deviceId, deviceClass: 1, gpus: 1, region: "eu", pricePerGpuHour: 1_000_000n, askIoPerGpuHour: IO(1) });
      const stake = minStake((await s.cloud.fetchWorkerOrThrow(worker)).multiplierBps, 1);
      await s.cloud.stake(owner, worker, await s.giveIo(owner.publicKey, stake), stake);
      const { case: slashCase } = await s.cloud.slash(s.slasher, worker, { amount: IO(100), reasonCode: 1, evidenceHash: new Uint8Array(32).fill(5) });
      return { owner, worker, stake, slashCase };
    }

    it("reverses an appealed slash by vote: the IO is staked again", async () => {
      const { owner, worker, stake, slashCase } = await slashedWorker();
      await s.cloud.appealSlash(owner, slashCase, new Uint8Array(32).fill(6));
      const resolved = theEvent(await enact({ cloudSlashDecision: { case: slashCase, uphold: false } }), "slashResolved").data;
      expect(resolved.outcome).to.deep.equal({ reversed: {} });
      expect(resolved.decider.equals(governancePda())).to.equal(true);
      const account = await s.cloud.fetchWorkerOrThrow(worker);
      expect([toBigInt(account.staked), toBigInt(account.inAppeal)]).to.deep.equal([stake, 0n]);
      expect(await s.provider.connection.getAccountInfo(slashCase)).to.equal(null);
    });

    it("refuses a decision executed on another case than the proposal's (WrongTarget), both unchanged", async () => {
      const named = await slashedWorker();
      const other = await slashedWorker();
      const change = { cloudSlashDecision: { case: named.slashCase, uphold: true } };
      const accounts = await executionAccounts(s.provider.connection, { cloudSlashDecision: { case: other.slashCase, uphold: true } });
      await expectExecutionRefused(change, accounts, "WrongTarget", "io_dao", [named.slashCase, other.slashCase, named.worker, other.worker]);
    });

    it("sends slashed IO to a treasury, then back to burning", async () => {
      const treasury = await s.ata(s.token.mint, Keypair.generate().publicKey);
      await enact({ cloudSlashDestination: { destination: { treasury: {} }, treasury } });
      let config = (await s.cloud.fetchConfig())!;
      expect("treasury" in config.slashDestination && config.treasury.equals(treasury)).to.equal(true);
      await enact({ cloudSlashDestination: { destination: { burn: {} }, treasury: PublicKey.default } });
      config = (await s.cloud.fetchConfig())!;
      expect("burn" in config.slashDestination).to.equal(true);
    });

    it("refuses a treasury other than the proposal's (WrongTarget), the config unchanged", async () => {
      const treasury = await s.ata(s.token.mint, Keypair.generate().publicKey);
      const other = await s.ata(s.token.mint, Keypair.generate().publicKey);
      const change = { cloudSlashDestination: { destination: { treasury: {} }, treasury } };
      const accounts = targetAccounts({ cloudSlashDestination: { destination: { treasury: {} }, treasury: other } });
      await expectExecutionRefused(change, accounts, "WrongTarget", "io_dao", [cloudConfigPda()]);
    });
  });

  describe("io_token", () => {
    it("hands the emission authority and the administration", async () => {
      const [emission, admin] = [Keypair.generate().publicKey, Keypair.generate().publicKey];
      for (const id of await pass({ tokenAuthority: { role: { emission: {} }, authority: emission } }, { tokenAuthority: { role: { admin: {} }, authority: admin } })) {
        await s.dao.execute(id);
      }
      const config = (await s.token.fetchConfig())!;
      expect([config.emissionAuthority, config.authority].map(String)).to.deep.equal([emission, admin].map(String));
    });

    it("refuses a change sent to another program than its target (WrongTarget), both configs unchanged", async () => {
      const change = { tokenAuthority: { role: { admin: {} }, authority: Keypair.generate().publicKey } };
      const accounts = targetAccounts(change);
      accounts[0] = { ...accounts[0], pubkey: PROGRAM_IDS.io_cloud };
      await expectExecutionRefused(change, accounts, "WrongTarget", "io_dao", [tokenConfigPda(), cloudConfigPda()]);
    });
  });

  describe("proposals no execution could accept", () => {
    const nobody = PublicKey.default;
    const refused: [string, ParamChangeInput][] = [
      ["a role for nobody", { cloudRole: { role: { orchestrator: {} }, authority: nobody } }],
      ["io_token's administration for nobody", { tokenAuthority: { role: { admin: {} }, authority: nobody } }],
      ["io_credits' governance for nobody", { creditsGovernance: { governance: nobody } }],
      ["a weight authority of nobody", { rewardsWeightAuthority: { weightAuthority: nobody } }],
      ["a fee withdrawal of nothing", { creditsFeeWithdraw: { mint: governancePda(), amount: new BN(0), destination: governancePda() } }],
      ["a slash treasury of nobody", { cloudSlashDestination: { destination: { treasury: {} }, treasury: nobody } }],
      ["a device class without a name", { cloudDeviceClass: { classId: 9, name: new Array(32).fill(0), multiplierBps: 10_000, enabled: true } }],
      ["a device class name that is not UTF-8", { cloudDeviceClass: { classId: 9, name: [0xff, ...new Array(31).fill(0)], multiplierBps: 10_000, enabled: true } }],
    ];
    for (const [what, change] of refused) {
      it(`refuses proposing ${what} (InvalidChange), no proposal created`, async () => {
        const count = (await s.dao.fetchConfig())!.proposalCount;
        await expectRefusal(s.dao.propose(holder, 0, change), "InvalidChange", "io_dao");
        expect(toBigInt((await s.dao.fetchConfig())!.proposalCount)).to.equal(toBigInt(count));
      });
    }
  });

  it("derives each change's accounts in the order io_dao reads them", () => {
    const meta = (pubkey: PublicKey, isWritable = false) => ({ pubkey: pubkey.toBase58(), isWritable });
    const shown = (change: ParamChangeInput, tokenProgram?: PublicKey) => targetAccounts(change, tokenProgram).map((m) => meta(m.pubkey, m.isWritable));
    expect(shown({ daoQuorum: { bps: 1 } })).to.deep.equal([]);
    const head = (program: PublicKey, config: PublicKey, writable: boolean) => [meta(program), meta(governancePda()), meta(config, writable)];
    expect(shown({ rewardsBusyBoost: { busyBoostBps: 1 } })).to.deep.equal(head(PROGRAM_IDS.io_rewards, rewardsConfigPda(), true));
    const mint = Keypair.generate().publicKey;
    expect(() => targetAccounts({ creditsFeeWithdraw: { mint, amount: new BN(1), destination: mint } })).to.throw(/token program/);
  });
});
