/** One proposal: the change, tallies against quorum, the timelock, its votes and events. */
import { useParams } from "react-router";

import type { ProposalDetail } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { useChainNow } from "../clock";
import { formatTime } from "../format";
import { useLiveVersion } from "../live";
import { EventTable } from "../components/EventTable";
import { AccountLink, TxLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { Io, Stat, Value } from "../components/Value";
import { describeChange, Timelock } from "./DaoPage";

export function ProposalPage() {
  const { address = "" } = useParams();
  const version = useLiveVersion((row) => row.program === "io_dao");
  const now = useChainNow(1000);
  const { data: p, error } = useApi<ProposalDetail>(`/api/dao/proposals/${encodeURIComponent(address)}`, version);
  if (error) return <Failure error={error} />;
  if (!p) return <Loading />;
  return (
    <>
      <h1>Proposal #{p.id}</h1>
      <p className="mono small">{describeChange(p.change)}</p>
      <div className="stats">
        <Stat label="Status">
          <Value testId="proposal-state" raw={p.state}>
            {p.state}
          </Value>
        </Stat>
        <Stat label="Proposer">
          <AccountLink address={p.proposer} />
        </Stat>
        <Stat label="Yes">
          <Io testId="proposal-yes" base={p.yes} />
        </Stat>
        <Stat label="No">
          <Io testId="proposal-no" base={p.no} />
        </Stat>
        <Stat label="Abstain">
          <Io testId="proposal-abstain" base={p.abstain} />
        </Stat>
        <Stat label="Quorum">
          <Io base={p.participatingIo} /> of <Io testId="proposal-quorum-needed" base={p.quorum} /> needed:{" "}
          <Value testId="proposal-quorum" raw={String(p.quorumReached)}>
            {p.quorumReached ? "reached" : "not reached"}
          </Value>
        </Stat>
        <Stat label="Voting ends">{formatTime(p.votingEndsAt)}</Stat>
        <Stat label="Timelock">
          <Timelock proposal={p} now={now} />
        </Stat>
      </div>
      <h2>Votes</h2>
      <table data-testid="votes">
        <thead>
          <tr>
            <th>Voter</th>
            <th>Position</th>
            <th>Side</th>
            <th>Power</th>
            <th>Transaction</th>
          </tr>
        </thead>
        <tbody>
          {p.votes.map((v) => (
            <tr key={v.position} data-testid="vote-row">
              <td>
                <AccountLink address={v.voter} />
              </td>
              <td>
                <AccountLink address={v.position} />
              </td>
              <td>{v.side}</td>
              <td>
                <Io base={v.power} />
              </td>
              <td>
                <TxLink signature={v.signature} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Events</h2>
      <EventTable events={p.events} />
    </>
  );
}
