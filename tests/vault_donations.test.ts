/**
 * Found by the long fuzz campaign (seed 17 path 1678, seed 18 path 1107): a worker's owner may
 * claim block rewards into any IO account, a stake vault or the DAO's lock vault among them (a
 * token account can't refuse a transfer). The vaults then hold more than their programs' books;
 * the programs must go on paying out exactly what the books say, and never the surplus.
 */
import { expect } from "chai";

import { stakeVaultPda } from "@ionet/sdk";

import { balance } from "./support.js";
import { FuzzWorld, worldFrom, createWorldTemplate, WorldTemplate } from "./fuzz/world.js";

describe("vaults that received IO from outside their program (found by the fuzz campaign)", function () {
  this.timeout(120_000);
  let template: WorldTemplate;
  let world: FuzzWorld;

  before(async () => {
    template = await createWorldTemplate(1);
  });

  beforeEach(async () => {
    world = await worldFrom(template);
  });

  afterEach(() => world.sandbox.context.close());

  /** A claim by worker 0's owner into `destination`, after an hour of rewards; returns what it paid. */
  async function claimInto(destination: Parameters<FuzzWorld["sandbox"]["rewards"]["claim"]>[2]): Promise<bigint> {
    const { sandbox } = world;
    await sandbox.context.advanceSeconds(3_700);
    const worker = world.workers[0];
    const before = await balance(sandbox.provider, destination);
    await sandbox.rewards.claim(worker.key, worker.worker, destination);
    const paid = (await balance(sandbox.provider, destination)) - before;
    expect(paid > 0n, "the claim paid something").to.equal(true);
    return paid;
  }

  it("a claim into another worker's stake vault: the vault's worker still unstakes and withdraws exactly its stake", async () => {
    const { sandbox } = world;
    const other = world.workers[1];
    const vault = stakeVaultPda(other.worker);
    const stake = (await sandbox.cloud.fetchWorker(other.worker))!.staked;
    const donated = await claimInto(vault);

    await sandbox.cloud.unstake(other.key, other.worker, BigInt(stake.toString()));
    await sandbox.context.advanceSeconds(15 * 86_400);
    const before = await balance(sandbox.provider, other.io);
    await sandbox.cloud.withdraw(other.key, other.worker, other.io);
    expect((await balance(sandbox.provider, other.io)) - before).to.equal(BigInt(stake.toString()));
    expect(await balance(sandbox.provider, vault)).to.equal(donated);
  });

  it("a claim into the DAO's lock vault: total locked stays Σ positions and the surplus stays in the vault", async () => {
    const { sandbox } = world;
    const lockVault = sandbox.dao.lockVault;
    const locked = await balance(sandbox.provider, lockVault);
    const donated = await claimInto(lockVault);
    const config = (await sandbox.dao.fetchConfig())!;
    expect(BigInt(config.totalLocked.toString())).to.equal(locked);
    expect(await balance(sandbox.provider, lockVault)).to.equal(locked + donated);
  });
});
