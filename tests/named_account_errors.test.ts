/**
 * Every `has_one` names its error. Each case sends the SDK's own transaction with one account the
 * program's config or record names swapped for an impostor of the same type (another IO-like
 * mint, another token account of the same mint, a byte-for-byte copy of io_token's config at
 * another address): the transaction an attacker would craft. Each is refused with the named
 * error, and every writable account of the transaction (but the fee payer's lamports) is byte
 * for byte unchanged. (A refused `has_one` also prints the two keys it compared: Anchor logs them
 * with `Pubkey::log`, which off-chain prints to stdout rather than to the transaction's logs.)
 */
import { expect } from "chai";
import { Keypair, PublicKey, Transaction } from "@solana/web3.js";

import { HarnessProvider } from "@ionet/harness";
import { createTokenMint, escrowPda, IO, IoRewardsClient, PROGRAM_IDS, ProgramName, stakeVaultPda, tokenConfigPda, USDC, vestingPda, vestingVaultPda } from "@ionet/sdk";

import { expectRefusal, funded, HOUR, initializedToken, snapshot, tokenAccount } from "./support.js";
import { cloudWorld, CloudWorld, fundIo, fundUsdc, H100, newDeviceId, ReadyWorker, readyWorker } from "./support_io_cloud.js";
import { daoWorld, YEAR } from "./support_io_dao.js";
import { newWorker, rewardsWorld } from "./support_io_rewards.js";

/**
 * Runs `action` (an SDK call) with `real` replaced by `impostor` in the instructions of `program`
 * it sends; expects `errorName` and every writable account of the transaction unchanged.
 */
async function refusedWithImpostor(
  provider: HarnessProvider,
  program: ProgramName,
  real: PublicKey,
  impostor: PublicKey,
  action: () => Promise<unknown>,
  errorName: string,
): Promise<void> {
  const send = provider.sendAndConfirm;
  let swapped = 0;
  let writable: PublicKey[] = [];
  let before: string[] = [];
  provider.sendAndConfirm = async (tx, signers, opts) => {
    for (const ix of (tx as Transaction).instructions) {
      if (!ix.programId.equals(PROGRAM_IDS[program])) continue;
      ix.keys = ix.keys.map((meta) => (meta.pubkey.equals(real) ? (swapped++, { ...meta, pubkey: impostor }) : meta));
    }
    const keys = (tx as Transaction).instructions.flatMap((ix) => ix.keys.filter((meta) => meta.isWritable).map((meta) => meta.pubkey.toBase58()));
    // The fee payer pays the fee of a failed transaction too, as on a cluster.
    writable = [...new Set(keys)].filter((key) => key !== provider.wallet.publicKey.toBase58()).map((key) => new PublicKey(key));
    before = await snapshot(provider, writable);
    return send.call(provider, tx, signers, opts);
  };
  try {
    await expectRefusal(action(), errorName, program);
  } finally {
    provider.sendAndConfirm = send;
  }
  expect(swapped, `${real.toBase58()} in the ${program} instruction`).to.equal(1);
  expect(await snapshot(provider, writable)).to.deep.equal(before);
}

/** An 8-decimal mint that is not IO. */
const impostorMint = async (provider: HarnessProvider) => createTokenMint(provider, Keypair.generate().publicKey, 8);

describe("named errors: every has_one constraint, an impostor account in its place", function () {
  this.timeout(300_000);

  describe("io_cloud: the config's IO mint, the worker's stake vault, the rental's escrow", () => {
    let world: CloudWorld;
    let fakeMint: PublicKey;
    let worker: ReadyWorker;
    let serving: ReadyWorker;
    let spare: ReadyWorker;
    let renter: Keypair;
    let rental: PublicKey;
    const refused = (real: PublicKey, impostor: PublicKey, action: () => Promise<unknown>, error: string) =>
      refusedWithImpostor(world.provider, "io_cloud", real, impostor, action, error);
    const fakeIoAccount = async () => fundIo(world, Keypair.generate().publicKey, 0n);

    before(async () => {
      world = await cloudWorld();
      fakeMint = await impostorMint(world.provider);
      worker = await readyWorker(world);
      serving = await readyWorker(world);
      renter = await funded(world.provider, 2);
      const renterToken = await fundUsdc(world, renter.publicKey, USDC(1_000));
      ({ rental } = await world.cloud.book(renter, { nonce: 1n, deviceClass: H100, gpus: 1, hours: 3, pricePerGpuHour: USDC(2), tenderMint: world.usdcMint, renterToken }));
      await world.cloud.assign(world.orchestrator, rental, [serving.worker]);
      spare = await readyWorker(world);
    });

    it("worker_register: another mint as IO (WrongIoMint)", async () => {
      const authority = await funded(world.provider);
      const input = { deviceId: newDeviceId(), deviceClass: H100, gpus: 1, region: "us-east", pricePerGpuHour: USDC(2), askIoPerGpuHour: IO(1) };
      await refused(world.ioMint, fakeMint, () => world.cloud.registerWorker(authority, input), "WrongIoMint");
    });

    it("worker_stake: another mint as IO (WrongIoMint), another IO account as the stake vault (WrongStakeVault)", async () => {
      const source = await fundIo(world, worker.authority.publicKey, IO(10));
      const stake = () => world.cloud.stake(worker.authority, worker.worker, source, IO(10));
      await refused(world.ioMint, fakeMint, stake, "WrongIoMint");
      await refused(stakeVaultPda(worker.worker), await fakeIoAccount(), stake, "WrongStakeVault");
    });

    it("slash_decide: another mint as IO (WrongIoMint), another IO account as the stake vault (WrongStakeVault)", async () => {
      const { case: slashCase } = await world.cloud.slash(world.slasher, worker.worker, { amount: IO(1), reasonCode: 1, evidenceHash: new Uint8Array(32).fill(1) });
      const reverse = () => world.cloud.decideSlash(world.slasher, slashCase, false);
      await refused(world.ioMint, fakeMint, reverse, "WrongIoMint");
      await refused(stakeVaultPda(worker.worker), await fakeIoAccount(), reverse, "WrongStakeVault");
      await reverse();
    });

    it("rental_extend / rental_settle / rental_replace_worker / rental_terminate: another USDC account as the escrow (WrongEscrow)", async () => {
      await world.context.advanceSeconds(Number(HOUR) + 60);
      const fakeEscrow = await fundUsdc(world, Keypair.generate().publicKey, 0n);
      const escrow = escrowPda(rental);
      await refused(escrow, fakeEscrow, () => world.cloud.extend(renter, rental, 1), "WrongEscrow");
      await refused(escrow, fakeEscrow, () => world.cloud.settle(rental), "WrongEscrow");
      await refused(escrow, fakeEscrow, () => world.cloud.replaceWorker(world.orchestrator, rental, serving.worker, spare.worker), "WrongEscrow");
      await refused(escrow, fakeEscrow, () => world.cloud.terminate(renter, rental), "WrongEscrow");
    });

    it("rental_close: another USDC account as the escrow (WrongEscrow)", async () => {
      await world.context.advanceSeconds(Number(3n * HOUR));
      const fakeEscrow = await fundUsdc(world, Keypair.generate().publicKey, 0n);
      await refused(escrowPda(rental), fakeEscrow, () => world.cloud.close(rental), "WrongEscrow");
    });

    it("worker_withdraw and worker_deregister: another mint as IO (WrongIoMint), another IO account as the stake vault (WrongStakeVault)", async () => {
      const staked = (await world.cloud.fetchWorkerOrThrow(worker.worker)).staked;
      await world.cloud.unstake(worker.authority, worker.worker, BigInt(staked.toString()));
      await world.context.advanceSeconds(15 * 86_400);
      const withdraw = () => world.cloud.withdraw(worker.authority, worker.worker, worker.io);
      await refused(world.ioMint, fakeMint, withdraw, "WrongIoMint");
      await refused(stakeVaultPda(worker.worker), await fakeIoAccount(), withdraw, "WrongStakeVault");
      await world.cloud.withdraw(worker.authority, worker.worker, worker.io);
      const deregister = () => world.cloud.deregister(worker.authority, worker.worker, worker.io);
      await refused(world.ioMint, fakeMint, deregister, "WrongIoMint");
      await refused(stakeVaultPda(worker.worker), await fakeIoAccount(), deregister, "WrongStakeVault");
    });
  });

  it("io_dao position_lock / position_withdraw: another mint as IO (WrongIoMint), another IO account as the lock vault (WrongLockVault)", async () => {
    const w = await daoWorld();
    const fakeMint = await impostorMint(w.provider);
    const holder = await w.holder(IO(100));
    const fakeVault = await tokenAccount(w.provider, w.token.mint, Keypair.generate().publicKey);
    const refused = (real: PublicKey, impostor: PublicKey, action: () => Promise<unknown>, error: string) =>
      refusedWithImpostor(w.provider, "io_dao", real, impostor, action, error);
    const lock = () => w.dao.lock(holder.keypair, 0, IO(10), "cliff", YEAR, holder.io, w.token.mint);
    await refused(w.token.mint, fakeMint, lock, "WrongIoMint");
    await refused(w.dao.lockVault, fakeVault, lock, "WrongLockVault");
    await lock();
    await w.advance(YEAR + 1);
    const withdraw = () => w.dao.withdraw(holder.keypair, 0, holder.io, w.token.mint);
    await refused(w.token.mint, fakeMint, withdraw, "WrongIoMint");
    await refused(w.dao.lockVault, fakeVault, withdraw, "WrongLockVault");
  });

  it("io_rewards initialize: another mint than io_token's config names (WrongConfigMint)", async () => {
    const w = await initializedToken();
    const rewards = new IoRewardsClient(w.provider);
    const initialize = () => rewards.initialize(Keypair.generate().publicKey, Keypair.generate().publicKey);
    await refusedWithImpostor(w.provider, "io_rewards", w.token.mint, await impostorMint(w.provider), initialize, "WrongConfigMint");
  });

  it("io_rewards rewards_claim: a copy of io_token's config at another address (WrongTokenConfig), another mint (WrongConfigMint)", async () => {
    const w = await rewardsWorld();
    const worker = await newWorker(w, { baseWeight: 1_000n });
    await w.context.advanceSeconds(Number(HOUR));
    // The impostor config: the real one's bytes, owner and lamports at an address of the attacker's.
    const copy = Keypair.generate().publicKey;
    const real = (await w.provider.connection.getAccountInfo(tokenConfigPda()))!;
    w.context.setAccount(copy, { lamports: real.lamports, data: real.data, owner: real.owner });
    const claim = () => w.rewards.claim(worker.owner, worker.worker, worker.destination);
    await refusedWithImpostor(w.provider, "io_rewards", tokenConfigPda(), copy, claim, "WrongTokenConfig");
    await refusedWithImpostor(w.provider, "io_rewards", w.token.mint, await impostorMint(w.provider), claim, "WrongConfigMint");
  });

  it("io_token genesis / vesting_claim / mint_emission: another mint (WrongMint), another IO account as a schedule's vault (WrongVault)", async () => {
    const w = await initializedToken();
    const fakeMint = await impostorMint(w.provider);
    const refused = (real: PublicKey, impostor: PublicKey, action: () => Promise<unknown>, error: string) =>
      refusedWithImpostor(w.provider, "io_token", real, impostor, action, error);
    const beneficiary = await funded(w.provider);
    const community = await tokenAccount(w.provider, w.token.mint, Keypair.generate().publicKey);
    const treasury = await tokenAccount(w.provider, w.token.mint, Keypair.generate().publicKey);
    const beneficiaries = { seedInvestors: beneficiary.publicKey, seriesA: beneficiary.publicKey, coreContributors: beneficiary.publicKey };
    await refused(w.token.mint, fakeMint, () => w.token.genesis(w.admin, beneficiaries, community, treasury), "WrongMint");
    await w.token.genesis(w.admin, beneficiaries, community, treasury);

    await w.context.advanceSeconds(2 * YEAR);
    const destination = await tokenAccount(w.provider, w.token.mint, beneficiary.publicKey);
    const claim = () => w.token.claimVesting("seedInvestors", beneficiary, destination);
    await refused(w.token.mint, fakeMint, claim, "WrongMint");
    const fakeVault = await tokenAccount(w.provider, w.token.mint, Keypair.generate().publicKey);
    await refused(vestingVaultPda(vestingPda("seedInvestors")), fakeVault, claim, "WrongVault");

    const emitter = await funded(w.provider);
    await w.token.setAuthority(w.admin, "emission", emitter.publicKey);
    await refused(w.token.mint, fakeMint, () => w.token.mintEmission(emitter, destination, IO(1)), "WrongMint");
  });
});
