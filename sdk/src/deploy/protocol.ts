/**
 * Deploys the protocol: initializes every program and wires them as in production
 * (docs/ARCHITECTURE.md, "How the programs are wired"):
 * - io_token: initialize (the deployer is admin until handed to the DAO);
 * - io_rewards: governance = the DAO's governance PDA, weight authority = io_cloud's PDA; io_token
 *   registers io_rewards' config PDA as its only emission authority;
 * - io_credits: governance = the DAO; IO (0%) and, if given, USDC (2%) tenders registered first
 *   by the deployer, who then hands governance over;
 * - io_cloud: device classes and tenders set by the deployer, then governance handed to the DAO;
 * - io_dao: initialized over the IO mint;
 * - genesis, when the beneficiaries and payout accounts are given; once genesis is done,
 *   io_token's administration goes to the DAO (before, the deployer keeps it to run genesis).
 * Every step is skipped if already done, so it can be re-run after a partial failure (or to run
 * genesis once the IO mint exists). Run it at once after deploying: the initializers take their
 * first caller's keys (docs/SECURITY.md, "Initialization front-running").
 */
import type { Provider } from "@coral-xyz/anchor";
import { Keypair, PublicKey } from "@solana/web3.js";

import { cloudRewardsAuthorityPda } from "../cloud/pda.js";
import { IoCloudClient } from "../cloud/client.js";
import { toBigInt } from "../codec.js";
import { IoCreditsClient } from "../credits/client.js";
import { DaoParamsInput, IoDaoClient } from "../dao/client.js";
import { governancePda } from "../dao/pda.js";
import { IoRewardsClient } from "../rewards/client.js";
import { rewardsConfigPda } from "../rewards/pda.js";
import { IoTokenClient } from "../token/client.js";
import type { GenesisBeneficiaries } from "../token/instructions.js";
import { DEFAULT_CREDITS_PARAMS, DEFAULT_DAO_PARAMS, DEVICE_CLASSES } from "./defaults.js";

export interface DeployOptions {
  /** Roles of the market (default: the deployer for each). */
  orchestrator?: PublicKey;
  uptimeVerifier?: PublicKey;
  slashingAuthority?: PublicKey;
  /** A USD-pegged tender to accept (USDC's mint on the cluster). */
  usdcMint?: PublicKey;
  /** Pyth IO/USD feed id (32 bytes, hex). */
  pythFeedIdHex: string;
  /** io_dao's parameters (default `DEFAULT_DAO_PARAMS`). */
  daoParams?: DaoParamsInput;
  /** Runs genesis: the vesting beneficiaries and the community and treasury IO accounts. */
  genesis?: { beneficiaries: GenesisBeneficiaries; communityDestination: PublicKey; treasuryDestination: PublicKey };
  log?: (line: string) => void;
}

export async function deployProtocol(provider: Provider, deployer: Keypair, options: DeployOptions): Promise<void> {
  const log = options.log ?? console.log;
  const token = new IoTokenClient(provider);
  const rewards = new IoRewardsClient(provider);
  const credits = new IoCreditsClient(provider);
  const cloud = new IoCloudClient(provider);
  const dao = new IoDaoClient(provider);
  const governance = governancePda();

  if (!(await token.fetchConfig())) {
    await token.initialize(deployer);
    log(`io_token: mint ${token.mint.toBase58()}`);
  }
  if (!(await rewards.fetchConfig())) {
    await rewards.initialize(governance, cloudRewardsAuthorityPda());
    log(`io_rewards: governance ${governance.toBase58()}, weight authority ${cloudRewardsAuthorityPda().toBase58()}`);
  }
  let tokenConfig = (await token.fetchConfig())!;
  if (!tokenConfig.emissionAuthority.equals(rewardsConfigPda()) && tokenConfig.authority.equals(deployer.publicKey)) {
    await token.setAuthority(deployer, "emission", rewardsConfigPda());
    log(`io_token: emission authority ${rewardsConfigPda().toBase58()}`);
  }

  if (!(await credits.fetchConfig())) {
    const feedId = Buffer.from(options.pythFeedIdHex.replace(/^0x/, ""), "hex");
    if (feedId.length !== 32) throw new Error("the Pyth feed id must be 32 bytes of hex");
    await credits.initialize(deployer.publicKey, { priceFeedId: feedId, ...DEFAULT_CREDITS_PARAMS });
    await credits.registerTender(deployer, token.mint, 0);
    if (options.usdcMint) await credits.registerTender(deployer, options.usdcMint, 200, { usdPegged: true });
    await credits.setParam(deployer, { kind: "governance", governance });
    log(`io_credits: IOSD ${credits.iosdMint.toBase58()}, governance handed to the DAO`);
  }

  if (!(await cloud.fetchConfig())) {
    await cloud.initialize(
      {
        governance: deployer.publicKey,
        orchestrator: options.orchestrator ?? deployer.publicKey,
        uptimeVerifier: options.uptimeVerifier ?? deployer.publicKey,
        slashingAuthority: options.slashingAuthority ?? deployer.publicKey,
      },
      token.mint,
    );
    for (const deviceClass of DEVICE_CLASSES) await cloud.setDeviceClass(deployer, deviceClass);
    await cloud.setRole(deployer, "governance", governance);
    log(`io_cloud: ${DEVICE_CLASSES.length} device classes, governance handed to the DAO`);
  }

  if (!(await dao.fetchConfig())) {
    await dao.initialize(token.mint, options.daoParams ?? DEFAULT_DAO_PARAMS);
    log(`io_dao: governance PDA ${governance.toBase58()}`);
  }
  tokenConfig = (await token.fetchConfig())!;
  const genesisDone = toBigInt(tokenConfig.genesisMinted) > 0n;
  if (!genesisDone && options.genesis && tokenConfig.authority.equals(deployer.publicKey)) {
    const { beneficiaries, communityDestination, treasuryDestination } = options.genesis;
    await token.genesis(deployer, beneficiaries, communityDestination, treasuryDestination);
    log("io_token: genesis minted 500,000,000 IO");
  }
  tokenConfig = (await token.fetchConfig())!;
  if (toBigInt(tokenConfig.genesisMinted) > 0n && tokenConfig.authority.equals(deployer.publicKey)) {
    await token.setAuthority(deployer, "admin", governance);
    log("io_token: administration handed to the DAO");
  }
}
