/** Any address: what it is (when indexed, a link to its page) and the events that mention it. */
import { Link, useParams } from "react-router";

import type { EventRow, SearchHit } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { isAddress } from "../format";
import { EventTable } from "../components/EventTable";
import { hitPath } from "../components/SearchBox";
import { Failure, Loading, NotFound } from "../components/Status";

export function AccountPage() {
  const { address = "" } = useParams();
  const valid = isAddress(address);
  const path = encodeURIComponent(address);
  const { data: events, error } = useApi<EventRow[]>(`/api/accounts/${path}/events?limit=200`);
  const hit = useApi<SearchHit>(`/api/search?q=${path}`);
  if (!valid) return <NotFound message={`${address} is not an address (32–44 base58 characters).`} />;
  if (error) return <Failure error={error} />;
  if (!events) return <Loading />;
  if (events.length === 0 && hit.error?.status === 404) return <NotFound message={`Nothing indexed mentions ${address}.`} />;
  const kind = hit.data && hit.data.kind !== "transaction" ? hit.data.kind : undefined;
  return (
    <>
      <h1>
        Account <span className="mono">{address}</span>
      </h1>
      {kind && hit.data && !["position", "tender", "vesting", "config"].includes(kind) && (
        <p>
          This is a {kind}: <Link to={hitPath(hit.data)}>open its page</Link>.
        </p>
      )}
      {kind && ["position", "tender", "vesting", "config"].includes(kind) && <p>This is a {kind} account.</p>}
      <h2>Events</h2>
      <EventTable events={events} testId="account-events" />
    </>
  );
}
