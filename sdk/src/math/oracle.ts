/**
 * Pyth `PriceUpdateV2` accounts and IO ↔ IOSD conversion, bit-for-bit the on-chain
 * `io_credits::oracle`: same layout, same checks in the same order (each with the program's error
 * name), same rounding (IO → IOSD down, IOSD → IO up). Checked against the Rust on
 * tests/vectors/fee_cases.json.
 */
import { PublicKey } from "@solana/web3.js";

import { BPS_DENOMINATOR, checkU64, CreditsMathError, divCeil, U128_MAX, U64_MAX } from "./fees.js";

/** The Pyth receiver program, owner of every `PriceUpdateV2` account. */
export const PYTH_RECEIVER_ID = new PublicKey("rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ");
/** `sha256("account:PriceUpdateV2")[..8]`. */
export const PRICE_UPDATE_V2_DISCRIMINATOR = Uint8Array.from([34, 241, 35, 99, 157, 126, 244, 205]);
/** Bytes the receiver allocates for a `PriceUpdateV2` (a Full update uses 133 of them). */
export const PRICE_UPDATE_V2_LEN = 134;
export const MIN_PRICE_EXPONENT = -18;
export const MAX_PRICE_EXPONENT = 2;
/** IO decimals (8) minus IOSD decimals (6). */
const DECIMALS_GAP = 2;

export type VerificationLevel = { kind: "full" } | { kind: "partial"; numSignatures: number };

export interface PriceFeedMessage {
  feedId: Uint8Array;
  price: bigint;
  conf: bigint;
  exponent: number;
  publishTime: bigint;
  prevPublishTime: bigint;
  emaPrice: bigint;
  emaConf: bigint;
}

export interface PriceUpdateV2 {
  writeAuthority: PublicKey;
  verificationLevel: VerificationLevel;
  priceMessage: PriceFeedMessage;
  postedSlot: bigint;
}

export interface OracleLimits {
  feedId: Uint8Array;
  maxAgeS: number;
  maxConfBps: number;
}

/** A checked conservative price: `price × 10^exponent` USD per IO. */
export interface ConservativePrice {
  price: bigint;
  exponent: number;
  publishTime: bigint;
}

/** The account data of a price update, as the Pyth receiver writes it (134 bytes). */
export function encodePriceUpdateV2(update: PriceUpdateV2): Buffer {
  const data = Buffer.alloc(PRICE_UPDATE_V2_LEN);
  let at = 0;
  data.set(PRICE_UPDATE_V2_DISCRIMINATOR, at);
  at += 8;
  data.set(update.writeAuthority.toBuffer(), at);
  at += 32;
  if (update.verificationLevel.kind === "full") {
    data.writeUInt8(1, at++);
  } else {
    data.writeUInt8(0, at++);
    data.writeUInt8(update.verificationLevel.numSignatures, at++);
  }
  const m = update.priceMessage;
  if (m.feedId.length !== 32) throw new RangeError("feed id must be 32 bytes");
  data.set(m.feedId, at);
  at += 32;
  at = data.writeBigInt64LE(m.price, at);
  at = data.writeBigUInt64LE(m.conf, at);
  at = data.writeInt32LE(m.exponent, at);
  at = data.writeBigInt64LE(m.publishTime, at);
  at = data.writeBigInt64LE(m.prevPublishTime, at);
  at = data.writeBigInt64LE(m.emaPrice, at);
  at = data.writeBigUInt64LE(m.emaConf, at);
  data.writeBigUInt64LE(update.postedSlot, at);
  return data;
}

/** Decodes a `PriceUpdateV2` account's data; `PriceAccountInvalid` if it is not one. */
export function decodePriceUpdateV2(data: Uint8Array): PriceUpdateV2 {
  const buf = Buffer.from(data);
  const invalid = () => new CreditsMathError("PriceAccountInvalid");
  if (buf.length < 8 || !buf.subarray(0, 8).equals(Buffer.from(PRICE_UPDATE_V2_DISCRIMINATOR))) throw invalid();
  let at = 8;
  const need = (n: number) => {
    if (at + n > buf.length) throw invalid();
  };
  need(33);
  const writeAuthority = new PublicKey(buf.subarray(at, at + 32));
  at += 32;
  const tag = buf.readUInt8(at++);
  let verificationLevel: VerificationLevel;
  if (tag === 1) verificationLevel = { kind: "full" };
  else if (tag === 0) {
    need(1);
    verificationLevel = { kind: "partial", numSignatures: buf.readUInt8(at++) };
  } else throw invalid();
  need(84 + 8);
  const feedId = Uint8Array.from(buf.subarray(at, at + 32));
  at += 32;
  const priceMessage: PriceFeedMessage = {
    feedId,
    price: buf.readBigInt64LE(at),
    conf: buf.readBigUInt64LE(at + 8),
    exponent: buf.readInt32LE(at + 16),
    publishTime: buf.readBigInt64LE(at + 20),
    prevPublishTime: buf.readBigInt64LE(at + 28),
    emaPrice: buf.readBigInt64LE(at + 36),
    emaConf: buf.readBigUInt64LE(at + 44),
  };
  at += 52;
  return { writeAuthority, verificationLevel, priceMessage, postedSlot: buf.readBigUInt64LE(at) };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The program's checks, in its order; returns the price message. */
export function validatePriceUpdate(update: PriceUpdateV2, limits: OracleLimits, now: bigint): PriceFeedMessage {
  const m = update.priceMessage;
  if (!sameBytes(m.feedId, limits.feedId)) throw new CreditsMathError("PriceWrongFeed");
  if (update.verificationLevel.kind !== "full") throw new CreditsMathError("PriceNotFullyVerified");
  if (m.price <= 0n || m.emaPrice <= 0n) throw new CreditsMathError("PriceNotPositive");
  if (m.exponent < MIN_PRICE_EXPONENT || m.exponent > MAX_PRICE_EXPONENT) {
    throw new CreditsMathError("PriceExponentUnsupported");
  }
  if (now - m.publishTime > BigInt(limits.maxAgeS)) throw new CreditsMathError("PriceStale");
  if (m.conf * BPS_DENOMINATOR > BigInt(limits.maxConfBps) * m.price) {
    throw new CreditsMathError("PriceConfidenceTooWide");
  }
  return m;
}

/** `min(price, ema_price) − 2·conf`; `PriceNotPositive` unless above zero. */
export function conservativePrice(message: Pick<PriceFeedMessage, "price" | "emaPrice" | "conf">): bigint {
  const low = message.price < message.emaPrice ? message.price : message.emaPrice;
  const conservative = low - 2n * message.conf;
  if (conservative <= 0n) throw new CreditsMathError("PriceNotPositive");
  if (conservative > U64_MAX) throw new CreditsMathError("CastOverflow");
  return conservative;
}

/** `max(price, ema_price) + 2·conf`: the highest price an update allows (fewest IO per USD). */
export function highPrice(message: Pick<PriceFeedMessage, "price" | "emaPrice" | "conf">): bigint {
  const high = message.price > message.emaPrice ? message.price : message.emaPrice;
  const protective = high + 2n * message.conf;
  if (protective <= 0n) throw new CreditsMathError("PriceNotPositive");
  if (protective > U64_MAX) throw new CreditsMathError("CastOverflow");
  return protective;
}

/** What `credits_buy` derives from a price account: owner, layout, checks, conservative price. */
export function checkedConservativePrice(
  owner: PublicKey,
  data: Uint8Array,
  limits: OracleLimits,
  now: bigint,
): ConservativePrice {
  if (!owner.equals(PYTH_RECEIVER_ID)) throw new CreditsMathError("PriceWrongOwner");
  const message = validatePriceUpdate(decodePriceUpdateV2(data), limits, now);
  return { price: conservativePrice(message), exponent: message.exponent, publishTime: message.publishTime };
}

function scale(exponent: number): bigint {
  if (!Number.isInteger(exponent) || exponent < MIN_PRICE_EXPONENT || exponent > MAX_PRICE_EXPONENT) {
    throw new CreditsMathError("PriceExponentUnsupported");
  }
  return 10n ** BigInt(DECIMALS_GAP - exponent);
}

/** IOSD base units (micro-USD) `ioAmount` IO base units are worth at `price × 10^exponent`, rounded down. */
export function ioToIosd(ioAmount: bigint, price: bigint, exponent: number): bigint {
  checkU64(ioAmount, "ioAmount");
  checkU64(price, "price");
  const iosd = (ioAmount * price) / scale(exponent);
  if (iosd > U64_MAX) throw new CreditsMathError("CastOverflow");
  return iosd;
}

/** IO base units that `iosdAmount` micro-USD buy at `price × 10^exponent`, rounded down. */
export function iosdToIoDown(iosdAmount: bigint, price: bigint, exponent: number): bigint {
  checkU64(iosdAmount, "iosdAmount");
  checkU64(price, "price");
  if (price === 0n) throw new CreditsMathError("PriceNotPositive");
  const io = (iosdAmount * scale(exponent)) / price;
  if (io > U64_MAX) throw new CreditsMathError("CastOverflow");
  return io;
}

/** IO base units that `iosdAmount` micro-USD cost at `price × 10^exponent`, rounded up. */
export function iosdToIo(iosdAmount: bigint, price: bigint, exponent: number): bigint {
  checkU64(iosdAmount, "iosdAmount");
  checkU64(price, "price");
  if (price === 0n) throw new CreditsMathError("PriceNotPositive");
  const value = iosdAmount * scale(exponent);
  if (value > U128_MAX) throw new CreditsMathError("MathOverflow");
  const io = divCeil(value, price);
  if (io > U64_MAX) throw new CreditsMathError("CastOverflow");
  return io;
}
