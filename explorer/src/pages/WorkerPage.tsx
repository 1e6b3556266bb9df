/** One worker: its device, stake against the minimum, eligibility, uptime, rewards, rentals, events. */
import { useParams } from "react-router";

import type { WorkerDetail } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { formatTime, formatUsd } from "../format";
import { useLiveVersion } from "../live";
import { EventTable } from "../components/EventTable";
import { AccountLink, RentalLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { UptimeStrip } from "../components/UptimeStrip";
import { Io, Stat, Value } from "../components/Value";

const Check = ({ ok, label, testId }: { ok: boolean; label: string; testId: string }) => (
  <li className={ok ? "ok" : "fail"}>
    <Value testId={testId} raw={String(ok)}>
      {ok ? "✓" : "✗"}
    </Value>{" "}
    {label}
  </li>
);

export function WorkerPage() {
  const { address = "" } = useParams();
  const version = useLiveVersion(undefined, 1_000);
  const { data: w, error } = useApi<WorkerDetail>(`/api/workers/${encodeURIComponent(address)}`, version);
  if (error) return <Failure error={error} />;
  if (!w) return <Loading />;
  return (
    <>
      <h1>
        Worker <span className="mono">{w.address}</span>
      </h1>
      <p>
        Authority <AccountLink address={w.authority} /> · device {w.deviceId} · registered {formatTime(w.registeredAt)} ·{" "}
        <Value testId="worker-state" raw={w.registered ? "registered" : "deregistered"}>
          {w.registered ? (w.busy ? "busy" : "idle") : "deregistered"}
        </Value>
      </p>
      <div className="stats">
        <Stat label="Device class">
          <Value testId="worker-class" raw={w.deviceClass}>
            {w.deviceClassName}
          </Value>{" "}
          (reward multiplier ×{w.multiplierBps / 10_000})
        </Stat>
        <Stat label="GPUs">
          <Value testId="worker-gpus" raw={w.gpus}>
            {w.gpus}
          </Value>
        </Stat>
        <Stat label="Region">
          <Value testId="worker-region" raw={w.region}>
            {w.region}
          </Value>
        </Stat>
        <Stat label="Price per GPU-hour">
          {formatUsd(w.pricePerGpuHour)} or <Io base={w.askIoPerGpuHour} />
        </Stat>
        <Stat label="Stake / minimum">
          <Io testId="worker-staked" base={w.staked} /> / <Io testId="worker-min-stake" base={w.minStake} />
        </Stat>
        <Stat label="Unstaking">
          <Io base={w.unstaking} />
          {w.unstaking !== "0" && ` (available ${formatTime(w.unstakeAvailableAt)})`}
        </Stat>
        <Stat label="Rewards claimed">
          <Io testId="worker-rewards-claimed" base={w.rewardsClaimed} />
        </Stat>
        <Stat label="Rewards pending">
          <Io testId="worker-rewards-pending" base={w.rewardsPending} />
        </Stat>
        <Stat label="Slashed">
          <Io testId="worker-slashed" base={w.slashedTotal} />
        </Stat>
        <Stat label="In appeal">
          <Io testId="worker-in-appeal" base={w.inAppeal} />
        </Stat>
      </div>
      {w.coStake && (
        <>
          <h2>Co-staking</h2>
          <div className="stats" data-testid="worker-co-stake">
            <Stat label="Co-staker">
              {w.coStake.coStaker ? (
                <Value testId="co-staker" raw={w.coStake.coStaker}>
                  <AccountLink address={w.coStake.coStaker} />
                </Value>
              ) : (
                "offer open"
              )}
            </Stat>
            <Stat label="Share of block rewards">
              <Value testId="co-share" raw={w.coStake.shareBps}>
                {w.coStake.shareBps / 100}%
              </Value>
            </Stat>
            {w.coStake.coStaker ? (
              <Stat label="Co-staked">
                <Io testId="co-staked" base={w.coStake.coStaked} />
                {w.coStake.exitAt !== null && ` (exiting: notice ends ${formatTime(w.coStake.exitAt)}, withdrawable ${formatTime(w.coStake.availableAt ?? 0)})`}
              </Stat>
            ) : (
              <Stat label="Offer up to">
                <Io testId="co-offer" base={w.coStake.offerMax} />
              </Stat>
            )}
            <Stat label="Co-staker's rewards claimed / pending">
              <Io testId="co-rewards-claimed" base={w.coStake.rewardsClaimed} /> / <Io base={w.coStake.rewardsPending} />
            </Stat>
          </div>
        </>
      )}
      <h2>
        Eligibility for block rewards:{" "}
        <Value testId="worker-eligible" raw={String(w.eligible)}>
          {w.eligible ? "eligible" : "not eligible"}
        </Value>
      </h2>
      <ul className="checklist">
        <Check testId="check-stake" ok={w.eligibility.stakeAtMinimum} label="stake at its minimum" />
        <Check testId="check-uptime" ok={w.eligibility.uptimeThisHour} label="uptime proof this hour" />
        <Check
          testId="check-good-hours"
          ok={w.eligibility.goodHours >= w.eligibility.goodHoursNeeded}
          label={`${w.eligibility.goodHours} of ${w.eligibility.goodHoursNeeded} consecutive good hours`}
        />
        <Check testId="check-not-slashed" ok={w.eligibility.notSlashed} label="not slashed" />
      </ul>
      {w.slashes.length > 0 && (
        <>
          <h2>Slashes</h2>
          <table data-testid="worker-slashes">
            <thead>
              <tr>
                <th>Case</th>
                <th>Amount</th>
                <th>Slashed</th>
                <th>Appeal window ends</th>
                <th>Appealed</th>
                <th>Outcome</th>
              </tr>
            </thead>
            <tbody>
              {w.slashes.map((c) => (
                <tr key={c.address} data-testid="slash-row" data-state={c.state}>
                  <td>#{c.caseId}</td>
                  <td>
                    <Io base={c.amount} />
                  </td>
                  <td>{formatTime(c.slashedAt)}</td>
                  <td>{formatTime(c.appealEndsAt)}</td>
                  <td>{c.appealedAt === null ? "no" : formatTime(c.appealedAt)}</td>
                  <td>{c.destination ? `${c.state} (${c.destination})` : c.state}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>Uptime, last 30 days</h2>
      <UptimeStrip uptime={w.uptime} />
      <h2>Rentals</h2>
      {w.rentals.length === 0 ? (
        <p className="muted">No rentals.</p>
      ) : (
        <ul data-testid="worker-rentals">
          {w.rentals.map((r) => (
            <li key={r}>
              <RentalLink address={r} />
            </li>
          ))}
        </ul>
      )}
      <h2>Events</h2>
      <EventTable events={w.events} />
      <p>
        <AccountLink address={w.address} to={`/accounts/${w.address}`} /> — all events mentioning this worker
      </p>
    </>
  );
}
