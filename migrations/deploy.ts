/**
 * `anchor migrate` entry, run right after `anchor deploy`: `deployProtocol` (sdk/src/deploy/protocol.ts)
 * initializes every program and wires them as in production. The provider's wallet pays for every
 * `initialize`, so it must be the programs' upgrade authority (`anchor deploy`'s wallet): the
 * initializers refuse anyone else. Set PYTH_IO_USD_FEED_ID (hex) and, to accept USDC, USDC_MINT.
 */
import type { Provider } from "@coral-xyz/anchor";
import { Keypair, PublicKey } from "@solana/web3.js";

import { deployProtocol } from "../sdk/src/deploy/protocol.js";

/** `anchor migrate`: the provider's wallet deploys. */
export default async function deploy(provider: Provider): Promise<void> {
  const wallet = (provider as { wallet?: { payer?: Keypair } }).wallet;
  if (!wallet?.payer) throw new Error("the provider's wallet must hold a keypair to act as deployer");
  const pythFeedIdHex = process.env.PYTH_IO_USD_FEED_ID;
  if (!pythFeedIdHex) throw new Error("set PYTH_IO_USD_FEED_ID to the IO/USD Pyth feed id (hex)");
  await deployProtocol(provider, wallet.payer, {
    usdcMint: process.env.USDC_MINT ? new PublicKey(process.env.USDC_MINT) : undefined,
    pythFeedIdHex,
  });
}
