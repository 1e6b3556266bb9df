import { expect } from "chai";
import { createBurnCheckedInstruction } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  ALLOCATIONS,
  EMISSION_POOL,
  GENESIS_SUPPLY,
  IO,
  MAX_SUPPLY,
  sendInstructions,
  toBigInt,
  vestingPda,
  vestingVaultPda,
} from "@ionet/sdk";

import { balance, expectRefusal, funded, initializedToken, setUnixTime, snapshot, TokenWorld, tokenAccount } from "./support.js";

const MONTH = 2_592_000n;

interface GenesisWorld extends TokenWorld {
  beneficiaries: { seedInvestors: Keypair; seriesA: Keypair; coreContributors: Keypair };
  community: PublicKey;
  treasury: PublicKey;
  genesisTime: bigint;
}

async function afterGenesis(): Promise<GenesisWorld> {
  const world = await initializedToken();
  const { provider, token, admin } = world;
  const beneficiaries = {
    seedInvestors: await funded(provider),
    seriesA: await funded(provider),
    coreContributors: await funded(provider),
  };
  const community = await tokenAccount(provider, token.mint, Keypair.generate().publicKey);
  const treasury = await tokenAccount(provider, token.mint, Keypair.generate().publicKey);
  await token.genesis(
    admin,
    {
      seedInvestors: beneficiaries.seedInvestors.publicKey,
      seriesA: beneficiaries.seriesA.publicKey,
      coreContributors: beneficiaries.coreContributors.publicKey,
    },
    community,
    treasury,
  );
  const genesisTime = toBigInt((await token.fetchConfig())!.genesisTime);
  return { ...world, beneficiaries, community, treasury, genesisTime };
}

describe("io_token: genesis", () => {
  let world: GenesisWorld;

  before(async () => {
    world = await afterGenesis();
  });

  it("mints exactly 500,000,000 IO into the five allocations", async () => {
    const { provider, token, community, treasury } = world;
    expect(await balance(provider, community)).to.equal(IO(100_000_000));
    expect(await balance(provider, treasury)).to.equal(IO(128_000_000));
    const vaults = ALLOCATIONS.map((a) => vestingVaultPda(vestingPda(a)));
    expect(await balance(provider, vaults[0])).to.equal(IO(100_000_000));
    expect(await balance(provider, vaults[1])).to.equal(IO(81_600_000));
    expect(await balance(provider, vaults[2])).to.equal(IO(90_400_000));
    const status = await token.getSupplyStatus();
    expect(status.supply).to.equal(GENESIS_SUPPLY);
    expect(status.genesisMinted).to.equal(GENESIS_SUPPLY);
    expect(status.emissionMinted).to.equal(0n);
    expect(status.lockedInVesting).to.equal(IO(272_000_000));
    expect(status.circulating).to.equal(IO(228_000_000));
    expect(status.roomLeft).to.equal(EMISSION_POOL);
  });

  it("records the schedules with their beneficiaries and parts", async () => {
    const core = (await world.token.fetchVesting("coreContributors"))!;
    expect(core.beneficiary.equals(world.beneficiaries.coreContributors.publicKey)).to.equal(true);
    expect(core.parts).to.equal(36);
    expect(core.firstUnlockMonth).to.equal(13);
    const seriesA = (await world.token.fetchVesting("seriesA"))!;
    expect(seriesA.parts).to.equal(24);
    expect(seriesA.total.toString()).to.equal(IO(81_600_000).toString());
  });

  it("refuses a second genesis with GenesisAlreadyDone and changes nothing", async () => {
    const { provider, token, admin, community, treasury } = world;
    const watched = [token.config, token.mint, community, treasury, vestingPda("seriesA")];
    const before = await snapshot(provider, watched);
    const someone = Keypair.generate().publicKey;
    await expectRefusal(
      token.genesis(admin, { seedInvestors: someone, seriesA: someone, coreContributors: someone }, community, treasury),
      "GenesisAlreadyDone",
    );
    expect(await snapshot(provider, watched)).to.deep.equal(before);
  });

  it("refuses genesis by anyone but the config authority with Unauthorized", async () => {
    const world2 = await initializedToken();
    const intruder = await funded(world2.provider);
    const account = await tokenAccount(world2.provider, world2.token.mint, intruder.publicKey);
    const key = intruder.publicKey;
    await expectRefusal(
      world2.token.genesis(intruder, { seedInvestors: key, seriesA: key, coreContributors: key }, account, account),
      "Unauthorized",
    );
    expect((await world2.token.getSupplyStatus()).supply).to.equal(0n);
  });
});

describe("io_token: vesting", () => {
  let world: GenesisWorld;
  let seedInvestorsAccount: PublicKey;
  const total = IO(100_000_000);
  const part = total / 24n;

  const setTime = (seconds: bigint) => setUnixTime(world.context, world.genesisTime + seconds);
  const claim = () => world.token.claimVesting("seedInvestors", world.beneficiaries.seedInvestors, seedInvestorsAccount);

  beforeEach(async () => {
    world = await afterGenesis();
    seedInvestorsAccount = await tokenAccount(world.provider, world.token.mint, world.beneficiaries.seedInvestors.publicKey);
  });

  it("pays nothing just before the end of month 13 (NothingToClaim)", async () => {
    await setTime(13n * MONTH - 1n);
    await expectRefusal(claim(), "NothingToClaim");
    expect(await balance(world.provider, seedInvestorsAccount)).to.equal(0n);
  });

  it("pays 1/24 at the end of month 13", async () => {
    await setTime(13n * MONTH);
    const result = await claim();
    expect(await balance(world.provider, seedInvestorsAccount)).to.equal(part);
    const event = result.events.find((e) => e.name === "vestingClaimed")!;
    expect(event.data.amount.toString()).to.equal(part.toString());
    expect(event.data.remaining.toString()).to.equal((total - part).toString());
    expect(event.data.header.seq.toString()).to.equal("2");
  });

  it("pays nothing twice for the same month", async () => {
    await setTime(13n * MONTH);
    await claim();
    await expectRefusal(claim(), "NothingToClaim");
  });

  it("has paid 12/24 at the end of month 24", async () => {
    await setTime(24n * MONTH);
    await claim();
    expect(await balance(world.provider, seedInvestorsAccount)).to.equal(12n * part);
  });

  it("has paid everything, dust included, at the end of month 36", async () => {
    await setTime(36n * MONTH);
    await claim();
    expect(await balance(world.provider, seedInvestorsAccount)).to.equal(total);
    expect(await balance(world.provider, vestingVaultPda(vestingPda("seedInvestors")))).to.equal(0n);
    await setTime(60n * MONTH);
    await expectRefusal(claim(), "NothingToClaim");
  });

  it("refuses a claim by anyone but the beneficiary with NotBeneficiary", async () => {
    await setTime(20n * MONTH);
    const thief = await funded(world.provider);
    const loot = await tokenAccount(world.provider, world.token.mint, thief.publicKey);
    const before = await snapshot(world.provider, [vestingPda("seriesA")]);
    await expectRefusal(world.token.claimVesting("seriesA", thief, loot), "NotBeneficiary");
    expect(await balance(world.provider, loot)).to.equal(0n);
    expect(await snapshot(world.provider, [vestingPda("seriesA")])).to.deep.equal(before);
  });

  it("refuses paying into the vault itself with DuplicateAccount", async () => {
    await setTime(20n * MONTH);
    const vault = vestingVaultPda(vestingPda("seriesA"));
    await expectRefusal(world.token.claimVesting("seriesA", world.beneficiaries.seriesA, vault), "DuplicateAccount");
  });

  it("lets a beneficiary hand its claim right to a new wallet", async () => {
    await setTime(20n * MONTH);
    const { token, provider, beneficiaries } = world;
    const next = await funded(provider);
    await expectRefusal(token.setVestingBeneficiary("coreContributors", next, next.publicKey), "NotBeneficiary");
    await token.setVestingBeneficiary("coreContributors", beneficiaries.coreContributors, next.publicKey);
    const old = await tokenAccount(provider, token.mint, beneficiaries.coreContributors.publicKey);
    await expectRefusal(token.claimVesting("coreContributors", beneficiaries.coreContributors, old), "NotBeneficiary");
    const fresh = await tokenAccount(provider, token.mint, next.publicKey);
    await token.claimVesting("coreContributors", next, fresh); // end of month 20: 8 of 36 parts
    expect(await balance(provider, fresh)).to.equal((IO(90_400_000) / 36n) * 8n);
  });

  it("refuses handing the right to the default key with InvalidAuthority", async () => {
    await expectRefusal(
      world.token.setVestingBeneficiary("seriesA", world.beneficiaries.seriesA, PublicKey.default),
      "InvalidAuthority",
    );
  });
});

describe("io_token: emission gate and cap", () => {
  let world: GenesisWorld;
  let emitter: Keypair;
  let rewards: PublicKey;
  /** Registers `emitter` as the emission authority and mints `minted` to `rewards`. */
  const emitterHasMinted = async (minted: bigint) => {
    await world.token.setAuthority(world.admin, "emission", emitter.publicKey);
    if (minted > 0n) await world.token.mintEmission(emitter, rewards, minted);
  };

  beforeEach(async () => {
    world = await afterGenesis();
    emitter = await funded(world.provider);
    rewards = await tokenAccount(world.provider, world.token.mint, emitter.publicKey);
  });

  it("refuses every emission before an emission authority is registered", async () => {
    await expectRefusal(world.token.mintEmission(emitter, rewards, IO(1)), "UnauthorizedEmitter");
  });

  it("lets only the config authority register the emission authority", async () => {
    const intruder = await funded(world.provider);
    await expectRefusal(world.token.setAuthority(intruder, "emission", intruder.publicKey), "Unauthorized");
    await expectRefusal(world.token.setAuthority(world.admin, "emission", PublicKey.default), "InvalidAuthority");
    const result = await world.token.setAuthority(world.admin, "emission", emitter.publicKey);
    const event = result.events.find((e) => e.name === "authorityChanged")!;
    expect(event.data.authority.equals(emitter.publicKey)).to.equal(true);
    expect(event.data.totalMinted.toString()).to.equal(GENESIS_SUPPLY.toString());
  });

  it("refuses emission by any other signer with UnauthorizedEmitter", async () => {
    await emitterHasMinted(0n);
    const other = await funded(world.provider);
    await expectRefusal(world.token.mintEmission(other, rewards, IO(1)), "UnauthorizedEmitter");
    expect(await balance(world.provider, rewards)).to.equal(0n);
  });

  it("mints for the registered authority and reports the running totals", async () => {
    await emitterHasMinted(0n);
    const result = await world.token.mintEmission(emitter, rewards, IO(1_000));
    expect(await balance(world.provider, rewards)).to.equal(IO(1_000));
    const event = result.events.find((e) => e.name === "emissionMinted")!;
    expect(event.data.emissionMinted.toString()).to.equal(IO(1_000).toString());
    expect(event.data.totalMinted.toString()).to.equal((GENESIS_SUPPLY + IO(1_000)).toString());
    expect(event.data.roomLeft.toString()).to.equal((EMISSION_POOL - IO(1_000)).toString());
  });

  it("refuses a zero amount with ZeroAmount", async () => {
    await emitterHasMinted(0n);
    await expectRefusal(world.token.mintEmission(emitter, rewards, 0n), "ZeroAmount");
  });

  it("refuses a mint past 300M emissions with EmissionPoolExceeded and changes nothing", async () => {
    await emitterHasMinted(IO(1_000));
    const watched = [world.token.config, world.token.mint, rewards];
    const before = await snapshot(world.provider, watched);
    await expectRefusal(world.token.mintEmission(emitter, rewards, EMISSION_POOL), "EmissionPoolExceeded");
    expect(await snapshot(world.provider, watched)).to.deep.equal(before);
  });

  it("fills the pool to exactly 800M ever minted, then refuses one more base unit", async () => {
    await emitterHasMinted(IO(1_000));
    await world.token.mintEmission(emitter, rewards, EMISSION_POOL - IO(1_000));
    const status = await world.token.getSupplyStatus();
    expect(status.totalMinted).to.equal(MAX_SUPPLY);
    expect(status.roomLeft).to.equal(0n);
    await expectRefusal(world.token.mintEmission(emitter, rewards, 1n), "EmissionPoolExceeded");
  });

  it("does not reopen room when IO is burned", async () => {
    await emitterHasMinted(EMISSION_POOL);
    const burn = createBurnCheckedInstruction(rewards, world.token.mint, emitter.publicKey, IO(5_000_000), 8);
    await sendInstructions(world.provider, [burn], [emitter]);
    const status = await world.token.getSupplyStatus();
    expect(status.burned).to.equal(IO(5_000_000));
    expect(status.supply).to.equal(MAX_SUPPLY - IO(5_000_000));
    expect(status.totalMinted).to.equal(MAX_SUPPLY);
    expect(status.roomLeft).to.equal(0n);
    await expectRefusal(world.token.mintEmission(emitter, rewards, 1n), "EmissionPoolExceeded");
  });

  it("hands administration to a new authority, after which the old one is refused", async () => {
    const dao = Keypair.generate();
    await world.token.setAuthority(world.admin, "admin", dao.publicKey);
    await expectRefusal(world.token.setAuthority(world.admin, "emission", world.admin.publicKey), "Unauthorized");
    expect((await world.token.fetchConfig())!.authority.equals(dao.publicKey)).to.equal(true);
  });
});
