/** Shared setup for the io_credits suites: IO initialized, credits initialized, Pyth prices in the bank. */
import { getMint, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID, unpackAccount } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import type { HarnessContext, HarnessProvider } from "@ionet/harness";
import {
  CreditsParams,
  DEFAULT_CREDITS_PARAMS,
  encodePriceUpdateV2,
  IoCreditsClient,
  IoTokenClient,
  PYTH_RECEIVER_ID,
  VerificationLevel,
} from "@ionet/sdk";

import { clockNow, funded, newBank, TestBank, tokenAccount } from "./support.js";

/** The IO/USD feed id the tests configure. */
export const FEED_ID = Uint8Array.from({ length: 32 }, (_, i) => i + 1);

/** The deployment's parameters with the tests' feed and a confidence limit of 1%. */
export const DEFAULT_PARAMS: CreditsParams = { ...DEFAULT_CREDITS_PARAMS, priceFeedId: FEED_ID, maxConfBps: 100 };

export interface CreditsWorld extends TestBank {
  token: IoTokenClient;
  credits: IoCreditsClient;
  /** io_token's config authority. */
  admin: Keypair;
  /** Registered as io_token's emission authority, to hand IO to buyers. */
  emitter: Keypair;
  /** The credits governance (the DAO's PDA in production). */
  governance: Keypair;
}

/** A bank with IO initialized and io_credits initialized by `governance` with `params`. */
export async function creditsWorld(params: Partial<CreditsParams> = {}): Promise<CreditsWorld> {
  const bank = await newBank();
  const token = new IoTokenClient(bank.provider);
  const credits = new IoCreditsClient(bank.provider);
  const admin = Keypair.generate();
  const emitter = Keypair.generate();
  const governance = await funded(bank.provider);
  await token.initialize(admin);
  await token.setAuthority(admin, "emission", emitter.publicKey);
  await credits.initialize(governance.publicKey, { ...DEFAULT_PARAMS, ...params });
  return { ...bank, token, credits, admin, emitter, governance };
}

/** A funded keypair holding `io` IO in its associated IO account. */
export async function ioHolder(world: CreditsWorld, io: bigint): Promise<{ owner: Keypair; io: PublicKey }> {
  const owner = await funded(world.provider);
  const account = await tokenAccount(world.provider, world.token.mint, owner.publicKey);
  if (io > 0n) await world.token.mintEmission(world.emitter, account, io);
  return { owner, io: account };
}

export interface PriceOptions {
  /** Price × 10^exponent USD per IO (default $2.50 at −8). */
  price?: bigint;
  conf?: bigint;
  emaPrice?: bigint;
  exponent?: number;
  publishTime: bigint;
  feedId?: Uint8Array;
  level?: VerificationLevel;
  /** Account owner (default: the Pyth receiver program). */
  owner?: PublicKey;
}

/** The defaults: $2.50 ± $0.001, EMA $2.51 → conservative $2.498. */
export const PRICE = { price: 250_000_000n, conf: 100_000n, emaPrice: 251_000_000n, exponent: -8, conservative: 249_800_000n };

/** Writes a Pyth `PriceUpdateV2` account into the bank, as the receiver program would post it. */
export function writePrice(context: HarnessContext, address: PublicKey, options: PriceOptions): void {
  const data = encodePriceUpdateV2({
    writeAuthority: Keypair.generate().publicKey,
    verificationLevel: options.level ?? { kind: "full" },
    priceMessage: {
      feedId: options.feedId ?? FEED_ID,
      price: options.price ?? PRICE.price,
      conf: options.conf ?? PRICE.conf,
      exponent: options.exponent ?? PRICE.exponent,
      publishTime: options.publishTime,
      prevPublishTime: options.publishTime - 1n,
      emaPrice: options.emaPrice ?? PRICE.emaPrice,
      emaConf: options.conf ?? PRICE.conf,
    },
    postedSlot: 1n,
  });
  context.setAccount(address, { lamports: 10_000_000, data, owner: options.owner ?? PYTH_RECEIVER_ID });
}

/** Writes a fresh price (published now) at `address`. */
export async function freshPrice(context: HarnessContext, address: PublicKey, options: Partial<PriceOptions> = {}) {
  writePrice(context, address, { publishTime: await clockNow(context), ...options });
}

export async function supplyOf(provider: HarnessProvider, mint: PublicKey, program = TOKEN_PROGRAM_ID): Promise<bigint> {
  return (await getMint(provider.connection, mint, "confirmed", program)).supply;
}

export const iosdSupply = (world: CreditsWorld) => supplyOf(world.provider, world.credits.iosdMint, TOKEN_2022_PROGRAM_ID);

export async function iosdBalance(world: CreditsWorld, owner: PublicKey): Promise<bigint> {
  const info = await world.provider.connection.getAccountInfo(world.credits.iosdAccount(owner));
  if (!info) return 0n;
  return unpackAccount(world.credits.iosdAccount(owner), info, TOKEN_2022_PROGRAM_ID).amount;
}
