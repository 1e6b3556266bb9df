/** Client of `io_token`: the IO mint, its config and (next) genesis, vesting and emissions. */
import { Program, Provider } from "@coral-xyz/anchor";
import { TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, Signer, SystemProgram } from "@solana/web3.js";

import type { IoToken } from "../idl/io_token.js";
import { ioMintPda, tokenConfigPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";

export class IoTokenClient {
  readonly program: Program<IoToken>;
  readonly config: PublicKey = tokenConfigPda();
  readonly mint: PublicKey = ioMintPda();

  constructor(readonly provider: Provider) {
    this.program = ioPrograms(provider).token;
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  /** Creates the IO mint (8 decimals, the config PDA as mint authority) and the config. */
  async initialize(authority: Signer): Promise<TxResult> {
    const ix = await this.program.methods
      .initialize()
      .accountsPartial({
        payer: this.payer,
        authority: authority.publicKey,
        config: this.config,
        mint: this.mint,
        tokenProgram: TOKEN_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [authority]);
  }

  /** The token config, or null before `initialize`. */
  async fetchConfig() {
    return this.program.account.tokenConfig.fetchNullable(this.config);
  }
}
