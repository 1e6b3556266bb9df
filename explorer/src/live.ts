/**
 * The live stream (`/api/live`, server-sent events): one EventSource for the whole app, shared by
 * every component that listens, opened on the first listener.
 */
import { useEffect, useState } from "react";

import type { EventRow } from "../../sdk/src/indexer/api_types";
import { observeChainTime } from "./clock";

type Listener = (row: EventRow) => void;
const listeners = new Set<Listener>();
let source: EventSource | undefined;

function open() {
  source = new EventSource("/api/live");
  source.onmessage = (message) => {
    const row = JSON.parse(message.data as string) as EventRow;
    observeChainTime(row.blockTime);
    for (const listener of listeners) listener(row);
  };
}

export function subscribeLive(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) open();
  return () => listeners.delete(listener);
}

export function useLiveEvents(listener: Listener) {
  useEffect(() => subscribeLive(listener), [listener]);
}

/**
 * A number that goes up when a live event matching `matches` arrives (at most every
 * `throttleMs`): pages pass it to `useApi` to reload.
 */
export function useLiveVersion(matches: (row: EventRow) => boolean = () => true, throttleMs = 100): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeLive((row) => {
      if (!matches(row) || pending) return;
      pending = setTimeout(() => {
        pending = undefined;
        setVersion((v) => v + 1);
      }, throttleMs);
    });
    return () => {
      unsubscribe();
      if (pending) clearTimeout(pending);
    };
    // `matches` is read when an event arrives; callers pass module-level functions.
  }, []);
  return version;
}
