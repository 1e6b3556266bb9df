import { expect } from "chai";
import {
  createTransferCheckedInstruction,
  ExtensionType,
  getExtensionTypes,
  getMint,
  TOKEN_2022_PROGRAM_ID,
} from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";

import {
  IO,
  IoCreditsClient,
  IoTokenClient,
  ioToIosd,
  ONE_IOSD,
  programDataPda,
  PYTH_RECEIVER_ID,
  reservationFee,
  sendInstructions,
  theEvent,
  u64,
} from "@ionet/sdk";

import { balance, clockNow, expectRefusal, funded, newBank, setUnixTime, snapshot, usdcLikeMint } from "./support.js";
import {
  CreditsWorld,
  creditsWorld,
  DEFAULT_PARAMS,
  FEED_ID,
  freshPrice,
  ioHolder,
  iosdBalance,
  iosdSupply,
  PRICE,
  supplyOf,
} from "./support_io_credits.js";

const P = "io_credits";

/** Asserts a refusal by name and that the watched accounts did not change. */
async function refusedUnchanged(world: CreditsWorld, watched: PublicKey[], action: () => Promise<unknown>, name: string) {
  const before = await snapshot(world.provider, watched);
  await expectRefusal(action(), name, P);
  expect(await snapshot(world.provider, watched)).to.deep.equal(before);
}

describe("io_credits: initialize", () => {
  let world: CreditsWorld;

  before(async () => {
    world = await creditsWorld();
  });

  it("creates IOSD: Token-2022, 6 decimals, NonTransferable, mint authority the config PDA, no freeze authority", async () => {
    const { provider, credits } = world;
    const info = (await provider.connection.getAccountInfo(credits.iosdMint))!;
    expect(info.owner.equals(TOKEN_2022_PROGRAM_ID)).to.equal(true);
    const mint = await getMint(provider.connection, credits.iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID);
    expect(mint.decimals).to.equal(6);
    expect(mint.supply).to.equal(0n);
    expect(mint.mintAuthority!.equals(credits.config)).to.equal(true);
    expect(mint.freezeAuthority).to.equal(null);
    expect(getExtensionTypes(mint.tlvData)).to.deep.equal([ExtensionType.NonTransferable]);
  });

  it("stores governance, the IO mint and the parameters", async () => {
    const config = (await world.credits.fetchConfig())!;
    expect(config.governance.equals(world.governance.publicKey)).to.equal(true);
    expect(config.ioMint.equals(world.token.mint)).to.equal(true);
    expect(config.iosdMint.equals(world.credits.iosdMint)).to.equal(true);
    expect(Buffer.from(config.params.priceFeedId).equals(Buffer.from(FEED_ID))).to.equal(true);
    expect(config.params.maxAgeS).to.equal(60);
    expect(config.params.breakerLimit.toString()).to.equal(DEFAULT_PARAMS.breakerLimit.toString());
    expect(config.seq.toString()).to.equal("1");
  });

  it("refuses a second initialize with AlreadyInitialized and changes nothing", async () => {
    await refusedUnchanged(
      world,
      [world.credits.config, world.credits.iosdMint],
      () => world.credits.initialize(Keypair.generate().publicKey, DEFAULT_PARAMS),
      "AlreadyInitialized",
    );
  });

  it("refuses out-of-bound parameters, a default governance and a foreign IO mint, creating nothing", async () => {
    const bank = await newBank();
    await new IoTokenClient(bank.provider).initialize(Keypair.generate());
    const credits = new IoCreditsClient(bank.provider);
    const someone = Keypair.generate().publicKey;
    await expectRefusal(credits.initialize(someone, { ...DEFAULT_PARAMS, maxAgeS: 0 }), "MaxAgeOutOfBounds", P);
    await expectRefusal(credits.initialize(PublicKey.default, DEFAULT_PARAMS), "InvalidGovernance", P);
    const fake = await usdcLikeMint(bank.provider, bank.provider.publicKey);
    const ix = await credits.program.methods
      .initialize({
        governance: someone,
        params: { ...DEFAULT_PARAMS, priceFeedId: Array.from(FEED_ID), breakerLimit: u64(DEFAULT_PARAMS.breakerLimit) },
      })
      .accountsPartial({
        payer: bank.provider.publicKey,
        ioMint: fake,
        programData: programDataPda("io_credits"),
        token2022Program: TOKEN_2022_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    await expectRefusal(sendInstructions(bank.provider, [ix]), "WrongIoMint", P);
    expect(await bank.provider.connection.getAccountInfo(credits.config)).to.equal(null);
    expect(await bank.provider.connection.getAccountInfo(credits.iosdMint)).to.equal(null);
  });
  it("still initializes when someone pre-funded the IOSD mint address (no griefing by lamports)", async () => {
    const bank = await newBank();
    await new IoTokenClient(bank.provider).initialize(Keypair.generate());
    const credits = new IoCreditsClient(bank.provider);
    await sendInstructions(bank.provider, [
      SystemProgram.transfer({ fromPubkey: bank.provider.publicKey, toPubkey: credits.iosdMint, lamports: 1_000_000 }),
    ]);
    await credits.initialize(Keypair.generate().publicKey, DEFAULT_PARAMS);
    const mint = await getMint(bank.provider.connection, credits.iosdMint, "confirmed", TOKEN_2022_PROGRAM_ID);
    expect(getExtensionTypes(mint.tlvData)).to.deep.equal([ExtensionType.NonTransferable]);
    expect(mint.mintAuthority!.equals(credits.config)).to.equal(true);
  });
});

describe("io_credits: credits_buy at the Pyth price", () => {
  let world: CreditsWorld;
  let buyer: { owner: Keypair; io: PublicKey };
  let price: PublicKey;
  const expected = 249_800_000n; // 100 IO × (min($2.50, $2.51) − 2 × $0.001) = 249.8 IOSD

  const buy = (ioAmount: bigint, minIosdOut = 0n, priceUpdate = price, who = buyer) =>
    world.credits.buyCredits(who.owner, { buyerIo: who.io, priceUpdate, ioAmount, minIosdOut });
  const watched = () => [
    world.credits.config,
    buyer.io,
    world.credits.iosdAccount(buyer.owner.publicKey),
    world.token.mint,
    world.credits.iosdMint,
  ];
  const refused = (name: string, action: () => Promise<unknown>) => refusedUnchanged(world, watched(), action, name);
  /** A price account at a new address with the default price, overridden by `options`. */
  const priceWith = async (options: Parameters<typeof freshPrice>[2]) => {
    const address = Keypair.generate().publicKey;
    await freshPrice(world.context, address, options);
    return address;
  };

  beforeEach(async () => {
    world = await creditsWorld();
    buyer = await ioHolder(world, IO(1_000));
    price = await priceWith({});
  });

  it("mints exactly the expected IOSD for 100 IO at a known price and burns the IO", async () => {
    expect(ioToIosd(IO(100), PRICE.conservative, PRICE.exponent)).to.equal(expected);
    expect(await world.credits.quoteBuy(price, IO(100), await clockNow(world.context))).to.equal(expected);
    const ioSupply = await supplyOf(world.provider, world.token.mint);

    const result = await buy(IO(100), expected);

    expect(await iosdBalance(world, buyer.owner.publicKey)).to.equal(expected);
    expect(await iosdSupply(world)).to.equal(expected);
    expect(await balance(world.provider, buyer.io)).to.equal(IO(900));
    expect(await supplyOf(world.provider, world.token.mint)).to.equal(ioSupply - IO(100));
    const event = theEvent(result, "creditsBought").data;
    expect(event.header.entity.equals(world.credits.config)).to.equal(true);
    expect(event.header.seq.toString()).to.equal("2");
    expect(event.ioAmount.toString()).to.equal(IO(100).toString());
    expect(event.iosdAmount.toString()).to.equal(expected.toString());
    expect(event.price.toString()).to.equal(PRICE.conservative.toString());
    expect(event.exponent).to.equal(-8);
    expect(event.windowMinted.toString()).to.equal(expected.toString());
    const config = (await world.credits.fetchConfig())!;
    expect(config.ioBurned.toString()).to.equal(IO(100).toString());
    expect(config.iosdMinted.toString()).to.equal(expected.toString());
  });

  it("refuses a stale price with PriceStale (61 s old at max_age_s 60)", async () => {
    const now = await clockNow(world.context);
    const stale = await priceWith({ publishTime: now - 61n });
    await refused("PriceStale", () => buy(IO(1), 0n, stale));
    const edge = await priceWith({ publishTime: now - 60n });
    await buy(IO(1), 0n, edge); // exactly max_age_s old is still accepted
  });

  it("refuses a price of another feed with PriceWrongFeed", async () => {
    const other = await priceWith({ feedId: Uint8Array.from({ length: 32 }, () => 9) });
    await refused("PriceWrongFeed", () => buy(IO(1), 0n, other));
  });

  it("refuses a partially verified update with PriceNotFullyVerified", async () => {
    const partial = await priceWith({ level: { kind: "partial", numSignatures: 12 } });
    await refused("PriceNotFullyVerified", () => buy(IO(1), 0n, partial));
  });

  it("refuses a confidence wider than max_conf_bps with PriceConfidenceTooWide", async () => {
    const wide = await priceWith({ conf: PRICE.price / 100n + 1n }); // 1% + one unit, limit 1%
    await refused("PriceConfidenceTooWide", () => buy(IO(1), 0n, wide));
  });

  it("refuses a price account not owned by the Pyth receiver with PriceWrongOwner", async () => {
    const forged = await priceWith({ owner: Keypair.generate().publicKey });
    await refused("PriceWrongOwner", () => buy(IO(1), 0n, forged));
  });

  it("refuses a receiver account that is not a PriceUpdateV2 with PriceAccountInvalid", async () => {
    const junk = Keypair.generate().publicKey;
    world.context.setAccount(junk, { lamports: 10_000_000, data: Buffer.alloc(134, 7), owner: PYTH_RECEIVER_ID });
    await refused("PriceAccountInvalid", () => buy(IO(1), 0n, junk));
  });

  it("refuses a non-positive EMA or conservative price with PriceNotPositive", async () => {
    const broken = await priceWith({ emaPrice: 0n });
    await refused("PriceNotPositive", () => buy(IO(1), 0n, broken));
  });

  it("refuses a buy below the caller's min_iosd_out with SlippageExceeded", async () => {
    await refused("SlippageExceeded", () => buy(IO(100), expected + 1n));
  });

  it("refuses zero IO (ZeroAmount), dust worth no IOSD (ZeroCreditsOut), more IO than held (InsufficientIo)", async () => {
    await refused("ZeroAmount", () => buy(0n));
    await refused("ZeroCreditsOut", () => buy(40n)); // 40 base units × $2.498 = 0.9992 micro-USD
    await refused("InsufficientIo", () => buy(IO(10_000)));
  });

  it("refuses burning another holder's IO with NotTokenOwner", async () => {
    const thief = await funded(world.provider);
    await refused("NotTokenOwner", () =>
      world.credits.buyCredits(thief, { buyerIo: buyer.io, priceUpdate: price, ioAmount: IO(1), minIosdOut: 0n }),
    );
  });
});

describe("io_credits: circuit breaker on IOSD minted per rolling window", () => {
  const W = 86_400n;
  const G = W / 24n; // slot length
  let world: CreditsWorld;
  let buyer: { owner: Keypair; io: PublicKey };
  let price: PublicKey;
  let s0: bigint;

  // $2.00 flat, no confidence: 1 IO = 2 IOSD. The limit is 1,000 IOSD per 24 h.
  const at = async (t: bigint) => {
    await setUnixTime(world.context, t);
    await freshPrice(world.context, price, { price: 200_000_000n, emaPrice: 200_000_000n, conf: 0n });
  };
  const buy = (io: bigint) =>
    world.credits.buyCredits(buyer.owner, { buyerIo: buyer.io, priceUpdate: price, ioAmount: io, minIosdOut: 0n });
  /** Fills the window: 600 IOSD at `s0`, 400 more 1,000 s later. */
  const fillWindow = async () => {
    const first = await buy(IO(300));
    await at(s0 + 1_000n);
    return { first, second: await buy(IO(200)) };
  };

  beforeEach(async () => {
    world = await creditsWorld({ breakerLimit: 1_000n * ONE_IOSD, breakerWindowS: Number(W) });
    buyer = await ioHolder(world, IO(10_000));
    price = Keypair.generate().publicKey;
    const now = await clockNow(world.context);
    s0 = (now / G + 1n) * G; // the start of the next slot
    await at(s0);
  });

  it("allows mints up to the limit within the window", async () => {
    const { first, second } = await fillWindow();
    expect(theEvent(first, "creditsBought").data.windowMinted.toString()).to.equal((600n * ONE_IOSD).toString());
    const event = theEvent(second, "creditsBought").data;
    expect(event.windowMinted.toString()).to.equal((1_000n * ONE_IOSD).toString());
    expect(event.windowLimit.toString()).to.equal((1_000n * ONE_IOSD).toString());
  });

  it("refuses one IOSD more with CircuitBreakerTripped and changes nothing", async () => {
    await fillWindow();
    const watched = [world.credits.config, buyer.io, world.credits.iosdMint];
    await refusedUnchanged(world, watched, () => buy(IO(1) / 2n), "CircuitBreakerTripped");
  });

  it("still refuses a full window after the first mint, until that mint's slot leaves the ring", async () => {
    await fillWindow();
    await at(s0 + W);
    await expectRefusal(buy(IO(1) / 2n), "CircuitBreakerTripped", P);
    await at(s0 + W + G - 1n);
    await expectRefusal(buy(IO(1) / 2n), "CircuitBreakerTripped", P);
  });

  it("allows the full limit again once the window has passed", async () => {
    await fillWindow();
    await at(s0 + W + G);
    const result = await buy(IO(500));
    expect(theEvent(result, "creditsBought").data.windowMinted.toString()).to.equal((1_000n * ONE_IOSD).toString());
    expect(await iosdBalance(world, buyer.owner.publicKey)).to.equal(2_000n * ONE_IOSD);
  });

  it("takes a higher limit set by governance into account at once", async () => {
    await fillWindow();
    await at(s0 + W + G);
    await buy(IO(500));
    await expectRefusal(buy(IO(1)), "CircuitBreakerTripped", P);
    await world.credits.setParam(world.governance, { kind: "breakerLimit", value: 1_002n * ONE_IOSD });
    await buy(IO(1));
    await expectRefusal(buy(IO(1) / 2n), "CircuitBreakerTripped", P);
  });
});

describe("io_credits: IOSD is non-transferable; spending burns it", () => {
  let world: CreditsWorld;
  let holder: { owner: Keypair; io: PublicKey };
  let other: Keypair;
  let price: PublicKey;
  const bought = 249_800_000n;

  beforeEach(async () => {
    world = await creditsWorld();
    holder = await ioHolder(world, IO(100));
    price = Keypair.generate().publicKey;
    await freshPrice(world.context, price);
    await world.credits.buyCredits(holder.owner, { buyerIo: holder.io, priceUpdate: price, ioAmount: IO(100), minIosdOut: bought });
    other = await funded(world.provider);
    await sendInstructions(world.provider, [world.credits.createIosdAccountIx(other.publicKey)]);
  });

  it("refuses an IOSD transfer between two holders (Token-2022 NonTransferable)", async () => {
    const from = world.credits.iosdAccount(holder.owner.publicKey);
    const to = world.credits.iosdAccount(other.publicKey);
    const before = await snapshot(world.provider, [from, to]);
    const transfer = createTransferCheckedInstruction(
      from,
      world.credits.iosdMint,
      to,
      holder.owner.publicKey,
      ONE_IOSD,
      6,
      [],
      TOKEN_2022_PROGRAM_ID,
    );
    let caught: unknown;
    try {
      await sendInstructions(world.provider, [transfer], [holder.owner]);
    } catch (err) {
      caught = err;
    }
    expect(caught, "the transfer must fail").to.not.equal(undefined);
    const logs: string[] = (caught as { logs?: string[] }).logs ?? [];
    expect(logs.join("\n")).to.include("Transfer is disabled for this mint");
    expect(await snapshot(world.provider, [from, to])).to.deep.equal(before);
    expect(await iosdBalance(world, other.publicKey)).to.equal(0n);
  });

  it("credits_spend burns the holder's IOSD (a 0.25% reservation fee of a $1,000 booking)", async () => {
    const fee = reservationFee(1_000n * ONE_IOSD);
    expect(fee).to.equal(2_500_000n);
    const result = await world.credits.spendCredits(holder.owner, fee);
    expect(await iosdBalance(world, holder.owner.publicKey)).to.equal(bought - fee);
    expect(await iosdSupply(world)).to.equal(bought - fee);
    const event = theEvent(result, "creditsSpent").data;
    expect(event.amount.toString()).to.equal(fee.toString());
    expect(event.sourceBalance.toString()).to.equal((bought - fee).toString());
    expect(event.iosdSpent.toString()).to.equal(fee.toString());
    expect(event.header.seq.toString()).to.equal("3");
    expect((await world.credits.fetchConfig())!.iosdSpent.toString()).to.equal(fee.toString());
  });

  it("refuses zero (ZeroAmount) and more than held (InsufficientCredits), changing nothing", async () => {
    const watched = [world.credits.config, world.credits.iosdAccount(holder.owner.publicKey), world.credits.iosdMint];
    await refusedUnchanged(world, watched, () => world.credits.spendCredits(holder.owner, 0n), "ZeroAmount");
    const held = await iosdBalance(world, holder.owner.publicKey);
    await refusedUnchanged(world, watched, () => world.credits.spendCredits(holder.owner, held + 1n), "InsufficientCredits");
  });

  it("refuses spending another holder's credits with NotTokenOwner", async () => {
    const watched = [world.credits.config, world.credits.iosdAccount(holder.owner.publicKey)];
    const from = world.credits.iosdAccount(holder.owner.publicKey);
    await refusedUnchanged(world, watched, () => world.credits.spendCredits(other, ONE_IOSD, from), "NotTokenOwner");
  });

  it("refuses a token account of another mint with WrongMint", async () => {
    await refusedUnchanged(world, [world.credits.config, holder.io], () => world.credits.spendCredits(holder.owner, 1n, holder.io), "WrongMint");
  });

  it("spends everything that is left", async () => {
    const held = await iosdBalance(world, holder.owner.publicKey);
    await world.credits.spendCredits(holder.owner, held);
    expect(await iosdBalance(world, holder.owner.publicKey)).to.equal(0n);
    expect(await iosdSupply(world)).to.equal(0n);
  });
});

