/** Every rental (cluster), newest first, filtered by state; reloads as rental events arrive. */
import { useSearchParams } from "react-router";

import type { EventRow, Page, RentalSummary } from "../../../sdk/src/indexer/api_types";
import { queryString, useApi } from "../api";
import { formatTime } from "../format";
import { useLiveVersion } from "../live";
import { AccountLink, RentalLink } from "../components/Links";
import { Pager } from "../components/Pager";
import { Failure, Loading } from "../components/Status";
import { Tokens, Value } from "../components/Value";

const LIMIT = 25;
const STATES = ["booked", "active", "terminated", "cancelled", "closed"];
const isCloudEvent = (row: EventRow) => row.program === "io_cloud";

export function RentalsPage() {
  const [params, setParams] = useSearchParams();
  const state = params.get("state") ?? "";
  const offset = Number(params.get("offset") ?? 0);
  const version = useLiveVersion(isCloudEvent);
  const { data, error } = useApi<Page<RentalSummary>>(`/api/rentals${queryString({ state, limit: LIMIT, offset: offset || undefined })}`, version);
  const set = (next: Record<string, string>) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v)));
  return (
    <>
      <h1>Rentals</h1>
      <div className="filters">
        <label>
          State{" "}
          <select data-testid="filter-state" value={state} onChange={(e) => set({ state: e.target.value })}>
            <option value="">any</option>
            {STATES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <Failure error={error} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <table data-testid="rentals">
            <thead>
              <tr>
                <th>Rental</th>
                <th>State</th>
                <th>Renter</th>
                <th>GPUs</th>
                <th>Hours</th>
                <th>Deposited</th>
                <th>Paid</th>
                <th>In escrow</th>
                <th>Booked</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.address} data-testid="rental-row" data-address={r.address}>
                  <td>
                    <RentalLink address={r.address} />
                  </td>
                  <td>
                    <Value testId="rental-row-state" raw={r.state}>
                      {r.state}
                    </Value>
                  </td>
                  <td>
                    <AccountLink address={r.renter} />
                  </td>
                  <td>{r.gpus}</td>
                  <td>{r.hours}</td>
                  <td>
                    <Tokens testId="rental-row-deposited" base={r.deposited} decimals={r.tenderDecimals} symbol={r.tenderSymbol} />
                  </td>
                  <td>
                    <Tokens base={r.paid} decimals={r.tenderDecimals} symbol={r.tenderSymbol} />
                  </td>
                  <td>
                    <Tokens base={r.escrow} decimals={r.tenderDecimals} symbol={r.tenderSymbol} />
                  </td>
                  <td>{formatTime(r.bookedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={data.total} limit={LIMIT} offset={offset} onOffset={(o) => set({ state, offset: o ? String(o) : "" })} />
        </>
      )}
    </>
  );
}
