import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";

import { CreditsParamChange, IO, ONE_IOSD, theEvent, toBigInt } from "@ionet/sdk";

import { expectRefusal, funded, snapshot } from "./support.js";
import { CreditsWorld, creditsWorld, freshPrice, ioHolder } from "./support_io_credits.js";

const P = "io_credits";

/** Out-of-bound changes: what each sets and the error that refuses it. */
const OUT_OF_BOUNDS: [string, CreditsParamChange, string][] = [
  ["an all-zero feed id", { kind: "priceFeedId", feedId: new Uint8Array(32) }, "FeedIdInvalid"],
  ["max_age_s 4", { kind: "maxAgeS", value: 4 }, "MaxAgeOutOfBounds"],
  ["max_age_s 3,601", { kind: "maxAgeS", value: 3_601 }, "MaxAgeOutOfBounds"],
  ["max_conf_bps 0", { kind: "maxConfBps", value: 0 }, "MaxConfOutOfBounds"],
  ["max_conf_bps 1,001", { kind: "maxConfBps", value: 1_001 }, "MaxConfOutOfBounds"],
  ["a breaker window of 3,576 s", { kind: "breakerWindowS", value: 3_576 }, "BreakerWindowOutOfBounds"],
  ["a breaker window of 30 days + 24 s", { kind: "breakerWindowS", value: 30 * 86_400 + 24 }, "BreakerWindowOutOfBounds"],
  ["a breaker window of 3,610 s", { kind: "breakerWindowS", value: 3_610 }, "BreakerWindowNotMultiple"],
  ["a breaker limit under 1 IOSD", { kind: "breakerLimit", value: ONE_IOSD - 1n }, "BreakerLimitOutOfBounds"],
  ["a breaker limit over 1B IOSD", { kind: "breakerLimit", value: 1_000_000_000n * ONE_IOSD + 1n }, "BreakerLimitOutOfBounds"],
  ["an IO burn share over 100%", { kind: "ioFeeBurnBps", value: 10_001 }, "BurnShareOutOfBounds"],
  ["a reservation fee over 1%", { kind: "reservationFeeBps", value: 101 }, "ReservationFeeOutOfBounds"],
  ["the default key as governance", { kind: "governance", governance: PublicKey.default }, "InvalidGovernance"],
];

describe("io_credits: governed parameters", () => {
  /** Only refused here (each refusal checks it changed nothing); its that change parameters build their own. */
  let world: CreditsWorld;

  before(async () => {
    world = await creditsWorld();
  });

  it("lets governance change each parameter; the event carries every parameter after the change", async () => {
    const world = await creditsWorld();
    const newFeed = Uint8Array.from({ length: 32 }, () => 5);
    const changes: [CreditsParamChange, (p: Awaited<ReturnType<typeof world.credits.fetchConfig>>) => unknown, unknown][] = [
      [{ kind: "priceFeedId", feedId: newFeed }, (c) => Array.from(c!.params.priceFeedId), Array.from(newFeed)],
      [{ kind: "maxAgeS", value: 30 }, (c) => c!.params.maxAgeS, 30],
      [{ kind: "maxConfBps", value: 50 }, (c) => c!.params.maxConfBps, 50],
      [{ kind: "breakerWindowS", value: 3_600 }, (c) => c!.params.breakerWindowS, 3_600],
      [{ kind: "breakerLimit", value: 5_000n * ONE_IOSD }, (c) => c!.params.breakerLimit.toString(), (5_000n * ONE_IOSD).toString()],
      [{ kind: "ioFeeBurnBps", value: 10_000 }, (c) => c!.params.ioFeeBurnBps, 10_000],
      [{ kind: "reservationFeeBps", value: 30 }, (c) => c!.params.reservationFeeBps, 30],
    ];
    let seq = toBigInt((await world.credits.fetchConfig())!.seq);
    for (const [change, read, expected] of changes) {
      const result = await world.credits.setParam(world.governance, change);
      seq += 1n;
      const config = await world.credits.fetchConfig();
      expect(read(config), change.kind).to.deep.equal(expected);
      const event = theEvent(result, "creditsParamsChanged").data;
      expect(event.header.seq.toString()).to.equal(seq.toString());
      expect(JSON.stringify(event.params)).to.equal(JSON.stringify(config!.params));
    }
  });

  it("refuses every change by another signer with Unauthorized", async () => {
    const intruder = await funded(world.provider);
    const before = await snapshot(world.provider, [world.credits.config]);
    await expectRefusal(world.credits.setParam(intruder, { kind: "maxAgeS", value: 60 }), "Unauthorized", P);
    await expectRefusal(world.credits.setParam(intruder, { kind: "governance", governance: intruder.publicKey }), "Unauthorized", P);
    expect(await snapshot(world.provider, [world.credits.config])).to.deep.equal(before);
  });

  for (const [what, change, error] of OUT_OF_BOUNDS) {
    it(`refuses ${what} with ${error} and changes nothing`, async () => {
      const before = await snapshot(world.provider, [world.credits.config]);
      await expectRefusal(world.credits.setParam(world.governance, change), error, P);
      expect(await snapshot(world.provider, [world.credits.config])).to.deep.equal(before);
    });
  }

  it("applies a new feed id and max age to the next buy", async () => {
    const fresh = await creditsWorld();
    const buyer = await ioHolder(fresh, IO(10));
    const price = Keypair.generate().publicKey;
    const buy = () => fresh.credits.buyCredits(buyer.owner, { buyerIo: buyer.io, priceUpdate: price, ioAmount: IO(1), minIosdOut: 0n });
    await freshPrice(fresh.context, price);
    await buy();
    const other = Uint8Array.from({ length: 32 }, () => 5);
    await fresh.credits.setParam(fresh.governance, { kind: "priceFeedId", feedId: other });
    await expectRefusal(buy(), "PriceWrongFeed", P);
    await freshPrice(fresh.context, price, { feedId: other });
    await buy();
    await fresh.context.advanceSeconds(20);
    await fresh.credits.setParam(fresh.governance, { kind: "maxAgeS", value: 10 });
    await expectRefusal(buy(), "PriceStale", P);
  });

  it("keeps what the breaker holds when the window changes", async () => {
    const fresh = await creditsWorld({ breakerLimit: 100n * ONE_IOSD });
    const buyer = await ioHolder(fresh, IO(100));
    const price = Keypair.generate().publicKey;
    await freshPrice(fresh.context, price, { price: 200_000_000n, emaPrice: 200_000_000n, conf: 0n });
    await fresh.credits.buyCredits(buyer.owner, { buyerIo: buyer.io, priceUpdate: price, ioAmount: IO(40), minIosdOut: 0n });
    const result = await fresh.credits.setParam(fresh.governance, { kind: "breakerWindowS", value: 7_200 });
    expect(theEvent(result, "creditsParamsChanged").data.windowMinted.toString()).to.equal((80n * ONE_IOSD).toString());
    await expectRefusal(
      fresh.credits.buyCredits(buyer.owner, { buyerIo: buyer.io, priceUpdate: price, ioAmount: IO(11), minIosdOut: 0n }),
      "CircuitBreakerTripped",
      P,
    );
  });

  it("hands governance to the DAO's key, after which the old key is refused", async () => {
    const world = await creditsWorld();
    const dao = Keypair.generate();
    await world.credits.setParam(world.governance, { kind: "governance", governance: dao.publicKey });
    expect((await world.credits.fetchConfig())!.governance.equals(dao.publicKey)).to.equal(true);
    await expectRefusal(world.credits.setParam(world.governance, { kind: "maxAgeS", value: 60 }), "Unauthorized", P);
    await world.credits.setParam(dao, { kind: "maxAgeS", value: 60 });
  });
});
