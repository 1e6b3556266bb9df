/** Client of `io_credits`: IOSD credits bought with IO at the Pyth price, spent by burning; tenders and fees. */
import { Program, Provider } from "@coral-xyz/anchor";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  getAssociatedTokenAddressSync,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from "@solana/spl-token";
import { PublicKey, Signer, SystemProgram, TransactionInstruction } from "@solana/web3.js";

import { u64 } from "../codec.js";
import type { IoCredits } from "../idl/io_credits.js";
import { ioMintPda } from "../pda.js";
import { ioPrograms } from "../programs.js";
import { sendInstructions, TxResult } from "../tx.js";
import { checkedConservativePrice, ioToIosd, OracleLimits } from "../math/oracle.js";
import { creditsConfigPda, feeVaultPda, iosdMintPda, tenderPda } from "./pda.js";

/** The governed parameters (`CreditsParams` on-chain). */
export interface CreditsParams {
  priceFeedId: Uint8Array | number[];
  maxAgeS: number;
  maxConfBps: number;
  breakerWindowS: number;
  breakerLimit: bigint;
  ioFeeBurnBps: number;
  reservationFeeBps: number;
}

/** One typed parameter change (`CreditsParam` on-chain). */
export type CreditsParamChange =
  | { kind: "priceFeedId"; feedId: Uint8Array | number[] }
  | { kind: "maxAgeS"; value: number }
  | { kind: "maxConfBps"; value: number }
  | { kind: "breakerWindowS"; value: number }
  | { kind: "breakerLimit"; value: bigint }
  | { kind: "ioFeeBurnBps"; value: number }
  | { kind: "reservationFeeBps"; value: number }
  | { kind: "governance"; governance: PublicKey };

function paramsToIdl(params: CreditsParams) {
  return {
    priceFeedId: Array.from(params.priceFeedId),
    maxAgeS: params.maxAgeS,
    maxConfBps: params.maxConfBps,
    breakerWindowS: params.breakerWindowS,
    breakerLimit: u64(params.breakerLimit),
    ioFeeBurnBps: params.ioFeeBurnBps,
    reservationFeeBps: params.reservationFeeBps,
  };
}

function changeToIdl(change: CreditsParamChange): never {
  switch (change.kind) {
    case "priceFeedId":
      return { priceFeedId: { feedId: Array.from(change.feedId) } } as never;
    case "breakerLimit":
      return { breakerLimit: { value: u64(change.value) } } as never;
    case "governance":
      return { governance: { governance: change.governance } } as never;
    default:
      return { [change.kind]: { value: change.value } } as never;
  }
}

export interface CreditsBuyRequest {
  buyer: PublicKey;
  /** The buyer's IO token account (IO is burned from it). */
  buyerIo: PublicKey;
  /** The IOSD account credited; defaults to the buyer's associated IOSD account. */
  destination?: PublicKey;
  /** The Pyth `PriceUpdateV2` account of the IO/USD feed. */
  priceUpdate: PublicKey;
  ioAmount: bigint;
  minIosdOut: bigint;
}

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
    return getAssociatedTokenAddressSync(this.iosdMint, owner, true, TOKEN_2022_PROGRAM_ID);
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
  async initialize(governance: PublicKey, params: CreditsParams): Promise<TxResult> {
    const ix = await this.program.methods
      .initialize({ governance, params: paramsToIdl(params) })
      .accountsPartial({
        payer: this.payer,
        config: this.config,
        iosdMint: this.iosdMint,
        ioMint: this.ioMint,
        token2022Program: TOKEN_2022_PROGRAM_ID,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix]);
  }

  async creditsBuyIx(request: CreditsBuyRequest): Promise<TransactionInstruction> {
    return this.program.methods
      .creditsBuy({ ioAmount: u64(request.ioAmount), minIosdOut: u64(request.minIosdOut) })
      .accountsPartial({
        buyer: request.buyer,
        config: this.config,
        ioMint: this.ioMint,
        buyerIo: request.buyerIo,
        iosdMint: this.iosdMint,
        iosdDestination: request.destination ?? this.iosdAccount(request.buyer),
        priceUpdate: request.priceUpdate,
        tokenProgram: TOKEN_PROGRAM_ID,
        token2022Program: TOKEN_2022_PROGRAM_ID,
      })
      .instruction();
  }

  /** Burns IO and mints IOSD at the conservative price; creates the buyer's IOSD account if needed. */
  async creditsBuy(buyer: Signer, request: Omit<CreditsBuyRequest, "buyer">): Promise<TxResult> {
    const full = { ...request, buyer: buyer.publicKey };
    const ixs = request.destination ? [] : [this.createIosdAccountIx(buyer.publicKey)];
    ixs.push(await this.creditsBuyIx(full));
    return sendInstructions(this.provider, ixs, [buyer]);
  }

  /** Burns `amount` IOSD of `holder` (the instruction io_cloud CPIs for reservation fees). */
  async creditsSpendIx(holder: PublicKey, amount: bigint, holderIosd?: PublicKey): Promise<TransactionInstruction> {
    return this.program.methods
      .creditsSpend({ amount: u64(amount) })
      .accountsPartial({
        holder,
        holderIosd: holderIosd ?? this.iosdAccount(holder),
        iosdMint: this.iosdMint,
        config: this.config,
        token2022Program: TOKEN_2022_PROGRAM_ID,
      })
      .instruction();
  }

  async creditsSpend(holder: Signer, amount: bigint, holderIosd?: PublicKey): Promise<TxResult> {
    const ix = await this.creditsSpendIx(holder.publicKey, amount, holderIosd);
    return sendInstructions(this.provider, [ix], [holder]);
  }

  async setParamIx(governance: PublicKey, change: CreditsParamChange): Promise<TransactionInstruction> {
    return this.program.methods
      .configSetParam({ param: changeToIdl(change) })
      .accountsPartial({ governance, config: this.config })
      .instruction();
  }

  /** Changes one governed parameter (bounds checked on-chain). */
  async setParam(governance: Signer, change: CreditsParamChange): Promise<TxResult> {
    return sendInstructions(this.provider, [await this.setParamIx(governance.publicKey, change)], [governance]);
  }

  /**
   * Registers `mint` as a tender with its fee rate and creates its fee vault; `usdPegged` when one
   * base unit is one micro-USD (USDC: rentals in it compare with USD asks, and may pay their
   * reservation fee in IOSD).
   */
  async tenderRegister(
    governance: Signer,
    mint: PublicKey,
    feeBps: number,
    options: { usdPegged?: boolean; tokenProgram?: PublicKey } = {},
  ): Promise<TxResult> {
    const tokenProgram = options.tokenProgram ?? TOKEN_PROGRAM_ID;
    const ix = await this.program.methods
      .tenderRegister({ feeBps, usdPegged: options.usdPegged ?? false })
      .accountsPartial({
        payer: this.payer,
        governance: governance.publicKey,
        config: this.config,
        mint,
        tender: tenderPda(mint),
        vault: feeVaultPda(mint),
        tokenProgram,
        systemProgram: SystemProgram.programId,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [governance]);
  }

  /** Changes a tender's fee rate and enabled flag. */
  async tenderSet(governance: Signer, mint: PublicKey, feeBps: number, enabled: boolean): Promise<TxResult> {
    const ix = await this.program.methods
      .tenderSet({ feeBps, enabled })
      .accountsPartial({ governance: governance.publicKey, config: this.config, tender: tenderPda(mint) })
      .instruction();
    return sendInstructions(this.provider, [ix], [governance]);
  }

  async feePayIx(
    payer: PublicKey,
    mint: PublicKey,
    source: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
    vault: PublicKey = feeVaultPda(mint),
  ): Promise<TransactionInstruction> {
    return this.program.methods
      .feePay({ amount: u64(amount) })
      .accountsPartial({
        payer,
        config: this.config,
        tender: tenderPda(mint),
        mint,
        source,
        vault,
        tokenProgram,
      })
      .instruction();
  }

  /** Pays a fee (computed with `math/fees`) into the tender's vault. */
  async feePay(
    payer: Signer,
    mint: PublicKey,
    source: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
  ): Promise<TxResult> {
    const ix = await this.feePayIx(payer.publicKey, mint, source, amount, tokenProgram);
    return sendInstructions(this.provider, [ix], [payer]);
  }

  /** Governance moves the treasury's share of a fee vault to `destination`. */
  async feeWithdraw(
    governance: Signer,
    mint: PublicKey,
    destination: PublicKey,
    amount: bigint,
    tokenProgram: PublicKey = TOKEN_PROGRAM_ID,
  ): Promise<TxResult> {
    const ix = await this.program.methods
      .feeWithdraw({ amount: u64(amount) })
      .accountsPartial({
        governance: governance.publicKey,
        config: this.config,
        tender: tenderPda(mint),
        mint,
        vault: feeVaultPda(mint),
        destination,
        tokenProgram,
      })
      .instruction();
    return sendInstructions(this.provider, [ix], [governance]);
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
