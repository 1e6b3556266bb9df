/**
 * Generated bad input for every `io` command and option: for each leaf command, a valid command
 * line (`BASELINES`), then each of its options (and the global ones) in turn given values of the
 * wrong type, negative, zero where a count is asked, huge, malformed keys and URLs, missing files.
 * Each must end with exit 2 and exactly one `error:` line on stderr (no stack trace), before any
 * transaction is sent: `--url` points at a JSON-RPC recorder on 127.0.0.1 that sees every call.
 */
import { expect } from "chai";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { Keypair } from "@solana/web3.js";

import { cliProgram } from "../sdk/src/cli/program.js";
import { writeKeypair } from "../sdk/src/localnet/keys.js";

type Command = ReturnType<typeof cliProgram>;

const KEY = Keypair.generate().publicKey.toBase58();

/** A valid command line per leaf command (options not listed take their defaults). */
const BASELINES: Record<string, string[]> = {
  demo: ["--hours", "20"],
  localnet: ["--rpc-port", "18899"],
  explorer: ["--port", "13000"],
  faucet: ["--io", "1"],
  supply: [],
  "worker register": ["--class", "H100", "--gpus", "1", "--region", "us-east", "--price", "2", "--ask-io", "1"],
  "worker stake": ["--amount", "1", "--worker", KEY],
  "worker status": ["--worker", KEY],
  "worker claim": ["--worker", KEY],
  "worker appeal": ["--case", KEY, "--evidence", "ab".repeat(32)],
  "worker run": ["--worker", KEY, "--interval-ms", "1000"],
  "worker co-stake offer": ["--worker", KEY, "--max", "100", "--share", "20"],
  "worker co-stake cancel": ["--worker", KEY],
  "worker co-stake accept": ["--worker", KEY, "--amount", "100", "--share", "20"],
  "worker co-stake exit": ["--worker", KEY],
  "worker co-stake withdraw": ["--worker", KEY],
  "worker co-stake claim": ["--worker", KEY],
  "orchestrator run": ["--heartbeat-timeout", "3600", "--interval-ms", "1000"],
  "rewards status": [],
  "rewards crank": ["--price-update", KEY],
  "rent book": ["--class", "H100", "--gpus", "1", "--hours", "1", "--price", "2", "--tender", "USDC"],
  "rent extend": ["--rental", KEY, "--hours", "1"],
  "rent terminate": ["--rental", KEY],
  "rent status": ["--rental", KEY],
  "dao lock": ["--amount", "1", "--days", "365", "--kind", "cliff", "--nonce", "0"],
  "dao propose": ["--param", "busy_boost_bps=30000", "--nonce", "0"],
  "dao vote": ["--proposal", "0", "--side", "yes", "--nonce", "0"],
  "dao execute": ["--proposal", "0"],
};

const HUGE = "340282366920938463463374607431768211456"; // 2^128
const MISSING_FILE = "/nonexistent/ionet/keypair.json";

/** Bad values for an option, by what its placeholder asks for. */
function badValues(placeholder: string, flag: string): string[] {
  switch (placeholder) {
    case "amount":
    case "io":
    case "usdc":
      return ["abc", "-5", "0", "1e3", "1.123456789012", HUGE];
    case "percent":
      return ["abc", "-5", "0", "100.01", "12.345", HUGE];
    case "n":
    case "ms":
    case "secs":
    case "port":
      return ["abc", "-1", "1.5", HUGE];
    case "id":
      return ["abc", "-1", HUGE];
    case "address":
      return ["not-a-key", "0x1234", "11111111111111111111111111111111111111111111111111"];
    case "file":
      return flag === "--store" || flag === "--state" ? [] : [MISSING_FILE];
    case "url":
      return ["not a url", "ftp://127.0.0.1:1"];
    case "name":
    case "kind":
    case "side":
    case "code":
    case "name=value":
      return ["", "no-such-thing-here"];
    case "store":
      return ["postgres://[bad"];
    case "hash":
      return ["", "abc", "00".repeat(32), "zz".repeat(32), "ab".repeat(33)];
    default:
      return [];
  }
}

interface Case {
  args: string[];
  what: string;
}

/** Every leaf command of the tree with its path ("rent book"). */
function leaves(command: Command, prefix: string[] = []): { path: string[]; command: Command }[] {
  if (command.commands.length === 0) return [{ path: prefix, command }];
  return command.commands.flatMap((sub) => leaves(sub, [...prefix, sub.name()]));
}

/** `args` with `flag` set to `value` (replaced, or added). */
function withOption(args: string[], flag: string, value: string): string[] {
  const at = args.indexOf(flag);
  return at >= 0 ? [...args.slice(0, at), flag, value, ...args.slice(at + 2)] : [...args, flag, value];
}

function cases(keypairFile: string, url: string): Case[] {
  const program = cliProgram();
  const out: Case[] = [];
  const globals = ["--url", url, "--keypair", keypairFile];
  for (const { path: commandPath, command } of leaves(program)) {
    const name = commandPath.join(" ");
    const baseline = BASELINES[name];
    expect(baseline, `a baseline for "io ${name}"`).to.not.equal(undefined);
    for (const option of command.options) {
      const placeholder = /<([^>]+)>/.exec(option.flags)?.[1];
      if (!placeholder || !option.long) continue;
      for (const value of badValues(placeholder, option.long)) {
        out.push({ args: [...commandPath, ...withOption(baseline, option.long, value), ...globals], what: `io ${name} ${option.long} "${value}"` });
      }
    }
    // The global options, on every command that reaches a cluster or a signer.
    if (!["demo", "localnet", "explorer"].includes(name)) {
      out.push({ args: [...commandPath, ...baseline, "--url", "not a url", "--keypair", keypairFile], what: `io ${name} --url "not a url"` });
      out.push({ args: [...commandPath, ...baseline, "--url", url, "--keypair", MISSING_FILE], what: `io ${name} --keypair (missing file)` });
    }
  }
  // An unknown option and an unknown command.
  out.push({ args: ["worker", "status", "--no-such-option", "1", ...globals], what: "an unknown option" });
  out.push({ args: ["no-such-command", ...globals], what: "an unknown command" });
  return out;
}

/** Runs `io args`; its exit code and output. */
function io(args: string[], home: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["sdk/bin/io.js", ...args], { env: { ...process.env, HOME: home }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("io: bad input to every command and option gives one error line, exit 2, nothing sent", function () {
  this.timeout(900_000);
  let recorder: Server;
  let url: string;
  const methods: string[] = [];

  before(async () => {
    // Answers every JSON-RPC call with an error, recording its method.
    recorder = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const calls = [JSON.parse(body || "{}")].flat() as { id?: unknown; method?: string }[];
        for (const call of calls) methods.push(String(call.method));
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(calls.map((call) => ({ jsonrpc: "2.0", id: call.id ?? null, error: { code: -32601, message: "recorder" } }))));
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => recorder.close(() => resolve())));

  it("every case: exit 2, one `error:` line, no stack trace, no transaction", async () => {
    const home = mkdtempSync(path.join(tmpdir(), "ionet-cli-inputs-"));
    const keypairFile = path.join(home, "id.json");
    writeKeypair(keypairFile, Keypair.generate());
    const all = cases(keypairFile, url);
    const wrong: string[] = [];
    // Two at a time (one per core).
    for (let i = 0; i < all.length; i += 2) {
      await Promise.all(
        all.slice(i, i + 2).map(async ({ args, what }) => {
          const { code, stdout, stderr } = await io(args, home);
          const lines = stderr.trim().split("\n");
          if (code !== 2 || lines.length !== 1 || !lines[0].startsWith("error: ") || stdout.trim() !== "") {
            wrong.push(`${what}: exit ${code}, stderr ${JSON.stringify(stderr.trim().slice(0, 300))}${stdout.trim() ? `, stdout ${JSON.stringify(stdout.trim().slice(0, 100))}` : ""}`);
          }
        }),
      );
    }
    expect(wrong, wrong.join("\n")).to.deep.equal([]);
    expect(methods.filter((m) => m === "sendTransaction" || m === "requestAirdrop")).to.deep.equal([]);
    console.log(`      (${all.length} command lines)`);
  });
});
