import { expect } from "chai";
import { createAssociatedTokenAccountInstruction, getAssociatedTokenAddressSync, TOKEN_2022_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, Signer } from "@solana/web3.js";

import {
  buildInstruction,
  createTokenMint,
  creditsConfigPda,
  deviceClassPda,
  escrowPda,
  feeVaultPda,
  IO,
  NON_IO_TENDER_FEE_BPS,
  rentalPayment,
  rentalPda,
  rentalPrincipal,
  reservationFee,
  sendInstructions,
  tenderFee,
  tenderPda,
  theEvent,
  toBigInt,
  u64,
  USDC,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, snapshot, tokenAccount } from "./support.js";
import { CloudWorld, cloudWorld, fundIo, fundUsdc, H100 } from "./support_io_cloud.js";

describe("io_cloud: rental fees go to io_credits' tender registry", () => {
  let world: CloudWorld;

  before(async () => {
    // cloudWorld initialized io_credits: 50% of IO fees burned, 0.25% reservation fee.
    world = await cloudWorld();
  });

  /** Books 1 GPU for 10 hours at 4 units per GPU-hour in `mint`. */
  async function bookTen(mint: PublicKey, nonce: bigint) {
    const io = mint.equals(world.ioMint);
    const renter = await funded(world.provider);
    const renterToken = await (io ? fundIo : fundUsdc)(world, renter.publicKey, io ? IO(1_000) : USDC(1_000));
    const pricePerGpuHour = io ? IO(4) : USDC(4);
    return world.cloud.book(renter, { nonce, deviceClass: H100, gpus: 1, hours: 10, pricePerGpuHour, tenderMint: mint, renterToken });
  }

  it("pays an IO booking's fees through io_credits' fee_pay: the governed share burned at once, the rest in the vault", async () => {
    const tenderBefore = (await world.credits.fetchTender(world.ioMint))!;
    const vaultBefore = await balance(world.provider, feeVaultPda(world.ioMint));
    const supplyBefore = (await world.token.getSupplyStatus()).supply;
    const { result } = await bookTen(world.ioMint, 1n);
    const fee = reservationFee(IO(40), 25); // 0.25% of 40 IO; IO pays no tender fee
    expect(fee).to.equal(IO(1) / 10n);
    const collected = theEvent(result, "feeCollected").data;
    expect(toBigInt(collected.received)).to.equal(fee);
    expect(toBigInt(collected.burned)).to.equal(fee / 2n);
    const tender = (await world.credits.fetchTender(world.ioMint))!;
    expect(toBigInt(tender.feesReceived) - toBigInt(tenderBefore.feesReceived)).to.equal(fee);
    expect(toBigInt(tender.feesBurned) - toBigInt(tenderBefore.feesBurned)).to.equal(fee / 2n);
    expect((await balance(world.provider, feeVaultPda(world.ioMint))) - vaultBefore).to.equal(fee / 2n);
    expect((await world.token.getSupplyStatus()).supply).to.equal(supplyBefore - fee / 2n);
  });

  it("accounts a USDC booking's fees without burning, and governance withdraws them through io_credits", async () => {
    const vault = feeVaultPda(world.usdcMint);
    const vaultBefore = await balance(world.provider, vault);
    await bookTen(world.usdcMint, 2n);
    const fees = USDC(40) * 225n / 10_000n; // 2% + 0.25% of 40 USDC
    expect((await balance(world.provider, vault)) - vaultBefore).to.equal(fees);
    const treasury = await tokenAccount(world.provider, world.usdcMint, Keypair.generate().publicKey);
    await world.credits.withdrawFees(world.paramsGovernance, world.usdcMint, treasury, fees);
    expect(await balance(world.provider, treasury)).to.equal(fees);
  });

  it("charges io_credits' governed reservation fee on bookings and extensions", async () => {
    const { credits, paramsGovernance, provider } = world;
    await credits.setParam(paramsGovernance, { kind: "reservationFeeBps", value: 100 });
    const renter = await funded(provider);
    const renterToken = await fundUsdc(world, renter.publicKey, USDC(100));
    const vault = feeVaultPda(world.usdcMint);
    const vaultBefore = await balance(provider, vault);
    const principal = rentalPrincipal(USDC(4), 1, 2);
    const { rental, result } = await world.cloud.book(renter, { nonce: 3n, deviceClass: H100, gpus: 1, hours: 2, pricePerGpuHour: USDC(4), tenderMint: world.usdcMint, renterToken });
    const booked = theEvent(result, "rentalBooked").data;
    expect(BigInt(booked.reservationFee.toString())).to.equal(reservationFee(principal, 100));
    expect(reservationFee(principal, 100)).to.equal(USDC(8) / 100n); // 1% of 8 USDC
    expect(USDC(100) - (await balance(provider, renterToken))).to.equal(principal + tenderFee(principal, 200) + USDC(8) / 100n);
    await credits.setParam(paramsGovernance, { kind: "reservationFeeBps", value: 0 });
    const extended = await world.cloud.extend(renter, rental, 1, renterToken);
    expect(theEvent(extended, "rentalExtended").data.reservationFee.toString()).to.equal("0");
    expect((await balance(provider, vault)) - vaultBefore).to.equal(tenderFee(principal, 200) + USDC(8) / 100n + tenderFee(USDC(4), 200));
    await credits.setParam(paramsGovernance, { kind: "reservationFeeBps", value: 25 });
  });

  describe("refuses a booking whose payment accounts are not the tender's, changing nothing", () => {
    let renter: Signer;
    let renterToken: PublicKey;

    before(async () => {
      renter = await funded(world.provider);
      renterToken = await fundUsdc(world, renter.publicKey, USDC(100));
    });

    /** A USDC booking of one GPU-hour with `payment` accounts replaced by `overrides`. */
    async function booking(nonce: bigint, overrides: Record<string, PublicKey>) {
      const rental = rentalPda(renter.publicKey, nonce);
      const ix = buildInstruction(
        "io_cloud",
        "rentalBook",
        { args: { nonce: u64(nonce), deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: u64(USDC(4)), region: Array(8).fill(0), reservationInIosd: false } },
        {
          renter: renter.publicKey,
          deviceClass: deviceClassPda(H100),
          rental,
          escrow: escrowPda(rental),
          payment: { ...rentalPayment(renter.publicKey, world.usdcMint, renterToken, {}), ...overrides },
          tenderMint: world.usdcMint,
        },
      );
      const watched = [rental, renterToken, feeVaultPda(world.usdcMint), tenderPda(world.usdcMint)];
      const before = await snapshot(world.provider, watched);
      return { send: () => sendInstructions(world.provider, [ix], [renter]), unchanged: async () => expect(await snapshot(world.provider, watched)).to.deep.equal(before) };
    }

    it("a fee vault that is not the tender's (WrongFeeVault)", async () => {
      const otherVault = await tokenAccount(world.provider, world.usdcMint, Keypair.generate().publicKey);
      const attempt = await booking(10n, { feeVault: otherVault });
      await expectRefusal(attempt.send(), "WrongFeeVault", "io_cloud");
      await attempt.unchanged();
    });

    it("another mint's tender (WrongTenderMint)", async () => {
      const attempt = await booking(11n, { tender: tenderPda(world.ioMint), feeVault: feeVaultPda(world.ioMint) });
      await expectRefusal(attempt.send(), "WrongTenderMint", "io_cloud");
      await attempt.unchanged();
    });

    it("a Token-2022 tender: io_cloud streams SPL Token only (AccountOwnedByWrongProgram)", async () => {
      const mint = await createTokenMint(world.provider, world.usdcAuthority.publicKey, 6, TOKEN_2022_PROGRAM_ID);
      await world.credits.registerTender(world.paramsGovernance, mint, NON_IO_TENDER_FEE_BPS, { usdPegged: true, tokenProgram: TOKEN_2022_PROGRAM_ID });
      const owner = await funded(world.provider);
      const ata = getAssociatedTokenAddressSync(mint, owner.publicKey, true, TOKEN_2022_PROGRAM_ID);
      await sendInstructions(world.provider, [createAssociatedTokenAccountInstruction(world.provider.publicKey, ata, owner.publicKey, mint, TOKEN_2022_PROGRAM_ID)], []);
      const rental = rentalPda(owner.publicKey, 1n);
      const before = await snapshot(world.provider, [rental, ata, tenderPda(mint)]);
      await expectRefusal(
        world.cloud.book(owner, { nonce: 1n, deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: USDC(4), tenderMint: mint, renterToken: ata }),
        "AccountOwnedByWrongProgram",
        "io_cloud",
      );
      expect(await snapshot(world.provider, [rental, ata, tenderPda(mint)])).to.deep.equal(before);
    });

    it("an io_credits account of another type as the tender (AccountDiscriminatorMismatch)", async () => {
      const attempt = await booking(12n, { tender: creditsConfigPda() });
      await expectRefusal(attempt.send(), "AccountDiscriminatorMismatch", "io_cloud");
      await attempt.unchanged();
    });
  });
});
