/**
 * The `io` CLI on one `io localnet`, each command its own process (`--url <localnet> --keypair
 * <file>`), so state must persist between them: a wallet funded by `io faucet`, then a
 * provider, a renter and a DAO holder going through their flows.
 */
import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { clusterTime, IO, IoCloudClient, IoRewardsClient, rentalCharges, USDC } from "@ionet/sdk";

import { clusterUrl } from "../sdk/src/cli/session.js";
import { readKeypair, writeKeypair } from "../sdk/src/localnet/keys.js";
import { freePortPair, LocalnetProcess, rpc, startLocalnetProcess } from "./support_localnet.js";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The CLI's own message is its last stderr line (a dependency may warn first). */
  lastLine: string;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function spawnIo(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const run = spawnSync(process.execPath, ["sdk/bin/io.js", ...args], { encoding: "utf8", timeout: 120_000, env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, lastLine: run.stderr.trim().split("\n").pop() ?? "" };
}

describe("cli on a localnet: separate processes share one chain", function () {
  this.timeout(300_000);
  let net: LocalnetProcess;
  let user: Keypair;
  let keypairFile: string;

  const io = (...args: string[]) => spawnIo([...args, "--url", net.url, "--keypair", keypairFile]);
  /** Runs with --json; must succeed. */
  const json = (...args: string[]) => {
    const run = io(...args, "--json");
    expect(run.status, run.stderr).to.equal(0);
    return JSON.parse(run.stdout);
  };
  const ok = (...args: string[]) => {
    const run = io(...args);
    expect(run.status, run.stderr).to.equal(0);
    return run.stdout;
  };
  const tokenBalance = async (mint: string) =>
    BigInt((await net.connection.getTokenAccountBalance(getAssociatedTokenAddressSync(new PublicKey(mint), user.publicKey))).value.amount);

  before(async () => {
    net = await startLocalnetProcess();
    user = Keypair.generate();
    keypairFile = path.join(mkdtempSync(path.join(tmpdir(), "ionet-cli-")), "id.json");
    writeKeypair(keypairFile, user);
  });

  after(async () => {
    await net?.stop();
  });

  describe("the wallet", () => {
    it("names a missing keypair in one line, at the Solana CLI's default path or --keypair's, exit code 2", () => {
      const home = mkdtempSync(path.join(tmpdir(), "ionet-home-"));
      const expected = path.join(home, ".config", "solana", "id.json");
      const byDefault = spawnIo(["faucet", "--io", "1", "--url", net.url], { ...process.env, HOME: home });
      expect(byDefault.status).to.equal(2);
      expect(byDefault.lastLine).to.equal(`error: no keypair at ${expected} (create one with \`solana-keygen new -o ${expected}\` or pass --keypair)`);
      expect(byDefault.stderr).to.not.contain("    at ");
      const named = spawnSync(process.execPath, ["sdk/bin/io.js", "worker", "status", "--worker", user.publicKey.toBase58(), "--url", net.url, "--keypair", "/nonexistent/id.json"], { encoding: "utf8" });
      expect(named.status).to.equal(2);
      expect(named.stderr.trim().split("\n").pop()).to.equal("error: no keypair at /nonexistent/id.json (create one with `solana-keygen new -o /nonexistent/id.json` or pass --keypair)");
    });

    it("funds the signer from the faucet: SOL, IO and USDC, in tokens (base units with --json)", async () => {
      const human = ok("faucet", "--sol", "10", "--io", "200000", "--usdc", "1000");
      expect(human).to.contain(`sent 10 SOL, 200,000 IO, 1,000 USDC to ${user.publicKey.toBase58()}`);
      expect(human).to.contain("balances: 10 SOL, 200,000 IO, 1,000 USDC");
      const more = json("faucet", "--io", "0.5");
      expect(more.granted).to.deep.equal({ io: "50000000" });
      expect(more.balances.io).to.equal((IO(200_000) + 50_000_000n).toString());
      expect(await tokenBalance(net.economy.usdcMint)).to.equal(USDC(1_000));
    });

    it("reads --url localnet as the localnet's default address, and names a cluster it cannot reach", async () => {
      expect(clusterUrl("localnet")).to.equal("http://127.0.0.1:8899");
      const nowhere = `http://127.0.0.1:${await freePortPair()}`;
      const run = spawnIo(["worker", "status", "--worker", user.publicKey.toBase58(), "--url", nowhere, "--keypair", keypairFile]);
      expect(run.status).to.equal(1);
      expect(run.lastLine).to.equal(`error: cannot reach ${nowhere}`);
    });
  });

  it("prints the supply after the localnet's genesis, as JSON with --json", () => {
    const status = json("supply");
    expect(status.genesisMinted).to.equal("50000000000000000");
    expect(status.roomLeft).to.equal("30000000000000000");
    expect(ok("supply")).to.match(/^IO supply\n  cap +800,000,000 IO$/m);
    expect(ok("supply")).to.match(/^  retired +0 IO$/m);
  });

  it("shows block rewards under the fixed schedule", () => {
    const status = json("rewards", "status");
    expect(status.ide.params.mode).to.equal("schedule");
    expect(BigInt(status.released) > 0n).to.equal(true);
    expect(ok("rewards", "status")).to.match(/^block rewards: fixed schedule$/m);
  });

  describe("a provider", () => {
    let worker: string;

    it("registers an 8-GPU H100 worker and prints its address", () => {
      const human = ok("worker", "register", "--class", "H100", "--gpus", "8", "--region", "us-east", "--price", "2");
      const match = /^registered worker (\w{32,44})$/m.exec(human);
      expect(match, human).to.not.equal(null);
      worker = match![1];
      expect(human).to.contain("NVIDIA H100 80GB × 8 GPUs, asking 2 USDC or 1 IO per GPU-hour");
      expect(human).to.contain("staked 0 IO of the 16,000 IO minimum");
    });

    it("stakes 1,000 IO on it, and a later process sees the stake", () => {
      expect(ok("worker", "stake", "--worker", worker, "--amount", "1000")).to.contain(`staked 1,000 IO; worker ${worker} now has 1,000 IO staked (minimum 16,000 IO)`);
      const status = json("worker", "status", "--worker", worker);
      expect(status).to.deep.include({ worker, authority: user.publicKey.toBase58(), gpus: 8, staked: IO(1_000).toString(), minStake: IO(16_000).toString() });
      expect(status.weight.eligible).to.equal(false);
    });

    it("has nothing to claim below the minimum stake and without a proof of uptime", () => {
      expect(ok("worker", "claim", "--worker", worker)).to.contain(`nothing to claim for ${worker}`);
      expect(json("worker", "claim", "--worker", worker)).to.deep.include({ claimed: "0", signature: null });
    });

    it("claims block rewards once staked to the minimum and proven up by the localnet's verifier for 5 consecutive hours", async () => {
      json("worker", "stake", "--worker", worker, "--amount", "15000");
      const verifier = readKeypair(path.join(net.economy.keysDir, "verifier.json"));
      const cloud = new IoCloudClient(new AnchorProvider(net.connection, new Wallet(verifier), { commitment: "confirmed" }));
      for (let good = 1; good <= 5; good++) {
        const hour = (await clusterTime(cloud.provider)) / 3_600n;
        await cloud.recordUptime(verifier, new PublicKey(worker), { hour, ok: true, resultHash: new Uint8Array(32).fill(good) });
        const status = json("worker", "status", "--worker", worker);
        expect([status.goodHours, status.weight.eligible]).to.deep.equal([good, good === 5]);
        if (good < 5) await rpc(net.url, "ionet_advanceClock", [3_600]);
      }
      await rpc(net.url, "ionet_advanceClock", [3_600]);
      const before = await tokenBalance(net.economy.ioMint);
      const claimed = json("worker", "claim", "--worker", worker);
      expect(BigInt(claimed.claimed) > 0n).to.equal(true);
      expect(await tokenBalance(net.economy.ioMint)).to.equal(before + BigInt(claimed.claimed));
    });

    it("sees a slash of its worker held in appeal, and appeals it with its evidence's hash", async () => {
      const slasher = readKeypair(path.join(net.economy.keysDir, "slasher.json"));
      const cloud = new IoCloudClient(new AnchorProvider(net.connection, new Wallet(slasher), { commitment: "confirmed" }));
      const { case: slashCase } = await cloud.slash(slasher, new PublicKey(worker), { amount: IO(100), reasonCode: 3, evidenceHash: new Uint8Array(32).fill(1) });
      const status = json("worker", "status", "--worker", worker);
      expect(status.inAppeal).to.equal(IO(100).toString());
      expect(status.slashCases.map((c: { case: string; appealed: boolean }) => [c.case, c.appealed])).to.deep.equal([[slashCase.toBase58(), false]]);
      expect(ok("worker", "status", "--worker", worker)).to.contain(`slash case ${slashCase.toBase58()}: 100 IO in appeal until`);
      expect(ok("worker", "appeal", "--case", slashCase.toBase58(), "--evidence", "ab".repeat(32))).to.contain(
        `appealed slash case ${slashCase.toBase58()} of worker ${worker}: 100 IO stays in appeal until`,
      );
      expect(json("worker", "status", "--worker", worker).slashCases[0].appealed).to.equal(true);
      const again = io("worker", "appeal", "--case", slashCase.toBase58(), "--evidence", "cd".repeat(32));
      expect(again.status).to.not.equal(0);
      expect(again.stderr.trim().split("\n"), again.stderr).to.have.length(1);
      expect(again.stderr).to.contain("AlreadyAppealed");
    });
    it("offers co-staking; a co-staker in another process takes it at the share it names, refused twice in one line", () => {
      const coStaker = Keypair.generate();
      const coFile = path.join(path.dirname(keypairFile), "co-staker.json");
      writeKeypair(coFile, coStaker);
      const as = (file: string, ...args: string[]) => spawnIo([...args, "--url", net.url, "--keypair", file]);
      expect(as(coFile, "faucet", "--sol", "1", "--io", "500").status).to.equal(0);
      expect(ok("worker", "co-stake", "offer", "--worker", worker, "--max", "400", "--share", "25")).to.equal(
        `worker ${worker} offers up to 400 IO of co-stake for 25% of its block rewards\n`,
      );
      const terms = as(coFile, "worker", "co-stake", "accept", "--worker", worker, "--amount", "400", "--share", "30");
      expect(terms.status).to.not.equal(0);
      expect(terms.lastLine).to.contain("CoStakeTermsChanged");
      const accepted = as(coFile, "worker", "co-stake", "accept", "--worker", worker, "--amount", "400", "--share", "25");
      expect(accepted.status, accepted.stderr).to.equal(0);
      expect(accepted.stdout).to.contain(`worker ${worker}: co-staker ${coStaker.publicKey.toBase58()} has 400 IO staked (minimum 16,000 IO) for 25% of its block rewards`);
      const status = json("worker", "status", "--worker", worker);
      expect(status.coStake).to.deep.include({ coStaker: coStaker.publicKey.toBase58(), coStaked: IO(400).toString(), shareBps: 2_500 });
      const again = as(coFile, "worker", "co-stake", "accept", "--worker", worker, "--amount", "1", "--share", "25");
      expect(again.status).to.not.equal(0);
      expect(again.stderr.trim().split("\n"), again.stderr).to.have.length(1);
      expect(again.stderr).to.contain("CoStakeTaken");
    });
  });

  describe("a renter", () => {
    const charges = rentalCharges(USDC(2), 8, 3, 200, 25);
    const extension = rentalCharges(USDC(2), 8, 1, 200, 25);
    let rental: string;

    it("books 8 H100s for 3 hours in USDC (the localnet's mint), showing the exact deposit before sending", () => {
      const human = ok("rent", "book", "--class", "H100", "--gpus", "8", "--hours", "3", "--tender", "USDC", "--price", "2");
      const [quote, booked] = human.trim().split("\n");
      expect(quote).to.equal("deposit for 8 GPUs × 3 h at 2 USDC per GPU-hour: 48 USDC + tender fee 0.96 USDC + reservation fee 0.12 USDC = 49.08 USDC");
      const match = /^booked rental (\w{32,44}): booked, 8 × NVIDIA H100 80GB for 3 h at 2 USDC per GPU-hour$/.exec(booked);
      expect(match, human).to.not.equal(null);
      rental = match![1];
      expect(human).to.contain("deposited 49.08 USDC (fees 1.08 USDC), reservation fees in IOSD 0 IOSD");
    });

    it("reads it back in another process: the deposit is the SDK's charges", () => {
      const status = json("rent", "status", "--rental", rental);
      expect(status).to.deep.include({ rental, renter: user.publicKey.toBase58(), state: "booked", tender: "USDC", tenderMint: net.economy.usdcMint, gpus: 8, hours: 3 });
      expect(status.deposited).to.equal(charges.total.toString());
      expect(status.fees).to.equal((charges.tenderFee + charges.reservationFee).toString());
    });

    it("extends it by an hour at the same price and fees", () => {
      const extended = json("rent", "extend", "--rental", rental, "--hours", "1");
      expect(extended.hours).to.equal(4);
      expect(extended.charges.total).to.equal(extension.total.toString());
      expect(extended.deposited).to.equal((charges.total + extension.total).toString());
    });

    it("terminates it before any worker was assigned: the principal comes back, the fees stay", async () => {
      const terminated = json("rent", "terminate", "--rental", rental);
      expect(terminated.state).to.equal("cancelled");
      expect(terminated.refunded).to.equal((charges.principal + extension.principal).toString());
      const spent = charges.total + extension.total - (charges.principal + extension.principal);
      expect(await tokenBalance(net.economy.usdcMint)).to.equal(USDC(1_000) - spent);
      expect(ok("rent", "status", "--rental", rental)).to.contain("refunded 64 USDC");
    });
  });

  describe("a DAO holder", () => {
    let proposal: string;

    it("locks 100,000 IO for a year: enough power to propose", () => {
      const locked = json("dao", "lock", "--amount", "100000", "--days", "365");
      expect(locked).to.deep.include({ owner: user.publicKey.toBase58(), nonce: 0, amount: IO(100_000).toString(), days: 365, kind: "cliff" });
      expect(BigInt(locked.power) >= IO(10_000)).to.equal(true);
    });

    it("proposes busy_boost_bps=30000", () => {
      const created = json("dao", "propose", "--param", "busy_boost_bps=30000");
      expect(created).to.deep.include({ change: "busy_boost_bps=30000", state: "voting", totalLockedAtCreation: IO(100_000).toString(), quorumBps: 2_000 });
      proposal = String(created.proposal);
    });

    it("votes yes with all the IO locked (quorum 20%)", () => {
      const human = ok("dao", "vote", "--proposal", proposal, "--side", "yes");
      expect(human).to.contain(`voted yes on proposal ${proposal} (busy_boost_bps=30000): voting`);
      expect(human).to.contain("participating 100,000 IO of 100,000 IO locked (quorum 20%)");
    });

    it("the IDE's crank is refused under the fixed schedule, in one line", () => {
      const crank = io("rewards", "crank");
      expect(crank.status).to.equal(1);
      expect(crank.lastLine).to.match(/^refused by io_rewards: NotIdeMode \(\d+\)/);
    });

    it("cannot execute while voting is open", () => {
      const early = io("dao", "execute", "--proposal", proposal);
      expect(early.status).to.equal(1);
      expect(early.lastLine).to.match(/^refused by io_dao: VotingOpen \(\d+\)/);
    });

    it("executes after the 6 h vote and the 2 h timelock: io_rewards' busy boost is 3×", async () => {
      await rpc(net.url, "ionet_advanceClock", [8 * 3_600 + 60]);
      const executed = json("dao", "execute", "--proposal", proposal);
      expect(executed.state).to.equal("executed");
      const rewards = new IoRewardsClient(new AnchorProvider(net.connection, new Wallet(user), { commitment: "confirmed" }));
      expect((await rewards.status()).busyBoostBps).to.equal(30_000n);
    });
  });

  describe("the explorer", () => {
    it("io explorer indexes the localnet as its own process and serves it: the supply equals io supply's, the rentals the CLI's bookings", async () => {
      const port = await freePortPair();
      const db = path.join(mkdtempSync(path.join(tmpdir(), "ionet-explorer-")), "index.db");
      const child = spawn(process.execPath, ["sdk/bin/io.js", "explorer", "--url", net.url, "--port", String(port), "--db", db, "--json"], { stdio: ["ignore", "pipe", "pipe"] });
      try {
        const started = await new Promise<{ url: string; events: number }>((resolve, reject) => {
          let out = "";
          child.stdout.on("data", (chunk) => {
            out += chunk;
            const line = out.split("\n").find((l) => l.startsWith("{"));
            if (line) resolve(JSON.parse(line));
          });
          child.once("exit", (code) => reject(new Error(`io explorer exited with ${code}`)));
        });
        expect(started.url).to.equal(`http://127.0.0.1:${port}`);
        expect(started.events).to.be.greaterThan(0);
        const get = async (route: string) => (await fetch(`${started.url}${route}`)).json() as Promise<any>;
        const supply = json("supply");
        const overview = await get("/api/overview");
        expect(overview.totalMinted).to.equal(supply.totalMinted);
        expect(overview.genesisMinted).to.equal(supply.genesisMinted);
        const rentals = await get(`/api/rentals?renter=${user.publicKey.toBase58()}`);
        expect(rentals.total, "the renter's booking above").to.be.greaterThan(0);
        expect(await get("/api/workers?limit=0")).to.deep.equal({ error: "limit must be an integer from 1 to 500" });
      } finally {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      expect(child.exitCode).to.equal(0);
    });

    it("names a bad option in one line before connecting, exit code 2", () => {
      const run = spawnIo(["explorer", "--port", "abc", "--url", "http://127.0.0.1:1"]);
      expect(run.status).to.equal(2);
      expect(run.lastLine).to.equal('error: --port must be a positive whole number, got "abc"');
      const demo = spawnIo(["explorer", "--demo", "--url", net.url]);
      expect(demo.lastLine).to.equal("error: --demo runs its own chain: leave out --url");
    });
  });

  describe("without --url", () => {
    let defaultNet: LocalnetProcess | undefined;

    after(async () => {
      await defaultNet?.stop();
    });

    it("works on the localnet at 127.0.0.1:8899: a worker registered in one process is seen by the next", async function () {
      // Only on a port this test owns: starting the localnet fails if another process took it meanwhile.
      if (!(await portFree(8899)) || !(await portFree(8900))) this.skip(); // 127.0.0.1:8899 or 8900 is in use (another localnet?)
      defaultNet = await startLocalnetProcess({ port: 8899 }).catch(() => undefined);
      if (!defaultNet) this.skip(); // could not start a localnet on 8899
      const byDefault = (...args: string[]) => spawnIo([...args, "--keypair", keypairFile, "--json"]);
      const funded = byDefault("faucet", "--sol", "1");
      expect(funded.status, funded.stderr).to.equal(0);
      const registered = byDefault("worker", "register", "--class", "A100", "--gpus", "2");
      expect(registered.status, registered.stderr).to.equal(0);
      const worker = JSON.parse(registered.stdout).worker;
      const status = byDefault("worker", "status", "--worker", worker);
      expect(status.status, status.stderr).to.equal(0);
      expect(JSON.parse(status.stdout)).to.deep.include({ worker, authority: user.publicKey.toBase58(), gpus: 2 });
      // The same chain as --url localnet names, and not the suite's other localnet.
      const named = spawnIo(["worker", "status", "--worker", worker, "--url", "localnet", "--keypair", keypairFile, "--json"]);
      expect(named.status, named.stderr).to.equal(0);
      expect(JSON.parse(named.stdout).worker).to.equal(worker);
    });
  });
});
