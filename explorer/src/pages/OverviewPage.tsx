/** The network at a glance: IO supply, IOSD, fees per tender, counts and the emissions chart. */
import { lazy, Suspense } from "react";

import type { Emissions, Overview } from "../../../sdk/src/indexer/api_types";
import { useApi } from "../api";
import { formatTime } from "../format";
import { useLiveVersion } from "../live";
import { AccountLink } from "../components/Links";
import { Failure, Loading } from "../components/Status";
import { Io, Iosd, Stat, Tokens, Value } from "../components/Value";

const EmissionsChart = lazy(() => import("../components/EmissionsChart"));

export function OverviewPage() {
  // The overview sums everything: reloaded at most once a second however busy the chain.
  const version = useLiveVersion(undefined, 1_000);
  const { data, error } = useApi<Overview>("/api/overview", version);
  const emissions = useApi<Emissions>("/api/emissions", version);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <h1>Overview</h1>
      <p className="muted" data-testid="head">
        {data.head ? `Indexed up to slot ${data.head.slot} (${formatTime(data.head.blockTime)})` : "Nothing indexed yet."}
      </p>
      <h2>IO supply</h2>
      <div className="stats">
        <Stat label="Cap">
          <Io testId="overview-cap" base={data.cap} />
        </Stat>
        <Stat label="Minted at genesis">
          <Io testId="overview-genesis-minted" base={data.genesisMinted} />
        </Stat>
        <Stat label="Minted by rewards">
          <Io testId="overview-emission-minted" base={data.emissionMinted} />
        </Stat>
        <Stat label="Burned">
          <Io testId="overview-burned" base={data.burned.total} />
        </Stat>
        <Stat label="Locked in vesting">
          <Io testId="overview-locked-vesting" base={data.lockedInVesting} />
        </Stat>
        <Stat label="Circulating">
          <Io testId="overview-circulating" base={data.circulating} />
        </Stat>
        <Stat label="Staked by workers">
          <Io testId="overview-staked" base={data.staked} />
        </Stat>
        <Stat label="Locked in veIO">
          <Io testId="overview-locked-dao" base={data.lockedInDao} />
        </Stat>
      </div>
      <p className="muted">
        Burned: <Io base={data.burned.credits} /> for credits, <Io base={data.burned.fees} /> of fees, <Io base={data.burned.slashed} /> slashed.
      </p>
      <h2>Emissions</h2>
      {emissions.data ? (
        <Suspense fallback={<Loading />}>
          <EmissionsChart emissions={emissions.data} />
        </Suspense>
      ) : emissions.error ? (
        <Failure error={emissions.error} />
      ) : (
        <Loading />
      )}
      <h2>IOSD</h2>
      <div className="stats">
        <Stat label="Minted">
          <Iosd testId="overview-iosd-minted" base={data.iosd.minted} />
        </Stat>
        <Stat label="Spent (burned)">
          <Iosd testId="overview-iosd-spent" base={data.iosd.spent} />
        </Stat>
        <Stat label="Supply">
          <Iosd testId="overview-iosd-supply" base={data.iosd.supply} />
        </Stat>
        <Stat label="IO burned for IOSD">
          <Io testId="overview-iosd-io-burned" base={data.iosd.ioBurned} />
        </Stat>
      </div>
      <h2>Fees per tender</h2>
      <table data-testid="tenders">
        <thead>
          <tr>
            <th>Tender</th>
            <th>Fee</th>
            <th>Received</th>
            <th>Burned</th>
            <th>Withdrawn</th>
            <th>Fee vault</th>
          </tr>
        </thead>
        <tbody>
          {data.tenders.map((t) => (
            <tr key={t.address} data-testid="tender-row" data-mint={t.mint}>
              <td>
                <AccountLink address={t.address} /> {t.symbol} {t.enabled ? "" : "(disabled)"}
              </td>
              <td>{(t.feeBps / 100).toFixed(2)}%</td>
              <td>
                <Tokens testId="tender-fees-received" base={t.feesReceived} decimals={t.decimals} symbol={t.symbol} />
              </td>
              <td>
                <Tokens base={t.feesBurned} decimals={t.decimals} symbol={t.symbol} />
              </td>
              <td>
                <Tokens base={t.feesWithdrawn} decimals={t.decimals} symbol={t.symbol} />
              </td>
              <td>
                <Tokens testId="tender-vault-balance" base={t.vaultBalance} decimals={t.decimals} symbol={t.symbol} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Network</h2>
      <div className="stats">
        <Stat label="Workers">
          <Value testId="overview-workers" raw={data.counts.workers}>
            {data.counts.workers}
          </Value>{" "}
          ({data.counts.eligibleWorkers} eligible)
        </Stat>
        <Stat label="Rentals">
          <Value testId="overview-rentals" raw={data.counts.rentals}>
            {data.counts.rentals}
          </Value>{" "}
          ({data.counts.activeRentals} active)
        </Stat>
        <Stat label="Proposals">
          <Value testId="overview-proposals" raw={data.counts.proposals}>
            {data.counts.proposals}
          </Value>
        </Stat>
        <Stat label="Events indexed">
          <Value testId="overview-events" raw={data.counts.events}>
            {data.counts.events}
          </Value>
        </Stat>
      </div>
    </>
  );
}
