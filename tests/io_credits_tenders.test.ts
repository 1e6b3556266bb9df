import { expect } from "chai";
import {
  createMintToInstruction,
  createTransferCheckedInstruction,
  getAccount,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  feeVaultPda,
  IO,
  IO_TENDER_FEE_BPS,
  ioFeeBurned,
  NON_IO_TENDER_FEE_BPS,
  ONE_USDC,
  reservationFee,
  sendInstructions,
  tenderFee,
  tenderPda,
  theEvent,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, snapshot, tokenAccount, usdcLikeMint } from "./support.js";
import { CreditsWorld, creditsWorld, ioHolder, supplyOf } from "./support_io_credits.js";

const P = "io_credits";

async function refusedUnchanged(world: CreditsWorld, watched: PublicKey[], action: () => Promise<unknown>, name: string) {
  const before = await snapshot(world.provider, watched);
  await expectRefusal(action(), name, P);
  expect(await snapshot(world.provider, watched)).to.deep.equal(before);
}

describe("io_credits: tender registry", () => {
  let world: CreditsWorld;
  let usdc: PublicKey;

  before(async () => {
    world = await creditsWorld();
    usdc = await usdcLikeMint(world.provider, world.provider.publicKey);
  });

  it("registers IO at 0% and USDC at 2%, each with a fee vault owned by its tender PDA", async () => {
    const io = await world.credits.registerTender(world.governance, world.token.mint, IO_TENDER_FEE_BPS);
    const stable = await world.credits.registerTender(world.governance, usdc, NON_IO_TENDER_FEE_BPS);
    for (const [mint, kind, feeBps, result] of [
      [world.token.mint, "io", 0, io],
      [usdc, "nonIo", 200, stable],
    ] as const) {
      const tender = (await world.credits.fetchTender(mint))!;
      expect(Object.keys(tender.kind)).to.deep.equal([kind]);
      expect(tender.feeBps).to.equal(feeBps);
      expect(tender.enabled).to.equal(true);
      expect(tender.vault.equals(feeVaultPda(mint))).to.equal(true);
      expect(tender.tokenProgram.equals(TOKEN_PROGRAM_ID)).to.equal(true);
      const vault = await getAccount(world.provider.connection, feeVaultPda(mint));
      expect(vault.owner.equals(tenderPda(mint))).to.equal(true);
      expect(vault.mint.equals(mint)).to.equal(true);
      const event = theEvent(result, "tenderRegistered").data;
      expect(event.header.entity.equals(tenderPda(mint))).to.equal(true);
      expect(event.header.seq.toString()).to.equal("1");
      expect(event.feeBps).to.equal(feeBps);
    }
  });

  it("refuses registration by anyone but governance with Unauthorized", async () => {
    const other = await usdcLikeMint(world.provider, world.provider.publicKey);
    const intruder = await funded(world.provider);
    await refusedUnchanged(world, [tenderPda(other), feeVaultPda(other)], () => world.credits.registerTender(intruder, other, 0), "Unauthorized");
  });

  it("refuses a second registration with TenderAlreadyRegistered", async () => {
    await refusedUnchanged(world, [tenderPda(usdc), feeVaultPda(usdc)], () => world.credits.registerTender(world.governance, usdc, 100), "TenderAlreadyRegistered");
  });

  it("refuses a fee above 10% with TenderFeeOutOfBounds", async () => {
    const other = await usdcLikeMint(world.provider, world.provider.publicKey);
    await refusedUnchanged(world, [tenderPda(other)], () => world.credits.registerTender(world.governance, other, 1_001), "TenderFeeOutOfBounds");
  });

  it("refuses IOSD itself as a tender with IosdNotATender", async () => {
    const iosd = world.credits.iosdMint;
    await refusedUnchanged(
      world,
      [tenderPda(iosd), feeVaultPda(iosd)],
      () => world.credits.registerTender(world.governance, iosd, 0, { tokenProgram: TOKEN_2022_PROGRAM_ID }),
      "IosdNotATender",
    );
  });

  it("lets governance change a tender's fee and disable it (tender_set), within bounds", async () => {
    const intruder = await funded(world.provider);
    await refusedUnchanged(world, [tenderPda(usdc)], () => world.credits.setTender(intruder, usdc, 0, true), "Unauthorized");
    await refusedUnchanged(world, [tenderPda(usdc)], () => world.credits.setTender(world.governance, usdc, 1_001, true), "TenderFeeOutOfBounds");
    const result = await world.credits.setTender(world.governance, usdc, 150, false);
    const event = theEvent(result, "tenderUpdated").data;
    expect(event.feeBps).to.equal(150);
    expect(event.enabled).to.equal(false);
    expect(event.header.seq.toString()).to.equal("2");
    const tender = (await world.credits.fetchTender(usdc))!;
    expect(tender.feeBps).to.equal(150);
    expect(tender.enabled).to.equal(false);
  });
});

describe("io_credits: fees into fee vaults (2% USDC, 0% IO, 0.25% reservation, IO burn share)", () => {
  let world: CreditsWorld;
  let usdc: PublicKey;
  let renter: Keypair;
  let renterUsdc: PublicKey;
  let renterIo: PublicKey;
  let treasuryUsdc: PublicKey;

  before(async () => {
    world = await creditsWorld({ ioFeeBurnBps: 5_000 });
    usdc = await usdcLikeMint(world.provider, world.provider.publicKey);
    await world.credits.registerTender(world.governance, world.token.mint, IO_TENDER_FEE_BPS);
    await world.credits.registerTender(world.governance, usdc, NON_IO_TENDER_FEE_BPS);
    const holder = await ioHolder(world, IO(10_000));
    renter = holder.owner;
    renterIo = holder.io;
    renterUsdc = await tokenAccount(world.provider, usdc, renter.publicKey);
    await sendInstructions(world.provider, [createMintToInstruction(usdc, renterUsdc, world.provider.publicKey, 100_000n * ONE_USDC)]);
    treasuryUsdc = await tokenAccount(world.provider, usdc, Keypair.generate().publicKey);
  });

  it("takes 2% of a USDC payment, rounded up by less than one base unit, into the USDC vault", async () => {
    const payment = 1_234_567_891n; // 1,234.567891 USDC
    const fee = tenderFee(payment, NON_IO_TENDER_FEE_BPS);
    expect(fee).to.equal(24_691_358n); // exactly 24,691,357.82
    const result = await world.credits.payFee(renter, usdc, renterUsdc, fee);
    expect(await balance(world.provider, feeVaultPda(usdc))).to.equal(fee);
    expect(await balance(world.provider, renterUsdc)).to.equal(100_000n * ONE_USDC - fee);
    const event = theEvent(result, "feeCollected").data;
    expect(event.received.toString()).to.equal(fee.toString());
    expect(event.burned.toString()).to.equal("0");
    expect(event.vaultBalance.toString()).to.equal(fee.toString());
    expect(event.header.seq.toString()).to.equal("2");
  });

  it("charges 0% on a payment in IO: there is no fee to pay", async () => {
    expect(tenderFee(IO(1_000), IO_TENDER_FEE_BPS)).to.equal(0n);
    await refusedUnchanged(world, [tenderPda(world.token.mint), renterIo], () => world.credits.payFee(renter, world.token.mint, renterIo, 0n), "ZeroAmount");
  });

  it("takes the 0.25% reservation fee from an IO tender and burns the governed 50% share", async () => {
    const fee = reservationFee(IO(1_000)); // a booking worth 1,000 IO without IOSD
    expect(fee).to.equal(IO(25) / 10n);
    const supply = await supplyOf(world.provider, world.token.mint);
    const result = await world.credits.payFee(renter, world.token.mint, renterIo, fee);
    const burned = ioFeeBurned(fee, 5_000);
    expect(burned).to.equal(fee / 2n);
    expect(await supplyOf(world.provider, world.token.mint)).to.equal(supply - burned);
    expect(await balance(world.provider, feeVaultPda(world.token.mint))).to.equal(fee - burned);
    const event = theEvent(result, "feeCollected").data;
    expect(event.burned.toString()).to.equal(burned.toString());
    expect(event.feesBurned.toString()).to.equal(burned.toString());
  });

  it("rounds the burned share up by less than one base unit (3 units: 2 burned, 1 kept)", async () => {
    const vault = feeVaultPda(world.token.mint);
    const before = await balance(world.provider, vault);
    const result = await world.credits.payFee(renter, world.token.mint, renterIo, 3n);
    expect(theEvent(result, "feeCollected").data.burned.toString()).to.equal("2");
    expect(await balance(world.provider, vault)).to.equal(before + 1n);
  });

  it("accounts IO sent to the vault directly at the next fee payment", async () => {
    const vault = feeVaultPda(world.token.mint);
    await sendInstructions(world.provider, [createTransferCheckedInstruction(renterIo, world.token.mint, vault, renter.publicKey, 100n, 8)], [renter]);
    const result = await world.credits.payFee(renter, world.token.mint, renterIo, 10n);
    const event = theEvent(result, "feeCollected").data;
    expect(event.received.toString()).to.equal("110");
    expect(event.burned.toString()).to.equal("55");
    const tender = (await world.credits.fetchTender(world.token.mint))!;
    const books = BigInt(tender.feesReceived.toString()) - BigInt(tender.feesBurned.toString()) - BigInt(tender.feesWithdrawn.toString());
    expect(await balance(world.provider, vault)).to.equal(books);
  });

  it("refuses fee payments that are malformed, each with its named error", async () => {
    const watched = [tenderPda(usdc), feeVaultPda(usdc), renterUsdc, renterIo];
    await refusedUnchanged(world, watched, () => world.credits.payFee(renter, usdc, feeVaultPda(usdc), 1n), "DuplicateAccount");
    await refusedUnchanged(world, watched, () => world.credits.payFee(renter, usdc, renterIo, 1n), "WrongMint");
    const stranger = await funded(world.provider);
    await refusedUnchanged(world, watched, () => world.credits.payFee(stranger, usdc, renterUsdc, 1n), "NotTokenOwner");
    const wrongVault = await world.credits.payFeeIx(renter.publicKey, usdc, renterUsdc, 1n, TOKEN_PROGRAM_ID, treasuryUsdc);
    await refusedUnchanged(world, watched, () => sendInstructions(world.provider, [wrongVault], [renter]), "WrongVault");
    const wrongProgram = await world.credits.payFeeIx(renter.publicKey, usdc, renterUsdc, 1n, TOKEN_2022_PROGRAM_ID);
    await refusedUnchanged(world, watched, () => sendInstructions(world.provider, [wrongProgram], [renter]), "WrongTokenProgram");
  });

  it("refuses payments into a disabled tender with TenderDisabled", async () => {
    await world.credits.setTender(world.governance, usdc, NON_IO_TENDER_FEE_BPS, false);
    await refusedUnchanged(world, [tenderPda(usdc), renterUsdc], () => world.credits.payFee(renter, usdc, renterUsdc, 1n), "TenderDisabled");
    await world.credits.setTender(world.governance, usdc, NON_IO_TENDER_FEE_BPS, true);
  });

  it("lets governance withdraw the treasury's share, and no more", async () => {
    const vault = feeVaultPda(usdc);
    const held = await balance(world.provider, vault);
    const watched = [tenderPda(usdc), vault, treasuryUsdc];
    await refusedUnchanged(world, watched, () => world.credits.withdrawFees(world.governance, usdc, treasuryUsdc, held + 1n), "TreasuryExceeded");
    await refusedUnchanged(world, watched, () => world.credits.withdrawFees(world.governance, usdc, treasuryUsdc, 0n), "ZeroAmount");
    await refusedUnchanged(world, watched, () => world.credits.withdrawFees(renter, usdc, treasuryUsdc, 1n), "Unauthorized");
    await refusedUnchanged(world, watched, () => world.credits.withdrawFees(world.governance, usdc, vault, 1n), "DuplicateAccount");
    const result = await world.credits.withdrawFees(world.governance, usdc, treasuryUsdc, held);
    expect(await balance(world.provider, treasuryUsdc)).to.equal(held);
    expect(await balance(world.provider, vault)).to.equal(0n);
    const event = theEvent(result, "feeWithdrawn").data;
    expect(event.amount.toString()).to.equal(held.toString());
    expect(event.vaultBalance.toString()).to.equal("0");
  });
});
