import { expect } from "chai";
import { getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from "@solana/web3.js";

import {
  buildInstruction,
  cloudConfigPda,
  creditsConfigPda,
  deviceClassPda,
  escrowPda,
  feeVaultPda,
  ioPrograms,
  IoPrograms,
  iosdMintPda,
  PROGRAM_IDS,
  regionCode,
  rentalPda,
  rewardsSyncAccounts,
  stakeVaultPda,
  tenderPda,
  u64,
  workerPda,
  workerRewardPda,
} from "@ionet/sdk";

import { newBank } from "./support.js";

const key = () => Keypair.generate().publicKey;

/** What the comparison reads of an instruction: program, account metas, data. */
const shape = (ix: TransactionInstruction) => ({
  programId: ix.programId.toBase58(),
  keys: ix.keys.map((meta) => ({ pubkey: meta.pubkey.toBase58(), isSigner: meta.isSigner, isWritable: meta.isWritable })),
  data: ix.data.toString("hex"),
});

describe("buildInstruction: the synchronous builder equals Anchor's", () => {
  let programs: IoPrograms;

  before(async () => {
    programs = ioPrograms((await newBank()).provider);
  });

  it("nested composites and cross-program PDAs (worker_register: rewards.rewards on io_rewards)", async () => {
    const authority = key();
    const ioMint = key();
    const deviceId = new Uint8Array(16).fill(7);
    const worker = workerPda(authority, deviceId);
    const args = {
      deviceId: Array.from(deviceId),
      gpus: 8,
      region: regionCode("eu-west"),
      pricePerGpuHour: u64(2_000_000n),
      askIoPerGpuHour: u64(300_000_000n),
    };
    const accounts = {
      authority,
      deviceClass: deviceClassPda(1),
      worker,
      stakeVault: stakeVaultPda(worker),
      ioMint,
      rewards: { workerReward: workerRewardPda(worker) },
    };
    const anchor = await programs.cloud.methods
      .workerRegister(args)
      .accountsPartial({
        ...accounts,
        config: cloudConfigPda(),
        rewards: { workerReward: workerRewardPda(worker), rewards: rewardsSyncAccounts() },
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    const built = buildInstruction("io_cloud", "workerRegister", { args }, accounts);
    expect(shape(built)).to.deep.equal(shape(anchor));
    expect(built.keys).to.have.length(12);
  });

  it("a composite with optional accounts, absent and present (rental_book's payment)", async () => {
    const renter = key();
    const tenderMint = key();
    const rental = rentalPda(renter, 9n);
    const args = {
      nonce: u64(9n),
      deviceClass: 1,
      gpus: 4,
      hours: 3,
      pricePerGpuHour: u64(2_000_000n),
      region: regionCode(""),
      reservationInIosd: false,
    };
    const common = { renter, deviceClass: deviceClassPda(1), rental, escrow: escrowPda(rental), tenderMint };
    const payment = {
      tender: tenderPda(tenderMint),
      renterToken: getAssociatedTokenAddressSync(tenderMint, renter, true),
      feeVault: feeVaultPda(tenderMint),
    };
    const iosd = { renterIosd: key(), iosdMint: iosdMintPda() };
    const fixedPayment = { creditsConfig: creditsConfigPda(), creditsProgram: PROGRAM_IDS.io_credits };
    const anchorBook = (paymentAccounts: object) =>
      programs.cloud.methods
        .rentalBook(args)
        .accountsPartial({
          ...common,
          payment: { ...fixedPayment, ...paymentAccounts } as never,
          tokenProgram: TOKEN_PROGRAM_ID,
          systemProgram: SystemProgram.programId,
        })
        .instruction();

    const absent = { renterIosd: null, iosdMint: null, token2022Program: null };
    const withoutIosd = buildInstruction("io_cloud", "rentalBook", { args }, { ...common, payment: { ...payment, ...absent } });
    expect(shape(withoutIosd)).to.deep.equal(shape(await anchorBook({ ...payment, ...absent })));
    const programId = PROGRAM_IDS.io_cloud.toBase58();
    expect(withoutIosd.keys.slice(9, 12).map((meta) => [meta.pubkey.toBase58(), meta.isWritable])).to.deep.equal([
      [programId, false],
      [programId, false],
      [programId, false],
    ]);

    // With IOSD the Token-2022 program is the IDL's fixed address.
    const withIosd = buildInstruction("io_cloud", "rentalBook", { args }, { ...common, payment: { ...payment, ...iosd } });
    expect(shape(withIosd)).to.deep.equal(shape(await anchorBook({ ...payment, ...iosd, token2022Program: TOKEN_2022_PROGRAM_ID })));
  });

  it("optional cross-program PDAs and remaining accounts (rental_assign)", async () => {
    const orchestrator = key();
    const rental = key();
    const tenderMint = key();
    const priceUpdate = key();
    const workers = [key(), key()].flatMap((worker) => [worker, workerRewardPda(worker)]);
    const remaining = workers.map((pubkey) => ({ pubkey, isSigner: false, isWritable: true }));
    const accounts = { orchestrator, rental, tender: tenderPda(tenderMint), tenderMint };
    const anchorAssign = (optional: { creditsConfig: PublicKey | null; priceUpdate: PublicKey | null }) =>
      programs.cloud.methods
        .rentalAssign()
        .accountsPartial({ ...accounts, ...optional, config: cloudConfigPda(), rewards: rewardsSyncAccounts() })
        .remainingAccounts(remaining)
        .instruction();

    // Left out, the optional config PDA is filled (as Anchor fills it); `null` makes it absent.
    const priced = buildInstruction("io_cloud", "rentalAssign", {}, { ...accounts, priceUpdate }, remaining);
    expect(shape(priced)).to.deep.equal(shape(await anchorAssign({ creditsConfig: creditsConfigPda(), priceUpdate })));
    const unpriced = buildInstruction("io_cloud", "rentalAssign", {}, { ...accounts, creditsConfig: null, priceUpdate: null }, remaining);
    expect(shape(unpriced)).to.deep.equal(shape(await anchorAssign({ creditsConfig: null, priceUpdate: null })));
  });

  it("an account the IDL leaves open is taken as given (io_credits' fee_pay token program)", async () => {
    const payer = key();
    const mint = key();
    const source = key();
    const accounts = { payer, tender: tenderPda(mint), mint, source, vault: feeVaultPda(mint), tokenProgram: TOKEN_2022_PROGRAM_ID };
    const args = { amount: u64(5n) };
    const anchor = await programs.credits.methods
      .feePay(args)
      .accountsPartial({ ...accounts, config: creditsConfigPda() })
      .instruction();
    expect(shape(buildInstruction("io_credits", "feePay", { args }, accounts))).to.deep.equal(shape(anchor));
  });

  it("names a missing required account, an absent required one and an unknown instruction", () => {
    const worker = key();
    expect(() => buildInstruction("io_cloud", "workerSyncRewards", {}, { worker, rewards: {} })).to.throw(
      "io_cloud.workerSyncRewards: missing account `rewards.workerReward`",
    );
    expect(() => buildInstruction("io_cloud", "workerSyncRewards", {}, { worker: null, rewards: { workerReward: key() } })).to.throw(
      "io_cloud.workerSyncRewards: missing account `worker`",
    );
    expect(() => buildInstruction("io_cloud", "rentalExplode", {}, {})).to.throw("io_cloud has no instruction `rentalExplode`");
  });
});
