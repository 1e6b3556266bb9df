import { expect } from "chai";
import { EventParser } from "@coral-xyz/anchor";
import { getMint, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import { Keypair } from "@solana/web3.js";

import { HarnessProvider, start } from "@ionet/harness";
import { IoProgramError, IoTokenClient, PROGRAM_IDS, programDataPda, theEvent } from "@ionet/sdk";

describe("io_token: initialize", () => {
  let provider: HarnessProvider;
  let client: IoTokenClient;
  const authority = Keypair.generate();

  before(async () => {
    provider = new HarnessProvider(await start());
    client = new IoTokenClient(provider);
  });

  it("creates the IO mint: 8 decimals, the config PDA as mint authority, no freeze authority", async () => {
    const result = await client.initialize(authority);
    const mint = await getMint(provider.connection, client.mint);
    expect(mint.decimals).to.equal(8);
    expect(mint.mintAuthority!.equals(client.config)).to.equal(true);
    expect(mint.freezeAuthority).to.equal(null);
    expect(mint.supply).to.equal(0n);
    const config = await client.fetchConfig();
    expect(config!.authority.equals(authority.publicKey)).to.equal(true);
    expect(config!.mint.equals(client.mint)).to.equal(true);

    // The token program ran as a CPI from io_token inside the bank.
    expect(result.logs).to.include(`Program ${TOKEN_PROGRAM_ID.toBase58()} invoke [2]`);
  });

  it("emits TokenInitialized in `Program data:` logs that Anchor's EventParser decodes", async () => {
    const signature = (await provider.connection.getSignaturesForAddress(client.config))[0].signature;
    const tx = await provider.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
    const logs = tx!.meta!.logMessages!;
    expect(logs.some((line) => line.startsWith("Program data: "))).to.equal(true);

    const parser = new EventParser(PROGRAM_IDS.io_token, client.program.coder);
    const events = [...parser.parseLogs(logs)];
    expect(events.map((e) => e.name)).to.deep.equal(["tokenInitialized"]);
    const data = events[0].data as any;
    expect(data.header.entity.equals(client.config)).to.equal(true);
    expect(data.header.seq.toString()).to.equal("1");
    expect(data.mint.equals(client.mint)).to.equal(true);
    expect(data.decimals).to.equal(8);
    expect(data.maxSupply.toString()).to.equal("80000000000000000");
  });

  it("decodes the same event through the SDK", async () => {
    const second = new IoTokenClient(new HarnessProvider(await start()));
    const result = await second.initialize(authority);
    const event = theEvent(result, "tokenInitialized");
    expect(event.program).to.equal("io_token");
    expect(event.data.authority.equals(authority.publicKey)).to.equal(true);
  });

  it("refuses a second initialize with the named error AlreadyInitialized and changes nothing", async () => {
    const before = await provider.connection.getAccountInfo(client.config);
    const intruder = Keypair.generate();
    let caught: unknown;
    try {
      await client.initialize(intruder);
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(IoProgramError);
    const error = caught as IoProgramError;
    expect(error.program).to.equal("io_token");
    expect(error.errorName).to.equal("AlreadyInitialized");
    expect(error.code).to.equal(6000);
    const after = await provider.connection.getAccountInfo(client.config);
    expect(after!.data.equals(before!.data)).to.equal(true);
  });

  it("surfaces the same refusal as Anchor's own AnchorError through `program.methods.rpc()`", async () => {
    try {
      await client.program.methods
        .initialize()
        .accountsPartial({ payer: provider.publicKey, authority: authority.publicKey, config: client.config, mint: client.mint, programData: programDataPda("io_token") })
        .signers([authority])
        .rpc();
      expect.fail("second initialize must fail");
    } catch (err: any) {
      expect(err.error.errorCode.code).to.equal("AlreadyInitialized");
      expect(err.error.errorCode.number).to.equal(6000);
      expect(err.program.equals(PROGRAM_IDS.io_token)).to.equal(true);
    }
  });
});
