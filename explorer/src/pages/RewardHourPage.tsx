/** One hour of block rewards, per worker, with its CSV export. */
import { useParams } from "react-router";

import type { RewardHourDetail } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { AccountLink, WorkerLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { Io, Stat } from "../components/Value";

export function RewardHourPage() {
  const { hour = "" } = useParams();
  const { data: h, error } = useApi<RewardHourDetail>(`/api/rewards/hours/${encodeURIComponent(hour)}`);
  if (error) return <Failure error={error} />;
  if (!h) return <Loading />;
  return (
    <>
      <h1>Block rewards, hour {h.hour}</h1>
      <div className="stats">
        <Stat label="Released">
          <Io testId="hour-released" base={h.released} />
        </Stat>
        <Stat label="Distributed">
          <Io testId="hour-distributed" base={h.distributed} />
        </Stat>
        <Stat label="Claimed">
          <Io testId="hour-claimed" base={h.claimed} />
        </Stat>
        <Stat label="Workers">{h.workers}</Stat>
      </div>
      <p>
        <a href={`/api/rewards/hours/${h.hour}/csv`} download data-testid="hour-csv">
          Download this hour as CSV
        </a>
      </p>
      <table data-testid="hour-workers">
        <thead>
          <tr>
            <th>Worker</th>
            <th>Owner</th>
            <th>Earned</th>
            <th>Claimed</th>
          </tr>
        </thead>
        <tbody>
          {h.perWorker.map((w) => (
            <tr key={w.worker} data-testid="hour-worker-row">
              <td>
                <WorkerLink address={w.worker} />
              </td>
              <td>
                <AccountLink address={w.owner} />
              </td>
              <td>
                <Io base={w.earned} />
              </td>
              <td>
                <Io base={w.claimed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
