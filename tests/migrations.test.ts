import { expect } from "chai";
import { Keypair } from "@solana/web3.js";

import {
  cloudRewardsAuthorityPda,
  deployProtocol,
  governancePda,
  IoCloudClient,
  IoCreditsClient,
  IoDaoClient,
  IoRewardsClient,
  IoTokenClient,
  rewardsConfigPda,
  toBigInt,
} from "@ionet/sdk";

import { funded, newBank, tokenAccount } from "./support.js";

describe("migrations: deploy wires the protocol as in production", () => {
  it("initializes every program, hands governance to the DAO, and is idempotent", async () => {
    const { provider } = await newBank();
    const deployer = await funded(provider, 10);
    const lines: string[] = [];
    const pythFeedIdHex = "ab".repeat(32);
    await deployProtocol(provider, deployer, { pythFeedIdHex, log: (line) => lines.push(line) });

    const token = new IoTokenClient(provider);
    let tokenConfig = (await token.fetchConfig())!;
    expect(tokenConfig.emissionAuthority.equals(rewardsConfigPda())).to.equal(true);
    expect(tokenConfig.authority.equals(deployer.publicKey)).to.equal(true); // kept until genesis
    const rewardsConfig = (await new IoRewardsClient(provider).fetchConfig())!;
    expect(rewardsConfig.governance.equals(governancePda())).to.equal(true);
    expect(rewardsConfig.weightAuthority.equals(cloudRewardsAuthorityPda())).to.equal(true);
    const creditsConfig = (await new IoCreditsClient(provider).fetchConfig())!;
    expect(creditsConfig.governance.equals(governancePda())).to.equal(true);
    expect(creditsConfig.params.reservationFeeBps).to.equal(25); // the market's governed reservation fee
    const cloud = new IoCloudClient(provider);
    expect((await cloud.fetchConfig())!.governance.equals(governancePda())).to.equal(true);
    expect(await new IoDaoClient(provider).fetchConfig()).to.not.equal(null);
    // As wired, io_cloud grants io_rewards the weights itself: registering creates the worker's reward account.
    const operator = await funded(provider);
    const { worker } = await cloud.registerWorker(operator, {
      deviceId: new Uint8Array(16).fill(3),
      deviceClass: 1,
      gpus: 1,
      region: "us-east",
      pricePerGpuHour: 2_000_000n,
      askIoPerGpuHour: 100_000_000n,
    });
    const reward = (await new IoRewardsClient(provider).fetchWorkerReward(worker))!;
    expect(reward.owner.equals(operator.publicKey)).to.equal(true);
    expect(toBigInt(reward.share.baseWeight)).to.equal(100_000n); // H100: 10x × 1 GPU

    // Re-run with genesis: earlier steps are skipped, genesis runs, administration goes to the DAO.
    const community = await tokenAccount(provider, token.mint, Keypair.generate().publicKey);
    const treasury = await tokenAccount(provider, token.mint, governancePda());
    const someone = Keypair.generate().publicKey;
    const again: string[] = [];
    await deployProtocol(provider, deployer, {
      pythFeedIdHex,
      log: (line) => again.push(line),
      genesis: { beneficiaries: { seedInvestors: someone, seriesA: someone, coreContributors: someone }, communityDestination: community, treasuryDestination: treasury },
    });
    expect(again).to.deep.equal(["io_token: genesis minted 500,000,000 IO", "io_token: administration handed to the DAO"]);
    tokenConfig = (await token.fetchConfig())!;
    expect(tokenConfig.authority.equals(governancePda())).to.equal(true);
    expect(lines.length).to.be.greaterThan(4);
  });
});
