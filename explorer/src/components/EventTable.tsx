/** A list of program events, each with its time, its entity and its transaction. */
import type { EventRow } from "../../../sdk/src/indexer/api_types";
import { formatTime } from "../format";
import { AccountLink, TxLink } from "./Links";

/** Newest first by the indexer's log position (chain order within each program). */
const newestFirst = (a: EventRow, b: EventRow): number => b.position - a.position;

export function EventTable({ events, testId = "events", oldestFirst = false }: { events: EventRow[]; testId?: string; oldestFirst?: boolean }) {
  if (events.length === 0) return <p className="muted">No events yet.</p>;
  const sorted = [...events].sort(newestFirst);
  if (oldestFirst) sorted.reverse();
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>Time</th>
          <th>Program</th>
          <th>Event</th>
          <th>Entity</th>
          <th>Transaction</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((event) => (
          <tr key={`${event.signature}:${event.index}`} data-testid="event-row" data-signature={event.signature} data-name={event.name}>
            <td>{formatTime(event.blockTime)}</td>
            <td>{event.program}</td>
            <td>{event.name}</td>
            <td>
              <AccountLink address={event.entity} />
            </td>
            <td>
              <TxLink signature={event.signature} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
