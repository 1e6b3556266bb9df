/**
 * IO minted by the emission gate against the 20-year schedule (uPlot): the hours so far
 * (minted beside what the schedule released by then) and the whole schedule. Loaded on its own
 * (React.lazy) so the overview's numbers paint before the chart library arrives.
 */
import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

import type { EmissionPoint, Emissions } from "../../../sdk/src/indexer/api_types";
import { formatUnits, IO_DECIMALS } from "../format";

const CHART_WIDTH = 540;
const toIo = (point: EmissionPoint) => Number(BigInt(point.cumulative) / 10n ** BigInt(IO_DECIMALS));
const ioAxis = { label: "IO (cumulative)", size: 90, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => formatUnits(BigInt(Math.round(t)), 0)) };

function Plot({ title, xLabel, data, testId }: { title: string; xLabel: string; data: uPlot.AlignedData; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const plot = new uPlot(
      {
        title,
        width: CHART_WIDTH,
        height: 240,
        scales: { x: { time: false } },
        axes: [{ label: xLabel }, ioAxis],
        series: [
          { label: xLabel },
          { label: "schedule", stroke: "#8892a6", width: 2 },
          { label: "minted", stroke: "#2f6bff", width: 2, points: { show: true, size: 5 } },
        ],
      },
      data,
      box.current,
    );
    return () => plot.destroy();
  }, [title, xLabel, data]);
  return <div ref={box} data-testid={testId} className="chart" />;
}

export default function EmissionsChart({ emissions }: { emissions: Emissions }) {
  const hoursSoFar: uPlot.AlignedData = [
    emissions.minted.map((p) => p.hour),
    emissions.scheduleAtMinted.map(toIo),
    emissions.minted.map(toIo),
  ];
  const lastHour = emissions.minted.at(-1)?.hour ?? -1;
  /** Minted by `hour` (the newest mint at or before it), or nothing past the newest mint. */
  const mintedBy = (hour: number) => {
    if (hour > lastHour) return null;
    const point = emissions.minted.findLast((p) => p.hour <= hour);
    return point ? toIo(point) : 0;
  };
  const whole: uPlot.AlignedData = [
    emissions.schedule.map((p) => p.hour / (24 * 365)),
    emissions.schedule.map(toIo),
    emissions.schedule.map((p) => mintedBy(p.hour)),
  ];
  return (
    <div className="charts">
      <Plot title="Minted so far against the schedule" xLabel="hour" data={hoursSoFar} testId="emissions-chart" />
      <Plot title="The 20-year schedule" xLabel="year" data={whole} testId="schedule-chart" />
    </div>
  );
}
