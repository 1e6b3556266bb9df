import { expect } from "chai";
import { spawnSync } from "node:child_process";

/** Runs the `io` binary as a user would: a separate Node process, real ESM loading. */
function io(...args: string[]) {
  const run = spawnSync(process.execPath, ["sdk/bin/io.js", ...args], { encoding: "utf8", timeout: 120_000 });
  // The CLI's own message is its last line (a dependency may warn first, e.g. bigint-buffer).
  const lastLine = run.stderr.trim().split("\n").pop() ?? "";
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lastLine };
}

describe("cli: the io command", () => {
  it("prints the supply after genesis on the embedded harness, as JSON with --json", () => {
    const run = io("supply", "--json");
    expect(run.status, run.stderr).to.equal(0);
    const status = JSON.parse(run.stdout);
    expect(status.genesisMinted).to.equal("50000000000000000");
    expect(status.roomLeft).to.equal("30000000000000000");
  });

  it("reports bad input in one line, without a stack trace, and exits 2", () => {
    const run = io("supply", "--url", "not-a-url");
    expect(run.status).to.equal(2);
    expect(run.lastLine).to.equal("error: --url must be an http(s) URL or localnet, got not-a-url");
    expect(run.stderr).to.not.contain("    at ");
  });

  /** Mistakes in what a user types: each is named in one line, without a stack trace, exit code 2. */
  const mistakes: [string, string[], string][] = [
    ["an unknown device class", ["worker", "register", "--class", "TPU-v9"], 'error: unknown device class "TPU-v9": expected one of H100, A100, RTX 4090, RTX 4070'],
    ["a negative amount", ["worker", "stake", "--amount", "-5"], 'error: --amount must be a positive number, got "-5"'],
    ["a malformed key", ["rent", "status", "--rental", "not-a-key"], 'error: --rental is not a valid base58 public key: "not-a-key"'],
    ["a negative IO ask", ["worker", "register", "--ask-io", "-1"], 'error: --ask-io must be a positive number, got "-1"'],
    ["a region longer than 8 bytes", ["worker", "register", "--region", "europe-west"], "error: --region: region code longer than 8 bytes: europe-west"],
  ];
  for (const [what, args, message] of mistakes) {
    it(`names the mistake for ${what}`, () => {
      const run = io(...args);
      expect(run.status).to.equal(2);
      expect(run.lastLine).to.equal(message);
      expect(run.stderr).to.not.contain("    at ");
    });
  }

  it("registers and stakes a worker, books a rental, and votes, with --json output", () => {
    const staked = io("worker", "stake", "--class", "RTX 4070", "--amount", "200", "--json");
    expect(staked.status, staked.stderr).to.equal(0);
    expect(JSON.parse(staked.stdout.slice(staked.stdout.indexOf("{"))).staked).to.equal("20000000000");
    const booked = io("rent", "book", "--gpus", "2", "--hours", "3", "--tender", "IO", "--price", "0.5", "--json");
    expect(booked.status, booked.stderr).to.equal(0);
    const rental = JSON.parse(booked.stdout.slice(booked.stdout.indexOf("{")));
    expect(rental.state).to.equal("booked");
    expect(rental.deposited).to.equal("300750000");
    const voted = io("dao", "vote", "--side", "no", "--json");
    expect(voted.status, voted.stderr).to.equal(0);
    expect(JSON.parse(voted.stdout.slice(voted.stdout.indexOf("{"))).no).to.equal("40000000000000");
  });

  it("claims a worker's block rewards: its stake and proof granted io_rewards the weight, no separate sync", () => {
    const claimed = io("worker", "claim", "--json");
    expect(claimed.status, claimed.stderr).to.equal(0);
    const result = JSON.parse(claimed.stdout.slice(claimed.stdout.indexOf("{")));
    expect(BigInt(result.claimed) > 0n).to.equal(true);
  });

  it("rejects an unknown command", () => {
    const run = io("mine-bitcoin");
    expect(run.status).to.not.equal(0);
    expect(run.stderr).to.contain("unknown command");
  });
});
