import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PublicKey } from "@solana/web3.js";

import { decodeEvents, rentalPda, USDC } from "@ionet/sdk";
import { Orchestrator, RentalView } from "../sdk/src/lifecycle/orchestrator.js";
import { SqliteStore } from "../sdk/src/lifecycle/store.js";

import { balance, clockNow, funded, HOUR } from "./support.js";
import { CloudWorld, cloudWorld, fundUsdc, H100, prove, ReadyWorker, readyWorker } from "./support_io_cloud.js";
import { orchestratorFor } from "./support_lifecycle.js";

interface Scenario {
  world: CloudWorld;
  workers: ReadyWorker[];
  renters: { keypair: import("@solana/web3.js").Keypair; usdc: PublicKey; after: bigint }[];
  rentals: PublicKey[];
}

/** Seeded pseudo-random numbers, so a failing crash schedule can be replayed. */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function scenario(): Promise<Scenario> {
  const world = await cloudWorld();
  const workers: ReadyWorker[] = [];
  for (let i = 0; i < 5; i++) workers.push(await readyWorker(world, { deviceClass: H100, gpus: i < 4 ? 2 : 4 }));
  const renters = [];
  const rentals: PublicKey[] = [];
  for (const [i, gpus] of [4, 2].entries()) {
    const keypair = await funded(world.provider);
    const usdc = await fundUsdc(world, keypair.publicKey, USDC(1_000));
    const { rental } = await world.cloud.book(keypair, { nonce: BigInt(i + 1), deviceClass: H100, gpus, hours: 3, pricePerGpuHour: USDC(2), tenderMint: world.usdcMint, renterToken: usdc });
    renters.push({ keypair, usdc, after: await balance(world.provider, usdc) });
    rentals.push(rental);
  }
  return { world, workers, renters, rentals };
}

/** Drives 5 hours: proofs and heartbeats from every worker but `silent` (from hour 1), steps and settles. */
async function run(s: Scenario, next: () => Orchestrator, goesSilent: boolean, crash: () => void = () => undefined) {
  let orchestrator = next();
  let silent: PublicKey | undefined;
  const step = async (work: (o: Orchestrator) => Promise<void>) => {
    for (;;) {
      try {
        await work(orchestrator);
        return;
      } catch (err) {
        if (!String(err).includes("simulated crash")) throw err;
        crash();
        orchestrator = next(); // restart from the durable store
      }
    }
  };
  for (let hour = 0; hour <= 5; hour++) {
    if (hour > 0) await s.world.context.advanceSeconds(Number(HOUR));
    // After the first assignment, one assigned worker stops proving and heartbeating.
    if (hour === 1 && goesSilent) {
      const assigned = new Set(orchestrator.rentals().flatMap((r) => r.workers));
      silent = new PublicKey(orchestrator.workers().find((w) => assigned.has(w.id) && w.gpus === 2)!.id);
    }
    const now = await clockNow(s.world.context);
    for (const w of s.workers) {
      if (hour > 0 && w.worker.equals(silent ?? PublicKey.default)) continue;
      if (hour > 0) await prove(s.world, w.worker);
      orchestrator.heartbeat(w.worker, now);
    }
    await step((o) => o.step());
    await step((o) => o.settleAll());
  }
  await step((o) => o.step());
  return { orchestrator, silent };
}

describe("lifecycle: orchestrator driven by events", () => {
  it("assigns, replaces a silent worker, settles and closes; payouts and refunds match the chain exactly", async () => {
    const s = await scenario();
    const store = new SqliteStore();
    const before = await Promise.all(s.workers.map((w) => balance(s.world.provider, w.usdc)));
    const { orchestrator, silent } = await run(s, () => orchestratorFor(s.world, store), true);

    const rentals = orchestrator.rentals();
    expect(rentals).to.have.length(2);
    for (const rental of rentals) {
      expect(rental.state).to.equal("closed");
      // Conservation: paid net to the workers + their supplier fees + refunds + renter fees.
      expect(rental.supplierFees > 0n).to.equal(true);
      expect(rental.paid + rental.supplierFees + rental.refunded + rental.fees).to.equal(rental.deposited);
    }
    const paidByChain = (await Promise.all(s.workers.map((w) => balance(s.world.provider, w.usdc)))).reduce((a, b, i) => a + b - before[i], 0n);
    expect(rentals.reduce((a, r) => a + r.paid, 0n)).to.equal(paidByChain);
    let refundedByChain = 0n;
    for (const renter of s.renters) refundedByChain += (await balance(s.world.provider, renter.usdc)) - renter.after;
    expect(rentals.reduce((a, r) => a + r.refunded, 0n)).to.equal(refundedByChain);
    expect(orchestrator.sent.filter((k) => k.startsWith("replace:"))).to.have.length(1);
    expect(rentals.flatMap((r) => r.workers)).to.not.include(silent!.toBase58());
  });

  it("survives crashes between receiving and committing events: same state, no transaction sent twice", async () => {
    const s = await scenario();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "ionet-crash-")), "orchestrator.db");
    const random = rng(7);
    let crashes = 0;
    const sentAcrossRestarts: string[] = [];
    let current: Orchestrator | undefined;
    const next = () => {
      if (current) sentAcrossRestarts.push(...current.sent);
      current = orchestratorFor(s.world, new SqliteStore(file), {
        eventLog: {
          beforeCommit: () => {
            if (random() < 0.08) throw new Error("simulated crash");
          },
        },
      });
      return current;
    };
    const { orchestrator: last } = await run(s, next, true, () => crashes++);
    sentAcrossRestarts.push(...last.sent);
    expect(crashes).to.be.greaterThan(2);

    // No action key was ever sent twice, across all incarnations.
    expect(new Set(sentAcrossRestarts).size).to.equal(sentAcrossRestarts.length);
    // The chain saw each rental assigned once and closed once.
    for (const [i, renter] of s.renters.entries()) {
      const history = await s.world.provider.connection.getSignaturesForAddress(rentalPda(renter.keypair.publicKey, BigInt(i + 1)));
      const names: string[] = [];
      for (const { signature } of history) {
        const tx = await s.world.provider.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
        names.push(...decodeEvents(tx!.meta!.logMessages!).map((e) => e.name));
      }
      expect(names.filter((n) => n === "rentalAssigned")).to.have.length(1);
      expect(names.filter((n) => n === "rentalClosed")).to.have.length(1);
    }

    // The state equals an uninterrupted replay of the same history.
    const replay = orchestratorFor(s.world, new SqliteStore());
    await replay.log.catchUp();
    const strip = (rentals: RentalView[]) => rentals.map((r) => ({ ...r }));
    expect(strip(last.rentals())).to.deep.equal(strip(replay.rentals()));
    expect(last.workers()).to.deep.equal(replay.workers());
    expect(last.rentals().every((r) => r.state === "closed")).to.equal(true);
  });

  it("rebuilds the same state from history alone as the live run built", async () => {
    const s = await scenario();
    const { orchestrator: live } = await run(s, () => orchestratorFor(s.world, new SqliteStore()), true);
    const rebuilt = orchestratorFor(s.world, new SqliteStore());
    await rebuilt.log.catchUp();
    expect(rebuilt.rentals()).to.deep.equal(live.rentals());
    expect(rebuilt.workers()).to.deep.equal(live.workers());
    expect(rebuilt.sent).to.deep.equal([]);
  });
});
