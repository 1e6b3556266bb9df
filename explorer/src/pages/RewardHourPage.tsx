/** One hour of block rewards, per worker a page at a time (offset in the URL), with its CSV export of every worker. */
import { useParams, useSearchParams } from "react-router";

import type { RewardHourDetail } from "../../../sdk/src/indexer/api_types";
import { queryString, useApi } from "../api";
import { AccountLink, WorkerLink } from "../components/Links";
import { Pager } from "../components/Pager";
import { Failure, Loading } from "../components/Status";
import { Io, Stat } from "../components/Value";

const LIMIT = 100;

export function RewardHourPage() {
  const { hour = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get("offset") ?? 0);
  const { data: h, error } = useApi<RewardHourDetail>(
    `/api/rewards/hours/${encodeURIComponent(hour)}${queryString({ limit: LIMIT, offset: offset || undefined })}`,
  );
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
      <Pager total={h.workers} limit={LIMIT} offset={offset} onOffset={(o) => setParams(o ? { offset: String(o) } : {})} />
    </>
  );
}
