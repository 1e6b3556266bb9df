import { expect } from "chai";
import { getMint, TOKEN_2022_PROGRAM_ID, unpackAccount } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  buildInstruction,
  deviceClassPda,
  encodePriceUpdateV2,
  escrowPda,
  feeVaultPda,
  IO,
  IoCreditsClient,
  PYTH_RECEIVER_ID,
  rentalCharges,
  rentalPayment,
  rentalPda,
  reservationFee,
  sendInstructions,
  theEvent,
  toBigInt,
  u64,
  USDC,
} from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded } from "./support.js";
import { FEED_ID } from "./support_io_credits.js";
import { cloudWorld, CloudWorld, fundIo, fundUsdc, H100, readyWorker } from "./support_io_cloud.js";

const refused = (action: Promise<unknown>, name: string) => expectRefusal(action, name, "io_cloud");

describe("io_cloud: reservation fee in IOSD", () => {
  let world: CloudWorld;
  let credits: IoCreditsClient;
  let renter: Keypair;
  let usdc: PublicKey;
  let priceUpdate: PublicKey;
  /** 2 H100 GPUs for 10 hours at 2 USDC per GPU-hour, the reservation fee paid in IOSD. */
  const bookInIosd = (nonce: bigint) =>
    world.cloud.book(renter, {
      nonce,
      deviceClass: H100,
      gpus: 2,
      hours: 10,
      pricePerGpuHour: USDC(2),
      tenderMint: world.usdcMint,
      renterToken: usdc,
      reservationInIosd: true,
    });
  /** One more hour, its reservation fee in IOSD too. */
  const extendInIosd = (rental: PublicKey) => world.cloud.extend(renter, rental, 1, usdc, { reservationInIosd: true });

  const iosdBalance = async (owner: PublicKey) => {
    const address = credits.iosdAccount(owner);
    const info = await world.provider.connection.getAccountInfo(address);
    return info ? unpackAccount(address, info, TOKEN_2022_PROGRAM_ID).amount : 0n;
  };

  before(async () => {
    // cloudWorld initialized io_credits (DEFAULT_PARAMS: feed FEED_ID, 0.25% reservation fee).
    world = await cloudWorld();
    credits = world.credits;
    renter = await funded(world.provider, 2);
    usdc = await fundUsdc(world, renter.publicKey, USDC(1_000));
    const io = await fundIo(world, renter.publicKey, IO(100));
    priceUpdate = Keypair.generate().publicKey;
    world.context.setAccount(priceUpdate, {
      lamports: 10_000_000,
      owner: PYTH_RECEIVER_ID,
      data: encodePriceUpdateV2({
        writeAuthority: Keypair.generate().publicKey,
        verificationLevel: { kind: "full" },
        priceMessage: {
          feedId: FEED_ID,
          price: 250_000_000n,
          conf: 100_000n,
          exponent: -8,
          publishTime: await clockNow(world.context),
          prevPublishTime: (await clockNow(world.context)) - 1n,
          emaPrice: 250_000_000n,
          emaConf: 100_000n,
        },
        postedSlot: 1n,
      }),
    });
    await credits.buyCredits(renter, { buyerIo: io, priceUpdate, ioAmount: IO(10), minIosdOut: 1n });
  });

  it("burns the 0.25% reservation fee in IOSD through io_credits; the tender pays principal and 2% only", async () => {
    const iosdBefore = await iosdBalance(renter.publicKey);
    const supplyBefore = (await getMint(world.provider.connection, credits.iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID)).supply;
    const usdcBefore = await balance(world.provider, usdc);
    const feesBefore = await balance(world.provider, feeVaultPda(world.usdcMint));
    const { rental, result } = await bookInIosd(1n);
    const charges = rentalCharges(USDC(2), 2, 10, 200, 25, true);
    const fee = reservationFee(charges.principal);
    expect(fee).to.equal(100_000n); // 0.25% of 40 USDC, in micro-USD = IOSD base units
    expect(charges.reservationFee).to.equal(0n);
    expect(usdcBefore - (await balance(world.provider, usdc))).to.equal(charges.principal + charges.tenderFee);
    expect((await balance(world.provider, feeVaultPda(world.usdcMint))) - feesBefore).to.equal(charges.tenderFee);
    expect(await balance(world.provider, escrowPda(rental))).to.equal(charges.principal);
    expect(iosdBefore - (await iosdBalance(renter.publicKey))).to.equal(fee);
    const supplyAfter = (await getMint(world.provider.connection, credits.iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID)).supply;
    expect(supplyBefore - supplyAfter).to.equal(fee);
    const booked = theEvent(result, "rentalBooked").data;
    expect(booked.reservationFeeIosd.toString()).to.equal(fee.toString());
    expect(booked.reservationFee.toString()).to.equal("0");
    expect(result.events.some((e) => e.program === "io_credits" && e.name === "creditsSpent")).to.equal(true);

    const extended = await extendInIosd(rental);
    expect(theEvent(extended, "rentalExtended").data.reservationFeeIosd.toString()).to.equal("10000");
    expect((await world.cloud.fetchRental(rental))!.reservationFeesIosd.toString()).to.equal("110000");
  });

  it("assigned with an IO price, the rental's USD fees (tender fees and IOSD) fund its workers' busy boost", async () => {
    const { rental } = await bookInIosd(4n);
    await extendInIosd(rental);
    const w = await readyWorker(world, { gpus: 2 });
    await world.cloud.assign(world.orchestrator, rental, [w.worker], { priceUpdate });
    const account = (await world.cloud.fetchRental(rental))!;
    // 2% of 44 USDC in the tender + 0.11 IOSD = 0.99 USD, at the highest price the update allows
    // (max(price, ema) + 2 × conf = 2.502 USD per IO), rounded down to IO base units.
    const usdFees = toBigInt(account.fees) + toBigInt(account.reservationFeesIosd);
    expect(usdFees).to.equal(990_000n);
    expect(toBigInt(account.boostBudget)).to.equal((usdFees * 10n ** 10n) / 250_200_000n);
    const granted = toBigInt(account.boostGranted[0]);
    expect(granted > 0n).to.equal(true);
    const reward = (await world.rewards.fetchWorkerReward(w.worker))!;
    expect(toBigInt(reward.share.boostAllowance)).to.equal(granted);
  });

  it("refuses IOSD for a tender that is not USD-pegged (IosdNeedsUsdTender)", async () => {
    const io = await fundIo(world, renter.publicKey, IO(10));
    const before = await iosdBalance(renter.publicKey);
    await refused(
      world.cloud.book(renter, {
        nonce: 2n,
        deviceClass: H100,
        gpus: 1,
        hours: 1,
        pricePerGpuHour: IO(1),
        tenderMint: world.ioMint,
        renterToken: io,
        reservationInIosd: true,
      }),
      "IosdNeedsUsdTender",
    );
    expect(await iosdBalance(renter.publicKey)).to.equal(before);
  });

  it("refuses IOSD without the IOSD accounts (IosdAccountsRequired)", async () => {
    const rental = rentalPda(renter.publicKey, 3n);
    // The IOSD option without its accounts: the payment accounts of a booking paid in the tender.
    const ix = buildInstruction(
      "io_cloud",
      "rentalBook",
      { args: { nonce: u64(3), deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: u64(USDC(1)), region: Array(8).fill(0), reservationInIosd: true } },
      {
        renter: renter.publicKey,
        deviceClass: deviceClassPda(H100),
        rental,
        escrow: escrowPda(rental),
        payment: rentalPayment(renter.publicKey, world.usdcMint, usdc, {}),
        tenderMint: world.usdcMint,
      },
    );
    await refused(sendInstructions(world.provider, [ix], [renter]), "IosdAccountsRequired");
    expect(await world.provider.connection.getAccountInfo(rental)).to.equal(null);
  });
});
