/**
 * The initializers' guard (programs/io_common/src/upgrade_authority.rs): each program's
 * `initialize` is refused unless its payer is the upgrade authority its ProgramData names. The
 * harness runs the programs as builtins, which have no ProgramData; here a test puts one at each
 * program's ProgramData address, as the upgradeable loader would keep it on a cluster.
 */
import { expect } from "chai";
import { Keypair, PublicKey } from "@solana/web3.js";

import {
  deployProtocol,
  IoCloudClient,
  IoCreditsClient,
  IoDaoClient,
  IoRewardsClient,
  IoTokenClient,
  PROGRAM_IDS,
  PROGRAM_NAMES,
  ProgramName,
  programDataPda,
  sendInstructions,
  tokenInstructions,
  UPGRADEABLE_LOADER_ID,
} from "@ionet/sdk";

import { expectRefusal, funded, newBank, snapshot, TestBank } from "./support.js";

/** `UpgradeableLoaderState::ProgramData { slot, upgrade_authority_address }`, then program bytes. */
function programDataBytes(authority: PublicKey | null): Buffer {
  const data = Buffer.alloc(4 + 8 + 1 + 32 + 16);
  data.writeUInt32LE(3, 0);
  data.writeBigUInt64LE(1n, 4);
  if (authority) {
    data.writeUInt8(1, 12);
    authority.toBuffer().copy(data, 13);
  }
  return data;
}

function putProgramData(bank: TestBank, program: ProgramName, authority: PublicKey | null, owner = UPGRADEABLE_LOADER_ID): void {
  bank.context.setAccount(programDataPda(program), { lamports: 1_000_000_000, data: programDataBytes(authority), owner });
}

const configs = (bank: TestBank) => {
  const { provider } = bank;
  return {
    io_token: () => new IoTokenClient(provider).fetchConfig(),
    io_rewards: () => new IoRewardsClient(provider).fetchConfig(),
    io_credits: () => new IoCreditsClient(provider).fetchConfig(),
    io_cloud: () => new IoCloudClient(provider).fetchConfig(),
    io_dao: () => new IoDaoClient(provider).fetchConfig(),
  } satisfies Record<ProgramName, () => Promise<unknown>>;
};

/** deployProtocol's order of initializers. */
const DEPLOY_ORDER: ProgramName[] = ["io_token", "io_rewards", "io_credits", "io_cloud", "io_dao"];

describe("initializers: only the program's upgrade authority may initialize it", () => {
  let bank: TestBank;

  beforeEach(async () => {
    bank = await newBank();
  });

  afterEach(() => bank.context.close());

  it("refuses each of the five initializers paid by anyone but the upgrade authority, then the deploy script runs as the authority", async () => {
    expect([...DEPLOY_ORDER].sort()).to.deep.equal([...PROGRAM_NAMES].sort());
    const deployer = await funded(bank.provider, 10);
    const stranger = Keypair.generate().publicKey;
    const payer = bank.provider.publicKey;
    for (const program of PROGRAM_NAMES) putProgramData(bank, program, stranger);
    const fetch = configs(bank);
    const deploy = () => deployProtocol(bank.provider, deployer, { pythFeedIdHex: "ab".repeat(32), log: () => {} });
    // The deploy script stops at the first initializer whose ProgramData names someone else.
    for (const program of DEPLOY_ORDER) {
      await expectRefusal(deploy(), "NotUpgradeAuthority", program);
      expect(await fetch[program](), `${program} stays uninitialized`).to.equal(null);
      putProgramData(bank, program, payer);
    }
    await deploy();
    for (const program of DEPLOY_ORDER) expect(await fetch[program](), program).to.not.equal(null);
  });

  it("refuses everyone once the program is immutable (no upgrade authority)", async () => {
    putProgramData(bank, "io_token", null);
    await expectRefusal(new IoTokenClient(bank.provider).initialize(Keypair.generate()), "NotUpgradeAuthority");
    expect(await new IoTokenClient(bank.provider).fetchConfig()).to.equal(null);
  });

  it("refuses a ProgramData the loader doesn't own, and an account at another address", async () => {
    const payer = bank.provider.publicKey;
    const authority = Keypair.generate();
    putProgramData(bank, "io_token", payer, Keypair.generate().publicKey);
    const before = await snapshot(bank.provider, [programDataPda("io_token")]);
    await expectRefusal(new IoTokenClient(bank.provider).initialize(authority), "WrongProgramData");
    expect(await snapshot(bank.provider, [programDataPda("io_token")])).to.deep.equal(before);

    putProgramData(bank, "io_token", payer);
    const elsewhere = Keypair.generate().publicKey;
    bank.context.setAccount(elsewhere, { lamports: 1_000_000_000, data: programDataBytes(payer), owner: UPGRADEABLE_LOADER_ID });
    const ix = tokenInstructions.initialize({ payer, authority: authority.publicKey });
    for (const meta of ix.keys) if (meta.pubkey.equals(programDataPda("io_token"))) meta.pubkey = elsewhere;
    await expectRefusal(sendInstructions(bank.provider, [ix], [authority]), "WrongProgramData");
    expect(await new IoTokenClient(bank.provider).fetchConfig()).to.equal(null);
  });

  it("refuses another program's account in place of the program's own, with that program's ProgramData", async () => {
    const payer = bank.provider.publicKey;
    const authority = Keypair.generate();
    // io_rewards has no ProgramData here, so its (absent) one would let anyone through.
    const ix = tokenInstructions.initialize({ payer, authority: authority.publicKey });
    for (const meta of ix.keys) {
      if (meta.pubkey.equals(PROGRAM_IDS.io_token)) meta.pubkey = PROGRAM_IDS.io_rewards;
      else if (meta.pubkey.equals(programDataPda("io_token"))) meta.pubkey = programDataPda("io_rewards");
    }
    putProgramData(bank, "io_token", Keypair.generate().publicKey);
    await expectRefusal(sendInstructions(bank.provider, [ix], [authority]), "WrongProgramAccount");
    expect(await new IoTokenClient(bank.provider).fetchConfig()).to.equal(null);
  });

  it("lets a builtin without a ProgramData (the harness's programs) be initialized by its payer", async () => {
    expect(await bank.provider.connection.getAccountInfo(programDataPda("io_token"))).to.equal(null);
    await new IoTokenClient(bank.provider).initialize(Keypair.generate());
    expect(await new IoTokenClient(bank.provider).fetchConfig()).to.not.equal(null);
  });
});
