import { expect } from "chai";
import { spawnSync } from "node:child_process";

/** Runs the `io` binary as a user would: a separate Node process, real ESM loading. */
function io(...args: string[]) {
  const run = spawnSync(process.execPath, ["sdk/bin/io.js", ...args], { encoding: "utf8", timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
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
    const run = io("supply", "--rpc", "not-a-url");
    expect(run.status).to.equal(2);
    expect(run.stderr.trim()).to.equal("error: --rpc must be an http(s) URL, got not-a-url");
    expect(run.stderr).to.not.contain("    at ");
  });

  it("rejects an unknown command", () => {
    const run = io("mine-bitcoin");
    expect(run.status).to.not.equal(0);
    expect(run.stderr).to.contain("unknown command");
  });
});
