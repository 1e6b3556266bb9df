/** The live feed: the newest events, then each new one as the indexer applies it. */
import { useCallback, useEffect, useState } from "react";

import type { EventRow } from "../../../sdk/src/indexer/api_types";
import { fetchJson } from "../api";
import { useLiveEvents } from "../live";
import { EventTable } from "../components/EventTable";

const SHOWN = 100;
const key = (row: EventRow) => `${row.signature}:${row.index}`;

export function LivePage() {
  const [events, setEvents] = useState<EventRow[]>([]);
  const add = useCallback((row: EventRow) => setEvents((now) => (now.some((e) => key(e) === key(row)) ? now : [row, ...now].slice(0, SHOWN))), []);
  useLiveEvents(add);
  useEffect(() => {
    fetchJson<EventRow[]>(`/api/events?limit=${SHOWN}`).then((recent) =>
      setEvents((live) => {
        const seen = new Set(live.map(key));
        return [...live, ...recent.filter((e) => !seen.has(key(e)))].slice(0, SHOWN);
      }),
    );
  }, []);
  return (
    <>
      <h1>Live</h1>
      <p className="muted">Every program event, newest first, as the indexer applies it.</p>
      <EventTable events={events} testId="live-feed" />
    </>
  );
}
