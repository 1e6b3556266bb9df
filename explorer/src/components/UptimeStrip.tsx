/** A worker's last 30 days of hourly uptime proofs: one cell per hour, oldest first. */
import type { WorkerDetail } from "../../../sdk/src/indexer/api_types";

const cellClass = (ok: boolean | null) => (ok === null ? "up-none" : ok ? "up-ok" : "up-fail");

export function UptimeStrip({ uptime }: { uptime: WorkerDetail["uptime"] }) {
  const proven = uptime.filter((u) => u.ok).length;
  return (
    <div>
      <div className="uptime" data-testid="uptime-strip" data-cells={uptime.length} data-ok={proven}>
        {uptime.map((u) => (
          <span key={u.hour} className={cellClass(u.ok)} title={`hour ${u.hour}: ${u.ok === null ? "no proof" : u.ok ? "up" : "failed"}`} />
        ))}
      </div>
      <p className="muted">
        {proven} of {uptime.length} hours proven up
      </p>
    </div>
  );
}
