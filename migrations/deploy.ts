/**
 * `anchor migrate` entry: after `anchor deploy`, initializes the IO token on the cluster the
 * provider points at. Run it right after deploying: `initialize` makes its first caller the
 * token's authority (see docs/SECURITY.md, "Initialization front-running").
 */
import type { Provider } from "@coral-xyz/anchor";
import { Keypair } from "@solana/web3.js";

import { IoTokenClient } from "../sdk/src/token/client.js";

export default async function deploy(provider: Provider): Promise<void> {
  const token = new IoTokenClient(provider);
  if (await token.fetchConfig()) {
    console.log(`io_token already initialized: mint ${token.mint.toBase58()}`);
    return;
  }
  const wallet = (provider as { wallet?: { payer?: Keypair } }).wallet;
  if (!wallet?.payer) throw new Error("the provider's wallet must hold a keypair to act as token authority");
  const result = await token.initialize(wallet.payer);
  console.log(`io_token initialized: mint ${token.mint.toBase58()} (${result.signature})`);
}
