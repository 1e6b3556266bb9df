/**
 * What the orchestrator daemon prints of an action it sent: its record in the store (intent and
 * signature) and the rental as the store shows it after the action's events.
 */
import type { RentalView } from "../lifecycle/orchestrator.js";
import type { LifecycleStore } from "../lifecycle/store.js";

export interface SentAction {
  action: "assigned" | "settled" | "closed" | "replaced" | "reported down" | "reported up";
  rental: string;
  signature?: string;
  /** The rental's workers after the action. */
  workers: string[];
  /** The worker replaced or reported (replace / down / up). */
  worker?: string;
  /** The worker's last sign of life, chain seconds (replace / down / up). */
  since?: bigint;
  /** The hour settled (settle). */
  hour?: bigint;
}

const ACTIONS: Record<string, SentAction["action"]> = {
  assign: "assigned",
  settle: "settled",
  close: "closed",
  replace: "replaced",
  down: "reported down",
  up: "reported up",
};

/** The sent action recorded under `key`. */
export function sentAction(store: LifecycleStore, key: string): SentAction {
  const record = store.action(key);
  const intent = (record?.intent ?? {}) as { kind: string; rental: string; worker?: string; since?: bigint; hour?: bigint };
  const rental = store.get<RentalView>("rental", intent.rental);
  return {
    action: ACTIONS[intent.kind] ?? (intent.kind as SentAction["action"]),
    rental: intent.rental,
    signature: record?.signature,
    workers: rental?.workers ?? [],
    worker: intent.worker,
    since: intent.since,
    hour: intent.hour,
  };
}

/** One human line, e.g. "assigned <rental> to <w1>, <w2>". */
export function describeAction(a: SentAction): string {
  switch (a.action) {
    case "assigned":
      return `assigned ${a.rental} to ${a.workers.join(", ")}`;
    case "settled":
      return `settled ${a.rental} for hour ${a.hour}`;
    case "closed":
      return `closed ${a.rental}`;
    case "replaced":
      return `replaced ${a.worker} in ${a.rental}; now served by ${a.workers.join(", ")}`;
    default:
      return `${a.action} ${a.worker} in ${a.rental}`;
  }
}
