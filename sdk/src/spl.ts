/** SPL Token set-up the protocol's users need beside its programs. */
import type { Provider } from "@coral-xyz/anchor";
import { createInitializeMint2Instruction, MINT_SIZE, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, PublicKey, SystemProgram } from "@solana/web3.js";

import { sendInstructions } from "./tx.js";

/** A new SPL Token mint of `decimals`, minted by `authority`, without a freeze authority; paid by the provider. */
export async function createTokenMint(
  provider: Provider,
  authority: PublicKey,
  decimals: number,
  tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
): Promise<PublicKey> {
  const mint = Keypair.generate();
  const lamports = await provider.connection.getMinimumBalanceForRentExemption(MINT_SIZE);
  await sendInstructions(
    provider,
    [
      SystemProgram.createAccount({ fromPubkey: provider.publicKey!, newAccountPubkey: mint.publicKey, lamports, space: MINT_SIZE, programId: tokenProgram }),
      createInitializeMint2Instruction(mint.publicKey, decimals, authority, null, tokenProgram),
    ],
    [mint],
  );
  return mint.publicKey;
}
