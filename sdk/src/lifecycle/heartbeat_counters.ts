/**
 * Where heartbeat counters live: the server keeps the last accepted counter per worker (replay
 * protection that survives a restart), a client may keep the last one it sent.
 */
import type { LifecycleStore } from "./store.js";

export interface CounterStore {
  get(worker: string): bigint | undefined;
  set(worker: string, counter: bigint): void;
}

export const HEARTBEAT_COUNTER_KIND = "heartbeat-counter";

/** Counters in a `LifecycleStore` (kind `heartbeat-counter`, id the worker, value a decimal string). */
export function storeCounters(store: LifecycleStore): CounterStore {
  return {
    get: (worker) => {
      const counter = store.get<string>(HEARTBEAT_COUNTER_KIND, worker);
      return counter === undefined ? undefined : BigInt(counter);
    },
    set: (worker, counter) => store.put<string>(HEARTBEAT_COUNTER_KIND, worker, counter.toString()),
  };
}
