/** The DAO: its params, veIO locked, and every proposal with status, tallies, quorum and timelock. */
import type { Dao, ProposalRow } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { useChainNow } from "../clock";
import { formatDuration, formatTime } from "../format";
import { useLiveVersion } from "../live";
import { ProposalLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { Io, Stat, Value } from "../components/Value";

/** "executable in 1h 2m", "executable now", "executed …" — the timelock as of the chain's clock. */
export function Timelock({ proposal, now }: { proposal: ProposalRow; now: number }) {
  if (proposal.executedAt) return <span data-testid="timelock">executed {formatTime(proposal.executedAt)}</span>;
  if (proposal.executableAt === null) return <span data-testid="timelock">{proposal.state === "voting" ? `voting ends in ${formatDuration(proposal.votingEndsAt - now)}` : "—"}</span>;
  const left = proposal.executableAt - now;
  return <span data-testid="timelock">{left > 0 ? `executable in ${formatDuration(left)}` : "executable now"}</span>;
}

/** A short name for a decoded parameter change: its variant and fields. */
export const describeChange = (change: Record<string, unknown>) =>
  Object.entries(change)
    .map(([variant, fields]) => `${variant} ${JSON.stringify(fields)}`)
    .join(", ");

export function DaoPage() {
  const version = useLiveVersion((row) => row.program === "io_dao");
  const now = useChainNow(1000);
  const { data, error } = useApi<Dao>("/api/dao", version);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>DAO</h1>
      <div className="stats">
        <Stat label="Locked in veIO">
          <Io testId="dao-total-locked" base={data.totalLocked} />
        </Stat>
        <Stat label="Positions">
          <Value testId="dao-positions" raw={data.positions}>
            {data.positions}
          </Value>
        </Stat>
        <Stat label="Proposals">{data.proposals.length}</Stat>
      </div>
      <h2>Proposals</h2>
      {data.proposals.length === 0 ? (
        <p className="muted">No proposals yet.</p>
      ) : (
        <table data-testid="proposals">
          <thead>
            <tr>
              <th>#</th>
              <th>Change</th>
              <th>Status</th>
              <th>Yes</th>
              <th>No</th>
              <th>Abstain</th>
              <th>Quorum</th>
              <th>Timelock</th>
            </tr>
          </thead>
          <tbody>
            {data.proposals.map((p) => (
              <tr key={p.address} data-testid="proposal-row" data-address={p.address}>
                <td>
                  <ProposalLink address={p.address} label={`#${p.id}`} />
                </td>
                <td className="mono small">{describeChange(p.change)}</td>
                <td>
                  <Value testId="proposal-state" raw={p.state}>
                    {p.state}
                  </Value>
                </td>
                <td>
                  <Io testId="proposal-yes" base={p.yes} />
                </td>
                <td>
                  <Io testId="proposal-no" base={p.no} />
                </td>
                <td>
                  <Io base={p.abstain} />
                </td>
                <td>
                  <Value testId="proposal-quorum" raw={String(p.quorumReached)}>
                    {p.quorumReached ? "reached" : "not reached"}
                  </Value>
                </td>
                <td>
                  <Timelock proposal={p} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.params && (
        <>
          <h2>Parameters</h2>
          <pre className="params">{JSON.stringify(data.params, null, 2)}</pre>
        </>
      )}
    </>
  );
}
