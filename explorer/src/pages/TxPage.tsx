/** One transaction: its slot, time and the events it emitted. */
import { useParams } from "react-router";

import type { TransactionView } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { formatTime } from "../format";
import { EventTable } from "../components/EventTable";
import { Failure, Loading } from "../components/Status";
import { Stat, Value } from "../components/Value";

export function TxPage() {
  const { signature = "" } = useParams();
  const { data: tx, error } = useApi<TransactionView>(`/api/tx/${encodeURIComponent(signature)}`);
  if (error) return <Failure error={error} />;
  if (!tx) return <Loading />;
  return (
    <>
      <h1>Transaction</h1>
      <p className="mono" data-testid="tx-signature">
        {tx.signature}
      </p>
      <div className="stats">
        <Stat label="Slot">
          <Value testId="tx-slot" raw={tx.slot}>
            {tx.slot}
          </Value>
        </Stat>
        <Stat label="Time">{formatTime(tx.blockTime)}</Stat>
        <Stat label="Events">{tx.events.length}</Stat>
      </div>
      <EventTable events={tx.events} testId="tx-events" />
      <h2>Event fields</h2>
      {tx.events.map((e) => (
        <details key={e.index}>
          <summary>
            {e.index}: {e.program}.{e.name} (seq {e.seq})
          </summary>
          <pre>{JSON.stringify(e.data, null, 2)}</pre>
        </details>
      ))}
    </>
  );
}
