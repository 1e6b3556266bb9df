import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { Keypair } from "@solana/web3.js";

import { writeKeypair } from "../sdk/src/localnet/keys.js";

/** Runs the `io` binary as a user would: a separate Node process, real ESM loading. */
function io(...args: string[]) {
  const run = spawnSync(process.execPath, ["sdk/bin/io.js", ...args], { encoding: "utf8", timeout: 120_000 });
  // The CLI's own message is its last line (a dependency may warn first, e.g. bigint-buffer).
  const lastLine = run.stderr.trim().split("\n").pop() ?? "";
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lastLine };
}

describe("cli: the io command", () => {
  it("reports bad input in one line, without a stack trace, and exits 2", () => {
    const run = io("supply", "--url", "not-a-url");
    expect(run.status).to.equal(2);
    expect(run.lastLine).to.equal("error: --url must be an http(s) URL or localnet, got not-a-url");
    expect(run.stderr).to.not.contain("    at ");
  });

  /**
   * Mistakes in what a user types: each is named in one line, without a stack trace, exit code 2.
   * Options are parsed before the cluster is reached, so these need no localnet.
   */
  const mistakes: [string, string[], string][] = [
    ["an unknown device class", ["worker", "register", "--class", "TPU-v9"], 'error: unknown device class "TPU-v9": expected one of H100, A100, RTX 4090, RTX 4070, H200, B200, A100 40GB, L40S, RTX 4080, RTX 4060, RTX 3090, RTX 3080, RTX A6000, RTX 6000 Ada, L4, T4, V100, Apple M3/M4 Max, RTX 4070 Ti, RTX 3090 Ti, RTX 3080 Ti, RTX 3070, RTX 3060, RTX A5000, RTX A4000, RTX 5000 Ada, Apple M3/M4 Pro, Apple M3/M4'],
    ["a negative amount", ["worker", "stake", "--amount", "-5"], 'error: --amount must be a positive number, got "-5"'],
    ["a malformed key", ["rent", "status", "--rental", "not-a-key"], 'error: --rental is not a valid base58 public key: "not-a-key"'],
    ["a negative IO ask", ["worker", "register", "--ask-io", "-1"], 'error: --ask-io must be a positive number, got "-1"'],
    ["a region longer than 8 bytes", ["worker", "register", "--region", "europe-west"], "error: --region: region code longer than 8 bytes: europe-west"],
    ["a stake without a worker", ["worker", "stake", "--amount", "200"], "error: --worker <address> is required"],
    ["a status without a worker", ["worker", "status"], "error: --worker <address> is required"],
    ["a claim without a worker", ["worker", "claim"], "error: --worker <address> is required"],
    ["a rental status without a rental", ["rent", "status"], "error: --rental <address> is required"],
    ["an extension without a rental", ["rent", "extend", "--hours", "2"], "error: --rental <address> is required"],
    ["a termination without a rental", ["rent", "terminate"], "error: --rental <address> is required"],
    ["a vote without a proposal", ["dao", "vote", "--side", "yes"], "error: --proposal <id> is required"],
    ["an execution without a proposal", ["dao", "execute"], "error: --proposal <id> is required"],
    ["an unknown vote side", ["dao", "vote", "--proposal", "0", "--side", "maybe"], 'error: unknown vote side "maybe": expected one of yes, no, abstain'],
  ];
  for (const [what, args, message] of mistakes) {
    it(`names the mistake for ${what}`, () => {
      const run = io(...args);
      expect(run.status).to.equal(2);
      expect(run.lastLine).to.equal(message);
      expect(run.stderr).to.not.contain("    at ");
    });
  }

  it("works on localnet by default, and names it in one line when none runs there", async function () {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once("error", () => resolve(false));
      server.listen(8899, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (!free) this.skip(); // something listens on 127.0.0.1:8899 (e.g. an `io localnet`): the message would not apply
    const keypair = path.join(mkdtempSync(path.join(tmpdir(), "ionet-cli-")), "id.json");
    writeKeypair(keypair, Keypair.generate());
    const run = io("worker", "status", "--worker", Keypair.generate().publicKey.toBase58(), "--keypair", keypair);
    expect(run.status).to.equal(1);
    expect(run.lastLine).to.equal("error: cannot reach http://127.0.0.1:8899 (start one with `io localnet`)");
    expect(run.stderr).to.not.contain("    at ");
  });

  it("rejects an unknown command", () => {
    const run = io("mine-bitcoin");
    expect(run.status).to.not.equal(0);
    expect(run.stderr).to.contain("unknown command");
  });
});
