import { expect } from "chai";
import { getMint } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { IO, sendInstructions, slashCasePda, slashInstructions, stakeVaultPda, theEvent, toBigInt } from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, snapshot, tokenAccount } from "./support.js";
import { CloudWorld, cloudWorld, fundIo, ReadyWorker, readyWorker } from "./support_io_cloud.js";

const DAY = 86_400n;
const EVIDENCE = new Uint8Array(32).fill(9);
const APPEAL = new Uint8Array(32).fill(4);

// io.net: slashed IO enters a one-month reconsideration; the owner may appeal, then it is burned.
describe("io_cloud: slashing with a reconsideration window", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  /** A worker with its minimum stake (2,000 IO) and a 100 IO slash open against it. */
  async function slashed(amount = IO(100)) {
    const w = await readyWorker(world, { gpus: 1 });
    const { case: slashCase } = await world.cloud.slash(world.slasher, w.worker, { amount, reasonCode: 7, evidenceHash: EVIDENCE });
    return { w, slashCase };
  }

  const supply = async () => (await getMint(world.provider.connection, world.ioMint)).supply;
  const stakeOf = async (w: ReadyWorker) => {
    const account = (await world.cloud.fetchWorkerOrThrow(w.worker))!;
    return [account.staked, account.unstaking, account.inAppeal, account.slashedTotal].map(toBigInt);
  };

  /** `action` is refused with `error` and leaves the worker, its vault and the case byte for byte unchanged. */
  async function refusedUnchanged(w: ReadyWorker, slashCase: PublicKey, action: () => Promise<unknown>, error: string) {
    const watched = [w.worker, stakeVaultPda(w.worker), slashCase];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(action(), error, "io_cloud");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  }

  it("an appealed slash reversed: the IO is staked again, nothing burned, the case's rent back to the slasher", async () => {
    const { w, slashCase } = await slashed();
    const supplyBefore = await supply();
    const appealed = await world.cloud.appealSlash(w.authority, slashCase, APPEAL);
    const appeal = theEvent(appealed, "slashAppealed").data;
    expect(appeal.case.equals(slashCase)).to.equal(true);
    expect(Buffer.from(appeal.evidenceHash).equals(Buffer.from(APPEAL))).to.equal(true);
    const account = (await world.cloud.fetchSlashCase(slashCase))!;
    expect(toBigInt(account.appealedAt)).to.equal(await clockNow(world.context));
    const rent = BigInt((await world.provider.connection.getAccountInfo(slashCase))!.lamports);
    const slasherBefore = BigInt(await world.provider.connection.getBalance(world.slasher.publicKey));
    const reversed = await world.cloud.decideSlash(world.slasher, slashCase, false);
    const resolved = theEvent(reversed, "slashResolved").data;
    expect(resolved.outcome).to.deep.equal({ reversed: {} });
    expect(resolved.destination).to.equal(null);
    expect(resolved.decider.equals(world.slasher.publicKey)).to.equal(true);
    expect(await stakeOf(w)).to.deep.equal([IO(2_000), 0n, 0n, 0n]);
    expect(await supply()).to.equal(supplyBefore);
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(2_000));
    expect(await world.provider.connection.getAccountInfo(slashCase)).to.equal(null);
    // The slasher paid the case's rent; it gets it back (the provider's wallet paid the fee).
    expect(BigInt(await world.provider.connection.getBalance(world.slasher.publicKey)) - slasherBefore).to.equal(rent);
  });

  it("a reversal puts back what was cooling down where it was: cooling down, on its original schedule", async () => {
    const w = await readyWorker(world, { gpus: 1 });
    await world.cloud.unstake(w.authority, w.worker, IO(1_950));
    const availableAt = toBigInt((await world.cloud.fetchWorkerOrThrow(w.worker)).unstakeAvailableAt);
    // 50 IO staked, 1,950 cooling down: a slash of 100 takes the 50, then 50 of the 1,950.
    const { case: slashCase } = await world.cloud.slash(world.slasher, w.worker, { amount: IO(100), reasonCode: 7, evidenceHash: EVIDENCE });
    expect(toBigInt((await world.cloud.fetchSlashCase(slashCase))!.fromUnstaking)).to.equal(IO(50));
    expect(await stakeOf(w)).to.deep.equal([0n, IO(1_900), IO(100), 0n]);
    await world.cloud.decideSlash(world.slasher, slashCase, false);
    expect(await stakeOf(w)).to.deep.equal([IO(50), IO(1_950), 0n, 0n]);
    expect(toBigInt((await world.cloud.fetchWorkerOrThrow(w.worker)).unstakeAvailableAt)).to.equal(availableAt);
  });

  it("a slash upheld within the window is burned (as governed by default)", async () => {
    const { w, slashCase } = await slashed();
    const supplyBefore = await supply();
    const upheld = theEvent(await world.cloud.decideSlash(world.slasher, slashCase, true), "slashResolved").data;
    expect(upheld.outcome).to.deep.equal({ upheld: {} });
    expect(upheld.destination).to.deep.equal({ burn: {} });
    expect(await stakeOf(w)).to.deep.equal([IO(1_900), 0n, 0n, IO(100)]);
    expect(supplyBefore - (await supply())).to.equal(IO(100));
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(1_900));
  });

  it("governance may decide too", async () => {
    const { w, slashCase } = await slashed();
    const reversed = theEvent(await world.cloud.decideSlash(world.governance, slashCase, false), "slashResolved").data;
    expect(reversed.decider.equals(world.governance.publicKey)).to.equal(true);
    expect(await stakeOf(w)).to.deep.equal([IO(2_000), 0n, 0n, 0n]);
  });

  it("nobody decided within 30 days: anyone finalises it, to the treasury when governed", async () => {
    const { w, slashCase } = await slashed(IO(250));
    const treasury = await tokenAccount(world.provider, world.ioMint, Keypair.generate().publicKey);
    await world.cloud.setSlashDestination(world.governance, "treasury", treasury);
    try {
      await world.context.advanceSeconds(30n * DAY);
      const finalized = theEvent(await world.cloud.finalizeSlash(slashCase), "slashResolved").data;
      expect(finalized.outcome).to.deep.equal({ finalized: {} });
      expect(finalized.destination).to.deep.equal({ treasury: {} });
      expect(finalized.decider.equals(PublicKey.default)).to.equal(true);
      expect(await balance(world.provider, treasury)).to.equal(IO(250));
      expect(await stakeOf(w)).to.deep.equal([IO(1_750), 0n, 0n, IO(250)]);
    } finally {
      await world.cloud.setSlashDestination(world.governance, "burn");
    }
  });

  it("keeps the window of each case: a governed change applies to slashes made after it", async () => {
    const { slashCase: before } = await slashed();
    await world.cloud.setAppealWindow(world.governance, Number(7n * DAY));
    try {
      const { slashCase: after } = await slashed();
      const now = await clockNow(world.context);
      const [old, fresh] = [await world.cloud.fetchSlashCase(before), await world.cloud.fetchSlashCase(after)];
      expect(toBigInt(old!.appealEndsAt) - toBigInt(old!.slashedAt)).to.equal(30n * DAY);
      expect(toBigInt(fresh!.appealEndsAt)).to.equal(now + 7n * DAY);
    } finally {
      await world.cloud.setAppealWindow(world.governance, Number(30n * DAY));
    }
  });

  describe("refuses, changing nothing", () => {
    let open: Awaited<ReturnType<typeof slashed>>;

    before(async () => {
      open = await slashed();
    });

    it("an appeal by anyone but the worker's owner (NotWorkerAuthority)", async () => {
      const stranger = await funded(world.provider);
      await refusedUnchanged(open.w, open.slashCase, () => world.cloud.appealSlash(stranger, open.slashCase, APPEAL), "NotWorkerAuthority");
    });

    it("an appeal without evidence (EvidenceRequired)", () =>
      refusedUnchanged(open.w, open.slashCase, () => world.cloud.appealSlash(open.w.authority, open.slashCase, new Uint8Array(32)), "EvidenceRequired"));

    it("a second appeal (AlreadyAppealed)", async () => {
      const { w, slashCase } = await slashed();
      await world.cloud.appealSlash(w.authority, slashCase, APPEAL);
      await refusedUnchanged(w, slashCase, () => world.cloud.appealSlash(w.authority, slashCase, APPEAL), "AlreadyAppealed");
    });

    it("a decision by anyone but the slashing authority or governance (NotSlashDecider)", async () => {
      const stranger = await funded(world.provider);
      await refusedUnchanged(open.w, open.slashCase, () => world.cloud.decideSlash(stranger, open.slashCase, false), "NotSlashDecider");
    });

    it("finalising within the window (AppealWindowOpen)", () =>
      refusedUnchanged(open.w, open.slashCase, () => world.cloud.finalizeSlash(open.slashCase), "AppealWindowOpen"));

    it("another worker's case beside this worker (WrongSlashCase)", async () => {
      const other = await slashed();
      const resolution = await world.cloud.resolutionOf(other.slashCase);
      const ix = slashInstructions.slashDecide({ decider: world.slasher.publicKey, uphold: false, ...resolution, worker: open.w.worker });
      await refusedUnchanged(open.w, other.slashCase, () => sendInstructions(world.provider, [ix], [world.slasher]), "WrongSlashCase");
    });

    it("the case's rent to anyone but its payer (WrongCasePayer)", async () => {
      const resolution = await world.cloud.resolutionOf(open.slashCase);
      const ix = slashInstructions.slashDecide({ decider: world.slasher.publicKey, uphold: true, ...resolution, payer: Keypair.generate().publicKey });
      await refusedUnchanged(open.w, open.slashCase, () => sendInstructions(world.provider, [ix], [world.slasher]), "WrongCasePayer");
    });

    it("upholding to a treasury that is not the config's (WrongTreasury)", async () => {
      const resolution = await world.cloud.resolutionOf(open.slashCase);
      const wrong = await tokenAccount(world.provider, world.ioMint, Keypair.generate().publicKey);
      const ix = slashInstructions.slashDecide({ decider: world.slasher.publicKey, uphold: true, ...resolution, treasury: wrong });
      await refusedUnchanged(open.w, open.slashCase, () => sendInstructions(world.provider, [ix], [world.slasher]), "WrongTreasury");
    });

    it("deregistering a worker with IO in appeal (StakeNotWithdrawn)", async () => {
      const w = await readyWorker(world, { gpus: 1 });
      await world.cloud.unstake(w.authority, w.worker, IO(2_000));
      const { case: slashCase } = await world.cloud.slash(world.slasher, w.worker, { amount: IO(2_000), reasonCode: 1, evidenceHash: EVIDENCE });
      await fundIo(world, w.authority.publicKey, 0n);
      await refusedUnchanged(w, slashCase, () => world.cloud.deregister(w.authority, w.worker), "StakeNotWithdrawn");
    });

    it("a window under a day or over 90 days (AppealWindowOutOfBounds), or set by anyone but governance (Unauthorized)", async () => {
      const config = (await world.cloud.fetchConfigOrThrow()).appealWindowSecs;
      await expectRefusal(world.cloud.setAppealWindow(world.governance, Number(DAY) - 1), "AppealWindowOutOfBounds", "io_cloud");
      await expectRefusal(world.cloud.setAppealWindow(world.governance, Number(90n * DAY) + 1), "AppealWindowOutOfBounds", "io_cloud");
      await expectRefusal(world.cloud.setAppealWindow(world.slasher, Number(DAY)), "Unauthorized", "io_cloud");
      expect((await world.cloud.fetchConfigOrThrow()).appealWindowSecs).to.equal(config);
    });

    describe("once the window is over", () => {
      before(async () => {
        await world.context.advanceSeconds(30n * DAY);
      });

      it("an appeal (AppealWindowClosed)", () =>
        refusedUnchanged(open.w, open.slashCase, () => world.cloud.appealSlash(open.w.authority, open.slashCase, APPEAL), "AppealWindowClosed"));

      it("a decision (AppealWindowClosed)", () =>
        refusedUnchanged(open.w, open.slashCase, () => world.cloud.decideSlash(world.slasher, open.slashCase, false), "AppealWindowClosed"));

      it("a case that no longer exists, once finalised (AccountNotInitialized)", async () => {
        const resolution = await world.cloud.resolutionOf(open.slashCase);
        await world.cloud.finalizeSlash(open.slashCase);
        await expectRefusal(sendInstructions(world.provider, [slashInstructions.slashFinalize(resolution)], []), "AccountNotInitialized", "io_cloud");
      });
    });
  });

  it("derives each case from the worker's count", async () => {
    const { w, slashCase } = await slashed();
    expect(slashCase.equals(slashCasePda(w.worker, 0))).to.equal(true);
  });
});
