/**
 * A whole test economy on a fresh chain (the demo's sandbox and the localnet): a USDC-like
 * mint, the protocol deployed by `deployProtocol` with the market's roles and genesis, and the
 * means to hand out IO and USDC and to post IO/USD prices as Pyth's receiver would. Where the
 * keys come from (fresh, or files in the localnet's ledger) and how accounts are written (a
 * bank's `setAccount`, or the localnet's cheatcode) are the caller's.
 */
import type { Provider } from "@coral-xyz/anchor";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createMintToInstruction,
  createTransferInstruction,
  getAssociatedTokenAddressSync,
} from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { DaoParamsInput } from "../dao/client.js";
import { governancePda } from "../dao/pda.js";
import { encodePriceUpdateV2, PYTH_RECEIVER_ID } from "../math/oracle.js";
import { createTokenMint } from "../spl.js";
import { IoTokenClient } from "../token/client.js";
import { sendInstructions } from "../tx.js";
import { IO } from "../units.js";
import { deployProtocol, DeployOptions } from "./protocol.js";

const HOUR = 3_600;

/** The IO/USD feed id the test economy's io_credits checks (a stand-in for Pyth's). */
export const TEST_IO_USD_FEED_ID = Uint8Array.from({ length: 32 }, (_, i) => 0xa0 + i);

/** io_dao's periods shortened so that a vote fits into hours. */
export const TEST_DAO_PARAMS: DaoParamsInput = { votingPeriodSecs: 6 * HOUR, timelockSecs: 2 * HOUR, quorumBps: 2_000, minProposalPower: IO(10_000) };

/** The economy's keys, by role. */
export const ECONOMY_ROLES = ["deployer", "orchestrator", "verifier", "slasher", "usdcAuthority", "foundation", "seedInvestors", "seriesA", "coreContributors"] as const;
export type EconomyRole = (typeof ECONOMY_ROLES)[number];
export type EconomyKeys = Record<EconomyRole, Keypair>;

export interface EconomyIo {
  /** Funds `owner` with SOL for fees. */
  fund(owner: PublicKey): Promise<void>;
  /** Writes an account (price updates). */
  setAccount(address: PublicKey, account: { lamports: number; data: Buffer; owner: PublicKey }): Promise<void>;
  /** Chain time, unix seconds. */
  now(): Promise<bigint>;
}

export interface Economy {
  keys: EconomyKeys;
  ioMint: PublicKey;
  usdcMint: PublicKey;
  /** The foundation's IO account that hands out IO (genesis' community allocation). */
  community: PublicKey;
  /** The account IO/USD price updates are posted to. */
  priceAccount: PublicKey;
  ata(mint: PublicKey, owner: PublicKey): Promise<PublicKey>;
  giveIo(owner: PublicKey, amount: bigint): Promise<PublicKey>;
  giveUsdc(owner: PublicKey, amount: bigint): Promise<PublicKey>;
  /** Posts a fresh IO/USD price (default $2.50 ± $0.001). */
  publishIoPrice(price?: bigint): Promise<PublicKey>;
}

/** `deployProtocol`'s options for the economy: its roles, USDC tender, feed and DAO periods. */
export function economyDeployOptions(keys: EconomyKeys, usdcMint: PublicKey): DeployOptions {
  return {
    orchestrator: keys.orchestrator.publicKey,
    uptimeVerifier: keys.verifier.publicKey,
    slashingAuthority: keys.slasher.publicKey,
    usdcMint,
    pythFeedIdHex: Buffer.from(TEST_IO_USD_FEED_ID).toString("hex"),
    daoParams: TEST_DAO_PARAMS,
    log: () => {},
  };
}

/**
 * Deploys (or, if `existing` names the USDC mint of an earlier deployment, reconnects to) the
 * economy. `priceAccount` is where prices go.
 */
export async function deployEconomy(
  provider: Provider,
  keys: EconomyKeys,
  io: EconomyIo,
  options: { priceAccount: PublicKey; usdcMint?: PublicKey },
): Promise<Economy> {
  const token = new IoTokenClient(provider);
  // Created only when missing: a second, identical creation within one blockhash would be refused
  // as AlreadyProcessed (the faucet's second grant to an owner, on a slow localnet).
  const ata = async (mint: PublicKey, owner: PublicKey) => {
    const address = getAssociatedTokenAddressSync(mint, owner, true);
    if (await provider.connection.getAccountInfo(address)) return address;
    await sendInstructions(provider, [createAssociatedTokenAccountIdempotentInstruction(provider.publicKey!, address, owner, mint)]);
    return address;
  };
  let usdcMint = options.usdcMint;
  if (!usdcMint) {
    for (const role of ECONOMY_ROLES) await io.fund(keys[role].publicKey);
    usdcMint = await createTokenMint(provider, keys.usdcAuthority.publicKey, 6);
  }
  const deploy = economyDeployOptions(keys, usdcMint);
  const community = getAssociatedTokenAddressSync(token.mint, keys.foundation.publicKey, true);
  if (!options.usdcMint) {
    await deployProtocol(provider, keys.deployer, deploy);
    await ata(token.mint, keys.foundation.publicKey);
    const treasury = await ata(token.mint, governancePda());
    const beneficiaries = { seedInvestors: keys.seedInvestors.publicKey, seriesA: keys.seriesA.publicKey, coreContributors: keys.coreContributors.publicKey };
    await deployProtocol(provider, keys.deployer, { ...deploy, genesis: { beneficiaries, communityDestination: community, treasuryDestination: treasury } });
  }
  const mintUsdc = usdcMint;

  return {
    keys,
    ioMint: token.mint,
    usdcMint: mintUsdc,
    community,
    priceAccount: options.priceAccount,
    ata,
    giveIo: async (owner, amount) => {
      const account = await ata(token.mint, owner);
      await sendInstructions(provider, [createTransferInstruction(community, account, keys.foundation.publicKey, amount)], [keys.foundation]);
      return account;
    },
    giveUsdc: async (owner, amount) => {
      const account = await ata(mintUsdc, owner);
      await sendInstructions(provider, [createMintToInstruction(mintUsdc, account, keys.usdcAuthority.publicKey, amount)], [keys.usdcAuthority]);
      return account;
    },
    publishIoPrice: async (price = 250_000_000n) => {
      const publishTime = await io.now();
      const data = encodePriceUpdateV2({
        writeAuthority: keys.deployer.publicKey,
        verificationLevel: { kind: "full" },
        priceMessage: { feedId: TEST_IO_USD_FEED_ID, price, conf: 100_000n, exponent: -8, publishTime, prevPublishTime: publishTime - 1n, emaPrice: price, emaConf: 100_000n },
        postedSlot: 1n,
      });
      await io.setAccount(options.priceAccount, { lamports: 10_000_000, data, owner: PYTH_RECEIVER_ID });
      return options.priceAccount;
    },
  };
}

/** Fresh keys for every role. */
export function freshEconomyKeys(): EconomyKeys {
  return Object.fromEntries(ECONOMY_ROLES.map((role) => [role, Keypair.generate()])) as EconomyKeys;
}
