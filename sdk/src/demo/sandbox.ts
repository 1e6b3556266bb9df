/**
 * The sandbox the demo runs in: the embedded harness with the test economy deployed
 * (`deployEconomy`: the protocol as `deployProtocol` wires it on a cluster, genesis and a
 * USDC-like tender); the sandbox hands out SOL, IO and USDC and posts prices.
 */
import { getAccount } from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";

import { HarnessProvider, start } from "@ionet/harness";

import { IoCloudClient } from "../cloud/client.js";
import { IoCreditsClient } from "../credits/client.js";
import { IoDaoClient } from "../dao/client.js";
import { deployEconomy, freshEconomyKeys } from "../deploy/economy.js";
import { IoRewardsClient } from "../rewards/client.js";
import { IoTokenClient } from "../token/client.js";
import { sendInstructions } from "../tx.js";

export async function createSandbox() {
  const context = await start();
  const provider = new HarnessProvider(context);
  const now = async () => (await context.banksClient.getClock()).unixTimestamp;
  const transfer = (to: PublicKey, sol: number) =>
    sendInstructions(provider, [SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: sol * LAMPORTS_PER_SOL })]);
  const fund = async (sol = 5) => {
    const keypair = Keypair.generate();
    await transfer(keypair.publicKey, sol);
    return keypair;
  };
  const keys = freshEconomyKeys();
  const economy = await deployEconomy(
    provider,
    keys,
    {
      fund: async (owner) => void (await transfer(owner, 5)),
      setAccount: async (address, account) => context.setAccount(address, account),
      now,
    },
    { priceAccount: Keypair.generate().publicKey },
  );
  const balance = async (account: PublicKey) => (await getAccount(provider.connection, account)).amount;

  return {
    context,
    provider,
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
    rewards: new IoRewardsClient(provider),
    cloud: new IoCloudClient(provider),
    orchestratorKey: keys.orchestrator,
    verifier: keys.verifier,
    slasher: keys.slasher,
    dao: new IoDaoClient(provider),
  };
}

export type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
