/** One rental: state, renter, the moving escrow bar, its workers and every transition. */
import { useParams } from "react-router";

import type { RentalDetail } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { formatDuration, formatTime } from "../format";
import { useLiveVersion } from "../live";
import { EscrowBar } from "../components/EscrowBar";
import { EventTable } from "../components/EventTable";
import { AccountLink, WorkerLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { Stat, Tokens, Value } from "../components/Value";

export function RentalPage() {
  const { address = "" } = useParams();
  const version = useLiveVersion((row) => row.program === "io_cloud");
  const { data: r, error } = useApi<RentalDetail>(`/api/rentals/${encodeURIComponent(address)}`, version);
  if (error) return <Failure error={error} />;
  if (!r) return <Loading />;
  const money = (base: string) => <Tokens base={base} decimals={r.tenderDecimals} symbol={r.tenderSymbol} />;
  return (
    <>
      <h1>
        Rental <span className="mono">{r.address}</span>
      </h1>
      <div className="stats">
        <Stat label="State">
          <Value testId="rental-state" raw={r.state}>
            {r.state}
          </Value>
        </Stat>
        <Stat label="Renter">
          <AccountLink address={r.renter} />
        </Stat>
        <Stat label="Cluster">
          <Value testId="rental-gpus" raw={r.gpus}>
            {r.gpus} GPUs
          </Value>{" "}
          of class {r.deviceClass}
          {r.region ? ` in ${r.region}` : ""}
        </Stat>
        <Stat label="Price per GPU-hour">{money(r.pricePerGpuHour)}</Stat>
        <Stat label="Term">
          {r.hours} hours{r.startTime ? `: ${formatTime(r.startTime)} → ${formatTime(r.endTime)} (${formatDuration(r.endTime - r.startTime)})` : " (not started)"}
        </Stat>
        <Stat label="Escrow account">
          <AccountLink address={r.escrowAccount} />
        </Stat>
      </div>
      <h2>Escrow</h2>
      <EscrowBar rental={r} />
      <h2>Workers</h2>
      {r.workers.length === 0 ? (
        <p className="muted">No workers assigned yet.</p>
      ) : (
        <table data-testid="rental-workers">
          <thead>
            <tr>
              <th>Worker</th>
              <th>GPUs</th>
              <th>Streamed</th>
              <th>Down</th>
              <th>Forfeited</th>
              <th>Paid</th>
              <th>Supplier fees</th>
              <th>Now</th>
            </tr>
          </thead>
          <tbody>
            {r.workers.map((a) => (
              <tr key={a.worker} data-testid="assignment-row">
                <td>
                  <WorkerLink address={a.worker} />
                </td>
                <td>{a.gpus}</td>
                <td>{formatDuration(Number(a.activeSeconds))}</td>
                <td>{formatDuration(Number(a.downSeconds))}</td>
                <td>{formatDuration(Number(a.forfeitedSeconds))}</td>
                <td>{money(a.paid)}</td>
                <td>{money(a.fees)}</td>
                <td>{a.down ? "down" : "up"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Transitions</h2>
      <EventTable events={r.transitions} testId="rental-transitions" oldestFirst />
    </>
  );
}
