/**
 * Client of `io_credits`: IOSD credits bought with IO at the Pyth price, spent by burning; tenders and
 * fees. The facade over `instructions.ts`: builds, sends, and reads the config and tenders.
 */
import { Program, Provider } from "@coral-xyz/anchor";
import { createAssociatedTokenAccountIdempotentInstruction, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { PublicKey, Signer, TransactionInstruction } from "@solana/web3.js";

import type { IoCredits } from "../idl/io_credits.js";
import { ioMintPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import { checkedConservativePrice, ioToIosd, OracleLimits } from "../math/oracle.js";
import * as ix from "./instructions.js";
import { creditsConfigPda, iosdMintPda, tenderPda } from "./pda.js";

export class IoCreditsClient {
  readonly program: Program<IoCredits>;
  readonly config: PublicKey = creditsConfigPda();
  readonly iosdMint: PublicKey = iosdMintPda();
  readonly ioMint: PublicKey = ioMintPda();

  constructor(readonly provider: Provider) {
    this.program = ioPrograms(provider).credits;
  }

  private get payer(): PublicKey {
    if (!this.provider.publicKey) throw new Error("provider has no wallet");
    return this.provider.publicKey;
  }

  /** The associated IOSD (Token-2022) account of `owner`. */
  iosdAccount(owner: PublicKey): PublicKey {
    return ix.iosdAccount(owner);
  }

  /** Creates `owner`'s associated IOSD account if missing (paid by the provider's wallet). */
  createIosdAccountIx(owner: PublicKey): TransactionInstruction {
    return createAssociatedTokenAccountIdempotentInstruction(
      this.payer,
      this.iosdAccount(owner),
      owner,
      this.iosdMint,
      TOKEN_2022_PROGRAM_ID,
    );
  }

  /** Creates IOSD and the config; `governance` (the DAO's PDA) sets everything afterwards. */
  async initialize(governance: PublicKey, params: ix.CreditsParams): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.initialize({ payer: this.payer, governance, params })]);
  }

  async buyCreditsIx(request: ix.CreditsBuyRequest): Promise<TransactionInstruction> {
    return ix.creditsBuy(request);
  }

  /** Burns IO and mints IOSD at the conservative price; creates the buyer's IOSD account if needed. */
  async buyCredits(buyer: Signer, request: Omit<ix.CreditsBuyRequest, "buyer">): Promise<TxResult> {
    const ixs = request.destination ? [] : [this.createIosdAccountIx(buyer.publicKey)];
    ixs.push(ix.creditsBuy({ ...request, buyer: buyer.publicKey }));
    return sendInstructions(this.provider, ixs, [buyer]);
  }

  /** Burns `amount` IOSD of `holder` (the instruction io_cloud CPIs for reservation fees). */
  async spendCreditsIx(holder: PublicKey, amount: bigint, holderIosd?: PublicKey): Promise<TransactionInstruction> {
    return ix.creditsSpend({ holder, amount, holderIosd });
  }

  async spendCredits(holder: Signer, amount: bigint, holderIosd?: PublicKey): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.creditsSpend({ holder: holder.publicKey, amount, holderIosd })], [holder]);
  }

  async setParamIx(governance: PublicKey, change: ix.CreditsParamChange): Promise<TransactionInstruction> {
    return ix.configSetParam({ governance, change });
  }

  /** Changes one governed parameter (bounds checked on-chain). */
  async setParam(governance: Signer, change: ix.CreditsParamChange): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.configSetParam({ governance: governance.publicKey, change })], [governance]);
  }

  /**
   * Registers `mint` as a tender with its fee rate and creates its fee vault; `usdPegged` when one
   * base unit is one micro-USD (USDC: rentals in it compare with USD asks, and may pay their
   * reservation fee in IOSD).
   */
  async registerTender(
    governance: Signer,
    mint: PublicKey,
    feeBps: number,
    options: { usdPegged?: boolean; tokenProgram?: PublicKey } = {},
  ): Promise<TxResult> {
    const built = ix.tenderRegister({ payer: this.payer, governance: governance.publicKey, mint, feeBps, ...options });
    return sendInstructions(this.provider, [built], [governance]);
  }

  /** Changes a tender's fee rate and enabled flag. */
  async setTender(governance: Signer, mint: PublicKey, feeBps: number, enabled: boolean): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.tenderSet({ governance: governance.publicKey, mint, feeBps, enabled })], [governance]);
  }

  async payFeeIx(
    payer: PublicKey,
    mint: PublicKey,
    source: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
    vault?: PublicKey,
  ): Promise<TransactionInstruction> {
    return ix.feePay({ payer, mint, source, amount, tokenProgram, vault });
  }

  /** Pays a fee (computed with `math/fees`) into the tender's vault. */
  async payFee(
    payer: Signer,
    mint: PublicKey,
    source: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
  ): Promise<TxResult> {
    return sendInstructions(this.provider, [ix.feePay({ payer: payer.publicKey, mint, source, amount, tokenProgram })], [payer]);
  }

  /** Governance moves the treasury's share of a fee vault to `destination`. */
  async withdrawFees(
    governance: Signer,
    mint: PublicKey,
    destination: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
  ): Promise<TxResult> {
    const built = ix.feeWithdraw({ governance: governance.publicKey, mint, destination, amount, tokenProgram });
    return sendInstructions(this.provider, [built], [governance]);
  }

  /** The credits config, or null before `initialize`. */
  async fetchConfig() {
    return this.program.account.creditsConfig.fetchNullable(this.config);
  }

  /** A tender, or null if `mint` is not registered. */
  async fetchTender(mint: PublicKey) {
    return this.program.account.tender.fetchNullable(tenderPda(mint));
  }

  /** The oracle limits in force (from the config). */
  async oracleLimits(): Promise<OracleLimits> {
    const config = await this.fetchConfig();
    if (!config) throw new Error("io_credits is not initialized");
    return {
      feedId: Uint8Array.from(config.params.priceFeedId),
      maxAgeS: config.params.maxAgeS,
      maxConfBps: config.params.maxConfBps,
    };
  }

  /**
   * The IOSD a buy of `ioAmount` would mint now, computed off-chain exactly as the program does
   * (throws `CreditsMathError` with the program's error name where it would refuse).
   */
  async quoteBuy(priceUpdate: PublicKey, ioAmount: bigint, now: bigint): Promise<bigint> {
    const info = await this.provider.connection.getAccountInfo(priceUpdate);
    if (!info) throw new Error(`no price account at ${priceUpdate.toBase58()}`);
    const price = checkedConservativePrice(info.owner, info.data, await this.oracleLimits(), now);
    return ioToIosd(ioAmount, price.price, price.exponent);
  }
}
