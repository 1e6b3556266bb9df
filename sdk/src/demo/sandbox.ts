/**
 * The sandbox the demo and the CLI run in: the embedded harness with the protocol deployed by
 * `deployProtocol` as on a cluster, genesis run and a USDC-like tender.
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createMintToInstruction,
  createTransferInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
} from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";

import { HarnessProvider, start } from "@ionet/harness";

import { IoCloudClient } from "../cloud/client.js";
import { IoCreditsClient } from "../credits/client.js";
import { DaoParamsInput, IoDaoClient } from "../dao/client.js";
import { governancePda } from "../dao/pda.js";
import { deployProtocol, DeployOptions } from "../deploy/protocol.js";
import { encodePriceUpdateV2, PYTH_RECEIVER_ID } from "../math/oracle.js";
import { IoRewardsClient } from "../rewards/client.js";
import { createTokenMint } from "../spl.js";
import { IoTokenClient } from "../token/client.js";
import { sendInstructions } from "../tx.js";
import { IO } from "../units.js";

const HOUR = 3_600;

/** The IO/USD feed id the demo's io_credits checks (a stand-in for Pyth's). */
const IO_USD_FEED_ID = Uint8Array.from({ length: 32 }, (_, i) => 0xa0 + i);

/** io_dao's periods shortened to fit a vote into the demo's hours. */
const DEMO_DAO_PARAMS: DaoParamsInput = { votingPeriodSecs: 6 * HOUR, timelockSecs: 2 * HOUR, quorumBps: 2_000, minProposalPower: IO(10_000) };

/**
 * A bank with the whole protocol deployed by `deployProtocol` as on a cluster, genesis run and a
 * USDC-like tender (the demo's and the CLI's); the sandbox hands out IO and USDC and posts prices.
 */
export async function createSandbox() {
  const context = await start();
  const provider = new HarnessProvider(context);
  const now = async () => (await context.banksClient.getClock()).unixTimestamp;
  const fund = async (sol = 5) => {
    const keypair = Keypair.generate();
    await sendInstructions(provider, [SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: keypair.publicKey, lamports: sol * LAMPORTS_PER_SOL })]);
    return keypair;
  };
  const ata = async (mint: PublicKey, owner: PublicKey) => {
    const address = getAssociatedTokenAddressSync(mint, owner, true);
    await sendInstructions(provider, [createAssociatedTokenAccountIdempotentInstruction(provider.publicKey, address, owner, mint)]);
    return address;
  };
  const balance = async (account: PublicKey) => (await getAccount(provider.connection, account)).amount;

  // --- the protocol as deployProtocol wires it; then genesis, once the IO mint exists ---
  const usdcAuthority = await fund();
  const usdcMint = await createTokenMint(provider, usdcAuthority.publicKey, 6);
  const deployer = await fund();
  const [orchestratorKey, verifier, slasher] = [await fund(), await fund(), await fund()];
  const deploy: DeployOptions = {
    orchestrator: orchestratorKey.publicKey,
    uptimeVerifier: verifier.publicKey,
    slashingAuthority: slasher.publicKey,
    usdcMint,
    pythFeedIdHex: Buffer.from(IO_USD_FEED_ID).toString("hex"),
    daoParams: DEMO_DAO_PARAMS,
    log: () => {},
  };
  await deployProtocol(provider, deployer, deploy);
  const token = new IoTokenClient(provider);
  const foundation = await fund();
  const community = await ata(token.mint, foundation.publicKey);
  const treasury = await ata(token.mint, governancePda());
  const beneficiaries = { seedInvestors: (await fund()).publicKey, seriesA: (await fund()).publicKey, coreContributors: (await fund()).publicKey };
  await deployProtocol(provider, deployer, { ...deploy, genesis: { beneficiaries, communityDestination: community, treasuryDestination: treasury } });

  const giveIo = async (owner: PublicKey, amount: bigint) => {
    const account = await ata(token.mint, owner);
    await sendInstructions(provider, [createTransferInstruction(community, account, foundation.publicKey, amount)], [foundation]);
    return account;
  };
  const giveUsdc = async (owner: PublicKey, amount: bigint) => {
    const account = await ata(usdcMint, owner);
    await sendInstructions(provider, [createMintToInstruction(usdcMint, account, usdcAuthority.publicKey, amount)], [usdcAuthority]);
    return account;
  };

  // --- a price publisher for io_credits' checked IO/USD price (the market's busy-boost budget) ---
  const ioPriceAccount = Keypair.generate().publicKey;
  /** Posts a fresh IO/USD price (default $2.50 ± $0.001) as Pyth's receiver would. */
  const publishIoPrice = async (price = 250_000_000n) => {
    const publishTime = await now();
    const data = encodePriceUpdateV2({
      writeAuthority: Keypair.generate().publicKey,
      verificationLevel: { kind: "full" },
      priceMessage: { feedId: IO_USD_FEED_ID, price, conf: 100_000n, exponent: -8, publishTime, prevPublishTime: publishTime - 1n, emaPrice: price, emaConf: 100_000n },
      postedSlot: 1n,
    });
    context.setAccount(ioPriceAccount, { lamports: 10_000_000, data, owner: PYTH_RECEIVER_ID });
    return ioPriceAccount;
  };

  const credits = new IoCreditsClient(provider);
  const rewards = new IoRewardsClient(provider);
  const cloud = new IoCloudClient(provider);
  const dao = new IoDaoClient(provider);

  return {
    context,
    provider,
    now,
    fund,
    ata,
    balance,
    token,
    giveIo,
    giveUsdc,
    usdcMint,
    credits,
    publishIoPrice,
    rewards,
    cloud,
    orchestratorKey,
    verifier,
    slasher,
    dao,
  };
}

export type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
