import { expect } from "chai";
import { Keypair } from "@solana/web3.js";

import { cloudFeeVaultPda, rentalPrincipal, reservationFee, tenderFee, theEvent } from "@ionet/sdk";

import { balance, expectRefusal, funded, snapshot, tokenAccount } from "./support.js";
import { CloudWorld, cloudWorld, fundIo, fundUsdc, H100, IO, USDC } from "./support_io_cloud.js";

describe("io_cloud: fee withdrawal with the governed IO burn share", () => {
  let world: CloudWorld;

  before(async () => {
    // cloudWorld initialized io_credits: 50% of IO fees burned, 0.25% reservation fee.
    world = await cloudWorld();
    for (const [tender, fund] of [[world.ioMint, fundIo], [world.usdcMint, fundUsdc]] as const) {
      const renter = await funded(world.provider);
      const renterToken = await fund(world, renter.publicKey, tender.equals(world.ioMint) ? IO(1_000) : USDC(1_000));
      await world.cloud.book(renter, { nonce: 1n, deviceClass: H100, gpus: 1, hours: 10, pricePerGpuHour: tender.equals(world.ioMint) ? IO(4) : USDC(4), tenderMint: tender, renterToken });
    }
  });

  it("burns the governed share of IO fees and pays the rest to the treasury", async () => {
    expect((await world.credits.fetchConfig())!.params.ioFeeBurnBps).to.equal(5_000);
    const vault = cloudFeeVaultPda(world.ioMint);
    const collected = await balance(world.provider, vault); // 0.25% of 40 IO (IO pays no tender fee)
    expect(collected).to.equal(IO(1) / 10n);
    const treasury = await tokenAccount(world.provider, world.ioMint, Keypair.generate().publicKey);
    const supplyBefore = (await world.token.getSupplyStatus()).supply;
    const result = await world.cloud.withdrawFees(world.governance, world.ioMint, treasury, collected);
    expect(await balance(world.provider, treasury)).to.equal(collected / 2n);
    expect(await balance(world.provider, vault)).to.equal(0n);
    expect((await world.token.getSupplyStatus()).supply).to.equal(supplyBefore - collected / 2n);
    const event = theEvent(result, "feesWithdrawn").data;
    expect(BigInt(event.burned.toString())).to.equal(collected / 2n);
  });

  it("burns nothing of a non-IO tender's fees", async () => {
    const vault = cloudFeeVaultPda(world.usdcMint);
    const collected = await balance(world.provider, vault); // 2% + 0.25% of 40 USDC
    expect(collected).to.equal(USDC(40) * 225n / 10_000n);
    const treasury = await tokenAccount(world.provider, world.usdcMint, Keypair.generate().publicKey);
    await world.cloud.withdrawFees(world.governance, world.usdcMint, treasury, collected);
    expect(await balance(world.provider, treasury)).to.equal(collected);
  });

  it("refuses strangers, zero, more than collected and the vault as destination, changing nothing", async () => {
    const renter = await funded(world.provider);
    const renterToken = await fundUsdc(world, renter.publicKey, USDC(100));
    await world.cloud.book(renter, { nonce: 2n, deviceClass: H100, gpus: 1, hours: 1, pricePerGpuHour: USDC(4), tenderMint: world.usdcMint, renterToken });
    const vault = cloudFeeVaultPda(world.usdcMint);
    const treasury = await tokenAccount(world.provider, world.usdcMint, Keypair.generate().publicKey);
    const before = await snapshot(world.provider, [vault, treasury]);
    const stranger = await funded(world.provider);
    await expectRefusal(world.cloud.withdrawFees(stranger, world.usdcMint, treasury, 1n), "Unauthorized", "io_cloud");
    await expectRefusal(world.cloud.withdrawFees(world.governance, world.usdcMint, treasury, 0n), "ZeroAmount", "io_cloud");
    await expectRefusal(world.cloud.withdrawFees(world.governance, world.usdcMint, treasury, USDC(1_000)), "InsufficientFees", "io_cloud");
    await expectRefusal(world.cloud.withdrawFees(world.governance, world.usdcMint, vault, 1n), "DuplicateAccount", "io_cloud");
    expect(await snapshot(world.provider, [vault, treasury])).to.deep.equal(before);
  });

  it("charges io_credits' governed reservation fee on bookings and extensions", async () => {
    const { credits, paramsGovernance, provider } = world;
    await credits.setParam(paramsGovernance, { kind: "reservationFeeBps", value: 100 });
    const renter = await funded(provider);
    const renterToken = await fundUsdc(world, renter.publicKey, USDC(100));
    const vault = cloudFeeVaultPda(world.usdcMint);
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
});
