/**
 * The sandbox the demo runs in: the embedded harness with the test economy deployed
 * (`deployEconomy`: the protocol as `deployProtocol` wires it on a cluster, genesis and a
 * USDC-like tender); the sandbox hands out SOL, IO and USDC and posts prices.
 */
import { getAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";

import { BankSnapshot, HarnessProvider, start } from "@ionet/harness";

import { IoCloudClient } from "../cloud/client.js";
import { IoCreditsClient } from "../credits/client.js";
import { IoDaoClient } from "../dao/client.js";
import { deployEconomy, EconomyKeys, freshEconomyKeys } from "../deploy/economy.js";
import { PYTH_RECEIVER_ID } from "../math/oracle.js";
import { PROGRAM_IDS } from "../programs.js";
import { IoRewardsClient } from "../rewards/client.js";
import { IoTokenClient } from "../token/client.js";
import { sendInstructions } from "../tx.js";

export interface SandboxOptions {
  /** Default fresh keys. */
  keys?: EconomyKeys;
  /** Unix seconds the chain starts at (default the wall clock). */
  startTime?: bigint;
  /** A copy of an earlier sandbox (`snapshotSandbox`) to start from, instead of deploying. */
  from?: SandboxSnapshot;
}

/** An earlier sandbox's accounts and time, and what its economy was deployed with. */
export interface SandboxSnapshot {
  keys: EconomyKeys;
  usdcMint: PublicKey;
  priceAccount: PublicKey;
  bank: BankSnapshot;
}

/** Whose accounts make up a sandbox: the five programs, both token programs, Pyth's receiver and wallets. */
const SANDBOX_OWNERS = [...Object.values(PROGRAM_IDS), TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID, PYTH_RECEIVER_ID, SystemProgram.programId];

/**
 * A sandbox on a fresh bank: the economy deployed, or `from` an earlier one's copy (the fuzz
 * campaign builds its world once and starts every sequence from a copy).
 */
export async function createSandbox(options: SandboxOptions = {}) {
  const keys = options.from?.keys ?? options.keys ?? freshEconomyKeys();
  const context = await start();
  if (options.from) context.restore(options.from.bank);
  else if (options.startTime !== undefined) context.setClock({ ...(await context.banksClient.getClock()), unixTimestamp: options.startTime });
  const provider = new HarnessProvider(context);
  const now = async () => (await context.banksClient.getClock()).unixTimestamp;
  const transfer = (to: PublicKey, sol: number) =>
    sendInstructions(provider, [SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: sol * LAMPORTS_PER_SOL })]);
  const fund = async (sol = 5) => {
    const keypair = Keypair.generate();
    await transfer(keypair.publicKey, sol);
    return keypair;
  };
  const economy = await deployEconomy(
    provider,
    keys,
    {
      fund: async (owner) => void (await transfer(owner, 5)),
      setAccount: async (address, account) => context.setAccount(address, account),
      now,
    },
    { priceAccount: options.from?.priceAccount ?? Keypair.generate().publicKey, usdcMint: options.from?.usdcMint },
  );
  const balance = async (account: PublicKey) => (await getAccount(provider.connection, account)).amount;

  return {
    context,
    provider,
    keys,
    now,
    fund,
    ata: economy.ata,
    balance,
    token: new IoTokenClient(provider),
    giveIo: economy.giveIo,
    giveUsdc: economy.giveUsdc,
    usdcMint: economy.usdcMint,
    credits: new IoCreditsClient(provider),
    publishIoPrice: economy.publishIoPrice,
    priceAccount: economy.priceAccount,
    rewards: new IoRewardsClient(provider),
    cloud: new IoCloudClient(provider),
    orchestratorKey: keys.orchestrator,
    verifier: keys.verifier,
    slasher: keys.slasher,
    dao: new IoDaoClient(provider),
  };
}

export type Sandbox = Awaited<ReturnType<typeof createSandbox>>;

/** A copy of `sandbox` as it is now, for `createSandbox({ from })`. */
export const snapshotSandbox = (sandbox: Sandbox): SandboxSnapshot => ({
  keys: sandbox.keys,
  usdcMint: sandbox.usdcMint,
  priceAccount: sandbox.priceAccount,
  bank: sandbox.context.snapshot(SANDBOX_OWNERS),
});
