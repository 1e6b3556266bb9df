/** `io rent book|extend|terminate|status`: for renters of GPU clusters. */
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { PublicKey } from "@solana/web3.js";

import { toBigInt } from "../../codec.js";
import { MAX_RENTAL_GPUS } from "../../limits.js";
import { RentalCharges, rentalCharges } from "../../math/streaming.js";
import { CommandContext, commandContext, deviceClassId, deviceClassName, usdcMintOf } from "../context.js";
import { formatIosd, formatTender, TENDER_UNITS, TenderUnits } from "../format.js";
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

const unitsOf = (ctx: CommandContext, mint: PublicKey): TenderUnits => (mint.equals(ctx.token.mint) ? TENDER_UNITS.IO : TENDER_UNITS.USDC);

/** What `hours` of `gpus` at `price` charge in `mint` now: io_credits' tender fee and reservation rate. */
async function chargesOf(ctx: CommandContext, mint: PublicKey, price: bigint, gpus: number, hours: number): Promise<RentalCharges> {
  const [tender, config] = await Promise.all([ctx.credits.fetchTender(mint), ctx.credits.fetchConfig()]);
  if (!tender || !tender.enabled) throw new UsageError(`${mint.toBase58()} is not an enabled tender`);
  if (!config) throw new Error("io_credits is not initialized");
  return rentalCharges(price, gpus, hours, tender.feeBps, config.params.reservationFeeBps);
}

/** Prints the charges before they are sent (human output only), and on the harness funds them. */
async function quote(ctx: CommandContext, o: RentOptions, mint: PublicKey, charges: RentalCharges, what: string): Promise<void> {
  const units = unitsOf(ctx, mint);
  const t = (n: bigint) => formatTender(n, units);
  if (!o.json) console.log(`${what}: ${t(charges.principal)} + tender fee ${t(charges.tenderFee)} + reservation fee ${t(charges.reservationFee)} = ${t(charges.total)}`);
  if (!ctx.sandbox) return;
  if (units.symbol === "IO") await ctx.sandbox.giveIo(ctx.user.publicKey, charges.total);
  else await ctx.sandbox.giveUsdc(ctx.user.publicKey, charges.total);
  ctx.setup.push(`setup: funded the renter with ${t(charges.total)}`);
}

async function book(ctx: CommandContext, o: RentOptions) {
  const tender = parseChoice(o.tender ?? "USDC", ["USDC", "IO"] as const, "tender");
  const gpus = parseCount(o.gpus ?? "1", "--gpus", MAX_RENTAL_GPUS);
  const hours = parseCount(o.hours ?? "1", "--hours", 24 * 365);
  const price = parseAmount(o.price ?? "2", TENDER_UNITS[tender].decimals, "--price");
  const deviceClass = deviceClassId(o.class ?? "H100");
  const mint = tender === "IO" ? ctx.token.mint : await usdcMintOf(ctx, o.usdcMint);
  const charges = await chargesOf(ctx, mint, price, gpus, hours);
  await quote(ctx, o, mint, charges, `deposit for ${gpus} GPUs × ${hours} h at ${formatTender(price, TENDER_UNITS[tender])} per GPU-hour`);
  const { rental } = await ctx.cloud.book(ctx.user, {
    nonce: BigInt(Date.now()),
    deviceClass,
    gpus,
    hours,
    pricePerGpuHour: price,
    tenderMint: mint,
    renterToken: getAssociatedTokenAddressSync(mint, ctx.user.publicKey, true),
  });
  return { rental, charges };
}

async function rentalOf(ctx: CommandContext, o: RentOptions): Promise<PublicKey> {
  if (o.rental) return parsePubkey(o.rental, "--rental");
  if (!ctx.sandbox) throw new UsageError("--rental <address> is required with --url");
  const { rental } = await book(ctx, o);
  ctx.setup.push(`setup: booked rental ${rental.toBase58()}`);
  return rental;
}

async function status(ctx: CommandContext, rental: PublicKey) {
  const account = await ctx.cloud.fetchRentalOrThrow(rental);
  return {
    rental: rental.toBase58(),
    renter: account.renter.toBase58(),
    state: Object.keys(account.state)[0],
    deviceClass: account.deviceClass,
    gpus: account.gpus,
    hours: account.hours,
    tender: unitsOf(ctx, account.tenderMint).symbol,
    tenderMint: account.tenderMint.toBase58(),
    pricePerGpuHour: toBigInt(account.pricePerGpuHour),
    deposited: toBigInt(account.principal) + toBigInt(account.fees),
    paid: toBigInt(account.paid),
    refunded: toBigInt(account.refunded),
    fees: toBigInt(account.fees),
    reservationFeesIosd: toBigInt(account.reservationFeesIosd),
    endTime: toBigInt(account.endTime),
  };
}

type RentalView = Awaited<ReturnType<typeof status>>;

const lines = (ctx: CommandContext, rest: string[]) => [...ctx.setup, ...rest].join("\n");

function describe(v: RentalView): string[] {
  const t = (n: bigint) => formatTender(n, TENDER_UNITS[v.tender as TenderUnits["symbol"]]);
  return [
    `rental ${v.rental}: ${v.state}, ${v.gpus} × ${deviceClassName(v.deviceClass)} for ${v.hours} h at ${t(v.pricePerGpuHour)} per GPU-hour`,
    `  deposited ${t(v.deposited)} (fees ${t(v.fees)}), reservation fees in IOSD ${formatIosd(v.reservationFeesIosd)}; paid ${t(v.paid)}, refunded ${t(v.refunded)}`,
    ...(v.endTime > 0n ? [`  ends ${new Date(Number(v.endTime) * 1000).toISOString()}`] : []),
  ];
}

export async function rentCommand(action: "book" | "extend" | "terminate" | "status", o: RentOptions): Promise<void> {
  const ctx = await commandContext(o);
  if (action === "book") {
    const { rental, charges } = await book(ctx, o);
    const view = await status(ctx, rental);
    return emit(o, { ...view, charges }, (v) => lines(ctx, [`booked ${describe(v).join("\n")}`]));
  }
  const rental = await rentalOf(ctx, o);
  if (action === "extend") {
    const extra = parseCount(o.hours ?? "1", "--hours", 24 * 365);
    const account = await ctx.cloud.fetchRentalOrThrow(rental);
    const charges = await chargesOf(ctx, account.tenderMint, toBigInt(account.pricePerGpuHour), account.gpus, extra);
    await quote(ctx, o, account.tenderMint, charges, `extension by ${extra} h`);
    await ctx.cloud.extend(ctx.user, rental, extra);
    const view = await status(ctx, rental);
    return emit(o, { ...view, charges }, (v) => lines(ctx, [`extended ${describe(v).join("\n")}`]));
  }
  if (action === "terminate") await ctx.cloud.terminate(ctx.user, rental);
  const view = await status(ctx, rental);
  return emit(o, view, (v) => lines(ctx, [`${action === "terminate" ? "terminated " : ""}${describe(v).join("\n")}`]));
}
