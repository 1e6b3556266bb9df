/** Block rewards per hour: released by the schedule, distributed, claimed; each with its CSV. */
import { Link, useSearchParams } from "react-router";

import type { Page, RewardHour } from "../../../sdk/src/indexer/api_types";
import { queryString, useApi } from "../api";
import { useLiveVersion } from "../live";
import { Pager } from "../components/Pager";
import { Failure, Loading } from "../components/Status";
import { Io, Value } from "../components/Value";

const LIMIT = 48;

export function RewardsPage() {
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get("offset") ?? 0);
  const version = useLiveVersion((row) => row.program === "io_rewards", 1_000);
  const { data, error } = useApi<Page<RewardHour>>(`/api/rewards/hours${queryString({ limit: LIMIT, offset: offset || undefined })}`, version);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>Block rewards</h1>
      <table data-testid="reward-hours">
        <thead>
          <tr>
            <th>Hour</th>
            <th>Released</th>
            <th>Distributed</th>
            <th>Claimed</th>
            <th>Workers</th>
            <th>Export</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((h) => (
            <tr key={h.hour} data-testid="reward-hour-row" data-hour={h.hour}>
              <td>
                <Link to={`/rewards/hours/${h.hour}`}>{h.hour}</Link>
              </td>
              <td>
                <Io testId="reward-released" base={h.released} />
              </td>
              <td>
                <Io testId="reward-distributed" base={h.distributed} />
              </td>
              <td>
                <Io testId="reward-claimed" base={h.claimed} />
              </td>
              <td>
                <Value raw={h.workers}>{h.workers}</Value>
              </td>
              <td>
                <a href={`/api/rewards/hours/${h.hour}/csv`} download data-testid="reward-csv">
                  CSV
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager total={data.total} limit={LIMIT} offset={offset} onOffset={(o) => setParams(o ? { offset: String(o) } : {})} />
    </>
  );
}
