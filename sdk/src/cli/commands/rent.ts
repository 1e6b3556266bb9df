/** `io rent book|extend|terminate|status`: for renters of GPU clusters. */
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";

import { toBigInt } from "../../codec.js";
import { MAX_RENTAL_GPUS } from "../../limits.js";
import { CommandContext, commandContext, deviceClassId } from "../context.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount, parseChoice, parseCount, parsePubkey } from "../parse.js";
import { SessionOptions } from "../session.js";

export interface RentOptions extends OutputOptions, SessionOptions {
  class?: string;
  gpus?: string;
  hours?: string;
  price?: string;
  tender?: string;
  rental?: string;
  usdcMint?: string;
}

const TENDERS = ["USDC", "IO"] as const;

function tenderMint(ctx: CommandContext, tender: (typeof TENDERS)[number], o: RentOptions): PublicKey {
  if (tender === "IO") return ctx.token.mint;
  if (ctx.sandbox) return ctx.sandbox.usdcMint;
  if (!o.usdcMint) throw new UsageError("--usdc-mint <address> is required with --rpc and --tender USDC");
  return parsePubkey(o.usdcMint, "--usdc-mint");
}

async function book(ctx: CommandContext, o: RentOptions): Promise<{ rental: PublicKey; tender: PublicKey; signature: string }> {
  const tender = parseChoice(o.tender ?? "USDC", TENDERS, "tender");
  const decimals = tender === "IO" ? 8 : 6;
  const gpus = parseCount(o.gpus ?? "1", "--gpus", MAX_RENTAL_GPUS);
  const hours = parseCount(o.hours ?? "1", "--hours", 24 * 365);
  const price = parseAmount(o.price ?? "2", decimals, "--price");
  const mint = tenderMint(ctx, tender, o);
  const renterToken = getAssociatedTokenAddressSync(mint, ctx.user.publicKey, true);
  if (ctx.sandbox) {
    const deposit = (price * BigInt(gpus) * BigInt(hours) * 110n) / 100n;
    if (tender === "IO") await ctx.sandbox.giveIo(ctx.user.publicKey, deposit);
    else await ctx.sandbox.giveUsdc(ctx.user.publicKey, deposit);
    ctx.setup.push(`setup: funded the renter with ${deposit} ${tender} base units`);
  }
  const nonce = BigInt(Date.now());
  const { rental, result } = await ctx.cloud.book(ctx.user, {
    nonce,
    deviceClass: deviceClassId(o.class ?? "H100"),
    gpus,
    hours,
    pricePerGpuHour: price,
    tenderMint: mint,
    renterToken,
  });
  return { rental, tender: renterToken, signature: result.signature };
}

async function rentalOf(ctx: CommandContext, o: RentOptions) {
  if (o.rental) return { rental: parsePubkey(o.rental, "--rental"), tender: undefined };
  if (!ctx.sandbox) throw new UsageError("--rental <address> is required with --rpc");
  const booked = await book(ctx, o);
  ctx.setup.push(`setup: booked rental ${booked.rental.toBase58()}`);
  return booked;
}

async function status(ctx: CommandContext, rental: PublicKey) {
  const account = await ctx.cloud.fetchRentalOrThrow(rental);
  return {
    rental: rental.toBase58(),
    renter: account.renter.toBase58(),
    state: Object.keys(account.state)[0],
    gpus: account.gpus,
    hours: account.hours,
    deposited: toBigInt(account.principal) + toBigInt(account.fees),
    paid: toBigInt(account.paid),
    refunded: toBigInt(account.refunded),
    fees: toBigInt(account.fees),
    endTime: toBigInt(account.endTime),
  };
}

const lines = (ctx: CommandContext, rest: string[]) => [...ctx.setup, ...rest].join("\n");
const describe = (v: Awaited<ReturnType<typeof status>>) =>
  `rental ${v.rental}: ${v.state}, ${v.gpus} GPUs × ${v.hours} h; deposited ${v.deposited}, paid ${v.paid}, refunded ${v.refunded}, fees ${v.fees} (tender base units)`;

export async function rentCommand(action: "book" | "extend" | "terminate" | "status", o: RentOptions): Promise<void> {
  const ctx = await commandContext(o);
  if (action === "book") {
    const { rental } = await book(ctx, o);
    const view = await status(ctx, rental);
    return emit(o, view, (v) => lines(ctx, [`booked ${describe(v)}`]));
  }
  const { rental, tender } = await rentalOf(ctx, o);
  if (action === "extend") {
    const extra = parseCount(o.hours ?? "1", "--hours", 24 * 365);
    if (ctx.sandbox) {
      const account = await ctx.cloud.fetchRentalOrThrow(rental);
      const more = (toBigInt(account.pricePerGpuHour) * BigInt(account.gpus) * BigInt(extra) * 110n) / 100n;
      if (account.tenderMint.equals(ctx.token.mint)) await ctx.sandbox.giveIo(ctx.user.publicKey, more);
      else await ctx.sandbox.giveUsdc(ctx.user.publicKey, more);
    }
    await ctx.cloud.extend(ctx.user, rental, extra, tender);
  } else if (action === "terminate") {
    await ctx.cloud.terminate(ctx.user, rental, tender);
  }
  const view = await status(ctx, rental);
  return emit(o, view, (v) => lines(ctx, [describe(v)]));
}
