import { expect } from "chai";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Keypair } from "@solana/web3.js";

import {
  checkedConservativePrice,
  conservativePrice,
  CreditsMathError,
  decodePriceUpdateV2,
  encodePriceUpdateV2,
  feeOf,
  ioToIosd,
  iosdToIo,
  PRICE_UPDATE_V2_LEN,
  PYTH_RECEIVER_ID,
  reservationFee,
  supplierFee,
  supplierFeeBps,
  tenderFee,
} from "@ionet/sdk";

type Row = Record<string, unknown> & { name: string; error?: string };
const dir = path.dirname(fileURLToPath(import.meta.url));
const table = JSON.parse(readFileSync(path.join(dir, "vectors/fee_cases.json"), "utf8")) as Record<string, Row[]>;

const big = (row: Row, key: string) => BigInt(row[key] as string);

/** Runs `compute` and compares with the row: its value under `key`, or its `error` name. */
function check(row: Row, key: string, compute: () => bigint) {
  let got: bigint | undefined;
  let error: string | undefined;
  try {
    got = compute();
  } catch (err) {
    if (!(err instanceof CreditsMathError)) throw err;
    error = err.errorName;
  }
  if (row.error) expect(error, row.name).to.equal(row.error);
  else {
    expect(error, row.name).to.equal(undefined);
    expect(got, row.name).to.equal(big(row, key));
  }
}

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: bigint) {
  let state = seed;
  return (bits: number): bigint => {
    let out = 0n;
    for (let i = 0; i < bits; i += 32) {
      state = (state * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
      out = (out << 32n) | (state >> 32n);
    }
    return out & ((1n << BigInt(bits)) - 1n);
  };
}

describe("io_credits: shared fee and conversion table (tests/vectors/fee_cases.json)", () => {
  it("has rows for every function", () => {
    for (const key of ["fees", "supplier_fees", "conservative_price", "io_to_iosd", "iosd_to_io", "price_checks"]) {
      expect(table[key], key).to.be.an("array").that.is.not.empty;
    }
  });

  it("fee_of: 2% on USDC, 0% on IO, 0.25% reservation, rounded up", () => {
    for (const row of table.fees) check(row, "fee", () => feeOf(big(row, "amount"), row.bps as number));
  });

  it("supplier fee: the reservation and tender rates on each payout, rounded up once over a stream", () => {
    for (const row of table.supplier_fees) {
      const bps = supplierFeeBps(row.tender_bps as number, row.reservation_bps as number);
      check(row, "fee", () => supplierFee(big(row, "before"), big(row, "after"), bps));
    }
  });

  it("conservative price: min(price, ema) − 2·conf", () => {
    for (const row of table.conservative_price) {
      check(row, "result", () => conservativePrice({ price: big(row, "price"), emaPrice: big(row, "ema_price"), conf: big(row, "conf") }));
    }
  });

  it("IO → IOSD rounds down; IOSD → IO rounds up", () => {
    for (const row of table.io_to_iosd) check(row, "iosd", () => ioToIosd(big(row, "io"), big(row, "price"), row.exponent as number));
    for (const row of table.iosd_to_io) check(row, "io", () => iosdToIo(big(row, "iosd"), big(row, "price"), row.exponent as number));
  });

  it("price account checks, in the program's order", () => {
    const feed = new Uint8Array(32).fill(1);
    for (const row of table.price_checks) {
      const data = encodePriceUpdateV2({
        writeAuthority: Keypair.generate().publicKey,
        verificationLevel: row.level === "full" ? { kind: "full" } : { kind: "partial", numSignatures: 5 },
        priceMessage: {
          feedId: row.feed_ok ? feed : new Uint8Array(32).fill(2),
          price: big(row, "price"),
          conf: big(row, "conf"),
          exponent: row.exponent as number,
          publishTime: BigInt(row.publish_time as number),
          prevPublishTime: 0n,
          emaPrice: big(row, "ema_price"),
          emaConf: 0n,
        },
        postedSlot: 1n,
      });
      const limits = { feedId: feed, maxAgeS: row.max_age_s as number, maxConfBps: row.max_conf_bps as number };
      check(row, "result", () => checkedConservativePrice(PYTH_RECEIVER_ID, data, limits, BigInt(row.now as number)).price);
    }
  });
});

describe("io_credits: fee and oracle math in bigint", () => {
  it("2% of a USDC amount, 0% of IO, 0.25% reservation", () => {
    expect(tenderFee(1_000_000n, 200)).to.equal(20_000n);
    expect(tenderFee(123_456_789n, 0)).to.equal(0n);
    expect(reservationFee(1_000_000n)).to.equal(2_500n);
  });

  it("rounds every fee up by less than one base unit (10,000 random cases)", () => {
    const next = rng(42n);
    for (let i = 0; i < 10_000; i++) {
      const amount = next(64);
      const bps = Number(next(14) % 10_001n);
      const fee = feeOf(amount, bps);
      const exact = amount * BigInt(bps);
      expect(fee * 10_000n >= exact).to.equal(true);
      expect(fee * 10_000n < exact + 10_000n).to.equal(true);
    }
  });

  it("converts within one base unit in the protocol's favour (10,000 random cases)", () => {
    const next = rng(7n);
    for (let i = 0; i < 10_000; i++) {
      const io = next(57);
      const price = 1n + (next(40) % 1_000_000_000_000n);
      const exponent = -Number(next(4) % 13n);
      const den = 10n ** BigInt(2 - exponent);
      if ((io * price) / den >= 1n << 64n) {
        expect(() => ioToIosd(io, price, exponent)).to.throw(CreditsMathError, "CastOverflow");
        continue;
      }
      const iosd = ioToIosd(io, price, exponent);
      expect(iosd * den <= io * price && (iosd + 1n) * den > io * price).to.equal(true);
      const back = iosdToIo(iosd, price, exponent);
      expect(back * price >= iosd * den && (back === 0n || (back - 1n) * price < iosd * den)).to.equal(true);
      expect(back <= io).to.equal(true);
    }
  });

  it("encodes and decodes the receiver's PriceUpdateV2 layout (134 bytes)", () => {
    const update = {
      writeAuthority: Keypair.generate().publicKey,
      verificationLevel: { kind: "partial" as const, numSignatures: 7 },
      priceMessage: {
        feedId: new Uint8Array(32).fill(3),
        price: 250_000_000n,
        conf: 100_000n,
        exponent: -8,
        publishTime: 1_700_000_000n,
        prevPublishTime: 1_699_999_999n,
        emaPrice: 251_000_000n,
        emaConf: 90_000n,
      },
      postedSlot: 99n,
    };
    const data = encodePriceUpdateV2(update);
    expect(data.length).to.equal(PRICE_UPDATE_V2_LEN);
    expect([...data.subarray(40, 42)]).to.deep.equal([0, 7]);
    const decoded = decodePriceUpdateV2(data);
    expect(decoded.writeAuthority.equals(update.writeAuthority)).to.equal(true);
    expect(decoded.verificationLevel).to.deep.equal(update.verificationLevel);
    expect(decoded.priceMessage).to.deep.equal(update.priceMessage);
    expect(decoded.postedSlot).to.equal(99n);
    const junk = Buffer.from(data);
    junk[0] ^= 1;
    expect(() => decodePriceUpdateV2(junk)).to.throw(CreditsMathError, "PriceAccountInvalid");
  });
});
