/**
 * Block-reward eligibility as io.net publishes it: uptime green for the past 5 hours (the number
 * governed), stake at its minimum, not slashed in the window. A worker with a gap, a failed proof
 * or a slash earns nothing until it has 5 consecutive good hours again. Shown hour by hour: each
 * hour the verifier records the hour's proof (or none), then the worker's pending rewards are
 * read over the next ten minutes.
 */
import { expect } from "chai";

import { IO, toBigInt } from "@ionet/sdk";

import { clockNow, expectRefusal, HOUR, setUnixTime, snapshot } from "./support.js";
import { cloudConfigPda } from "../sdk/src/cloud/pda.js";
import { cloudWorld, CloudWorld, prove, ReadyWorker, readyWorker } from "./support_io_cloud.js";

/** What happens in an hour: a good proof, a failed one, no proof, or a slash then a good proof. */
type Hour = "ok" | "fail" | "gap" | "slash";

describe("io_cloud: block-reward eligibility needs 5 consecutive good hours", function () {
  this.timeout(120_000);
  let world: CloudWorld;
  let w: ReadyWorker;

  beforeEach(async () => {
    world = await cloudWorld({ eligibilityHours: 5 });
    // Hour-aligned, a minute in: every step below stays inside its hour.
    const now = await clockNow(world.context);
    await setUnixTime(world.context, (now / HOUR + 1n) * HOUR + 60n);
    w = await readyWorker(world, { prove: false, stake: IO(2_000) * 10n });
  });

  /** Runs `hours` one after another; for each, whether the worker earned in the ten minutes after it, and its good hours. */
  async function run(hours: Hour[]): Promise<{ earning: boolean; goodHours: number }[]> {
    const out = [];
    for (const hour of hours) {
      await setUnixTime(world.context, ((await clockNow(world.context)) / HOUR + 1n) * HOUR + 60n);
      if (hour === "slash") await world.cloud.slash(world.slasher, w.worker, { amount: IO(1), reasonCode: 3, evidenceHash: new Uint8Array(32).fill(4) });
      if (hour !== "gap") await prove(world, w.worker, hour !== "fail");
      const before = await world.rewards.pendingRewards(w.worker);
      await world.context.advanceSeconds(600);
      const earning = (await world.rewards.pendingRewards(w.worker)) > before;
      out.push({ earning, goodHours: (await world.cloud.fetchWorkerOrThrow(w.worker)).goodHours });
    }
    return out;
  }

  it("starts earning at the fifth good hour, not before", async () => {
    const hours = await run(["ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(hours.map((h) => h.goodHours)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(hours.map((h) => h.earning)).to.deep.equal([false, false, false, false, true, true]);
  });

  it("after a missed hour, earns nothing until five good hours again", async () => {
    // The hour without a proof is still covered by the proof before it (a proof covers its hour
    // and the next); the next proof starts the count again.
    const hours = await run(["ok", "ok", "ok", "ok", "ok", "gap", "ok", "ok", "ok", "ok", "ok"]);
    expect(hours.map((h) => h.goodHours)).to.deep.equal([1, 2, 3, 4, 5, 5, 1, 2, 3, 4, 5]);
    expect(hours.map((h) => h.earning)).to.deep.equal([false, false, false, false, true, true, false, false, false, false, true]);
  });

  it("after a failed proof, earns nothing until five good hours again", async () => {
    const hours = await run(["ok", "ok", "ok", "ok", "ok", "fail", "ok", "ok", "ok", "ok", "ok"]);
    expect(hours.map((h) => h.goodHours)).to.deep.equal([1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
    expect(hours.map((h) => h.earning)).to.deep.equal([false, false, false, false, true, false, false, false, false, false, true]);
  });

  it("after a slash (stake still above the minimum), earns nothing until five good hours again", async () => {
    const hours = await run(["ok", "ok", "ok", "ok", "ok", "slash", "ok", "ok", "ok", "ok"]);
    expect(hours.map((h) => h.goodHours)).to.deep.equal([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]);
    expect(hours.map((h) => h.earning)).to.deep.equal([false, false, false, false, true, false, false, false, false, true]);
    // The slashed IO waits in appeal; nothing is counted as slashed until the case is resolved.
    const account = await world.cloud.fetchWorkerOrThrow(w.worker);
    expect([toBigInt(account.inAppeal), toBigInt(account.slashedTotal)]).to.deep.equal([IO(1), 0n]);
  });

  it("a governed change applies from each worker's next proof", async () => {
    await run(["ok", "ok"]);
    const changed = await world.cloud.setEligibilityHours(world.governance, 2);
    expect(changed.events.map((e) => e.name)).to.deep.equal(["eligibilityHoursChanged"]);
    expect((await world.cloud.fetchConfig())!.eligibilityHours).to.equal(2);
    // Still held to 5 until it proves again; at its next proof 3 good hours ≥ 2.
    const [next] = await run(["ok"]);
    expect(next).to.deep.equal({ earning: true, goodHours: 3 });
    expect((await world.cloud.fetchWorkerOrThrow(w.worker)).goodHoursNeeded).to.equal(2);
  });

  for (const [hours, why] of [[0, "zero"], [25, "25"]] as const) {
    it(`refuses ${why} hours (EligibilityHoursOutOfBounds), the config unchanged`, async () => {
      const before = await snapshot(world.provider, [cloudConfigPda()]);
      await expectRefusal(world.cloud.setEligibilityHours(world.governance, hours), "EligibilityHoursOutOfBounds", "io_cloud");
      expect(await snapshot(world.provider, [cloudConfigPda()])).to.deep.equal(before);
    });
  }

  it("refuses the change without governance's signature (Unauthorized), the config unchanged", async () => {
    const before = await snapshot(world.provider, [cloudConfigPda()]);
    await expectRefusal(world.cloud.setEligibilityHours(world.orchestrator, 1), "Unauthorized", "io_cloud");
    expect(await snapshot(world.provider, [cloudConfigPda()])).to.deep.equal(before);
  });
});
