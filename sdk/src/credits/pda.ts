/** PDAs of `io_credits`; seeds are the program's `#[constant]`s read from its IDL. */
import { PublicKey } from "@solana/web3.js";

import { programPda, seed } from "../pda.js";

export const CREDITS_SEEDS = {
  config: seed("io_credits", "CONFIG_SEED"),
  iosdMint: seed("io_credits", "IOSD_MINT_SEED"),
  tender: seed("io_credits", "TENDER_SEED"),
  feeVault: seed("io_credits", "FEE_VAULT_SEED"),
};

const pda = (seeds: (Buffer | Uint8Array)[]): PublicKey => programPda("io_credits", seeds);

/** The credits config, which is also the IOSD mint authority. */
export const creditsConfigPda = (): PublicKey => pda([CREDITS_SEEDS.config]);

/** The IOSD mint (Token-2022, NonTransferable, 6 decimals). */
export const iosdMintPda = (): PublicKey => pda([CREDITS_SEEDS.iosdMint]);

/** A tender: `[TENDER_SEED, mint]`. */
export const tenderPda = (mint: PublicKey): PublicKey => pda([CREDITS_SEEDS.tender, mint.toBuffer()]);

/** A tender's fee vault (token account owned by the tender): `[FEE_VAULT_SEED, mint]`. */
export const feeVaultPda = (mint: PublicKey): PublicKey => pda([CREDITS_SEEDS.feeVault, mint.toBuffer()]);
