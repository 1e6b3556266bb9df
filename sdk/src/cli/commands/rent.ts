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

/** Prints the charges before they are sent (human output only). */
function quote(ctx: CommandContext, o: RentOptions, mint: PublicKey, charges: RentalCharges, what: string): void {
  const t = (n: bigint) => formatTender(n, unitsOf(ctx, mint));
  if (!o.json) console.log(`${what}: ${t(charges.principal)} + tender fee ${t(charges.tenderFee)} + reservation fee ${t(charges.reservationFee)} = ${t(charges.total)}`);
}

/** The booking `book` asks for, parsed from its options (defaults: one H100 for 1 h at 2 USDC). */
function bookingOf(o: RentOptions) {
  const tender = parseChoice(o.tender ?? "USDC", ["USDC", "IO"] as const, "tender");
  return {
    tender,
    gpus: parseCount(o.gpus ?? "1", "--gpus", MAX_RENTAL_GPUS),
    hours: parseCount(o.hours ?? "1", "--hours", 24 * 365),
    price: parseAmount(o.price ?? "2", TENDER_UNITS[tender].decimals, "--price"),
    deviceClass: deviceClassId(o.class ?? "H100"),
    usdcMint: o.usdcMint === undefined ? undefined : parsePubkey(o.usdcMint, "--usdc-mint"),
  };
}

async function book(ctx: CommandContext, o: RentOptions, b: ReturnType<typeof bookingOf>) {
  const mint = b.tender === "IO" ? ctx.token.mint : await usdcMintOf(ctx, b.usdcMint);
  const charges = await chargesOf(ctx, mint, b.price, b.gpus, b.hours);
  quote(ctx, o, mint, charges, `deposit for ${b.gpus} GPUs × ${b.hours} h at ${formatTender(b.price, TENDER_UNITS[b.tender])} per GPU-hour`);
  const { rental } = await ctx.cloud.book(ctx.user, {
    nonce: BigInt(Date.now()),
    deviceClass: b.deviceClass,
    gpus: b.gpus,
    hours: b.hours,
    pricePerGpuHour: b.price,
    tenderMint: mint,
    renterToken: getAssociatedTokenAddressSync(mint, ctx.user.publicKey, true),
  });
  return { rental, charges };
}

function rentalOf(o: RentOptions): PublicKey {
  if (!o.rental) throw new UsageError("--rental <address> is required");
  return parsePubkey(o.rental, "--rental");
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
    supplierFees: toBigInt(account.supplierFees),
    supplierFeeBps: account.supplierFeeBps,
    refunded: toBigInt(account.refunded),
    fees: toBigInt(account.fees),
    reservationFeesIosd: toBigInt(account.reservationFeesIosd),
    endTime: toBigInt(account.endTime),
  };
}

type RentalView = Awaited<ReturnType<typeof status>>;

function describe(v: RentalView): string[] {
  const t = (n: bigint) => formatTender(n, TENDER_UNITS[v.tender as TenderUnits["symbol"]]);
  return [
    `rental ${v.rental}: ${v.state}, ${v.gpus} × ${deviceClassName(v.deviceClass)} for ${v.hours} h at ${t(v.pricePerGpuHour)} per GPU-hour`,
    `  deposited ${t(v.deposited)} (fees ${t(v.fees)}), reservation fees in IOSD ${formatIosd(v.reservationFeesIosd)}; refunded ${t(v.refunded)}`,
    `  paid to workers ${t(v.paid)}, their supplier fees ${t(v.supplierFees)} (${(v.supplierFeeBps / 100).toFixed(2)}% of their pay)`,
    ...(v.endTime > 0n ? [`  ends ${new Date(Number(v.endTime) * 1000).toISOString()}`] : []),
  ];
}

export async function rentCommand(action: "book" | "extend" | "terminate" | "status", o: RentOptions): Promise<void> {
  if (action === "book") {
    const booking = bookingOf(o);
    const ctx = await commandContext(o);
    const { rental, charges } = await book(ctx, o, booking);
    const view = await status(ctx, rental);
    return emit(o, { ...view, charges }, (v) => `booked ${describe(v).join("\n")}`);
  }
  const rental = rentalOf(o);
  if (action === "extend") {
    const extra = parseCount(o.hours ?? "1", "--hours", 24 * 365);
    const ctx = await commandContext(o);
    const account = await ctx.cloud.fetchRentalOrThrow(rental);
    const charges = await chargesOf(ctx, account.tenderMint, toBigInt(account.pricePerGpuHour), account.gpus, extra);
    quote(ctx, o, account.tenderMint, charges, `extension by ${extra} h`);
    await ctx.cloud.extend(ctx.user, rental, extra);
    const view = await status(ctx, rental);
    return emit(o, { ...view, charges }, (v) => `extended ${describe(v).join("\n")}`);
  }
  const ctx = await commandContext(o);
  if (action === "terminate") await ctx.cloud.terminate(ctx.user, rental);
  const view = await status(ctx, rental);
  return emit(o, view, (v) => `${action === "terminate" ? "terminated " : ""}${describe(v).join("\n")}`);
}
