import { expect } from "chai";
import { createTransferInstruction, getMint } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  cloudConfigPda,
  createTokenMint,
  DeviceClassInput,
  deviceClassPda,
  IO,
  IoCloudClient,
  sendInstructions,
  stakeVaultPda,
  theEvent,
  toBigInt,
  USDC,
  workerPda,
  WorkerRegisterInput,
  workerRewardPda,
  WorkerUpdateInput,
} from "@ionet/sdk";

import {
  balance,
  clockNow,
  expectRefusal,
  funded,
  HOUR,
  hourOf,
  newBank,
  setUnixTime,
  snapshot,
  tokenAccount,
  usdcLikeMint,
} from "./support.js";
import {
  cloudWorld,
  CloudWorld,
  fundIo,
  H100,
  newDeviceId,
  prove,
  readyWorker,
  ReadyWorker,
  RTX4070,
} from "./support_io_cloud.js";

const refused = (action: Promise<unknown>, name: string) => expectRefusal(action, name, "io_cloud");
const DAY = 86_400n;

describe("io_cloud: config, device classes and tenders", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  it("stores the four roles and the IO mint; slashed IO is burned by default", async () => {
    const config = (await world.cloud.fetchConfig())!;
    expect(config.governance.equals(world.governance.publicKey)).to.equal(true);
    expect(config.orchestrator.equals(world.orchestrator.publicKey)).to.equal(true);
    expect(config.uptimeVerifier.equals(world.verifier.publicKey)).to.equal(true);
    expect(config.slashingAuthority.equals(world.slasher.publicKey)).to.equal(true);
    expect(config.ioMint.equals(world.ioMint)).to.equal(true);
    expect(config.slashDestination).to.deep.equal({ burn: {} });
  });

  it("refuses a second initialize with AlreadyInitialized and changes nothing", async () => {
    const before = await snapshot(world.provider, [cloudConfigPda()]);
    const key = Keypair.generate().publicKey;
    await refused(
      world.cloud.initialize({ governance: key, orchestrator: key, uptimeVerifier: key, slashingAuthority: key }, world.ioMint),
      "AlreadyInitialized",
    );
    expect(await snapshot(world.provider, [cloudConfigPda()])).to.deep.equal(before);
  });

  it("refuses an IO mint without 8 decimals (InvalidIoMint) and default-key roles (InvalidAuthority)", async () => {
    const bank = await newBank();
    const cloud = new IoCloudClient(bank.provider);
    const key = Keypair.generate().publicKey;
    const roles = { governance: key, orchestrator: key, uptimeVerifier: key, slashingAuthority: key };
    await refused(cloud.initialize(roles, await usdcLikeMint(bank.provider, key)), "InvalidIoMint");
    const ioLike = await createTokenMint(bank.provider, key, 8);
    await refused(cloud.initialize({ ...roles, governance: PublicKey.default }, ioLike), "InvalidAuthority");
    expect(await cloud.fetchConfig()).to.equal(null);
  });

  it("keeps the governed device class table: H100 = 10x, RTX 4070 = 0.25x", async () => {
    const h100 = (await world.cloud.fetchDeviceClass(H100))!;
    expect(h100.multiplierBps).to.equal(100_000);
    expect(h100.name).to.equal("NVIDIA H100 80GB");
    expect((await world.cloud.fetchDeviceClass(RTX4070))!.multiplierBps).to.equal(2_500);
  });

  /** Device class changes refused, each leaving the class as it was: by whom, what, the error. */
  const refusedClassChanges: [string, "intruder" | "governance", DeviceClassInput, string][] = [
    ["a change by anyone but governance", "intruder", { classId: H100, name: "x", multiplierBps: 1_000_000 }, "Unauthorized"],
    ["a multiplier under 0.01x", "governance", { classId: H100, name: "x", multiplierBps: 99 }, "MultiplierTooLow"],
    ["a multiplier over 100x", "governance", { classId: H100, name: "x", multiplierBps: 1_000_001 }, "MultiplierTooHigh"],
    ["an empty name", "governance", { classId: H100, name: "", multiplierBps: 100_000 }, "InvalidDeviceClassName"],
    ["a name over 32 bytes", "governance", { classId: H100, name: "x".repeat(33), multiplierBps: 100_000 }, "InvalidDeviceClassName"],
  ];
  for (const [what, signer, change, error] of refusedClassChanges) {
    it(`refuses ${what} to a device class (${error}) and changes nothing`, async () => {
      const { cloud, provider } = world;
      const before = await snapshot(provider, [deviceClassPda(H100)]);
      await refused(cloud.setDeviceClass(signer === "governance" ? world.governance : await funded(provider), change), error);
      expect(await snapshot(provider, [deviceClassPda(H100)])).to.deep.equal(before);
    });
  }

  it("hands roles over only by governance, never to the default key", async () => {
    const { cloud, governance, provider } = world;
    const next = Keypair.generate().publicKey;
    await refused(cloud.setRole(await funded(provider), "orchestrator", next), "Unauthorized");
    await refused(cloud.setRole(governance, "orchestrator", PublicKey.default), "InvalidAuthority");
    const result = await cloud.setRole(governance, "orchestrator", next);
    expect(theEvent(result, "cloudRoleChanged").data.authority.equals(next)).to.equal(true);
    await cloud.setRole(governance, "orchestrator", world.orchestrator.publicKey);
  });

  it("sends slashed IO to the treasury only with a treasury account (TreasuryRequired)", async () => {
    const { cloud, governance } = world;
    await refused(cloud.setSlashDestination(governance, "treasury"), "TreasuryRequired");
    const usdcAccount = await tokenAccount(world.provider, world.usdcMint, governance.publicKey);
    await refused(cloud.setSlashDestination(governance, "treasury", usdcAccount), "WrongTreasury");
    await refused(cloud.setSlashDestination(await funded(world.provider), "burn"), "Unauthorized");
  });
});

describe("io_cloud: workers and stake", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  it("registers a device with an empty vault; the minimum stake follows the class multiplier", async () => {
    const authority = await funded(world.provider);
    const deviceId = newDeviceId();
    const { worker, result } = await world.cloud.registerWorker(authority, {
      deviceId,
      deviceClass: H100,
      gpus: 2,
      region: "eu-west",
      pricePerGpuHour: USDC(3),
      askIoPerGpuHour: IO(2),
    });
    expect(worker.equals(workerPda(authority.publicKey, deviceId))).to.equal(true);
    const event = theEvent(result, "workerRegistered").data;
    expect(event.minStake.toString()).to.equal(IO(4_000).toString()); // 200 × 10 × 2
    expect(event.header.seq.toString()).to.equal("1");
    expect(event.pricePerGpuHour.toString()).to.equal(USDC(3).toString());
    expect(event.askIoPerGpuHour.toString()).to.equal(IO(2).toString());
    const account = (await world.cloud.fetchWorker(worker))!;
    expect(account.gpus).to.equal(2);
    expect(account.weight.eligible).to.equal(false);
    expect(account.askIoPerGpuHour.toString()).to.equal(IO(2).toString());
    expect(account.classEnabled).to.equal(true);
    expect(account.rentalEnd.toString()).to.equal("0");
    expect(await balance(world.provider, stakeVaultPda(worker))).to.equal(0n);
    // Registration creates the worker's io_rewards account (not yet eligible) in the same instruction.
    const reward = (await world.rewards.fetchWorkerReward(worker))!;
    expect(reward.worker.equals(worker)).to.equal(true);
    expect(reward.owner.equals(authority.publicKey)).to.equal(true);
    expect(reward.eligible).to.equal(false);
    expect(reward.share.class).to.deep.equal({ none: {} });
    const watched = [worker, stakeVaultPda(worker), workerRewardPda(worker)];
    const before = await snapshot(world.provider, watched);
    await refused(
      world.cloud.registerWorker(authority, { deviceId, deviceClass: RTX4070, gpus: 1, region: "x", pricePerGpuHour: 1n, askIoPerGpuHour: 1n }),
      "WorkerAlreadyRegistered",
    );
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  /** Registers with `change` applied to a valid registration; expects `error` and that nothing was created. */
  async function refusedRegistration(change: Partial<WorkerRegisterInput>, error: string): Promise<void> {
    const authority = await funded(world.provider);
    const base = { deviceId: newDeviceId(), deviceClass: H100, gpus: 1, region: "us", pricePerGpuHour: 1n, askIoPerGpuHour: 1n };
    await refused(world.cloud.registerWorker(authority, { ...base, ...change }), error);
    const worker = workerPda(authority.publicKey, base.deviceId);
    expect(await world.cloud.fetchWorker(worker)).to.equal(null);
    expect(await world.rewards.fetchWorkerReward(worker)).to.equal(null);
  }

  const refusedRegistrations: [string, Partial<WorkerRegisterInput>, string][] = [
    ["no GPUs", { gpus: 0 }, "InvalidGpuCount"],
    ["65 GPUs", { gpus: 65 }, "InvalidGpuCount"],
    ["a zero USD ask", { pricePerGpuHour: 0n }, "ZeroPrice"],
    ["a zero IO ask", { askIoPerGpuHour: 0n }, "ZeroPrice"],
  ];
  for (const [what, change, error] of refusedRegistrations) {
    it(`refuses a registration with ${what} (${error}), creating nothing`, () => refusedRegistration(change, error));
  }

  it("refuses a registration in a disabled device class (DeviceClassDisabled), creating nothing", async () => {
    await world.cloud.setDeviceClass(world.governance, { classId: 9, name: "retired", multiplierBps: 10_000, enabled: false });
    await refusedRegistration({ deviceClass: 9 }, "DeviceClassDisabled");
  });

  it("is eligible only with the minimum stake and a successful proof; each change reports the weight", async () => {
    const w = await readyWorker(world, { gpus: 2, stake: IO(3_999), prove: false });
    expect((await world.cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(false);
    await prove(world, w.worker);
    expect((await world.cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(false);
    const io = await fundIo(world, w.authority.publicKey, IO(1));
    const result = await world.cloud.stake(w.authority, w.worker, io, IO(1));
    const changed = theEvent(result, "workerWeightChanged").data;
    expect(changed.reason).to.deep.equal({ staked: {} });
    expect(changed.weight.eligible).to.equal(true);
    expect(changed.weight.busy).to.equal(false);
    expect(changed.weight.baseWeight.toString()).to.equal("200000"); // 10x in bps × 2 GPUs
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(4_000));
    // The stake granted io_rewards the weight itself: eligible and idle, leased until the proof lapses.
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.eligible).to.equal(true);
    expect(reward.busy).to.equal(false);
    expect(reward.share.class).to.deep.equal({ idle: {} });
    expect(reward.share.baseWeight.toString()).to.equal("200000");
    const account = (await world.cloud.fetchWorker(w.worker))!;
    expect(reward.share.leaseEndHour.toString()).to.equal((toBigInt(account.lastProofHour) + 2n).toString());
    // Staking more changes no weight: no event.
    const more = await fundIo(world, w.authority.publicKey, IO(1));
    const again = await world.cloud.stake(w.authority, w.worker, more, IO(1));
    expect(again.events.filter((e) => e.name === "workerWeightChanged")).to.have.length(0);
  });

  it("refuses staking by anyone but the worker's authority (NotWorkerAuthority) and zero (ZeroAmount)", async () => {
    const w = await readyWorker(world);
    const other = await funded(world.provider);
    const io = await fundIo(world, other.publicKey, IO(10));
    const before = await snapshot(world.provider, [w.worker, stakeVaultPda(w.worker)]);
    await refused(world.cloud.stake(other, w.worker, io, IO(10)), "NotWorkerAuthority");
    await refused(world.cloud.stake(w.authority, w.worker, w.io, 0n), "ZeroAmount");
    await refused(world.cloud.stake(w.authority, w.worker, stakeVaultPda(w.worker), 1n), "DuplicateAccount");
    expect(await snapshot(world.provider, [w.worker, stakeVaultPda(w.worker)])).to.deep.equal(before);
  });

  /** An RTX 4070 worker (200 IO staked) that has just asked to unstake 50 IO. */
  async function unstakingWorker() {
    const w = await readyWorker(world, { deviceClass: RTX4070, gpus: 1 });
    const result = await world.cloud.unstake(w.authority, w.worker, IO(50));
    return { w, result, requestedAt: await clockNow(world.context) };
  }

  const refusedUnstakes: [string, (w: ReadyWorker) => Promise<unknown>, string][] = [
    ["unstaking more than staked", (w) => world.cloud.unstake(w.authority, w.worker, IO(201)), "InsufficientStake"],
    ["unstaking zero", (w) => world.cloud.unstake(w.authority, w.worker, 0n), "ZeroAmount"],
    ["unstaking by anyone but the authority", async (w) => world.cloud.unstake(await funded(world.provider), w.worker, IO(1)), "NotWorkerAuthority"],
    ["a withdrawal with nothing unstaking", (w) => world.cloud.withdraw(w.authority, w.worker, w.io), "NothingUnstaking"],
  ];
  for (const [what, action, error] of refusedUnstakes) {
    it(`refuses ${what} (${error})`, async () => {
      const w = await readyWorker(world, { deviceClass: RTX4070, gpus: 1 });
      await refused(action(w), error);
    });
  }

  it("unstakes with a 14-day cooldown: ineligible at once", async () => {
    const { result, requestedAt } = await unstakingWorker();
    const event = theEvent(result, "workerStakeChanged").data;
    expect(event.staked.toString()).to.equal(IO(150).toString());
    expect(event.unstaking.toString()).to.equal(IO(50).toString());
    expect(event.unstakeAvailableAt.toString()).to.equal((requestedAt + 14n * DAY).toString());
    expect(theEvent(result, "workerWeightChanged").data.weight.eligible).to.equal(false);
  });

  it("refuses a second unstake while one is pending (UnstakePending)", async () => {
    const { w } = await unstakingWorker();
    await refused(world.cloud.unstake(w.authority, w.worker, IO(1)), "UnstakePending");
  });

  it("refuses withdrawing a second before the cooldown is over (CooldownNotOver), changing nothing", async () => {
    const { w } = await unstakingWorker();
    await world.context.advanceSeconds(14n * DAY - 1n);
    const before = await snapshot(world.provider, [w.worker, stakeVaultPda(w.worker), w.io]);
    await refused(world.cloud.withdraw(w.authority, w.worker, w.io), "CooldownNotOver");
    expect(await snapshot(world.provider, [w.worker, stakeVaultPda(w.worker), w.io])).to.deep.equal(before);
  });

  it("refuses withdrawing into the stake vault itself (DuplicateAccount)", async () => {
    const { w } = await unstakingWorker();
    await world.context.advanceSeconds(14n * DAY);
    await refused(world.cloud.withdraw(w.authority, w.worker, stakeVaultPda(w.worker)), "DuplicateAccount");
  });

  it("withdraws once the cooldown is over", async () => {
    const { w } = await unstakingWorker();
    await world.context.advanceSeconds(14n * DAY);
    await world.cloud.withdraw(w.authority, w.worker, w.io);
    expect(await balance(world.provider, w.io)).to.equal(IO(50));
    expect(await balance(world.provider, stakeVaultPda(w.worker))).to.equal(IO(150));
  });

  const refusedSlashes: [string, "stranger" | "slasher", bigint, string][] = [
    ["by anyone but the slashing authority", "stranger", IO(1), "NotSlashingAuthority"],
    ["of more than staked", "slasher", IO(2_001), "InsufficientStake"],
    ["of zero", "slasher", 0n, "ZeroAmount"],
  ];
  for (const [what, signer, amount, error] of refusedSlashes) {
    it(`refuses a slash ${what} (${error})`, async () => {
      const w = await readyWorker(world, { gpus: 1 });
      const slasher = signer === "slasher" ? world.slasher : await funded(world.provider);
      await refused(world.cloud.slash(slasher, w.worker, { amount, reasonCode: 1, evidenceHash: new Uint8Array(32).fill(9) }), error);
    });
  }

  it("slashes with a reason and evidence into appeal: the IO stays in the stake vault, out of the stake, for 30 days", async () => {
    const { cloud, provider, slasher } = world;
    const w = await readyWorker(world, { gpus: 1 });
    const evidence = new Uint8Array(32).fill(9);
    const supplyBefore = (await getMint(provider.connection, world.ioMint)).supply;
    const vaultBefore = await balance(provider, stakeVaultPda(w.worker));
    const { case: slashCase, result } = await cloud.slash(slasher, w.worker, { amount: IO(100), reasonCode: 7, evidenceHash: evidence });
    const event = theEvent(result, "workerSlashed").data;
    expect(event.case.equals(slashCase)).to.equal(true);
    expect([event.caseId, event.reasonCode]).to.deep.equal([0, 7]);
    expect(Buffer.from(event.evidenceHash).equals(Buffer.from(evidence))).to.equal(true);
    expect([event.staked, event.inAppeal, event.slashedTotal].map(String)).to.deep.equal([IO(1_900), IO(100), 0n].map(String));
    expect(toBigInt(event.appealEndsAt)).to.equal((await clockNow(world.context)) + 30n * 86_400n);
    // Nothing burned or moved yet.
    expect((await getMint(provider.connection, world.ioMint)).supply).to.equal(supplyBefore);
    expect(await balance(provider, stakeVaultPda(w.worker))).to.equal(vaultBefore);
    const account = (await cloud.fetchSlashCase(slashCase))!;
    expect([account.worker.equals(w.worker), account.owner.equals(w.authority.publicKey), account.payer.equals(slasher.publicKey)]).to.deep.equal([true, true, true]);
    // Below the minimum: no longer eligible.
    const weight = theEvent(result, "workerWeightChanged").data;
    expect(weight.reason).to.deep.equal({ slashed: {} });
    expect(weight.weight.eligible).to.equal(false);
    // The next slash opens the next case.
    const second = await cloud.slash(slasher, w.worker, { amount: IO(1), reasonCode: 2, evidenceHash: evidence });
    expect(theEvent(second.result, "workerSlashed").data.caseId).to.equal(1);
    expect((await cloud.slashCases(w.worker)).map((c) => c.account.id).sort()).to.deep.equal([0, 1]);
  });

  it("slashes unstaking IO after the staked IO", async () => {
    const w = await readyWorker(world, { deviceClass: RTX4070 });
    await world.cloud.unstake(w.authority, w.worker, IO(150));
    await world.cloud.slash(world.slasher, w.worker, { amount: IO(100), reasonCode: 3, evidenceHash: new Uint8Array(32) });
    const account = (await world.cloud.fetchWorker(w.worker))!;
    expect(account.staked.toString()).to.equal("0");
    expect(account.unstaking.toString()).to.equal(IO(100).toString());
    expect(account.inAppeal.toString()).to.equal(IO(100).toString());
  });

  it("a slash voids the current proof: ineligible even above the minimum until the next good proof", async () => {
    const { cloud, context, slasher } = world;
    const w = await readyWorker(world, { deviceClass: RTX4070, stake: IO(1_000) }); // 800 IO above the minimum
    const { result } = await cloud.slash(slasher, w.worker, { amount: IO(1), reasonCode: 4, evidenceHash: new Uint8Array(32) });
    const changed = theEvent(result, "workerWeightChanged").data;
    expect(changed.reason).to.deep.equal({ slashed: {} });
    expect(changed.previous.eligible).to.equal(true);
    expect(changed.weight.eligible).to.equal(false);
    const account = (await cloud.fetchWorker(w.worker))!;
    expect(account.staked.toString()).to.equal(IO(999).toString());
    expect(account.lastProofOk).to.equal(false);
    expect((await world.rewards.fetchWorkerReward(w.worker))!.eligible).to.equal(false);
    // A refresh does not bring it back, nor a second proof for the same hour.
    const refreshed = await cloud.refreshWorker(w.worker);
    expect(refreshed.events.filter((e) => e.name === "workerWeightChanged")).to.have.length(0);
    await refused(prove(world, w.worker), "ProofOutOfOrder");
    await context.advanceSeconds(HOUR);
    await prove(world, w.worker);
    expect((await cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(true);
    expect((await world.rewards.fetchWorkerReward(w.worker))!.eligible).to.equal(true);
  });

  const refusedUpdates: [string, "stranger" | "authority", WorkerUpdateInput, string][] = [
    ["a zero USD ask", "authority", { pricePerGpuHour: 0n }, "ZeroPrice"],
    ["a zero IO ask", "authority", { askIoPerGpuHour: 0n }, "ZeroPrice"],
    ["no GPUs", "authority", { gpus: 0 }, "InvalidGpuCount"],
    ["by anyone but the authority", "stranger", { region: "x" }, "NotWorkerAuthority"],
  ];
  for (const [what, signer, change, error] of refusedUpdates) {
    it(`refuses an update ${signer === "stranger" ? what : `to ${what}`} (${error}), changing nothing`, async () => {
      const w = await readyWorker(world, { gpus: 1 });
      const before = await snapshot(world.provider, [w.worker, workerRewardPda(w.worker)]);
      await refused(world.cloud.updateWorker(signer === "authority" ? w.authority : await funded(world.provider), w.worker, change), error);
      expect(await snapshot(world.provider, [w.worker, workerRewardPda(w.worker)])).to.deep.equal(before);
    });
  }

  it("updates region and both asks; GPU count changes the minimum", async () => {
    const w = await readyWorker(world, { gpus: 1 });
    // An ask changes no weight: no weight event.
    const asks = await world.cloud.updateWorker(w.authority, w.worker, { askIoPerGpuHour: IO(3) });
    expect(theEvent(asks, "workerUpdated").data.askIoPerGpuHour.toString()).to.equal(IO(3).toString());
    expect(asks.events.filter((e) => e.name === "workerWeightChanged")).to.have.length(0);
    const result = await world.cloud.updateWorker(w.authority, w.worker, { gpus: 2, region: "ap-south", pricePerGpuHour: 5n });
    expect(theEvent(result, "workerUpdated").data.minStake.toString()).to.equal(IO(4_000).toString());
    const account = (await world.cloud.fetchWorker(w.worker))!;
    expect(account.pricePerGpuHour.toString()).to.equal("5");
    expect(account.askIoPerGpuHour.toString()).to.equal(IO(3).toString());
    // Twice the GPUs with the same stake: below the minimum now.
    expect(theEvent(result, "workerWeightChanged").data.weight.eligible).to.equal(false);
  });

  it("picks up a governed multiplier change on refresh", async () => {
    const w = await readyWorker(world, { deviceClass: RTX4070, gpus: 4 }); // 800 IO staked
    await world.cloud.setDeviceClass(world.governance, { classId: RTX4070, name: "NVIDIA RTX 4070", multiplierBps: 15_000 });
    const result = await world.cloud.refreshWorker(w.worker);
    expect(theEvent(result, "workerUpdated").data.minStake.toString()).to.equal(IO(1_200).toString());
    const changed = theEvent(result, "workerWeightChanged").data;
    expect(changed.weight.baseWeight.toString()).to.equal("60000");
    expect(changed.weight.eligible).to.equal(false);
    await world.cloud.setDeviceClass(world.governance, { classId: RTX4070, name: "NVIDIA RTX 4070", multiplierBps: 2_500 });
  });

  it("deregisters only when unstaked (StakeNotWithdrawn); closes both accounts and returns the rent", async () => {
    const { cloud, context, provider } = world;
    const w = await readyWorker(world, { deviceClass: RTX4070 });
    await refused(cloud.deregister(w.authority, w.worker), "StakeNotWithdrawn");
    await refused(cloud.deregister(await funded(provider), w.worker, w.io), "NotWorkerAuthority");
    await cloud.unstake(w.authority, w.worker, IO(200));
    await refused(cloud.deregister(w.authority, w.worker), "StakeNotWithdrawn");
    await context.advanceSeconds(14n * DAY);
    await cloud.withdraw(w.authority, w.worker, w.io);
    const lamportsBefore = BigInt(await provider.connection.getBalance(w.authority.publicKey));
    const rent = BigInt((await provider.connection.getAccountInfo(w.worker))!.lamports) +
      BigInt((await provider.connection.getAccountInfo(stakeVaultPda(w.worker)))!.lamports);
    const result = await cloud.deregister(w.authority, w.worker);
    expect(theEvent(result, "workerDeregistered").data.dustSwept.toString()).to.equal("0");
    expect(await provider.connection.getAccountInfo(w.worker)).to.equal(null);
    expect(await provider.connection.getAccountInfo(stakeVaultPda(w.worker))).to.equal(null);
    const lamportsAfter = BigInt(await provider.connection.getBalance(w.authority.publicKey));
    expect(lamportsAfter - lamportsBefore).to.equal(rent);
    // Its io_rewards account stays (with whatever it may still claim), with no weight.
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.eligible).to.equal(false);
    expect(reward.share.class).to.deep.equal({ none: {} });
  });

  it("deregistering sweeps IO sent to the stake vault from outside to the authority's IO account", async () => {
    const { cloud, context, provider } = world;
    const w = await readyWorker(world, { deviceClass: RTX4070 });
    await cloud.unstake(w.authority, w.worker, IO(200));
    // While unstaking, the stake is not withdrawn, dust or not.
    await sendInstructions(provider, [createTransferInstruction(world.ioHolderAccount, stakeVaultPda(w.worker), world.ioHolder.publicKey, 7n)], [world.ioHolder]);
    await refused(cloud.deregister(w.authority, w.worker), "StakeNotWithdrawn");
    await context.advanceSeconds(14n * DAY);
    await cloud.withdraw(w.authority, w.worker, w.io);
    expect(await balance(provider, w.io)).to.equal(IO(200));
    expect(await balance(provider, stakeVaultPda(w.worker))).to.equal(7n);
    const stranger = await tokenAccount(provider, world.ioMint, Keypair.generate().publicKey);
    await refused(cloud.deregister(w.authority, w.worker, stranger), "ConstraintTokenOwner");
    await refused(cloud.deregister(w.authority, w.worker, stakeVaultPda(w.worker)), "DuplicateAccount");
    const result = await cloud.deregister(w.authority, w.worker);
    expect(theEvent(result, "workerDeregistered").data.dustSwept.toString()).to.equal("7");
    expect(await balance(provider, w.io)).to.equal(IO(200) + 7n);
    expect(await provider.connection.getAccountInfo(w.worker)).to.equal(null);
  });
});

describe("io_cloud: uptime", () => {
  let world: CloudWorld;

  before(async () => {
    world = await cloudWorld();
  });

  /** Proofs refused for a worker proven this hour: by whom, for which hour (from this one), the error. */
  const refusedProofs: [string, "stranger" | "verifier", bigint, string][] = [
    ["by anyone but the verifier", "stranger", 0n, "NotUptimeVerifier"],
    ["for a future hour", "verifier", 1n, "ProofHourInFuture"],
    ["for the hour already proven", "verifier", 0n, "ProofOutOfOrder"],
    ["for an earlier hour", "verifier", -1n, "ProofOutOfOrder"],
  ];
  for (const [what, signer, offset, error] of refusedProofs) {
    it(`refuses a proof ${what} (${error}), changing nothing`, async () => {
      const w = await readyWorker(world);
      const hour = hourOf(await clockNow(world.context)) + offset;
      const before = await snapshot(world.provider, [w.worker]);
      const verifier = signer === "verifier" ? world.verifier : await funded(world.provider);
      await refused(world.cloud.recordUptime(verifier, w.worker, { hour, ok: true, resultHash: new Uint8Array(32) }), error);
      expect(await snapshot(world.provider, [w.worker])).to.deep.equal(before);
    });
  }

  it("a failed proof makes the worker ineligible until the next success", async () => {
    const w = await readyWorker(world);
    await world.context.advanceSeconds(HOUR);
    const failed = await world.cloud.recordUptime(world.verifier, w.worker, {
      hour: hourOf(await clockNow(world.context)),
      ok: false,
      resultHash: new Uint8Array(32),
    });
    expect(theEvent(failed, "uptimeRecorded").data.ok).to.equal(false);
    expect(theEvent(failed, "workerWeightChanged").data.weight.eligible).to.equal(false);
    await world.context.advanceSeconds(HOUR);
    await prove(world, w.worker);
    expect((await world.cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(true);
  });

  it("a good proof each hour renews the rewards lease without a weight event", async () => {
    const w = await readyWorker(world);
    const hour = hourOf(await clockNow(world.context));
    expect((await world.rewards.fetchWorkerReward(w.worker))!.share.leaseEndHour.toString()).to.equal((hour + 2n).toString());
    await world.context.advanceSeconds(HOUR);
    const renewed = await world.cloud.recordUptime(world.verifier, w.worker, { hour: hour + 1n, ok: true, resultHash: new Uint8Array(32) });
    expect(theEvent(renewed, "uptimeRecorded").data.ok).to.equal(true);
    expect(renewed.events.filter((e) => e.name === "workerWeightChanged")).to.have.length(0);
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(reward.share.leaseEndHour.toString()).to.equal((hour + 3n).toString());
    expect(reward.share.class).to.deep.equal({ idle: {} });
  });

  it("a proof re-reads the device class: a governed multiplier and a disabled class apply from it on", async () => {
    const { cloud, governance } = world;
    await cloud.setDeviceClass(governance, { classId: 7, name: "test class", multiplierBps: 10_000 });
    const w = await readyWorker(world, { deviceClass: 7, stake: IO(400) }); // 200 IO minimum at 1x
    expect((await cloud.fetchWorker(w.worker))!.weight.baseWeight.toString()).to.equal("10000");
    await cloud.setDeviceClass(governance, { classId: 7, name: "test class", multiplierBps: 20_000 });
    await world.context.advanceSeconds(HOUR);
    const doubled = theEvent(await world.cloud.recordUptime(world.verifier, w.worker, {
      hour: hourOf(await clockNow(world.context)),
      ok: true,
      resultHash: new Uint8Array(32),
    }), "workerWeightChanged").data;
    expect(doubled.reason).to.deep.equal({ uptime: {} });
    expect(doubled.weight.baseWeight.toString()).to.equal("20000");
    expect(doubled.weight.eligible).to.equal(true); // 400 IO = the new minimum
    expect((await cloud.fetchWorker(w.worker))!.multiplierBps).to.equal(20_000);
    expect((await world.rewards.fetchWorkerReward(w.worker))!.share.baseWeight.toString()).to.equal("20000");

    await cloud.setDeviceClass(governance, { classId: 7, name: "test class", multiplierBps: 20_000, enabled: false });
    await world.context.advanceSeconds(HOUR);
    const disabled = theEvent(await world.cloud.recordUptime(world.verifier, w.worker, {
      hour: hourOf(await clockNow(world.context)),
      ok: true,
      resultHash: new Uint8Array(32),
    }), "workerWeightChanged").data;
    expect(disabled.weight.eligible).to.equal(false);
    expect((await cloud.fetchWorker(w.worker))!.classEnabled).to.equal(false);
    expect((await world.rewards.fetchWorkerReward(w.worker))!.eligible).to.equal(false);
    await cloud.setDeviceClass(governance, { classId: 7, name: "test class", multiplierBps: 20_000 });
    await cloud.refreshWorker(w.worker);
    expect((await cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(true);
  });

  it("a missing hour makes the worker ineligible (reported by a permissionless refresh) until the next success", async () => {
    const w = await readyWorker(world);
    // The proof of hour h covers hours h and h + 1; at hour h + 2 one hour is missing.
    const start = await clockNow(world.context);
    const nextHourStart = (hourOf(start) + 1n) * HOUR;
    await setUnixTime(world.context, nextHourStart + HOUR - 1n);
    const quiet = await world.cloud.refreshWorker(w.worker);
    expect(quiet.events.filter((e) => e.name === "workerWeightChanged")).to.have.length(0);
    await world.context.advanceSeconds(1);
    const lapsed = await world.cloud.refreshWorker(w.worker);
    const changed = theEvent(lapsed, "workerWeightChanged").data;
    expect(changed.reason).to.deep.equal({ refreshed: {} });
    expect(changed.weight.eligible).to.equal(false);
    await prove(world, w.worker);
    expect((await world.cloud.fetchWorker(w.worker))!.weight.eligible).to.equal(true);
  });
});
