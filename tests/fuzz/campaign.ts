/**
 * The runtime fuzz campaign: fast-check draws sequences of steps (honest ones and the attacker's
 * rewrites of them) and runs each on a fresh world in the real bank; after every step every
 * invariant is checked (`invariants.ts`), and every transaction is checked as it is sent
 * (`intercept.ts`). A failing sequence is reported with its seed, path and steps.
 *
 *   npx tsx tests/fuzz/campaign.ts --sequences 10000 --seed 17 [--jobs 2] [--steps 24] [--shrink] [--out figures.json]
 *   npx tsx tests/fuzz/campaign.ts --seed 17 --path 1678 --sequences 1     # replays a reported failure
 *
 * `--jobs J` runs J processes at once (one per core). More than 1,000 sequences, or J > 1, are
 * split into shards of at most 1,000 (at least J), each a process with its own seed: `seed`,
 * `seed + 1`, ... (a replay with `--path` names the shard's seed). It prints its figures (and
 * writes them as JSON with `--out`); exit 1 if an invariant broke.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import fc from "fast-check";

import { HarnessTransactionError } from "@ionet/harness";
import { IoProgramError } from "@ionet/sdk";

import { ATTACK_KINDS, Attack, AttackKind, Interceptor, InvariantViolation } from "./intercept.js";
import { checkInvariants } from "./invariants.js";
import { attackStep, honestStep, Step } from "./steps.js";
import { createWorldTemplate, FuzzWorld, worldFrom, WorldTemplate } from "./world.js";

/** Worlds per campaign: each sequence starts from a copy of one, which its seed picks. */
const WORLDS = 4;

export interface CampaignOptions {
  sequences: number;
  /** Most steps in a sequence. */
  steps: number;
  seed: number;
  /** Shrink a failing sequence to a minimal one (each try replays on a fresh world). */
  shrink?: boolean;
  /** Replays the one sequence a failure reported (its run seed and path). */
  path?: string;
  onSequence?: (done: number, figures: CampaignFigures) => void;
}

export interface CampaignFigures {
  sequences: number;
  steps: number;
  /** Steps whose SDK call refused before sending (nothing to send: a target gone, say). */
  unsent: number;
  transactions: number;
  succeeded: number;
  refused: number;
  invariantChecks: number;
  attacks: Record<AttackKind, { sent: number; refused: number; succeeded: string[] }>;
  /** Per instruction: transactions that succeeded, and the refused ones by error. */
  instructions: Record<string, { ok: number; refused: number; errors: Record<string, number> }>;
  failure?: string;
  seconds: number;
}

interface Action {
  step: Step;
  attack?: Attack;
}

const action: fc.Arbitrary<Action> = fc.oneof({ weight: 5, arbitrary: honestStep.map((step) => ({ step })) }, { weight: 1, arbitrary: attackStep });

const describe = (a: Action) => (a.attack ? `attack ${a.attack.kind} (slot ${a.attack.slot}, pick ${a.attack.pick}) on: ${a.step.name}` : a.step.name);

const isRefusal = (err: unknown) => err instanceof IoProgramError || err instanceof HarnessTransactionError;

export async function runCampaign(options: CampaignOptions): Promise<CampaignFigures> {
  const started = performance.now();
  const figures: CampaignFigures = {
    sequences: 0,
    steps: 0,
    unsent: 0,
    transactions: 0,
    succeeded: 0,
    refused: 0,
    invariantChecks: 0,
    attacks: Object.fromEntries(ATTACK_KINDS.map((kind) => [kind, { sent: 0, refused: 0, succeeded: [] }])) as unknown as CampaignFigures["attacks"],
    instructions: {},
    seconds: 0,
  };

  // Each world is built once, on first use; its seed follows from the campaign's.
  const templates = new Map<number, Promise<WorldTemplate>>();
  const template = (seed: number) => {
    if (!templates.has(seed)) templates.set(seed, createWorldTemplate(seed));
    return templates.get(seed)!;
  };
  const sequence = async (seed: number, actions: Action[]) => {
    const world = await worldFrom(await template(seed));
    try {
      await steps(world, actions);
    } finally {
      world.sandbox.context.close();
    }
    figures.sequences++;
    options.onSequence?.(figures.sequences, figures);
  };

  const steps = async (world: FuzzWorld, actions: Action[]) => {
    const interceptor = new Interceptor(world);
    figures.invariantChecks += await checkInvariants(world);
    for (const a of actions) {
      const sentBefore = interceptor.sent.length;
      interceptor.attack = a.attack;
      try {
        await a.step.run(world);
      } catch (err) {
        if (err instanceof InvariantViolation) throw err;
        if (!isRefusal(err) && interceptor.sent.length === sentBefore && !(err instanceof TypeError)) figures.unsent++;
        else if (!isRefusal(err)) throw err;
      }
      interceptor.attack = undefined;
      if (interceptor.violations.length) throw new InvariantViolation(interceptor.violations.join("; "));
      figures.steps++;
      for (const tx of interceptor.sent.slice(sentBefore)) {
        figures.transactions++;
        if (tx.ok) figures.succeeded++;
        else figures.refused++;
        for (const name of tx.instructions) {
          const row = (figures.instructions[name] ??= { ok: 0, refused: 0, errors: {} });
          if (tx.ok) row.ok++;
          else {
            row.refused++;
            row.errors[tx.error!] = (row.errors[tx.error!] ?? 0) + 1;
          }
        }
        if (tx.attack) {
          const row = figures.attacks[tx.attack];
          row.sent++;
          if (tx.ok) row.succeeded.push(`${tx.instructions.join("+")} ${tx.attacked}`);
          else row.refused++;
        }
      }
      figures.invariantChecks += await checkInvariants(world);
    }
  };

  const property = fc.asyncProperty(fc.nat({ max: WORLDS - 1 }).map((k) => options.seed * WORLDS + k), fc.array(action, { minLength: Math.ceil(options.steps / 2), maxLength: options.steps }), (seed, actions) => sequence(seed, actions));
  const details = await fc.check(property, { numRuns: options.sequences, seed: options.seed, path: options.path, endOnFailure: !options.shrink });
  if (details.failed) figures.failure = failureReport(details.errorInstance, details);
  figures.seconds = Math.round((performance.now() - started) / 1000);
  return figures;
}

/** The broken invariant (or unexpected error) and the sequence that broke it, by step name. */
function failureReport(err: unknown, details: fc.RunDetails<[number, Action[]]> | undefined): string {
  const cause = (err as { cause?: unknown }).cause ?? err;
  const reason = cause instanceof Error ? (cause instanceof InvariantViolation ? cause.message : (cause.stack ?? cause.message)) : String(cause);
  if (!details?.counterexample) return reason;
  const [seed, actions] = details.counterexample;
  return `${reason}\nrun seed ${details.seed}, path "${details.counterexamplePath}", world seed ${seed}, steps:\n${actions.map((a, i) => `  ${i + 1}. ${describe(a)}`).join("\n")}`;
}

/** The figures of several shards (campaigns with other seeds) as one. */
export function mergeFigures(shards: CampaignFigures[]): CampaignFigures {
  const merged = structuredClone(shards[0]);
  for (const shard of shards.slice(1)) {
    for (const key of ["sequences", "steps", "unsent", "transactions", "succeeded", "refused", "invariantChecks"] as const) merged[key] += shard[key];
    merged.seconds = Math.max(merged.seconds, shard.seconds);
    for (const kind of ATTACK_KINDS) {
      merged.attacks[kind].sent += shard.attacks[kind].sent;
      merged.attacks[kind].refused += shard.attacks[kind].refused;
      merged.attacks[kind].succeeded.push(...shard.attacks[kind].succeeded);
    }
    for (const [name, row] of Object.entries(shard.instructions)) {
      const into = (merged.instructions[name] ??= { ok: 0, refused: 0, errors: {} });
      into.ok += row.ok;
      into.refused += row.refused;
      for (const [error, n] of Object.entries(row.errors)) into.errors[error] = (into.errors[error] ?? 0) + n;
    }
    if (shard.failure) merged.failure = [merged.failure, shard.failure].filter(Boolean).join("\n\n");
  }
  return merged;
}

/** One line per figure, for a person (the mocha test and the command print it). */
export function formatFigures(f: CampaignFigures): string {
  const attacks = ATTACK_KINDS.map((kind) => {
    const a = f.attacks[kind];
    return `  ${kind}: ${a.sent} sent, ${a.refused} refused, ${a.succeeded.length} went through${a.succeeded.length ? ` (${[...new Set(a.succeeded)].join(", ")})` : ""}`;
  });
  const instructions = Object.entries(f.instructions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, row]) => {
      const errors = Object.entries(row.errors).sort(([, a], [, b]) => b - a);
      return `  ${name}: ${row.ok} ok, ${row.refused} refused${errors.length ? ` (${errors.map(([e, n]) => `${e} ${n}`).join(", ")})` : ""}`;
    });
  return [
    `${f.sequences} sequences, ${f.steps} steps, ${f.transactions} transactions (${f.succeeded} ok, ${f.refused} refused), ${f.unsent} steps with nothing to send, ${f.invariantChecks} invariant checks, ${f.seconds} s`,
    "attacks:",
    ...attacks,
    "instructions:",
    ...instructions,
    f.failure ? `FAILURE:\n${f.failure}` : "no invariant broken",
  ].join("\n");
}

/**
 * Sequences per process: a process's native memory grows about 2 MB per sequence (banks that ran
 * transactions are not all returned to the system; cause not found yet), so a long campaign runs
 * in shards of at most this many, each a process of its own.
 */
const SHARD_SEQUENCES = 1_000;

/** One shard of a campaign as a child process; resolves to its figures. */
function runShard(shard: { sequences: number; seed: number; out: string }, options: { steps: number; shrink: boolean }): Promise<CampaignFigures> {
  return new Promise((resolve, reject) => {
    const args = ["--sequences", shard.sequences, "--seed", shard.seed, "--steps", options.steps, "--out", shard.out].map(String);
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args, ...(options.shrink ? ["--shrink"] : [])], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    // Exit 1 is a broken invariant: its figures (with the failing sequence) are written.
    child.on("exit", (code) =>
      code === 0 || code === 1
        ? resolve(JSON.parse(readFileSync(shard.out, "utf8")) as CampaignFigures)
        : reject(new Error(`the shard with seed ${shard.seed} exited with ${code}`)),
    );
  });
}

/**
 * Runs the campaign as shards of at most `SHARD_SEQUENCES` (seeds `seed`, `seed + 1`, ...), `jobs`
 * at a time, one child process each, and merges their figures.
 */
async function runShards(options: { sequences: number; steps: number; seed: number; jobs: number; shrink: boolean }): Promise<CampaignFigures> {
  const dir = mkdtempSync(join(tmpdir(), "ionet-fuzz-"));
  try {
    const count = Math.max(options.jobs, Math.ceil(options.sequences / SHARD_SEQUENCES));
    const shards = Array.from({ length: count }, (_, i) => ({
      seed: options.seed + i,
      sequences: Math.floor(options.sequences / count) + (i < options.sequences % count ? 1 : 0),
      out: join(dir, `shard-${i}.json`),
    }));
    const figures: CampaignFigures[] = [];
    let next = 0;
    const worker = async () => {
      while (next < shards.length) figures.push(await runShard(shards[next++], options));
    };
    await Promise.all(Array.from({ length: options.jobs }, worker));
    return mergeFigures(figures);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--path P`: the path a failure reported, to replay its sequence. */
function pathArg(): string | undefined {
  const at = process.argv.indexOf("--path");
  if (at < 0) return undefined;
  const path = process.argv[at + 1] ?? "";
  if (!/^\d+(:\d+)*$/.test(path)) throw new Error("--path needs the path a failure reported, such as 1678 or 1678:0:2");
  return path;
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(`--${name}`);
    if (at < 0) return fallback;
    const value = Number(process.argv[at + 1]);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
    return value;
  };
  const sequences = arg("sequences", 10_000);
  const seed = arg("seed", 17);
  const steps = arg("steps", 24);
  const jobs = arg("jobs", 1);
  if (jobs < 1) throw new Error("--jobs needs at least 1");
  const shrink = process.argv.includes("--shrink");
  const figures =
    jobs > 1 || sequences > SHARD_SEQUENCES
      ? await runShards({ sequences, steps, seed, jobs, shrink })
      : await runCampaign({
          sequences,
          steps,
          seed,
          shrink,
          path: pathArg(),
          onSequence: (done, f) => {
            if (done % 10 === 0 || done === sequences) process.stderr.write(`seed ${seed}: ${done}/${sequences} sequences, ${f.transactions} transactions, ${f.invariantChecks} checks\n`);
          },
        });
  const out = process.argv.indexOf("--out");
  if (out >= 0) writeFileSync(process.argv[out + 1], JSON.stringify(figures));
  console.log(formatFigures(figures));
  process.exit(figures.failure ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
