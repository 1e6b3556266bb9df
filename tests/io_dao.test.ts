import { expect } from "chai";
import { Keypair } from "@solana/web3.js";

import { IO, lockVaultPda, positionPda, proposalPda, sendInstructions, toBigInt, u64, votingPowerOf } from "@ionet/sdk";

import { balance, expectRefusal, snapshot } from "./support.js";
import { DAO_PARAMS, DAY, daoWorld, DaoWorld, Holder, YEAR } from "./support_io_dao.js";

describe("io_dao: veIO positions", () => {
  let w: DaoWorld;
  let alice: Holder;
  /** Alice's position 0: 1,000 IO in a 2-year cliff lock. */
  const lockCliff = () => w.dao.lock(alice.keypair, 0, IO(1_000), "cliff", 2 * YEAR, alice.io, w.token.mint);
  /** Alice's position 2: 400 IO in a 1-year constant lock. */
  const lockConstant = () => w.dao.lock(alice.keypair, 2, IO(400), "constant", YEAR, alice.io, w.token.mint);

  beforeEach(async () => {
    w = await daoWorld();
    alice = await w.holder(IO(10_000));
  });

  it("locks IO and gives amount × (1 + 3 × remaining / 4y) of power", async () => {
    const result = await lockCliff();
    const event = result.events.find((e) => e.name === "positionLocked")!;
    expect(event.data.votingPower.toString()).to.equal((IO(1_000) + (IO(1_000) * 3n) / 2n).toString());
    expect(await balance(w.provider, lockVaultPda())).to.equal(IO(1_000));
    expect((await w.dao.fetchConfig())!.totalLocked.toString()).to.equal(IO(1_000).toString());
    const now = await w.now();
    expect(await w.dao.votingPower(alice.keypair.publicKey, 0, now)).to.equal(IO(2_500));
  });

  it("decays a cliff lock's power as it runs down, never below the amount", async () => {
    await lockCliff();
    const now = await w.now();
    const later = await w.dao.votingPower(alice.keypair.publicKey, 0, now + BigInt(YEAR));
    expect(later).to.equal(IO(1_000) + (IO(1_000) * 3n) / 4n);
    expect(await w.dao.votingPower(alice.keypair.publicKey, 0, now + BigInt(3 * YEAR))).to.equal(IO(1_000));
  });

  it("refuses locks shorter than a day or longer than 4 years, and zero amounts", async () => {
    await expectRefusal(w.dao.lock(alice.keypair, 1, IO(1), "cliff", DAY - 1, alice.io, w.token.mint), "LockTooShort", "io_dao");
    await expectRefusal(w.dao.lock(alice.keypair, 1, IO(1), "cliff", 4 * YEAR + 1, alice.io, w.token.mint), "LockTooLong", "io_dao");
    await expectRefusal(w.dao.lock(alice.keypair, 1, 0n, "cliff", DAY, alice.io, w.token.mint), "ZeroAmount", "io_dao");
  });

  it("extends a lock but never shortens it", async () => {
    await lockCliff();
    await expectRefusal(w.dao.extend(alice.keypair, 0, DAY), "LockCannotShorten", "io_dao");
    await w.dao.extend(alice.keypair, 0, 4 * YEAR);
    const now = await w.now();
    expect(await w.dao.votingPower(alice.keypair.publicKey, 0, now)).to.equal(IO(4_000));
  });

  it("keeps a constant lock's power until its unlock starts, then decays", async () => {
    await lockCliff();
    await lockConstant();
    const now = await w.now();
    expect(await w.dao.votingPower(alice.keypair.publicKey, 2, now + BigInt(5 * YEAR))).to.equal(IO(700));
    await expectRefusal(w.dao.startUnlock(alice.keypair, 0), "NotConstantLock", "io_dao");
    await w.dao.startUnlock(alice.keypair, 2);
    await expectRefusal(w.dao.startUnlock(alice.keypair, 2), "AlreadyUnlocking", "io_dao");
    expect(await w.dao.votingPower(alice.keypair.publicKey, 2, now + BigInt(YEAR / 2))).to.equal(IO(550));
  });

  it("refuses withdrawing before expiry and by anyone but the owner", async () => {
    await lockConstant();
    await w.dao.startUnlock(alice.keypair, 2);
    await expectRefusal(w.dao.withdraw(alice.keypair, 2, alice.io, w.token.mint), "LockNotExpired", "io_dao");
    const mallory = await w.holder(0n);
    const alicePosition = positionPda(alice.keypair.publicKey, 2);
    const stolen = w.dao.program.methods
      .positionExtend({ lockSecs: u64(2 * YEAR) })
      .accountsPartial({ owner: mallory.keypair.publicKey, position: alicePosition })
      .instruction()
      .then((ix) => sendInstructions(w.provider, [ix], [mallory.keypair]));
    await expectRefusal(stolen, "ConstraintSeeds", "io_dao");
    await w.advance(YEAR);
    const before = await balance(w.provider, alice.io);
    await w.dao.withdraw(alice.keypair, 2, alice.io, w.token.mint);
    expect(await balance(w.provider, alice.io)).to.equal(before + IO(400));
    expect(await w.provider.connection.getAccountInfo(positionPda(alice.keypair.publicKey, 2))).to.equal(null);
  });

  it("refuses withdrawing into the lock vault itself (DuplicateAccount): the position and the vault unchanged", async () => {
    await lockConstant();
    await w.dao.startUnlock(alice.keypair, 2);
    await w.advance(YEAR + 1);
    const watched = [positionPda(alice.keypair.publicKey, 2), lockVaultPda(), w.dao.config];
    const before = await snapshot(w.provider, watched);
    await expectRefusal(w.dao.withdraw(alice.keypair, 2, lockVaultPda(), w.token.mint), "DuplicateAccount", "io_dao");
    expect(await snapshot(w.provider, watched)).to.deep.equal(before);
  });

  it("mirrors the program's power in the SDK", async () => {
    const end = 1_000_000n + BigInt(YEAR);
    expect(votingPowerOf(IO(1), { kind: "cliff", end }, 1_000_000n)).to.equal(IO(1) + (IO(1) * 3n) / 4n);
  });
});

describe("io_dao: proposals", () => {
  let w: DaoWorld;
  let big: Holder;
  let small: Holder;
  let tiny: Holder;
  const quorum = { daoQuorum: { bps: 3_000 } };

  /** A proposal to set the quorum to 30%, voted yes by `big` and no by `small`. */
  async function voted(): Promise<bigint> {
    const { id } = await w.dao.propose(big.keypair, 0, quorum);
    await w.dao.vote(big.keypair, 0, id, "yes");
    await w.dao.vote(small.keypair, 0, id, "no");
    return id;
  }

  /** Ends the voting period of proposal `id` and finalizes it. */
  async function finalizeAfterVote(id: bigint): Promise<void> {
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await w.dao.finalize(id);
  }

  /** Ends the timelock of finalized proposal `id` and executes it. */
  async function executeAfterTimelock(id: bigint) {
    await w.advance(DAO_PARAMS.timelockSecs);
    return w.dao.execute(id);
  }

  beforeEach(async () => {
    w = await daoWorld();
    big = await w.holder(IO(10_000));
    small = await w.holder(IO(5_000));
    tiny = await w.holder(IO(100));
    await w.dao.lock(big.keypair, 0, IO(6_000), "cliff", 4 * YEAR, big.io, w.token.mint);
    await w.dao.lock(small.keypair, 0, IO(3_000), "constant", YEAR, small.io, w.token.mint);
    await w.dao.lock(tiny.keypair, 0, IO(100), "cliff", 7 * DAY, tiny.io, w.token.mint);
  });

  it("refuses a proposal from a position below the minimum power", async () => {
    await expectRefusal(w.dao.propose(tiny.keypair, 0, quorum), "InsufficientPower", "io_dao");
  });

  it("passes with quorum and yes > no, waits for the timelock, executes", async () => {
    const id = await voted();
    const p = (await w.dao.fetchProposal(id))!;
    expect(toBigInt(p.yes)).to.equal(IO(24_000));
    expect(toBigInt(p.no)).to.equal(IO(3_000) + (IO(3_000) * 3n) / 4n);
    await finalizeAfterVote(id);
    const result = await executeAfterTimelock(id);
    expect(result.events.map((e) => e.name)).to.include("proposalExecuted");
    expect((await w.dao.fetchConfig())!.params.quorumBps).to.equal(3_000);
  });

  it("refuses a second vote by the same position (AlreadyVoted)", async () => {
    const id = await voted();
    await expectRefusal(w.dao.vote(big.keypair, 0, id, "yes"), "AlreadyVoted", "io_dao");
  });

  it("refuses finalizing while the vote is open (VotingOpen)", async () => {
    const id = await voted();
    await expectRefusal(w.dao.finalize(id), "VotingOpen", "io_dao");
  });

  it("refuses executing a proposal still in its vote (ProposalNotSucceeded)", async () => {
    const id = await voted();
    await expectRefusal(w.dao.execute(id), "ProposalNotSucceeded", "io_dao");
  });

  it("refuses withdrawing a lock before it expires (LockNotExpired)", async () => {
    await expectRefusal(w.dao.withdraw(tiny.keypair, 0, tiny.io, w.token.mint), "LockNotExpired", "io_dao");
  });

  it("refuses a vote after the voting period (VotingClosed)", async () => {
    const id = await voted();
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await expectRefusal(w.dao.vote(tiny.keypair, 0, id, "yes"), "VotingClosed", "io_dao");
  });

  it("refuses finalizing twice (AlreadyFinalized)", async () => {
    const id = await voted();
    await finalizeAfterVote(id);
    await expectRefusal(w.dao.finalize(id), "AlreadyFinalized", "io_dao");
  });

  it("refuses executing before the timelock is over (TimelockNotOver)", async () => {
    const id = await voted();
    await finalizeAfterVote(id);
    await expectRefusal(w.dao.execute(id), "TimelockNotOver", "io_dao");
  });

  it("refuses executing twice (AlreadyExecuted)", async () => {
    const id = await voted();
    await finalizeAfterVote(id);
    await executeAfterTimelock(id);
    await expectRefusal(w.dao.execute(id), "AlreadyExecuted", "io_dao");
  });

  it("refuses withdrawing a position whose vote is live", async () => {
    await w.advance(8 * DAY); // tiny's 7-day lock has expired
    const live = await w.dao.propose(big.keypair, 0, { daoTimelock: { secs: u64(DAY) } });
    await w.dao.vote(tiny.keypair, 0, live.id, "abstain");
    const watched = [positionPda(tiny.keypair.publicKey, 0), lockVaultPda()];
    const before = await snapshot(w.provider, watched);
    await expectRefusal(w.dao.withdraw(tiny.keypair, 0, tiny.io, w.token.mint), "PositionHasLiveVote", "io_dao");
    expect(await snapshot(w.provider, watched)).to.deep.equal(before);
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await w.dao.withdraw(tiny.keypair, 0, tiny.io, w.token.mint);
  });

  it("defeats a proposal without quorum, which then can't execute", async () => {
    const { id } = await w.dao.propose(small.keypair, 0, { daoMinProposalPower: { power: u64(1) } });
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await w.dao.finalize(id);
    expect(Object.keys((await w.dao.fetchProposal(id))!.state)[0]).to.equal("defeated");
    await w.advance(DAO_PARAMS.timelockSecs);
    await expectRefusal(w.dao.execute(id), "ProposalNotSucceeded", "io_dao");
  });

  it("lets only the veto authority veto, and a vetoed proposal can't execute", async () => {
    const { id } = await w.dao.propose(big.keypair, 0, { daoQuorum: { bps: 2_500 } });
    await w.dao.vote(big.keypair, 0, id, "yes");
    await expectRefusal(w.dao.veto(Keypair.generate(), id), "NotVetoAuthority", "io_dao");
    await w.dao.veto(w.veto, id);
    await w.advance(DAO_PARAMS.votingPeriodSecs + DAO_PARAMS.timelockSecs);
    await expectRefusal(w.dao.execute(id), "ProposalVetoed", "io_dao");
  });

  it("expires a passed proposal not executed within its window", async () => {
    const { id } = await w.dao.propose(big.keypair, 0, { daoQuorum: { bps: 2_500 } });
    await w.dao.vote(big.keypair, 0, id, "yes");
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await w.dao.finalize(id);
    await w.advance(DAO_PARAMS.timelockSecs + 14 * DAY);
    await expectRefusal(w.dao.execute(id), "ProposalExpired", "io_dao");
    const listed = await w.dao.listProposals(await w.now());
    expect(listed.find((p) => p.id === id)!.status).to.equal("expired");
    expect(listed[0].address.equals(proposalPda(listed[0].id))).to.equal(true);
  });

  it("refuses a change outside the DAO's own bounds at execution", async () => {
    const { id } = await w.dao.propose(big.keypair, 0, { daoQuorum: { bps: 20_000 } });
    await w.dao.vote(big.keypair, 0, id, "yes");
    await w.advance(DAO_PARAMS.votingPeriodSecs);
    await w.dao.finalize(id);
    await w.advance(DAO_PARAMS.timelockSecs);
    await expectRefusal(w.dao.execute(id), "InvalidParameter", "io_dao");
  });
});
