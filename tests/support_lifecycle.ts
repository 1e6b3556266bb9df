/** An orchestrator over a cloud world's harness, as the lifecycle suites run it. */
import { Orchestrator, OrchestratorOptions } from "../sdk/src/lifecycle/orchestrator.js";
import type { SqliteStore } from "../sdk/src/lifecycle/store.js";

import { clockNow, HOUR } from "./support.js";
import type { CloudWorld } from "./support_io_cloud.js";

export function orchestratorFor(world: CloudWorld, store: SqliteStore, options: Partial<OrchestratorOptions> = {}): Orchestrator {
  return new Orchestrator({
    connection: world.provider.connection,
    cloud: world.cloud,
    orchestrator: world.orchestrator,
    store,
    now: () => clockNow(world.context),
    heartbeatTimeoutSecs: HOUR,
    ioMint: world.ioMint,
    ...options,
  });
}
