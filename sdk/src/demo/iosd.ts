/**
 * IOSD at work in the demo: a renter burns IO for IOSD at the IO/USD price a Pyth `PriceUpdateV2`
 * posted in the sandbox says (io_credits' conservative price), to pay its reservation fees in IOSD.
 */
import { Signer } from "@solana/web3.js";

import { toBigInt } from "../codec.js";
import { theEvent } from "../tx.js";
import { Sandbox } from "./sandbox.js";

export interface IosdPurchase {
  ioBurned: bigint;
  iosdMinted: bigint;
  /** The conservative price used, `price × 10^exponent` USD per IO. */
  price: bigint;
  exponent: number;
}

/** `renter` buys IOSD with `io` base units of IO (given to it first) at a freshly posted price. */
export async function buyIosd(sandbox: Sandbox, renter: Signer, io: bigint): Promise<IosdPurchase> {
  const buyerIo = await sandbox.giveIo(renter.publicKey, io);
  const priceUpdate = await sandbox.publishIoPrice();
  const quote = await sandbox.credits.quoteBuy(priceUpdate, io, await sandbox.now());
  const result = await sandbox.credits.buyCredits(renter, { buyerIo, priceUpdate, ioAmount: io, minIosdOut: quote });
  const bought = theEvent(result, "creditsBought").data;
  return { ioBurned: toBigInt(bought.ioAmount), iosdMinted: toBigInt(bought.iosdAmount), price: toBigInt(bought.price), exponent: bought.exponent };
}
