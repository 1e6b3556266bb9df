/**
 * The demo economy twice on the same moving IO price: under the fixed schedule and with the DAO
 * voting the Incentive Dynamic Engine in (`io demo --compare-ide`). Each pass's hourly figures
 * are what its rewards config distributed, valued at the hour's price; only the IDE pass retires
 * IO, and io_token's ledger has it; the indexer rebuilt from the IDE pass's history holds the
 * engine as the chain does.
 */
import { expect } from "chai";

import { ideState, ioToIosd } from "@ionet/sdk";

import { DemoReport, runDemoEconomy } from "../sdk/src/demo/economy.js";
import { IDE_FROM_HOUR, ioPriceAt } from "../sdk/src/demo/reward_modes.js";
import type { Sandbox } from "../sdk/src/demo/sandbox.js";
import { Row, toBig } from "../sdk/src/indexer/db.js";
import { openIndexDb } from "../sdk/src/indexer/open_db.js";
import { indexHistory } from "./support_indexer.js";

const HOURS = 20;

describe("demo: the fixed schedule and the IDE on the same economy", function () {
  this.timeout(600_000);
  let schedule: DemoReport;
  let ide: DemoReport;
  let ideSandbox: Sandbox;

  before(async () => {
    schedule = await runDemoEconomy({ hours: HOURS, movingPrice: true, rewardMode: "schedule" });
    ide = await runDemoEconomy({ hours: HOURS, movingPrice: true, rewardMode: "ide", onFinish: async (sandbox) => void (ideSandbox = sandbox) });
  });

  it("both passes record every hour at the shared price, each hour's USD its IO at that price", () => {
    for (const report of [schedule, ide]) {
      expect(report.rewardMode.hours.map((h) => h.hour)).to.deep.equal(Array.from({ length: HOURS }, (_, i) => i + 1));
      for (const h of report.rewardMode.hours) {
        expect(BigInt(h.price)).to.equal(ioPriceAt(h.hour, true));
        expect(BigInt(h.usd)).to.equal(ioToIosd(BigInt(h.distributed), BigInt(h.price), -8));
      }
      const compared = report.rewardMode.hours.filter((h) => h.hour >= IDE_FROM_HOUR).reduce((sum, h) => sum + BigInt(h.usd), 0n);
      expect(BigInt(report.rewardMode.supplierUsd)).to.equal(compared);
    }
  });

  it("under the schedule nothing is retired and every hour distributes the schedule's release", () => {
    const outcome = schedule.rewardMode;
    expect(outcome.mode).to.equal("schedule");
    expect([outcome.retired, outcome.paidFromFees, outcome.usdUnpaid]).to.deep.equal(["0", "0", "0"]);
    expect(schedule.supply.retired).to.equal(0n);
  });

  it("the IDE pass switches at hour 11, retires IO for good in io_token's ledger and pays less IO than the schedule while the price is high", () => {
    const outcome = ide.rewardMode;
    expect(outcome.mode).to.equal("ide");
    expect(BigInt(outcome.retired) > 0n).to.equal(true);
    expect(ide.supply.retired).to.equal(BigInt(outcome.retired));
    expect(ide.supply.roomLeft).to.equal(ide.supply.cap - ide.supply.totalMinted - ide.supply.retired);
    // Before the switch both passes distribute alike; after it, at 2.5–4 USD per IO, the IDE needs less than the schedule releases.
    const byHour = (r: DemoReport, hour: number) => BigInt(r.rewardMode.hours[hour - 1].distributed);
    for (let hour = IDE_FROM_HOUR + 1; hour <= HOURS; hour++) expect(byHour(ide, hour) < byHour(schedule, hour), `hour ${hour}`).to.equal(true);
  });

  it("the indexer, rebuilt from the IDE pass's history, holds the engine and its hours as the chain does", async () => {
    const db = await openIndexDb(":memory:");
    try {
      await indexHistory(ideSandbox, db);
      const chain = ideState((await ideSandbox.rewards.fetchConfig())!.ide);
      const [row] = await db.all<Row>("SELECT * FROM rewards_config");
      expect(row.reward_mode).to.equal("ide");
      expect(toBig(row.ide_usd_per_gpu_hour)).to.equal(chain.params.usdPerGpuHour);
      expect(toBig(row.ide_retired)).to.equal(chain.retired);
      expect(toBig(row.ide_fee_burned)).to.equal(chain.feeBurned);
      const [token] = await db.all<Row>("SELECT emission_retired FROM token_config");
      expect(toBig(token.emission_retired)).to.equal(ide.supply.retired);
      const hours = await db.all<Row>("SELECT * FROM ide_hours ORDER BY hour");
      const last = hours[hours.length - 1];
      expect(toBig(last.hour)).to.equal(chain.current.hour);
      expect(toBig(last.io_paid)).to.equal(chain.current.ioPaid);
      expect(toBig(last.usd_due)).to.equal(chain.current.usdDue);
      expect(hours.length).to.equal(HOURS - IDE_FROM_HOUR + 1);
    } finally {
      await db.close();
    }
  });
});
