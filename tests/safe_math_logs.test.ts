/**
 * A checked-math failure in a real instruction names the program's own source line: Anchor's log
 * "AnchorError thrown in programs/<program>/src/<file>.rs:<line>" points at the `safe_*` call
 * that overflowed (io_common's SafeMath takes the caller's location), not at `core` or io_common.
 */
import { readFileSync } from "node:fs";

import { expect } from "chai";
import BN from "bn.js";
import { Keypair } from "@solana/web3.js";

import { CODERS, IO } from "@ionet/sdk";

import { expectRefusal, snapshot } from "./support.js";
import { creditsWorld, freshPrice, ioHolder } from "./support_io_credits.js";

const U64_MAX = (1n << 64n) - 1n;

describe("SafeMath: a forced overflow's log names the instruction's source line", () => {
  it("credits_buy with the IOSD minted total at u64::MAX fails with MathOverflow at the line that adds to it", async () => {
    const world = await creditsWorld();
    try {
      const buyer = await ioHolder(world, IO(100));
      const price = Keypair.generate().publicKey;
      await freshPrice(world.context, price);

      // The config as the program keeps it, its IOSD minted total pushed to the top of a u64.
      const info = (await world.provider.connection.getAccountInfo(world.credits.config))!;
      const coder = CODERS.io_credits.accounts;
      const config = coder.decode("creditsConfig", info.data);
      config.iosdMinted = new BN(U64_MAX.toString());
      const data = await coder.encode("creditsConfig", config);
      const padded = Buffer.concat([data, Buffer.alloc(info.data.length - data.length)]);
      world.context.setAccount(world.credits.config, { lamports: info.lamports, owner: info.owner, data: padded });

      const watched = [world.credits.config, buyer.io, world.token.mint, world.credits.iosdMint];
      const before = await snapshot(world.provider, watched);
      const buy = world.credits.buyCredits(buyer.owner, { buyerIo: buyer.io, priceUpdate: price, ioAmount: IO(10), minIosdOut: 0n });
      const error = await expectRefusal(buy, "MathOverflow", "io_credits");
      expect(await snapshot(world.provider, watched)).to.deep.equal(before);

      const thrown = error.logs.map((line) => /AnchorError thrown in (\S+\.rs):(\d+)\. Error Code: MathOverflow/.exec(line)).find(Boolean);
      expect(thrown, error.logs.join("\n")).to.not.equal(undefined);
      const [, file, line] = thrown!;
      expect(file).to.equal("programs/io_credits/src/instructions/credits_buy.rs");
      const source = readFileSync(file, "utf8").split("\n")[Number(line) - 1];
      expect(source).to.match(/iosd_minted.*safe_add/);
    } finally {
      world.context.close();
    }
  });
});
