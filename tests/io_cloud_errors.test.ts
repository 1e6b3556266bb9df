import { expect } from "chai";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { errorNames } from "@ionet/sdk";

describe("io_cloud: every refusal is tested", () => {
  it("names each error of the program in an io_cloud suite", () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const suites = readdirSync(dir)
      // io_cloud's suites, and the one naming every program's `has_one` errors.
      .filter((file) => (file.startsWith("io_cloud") && file.endsWith(".test.ts") && file !== "io_cloud_errors.test.ts") || file === "named_account_errors.test.ts")
      .map((file) => readFileSync(join(dir, file), "utf8"))
      .join("\n");
    const untested = errorNames("io_cloud").filter((name) => !suites.includes(`"${name}"`));
    expect(untested).to.deep.equal([]);
  });
});
