/**
 * `io demo`: the main job on the embedded harness. Today it starts the bank, initializes IO and
 * prints the mint and config; it grows into the whole demo economy as the programs land.
 */
import { Keypair } from "@solana/web3.js";
import { getMint } from "@solana/spl-token";

import { IoTokenClient } from "../../token/client.js";
import { theEvent } from "../../tx.js";
import { emit, OutputOptions } from "../output.js";
import { openSession } from "../session.js";

export async function demo(options: OutputOptions): Promise<void> {
  const { provider } = await openSession({});
  const token = new IoTokenClient(provider);
  const authority = Keypair.generate();
  const result = await token.initialize(authority);
  const event = theEvent(result, "tokenInitialized");
  const mint = await getMint(provider.connection, token.mint);
  const config = await token.fetchConfig();
  const report = {
    mint: token.mint.toBase58(),
    decimals: mint.decimals,
    mintAuthority: mint.mintAuthority?.toBase58() ?? null,
    freezeAuthority: mint.freezeAuthority?.toBase58() ?? null,
    supply: mint.supply,
    config: token.config.toBase58(),
    configAuthority: config!.authority.toBase58(),
    maxSupply: BigInt(event.data.maxSupply.toString()),
    initializeSignature: result.signature,
  };
  emit(options, report, (r) =>
    [
      "io.net economy on the embedded harness",
      `  IO mint          ${r.mint}`,
      `  decimals         ${r.decimals}`,
      `  mint authority   ${r.mintAuthority} (token config PDA)`,
      `  freeze authority ${r.freezeAuthority ?? "none"}`,
      `  supply           ${r.supply}`,
      `  max supply       ${r.maxSupply} base units (800,000,000 IO)`,
      `  config           ${r.config}`,
      `  config authority ${r.configAuthority}`,
    ].join("\n"),
  );
}
