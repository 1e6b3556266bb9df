/** Every worker: filters by class, region and eligibility, sorting and paging, kept in the URL. */
import { useSearchParams } from "react-router";

import type { Page, WorkerSummary } from "../../../sdk/src/indexer/api_types";
import { queryString, useApi } from "../api";
import { useLiveVersion } from "../live";
import { WorkerLink } from "../components/Links";
import { Pager } from "../components/Pager";
import { Failure, Loading } from "../components/Status";
import { Io, Value } from "../components/Value";
import { formatUsd } from "../format";

const LIMIT = 25;
const isWorkerEvent = (row: { program: string }) => row.program === "io_cloud" || row.program === "io_rewards";

export function WorkersPage() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) ?? "";
  const offset = Number(params.get("offset") ?? 0);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "offset") next.delete("offset");
    setParams(next);
  };
  const version = useLiveVersion(isWorkerEvent, 1_000);
  const path = `/api/workers${queryString({
    deviceClass: get("deviceClass"),
    region: get("region"),
    eligible: get("eligible"),
    sort: get("sort"),
    order: get("order"),
    limit: LIMIT,
    offset: offset || undefined,
  })}`;
  const { data, error } = useApi<Page<WorkerSummary>>(path, version);
  return (
    <>
      <h1>Workers</h1>
      <div className="filters">
        <label>
          Class{" "}
          <select data-testid="filter-class" value={get("deviceClass")} onChange={(e) => set("deviceClass", e.target.value)}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Region <input
            data-testid="filter-region"
            defaultValue={get("region")}
            placeholder="any"
            onBlur={(e) => set("region", e.target.value.trim())}
            onKeyDown={(e) => e.key === "Enter" && set("region", e.currentTarget.value.trim())}
          />
        </label>
        <label>
          Eligible{" "}
          <select data-testid="filter-eligible" value={get("eligible")} onChange={(e) => set("eligible", e.target.value)}>
            <option value="">any</option>
            <option value="true">yes</option>
            <option value="false">no</option>
          </select>
        </label>
        <label>
          Sort{" "}
          <select data-testid="sort" value={get("sort")} onChange={(e) => set("sort", e.target.value)}>
            <option value="">registered</option>
            <option value="stake">stake</option>
            <option value="gpus">GPUs</option>
            <option value="rewards">rewards</option>
            <option value="price">price</option>
          </select>
        </label>
        <label>
          Order{" "}
          <select data-testid="order" value={get("order")} onChange={(e) => set("order", e.target.value)}>
            <option value="">default</option>
            <option value="asc">ascending</option>
            <option value="desc">descending</option>
          </select>
        </label>
      </div>
      {error ? (
        <Failure error={error} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <table data-testid="workers">
            <thead>
              <tr>
                <th>Worker</th>
                <th>Class</th>
                <th>GPUs</th>
                <th>Region</th>
                <th>Price / GPU-hour</th>
                <th>Stake</th>
                <th>Eligible</th>
                <th>Rewards claimed</th>
                <th>State</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((w) => (
                <tr key={w.address} data-testid="worker-row" data-address={w.address}>
                  <td>
                    <WorkerLink address={w.address} />
                  </td>
                  <td>{w.deviceClassName}</td>
                  <td>{w.gpus}</td>
                  <td>{w.region}</td>
                  <td>{formatUsd(w.pricePerGpuHour)}</td>
                  <td>
                    <Io testId="worker-row-stake" base={w.staked} />
                  </td>
                  <td>
                    <Value testId="worker-row-eligible" raw={String(w.eligible)}>
                      {w.eligible ? "✓ yes" : "✗ no"}
                    </Value>
                  </td>
                  <td>
                    <Io base={w.rewardsClaimed} />
                  </td>
                  <td>{w.registered ? (w.busy ? "busy" : "idle") : "deregistered"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={data.total} limit={LIMIT} offset={offset} onOffset={(o) => set("offset", o ? String(o) : "")} />
        </>
      )}
    </>
  );
}
