/**
 * A rental's deposit as one bar: paid to workers, their supplier fees, refunded, renter fees (to
 * the fee vault at booking), streamed but not yet settled, and what remains in escrow. For an
 * active rental the unsettled part is computed here, every second, as the program streams it:
 * ⌊price × GPUs × elapsed / 3600⌋ over [startTime, endTime], less what was already paid out
 * (to the workers and in their fees).
 */
import type { RentalSummary } from "../../../sdk/src/indexer/api_types";
import { streamAccrued } from "../../../sdk/src/math/streaming";
import { useChainNow } from "../clock";
import { Tokens } from "./Value";

/** Streamed-but-unsettled at `now`, within what is left in escrow. */
export function unsettledAt(rental: RentalSummary, now: number): bigint {
  if (rental.state !== "active") return 0n;
  const elapsed = Math.max(0, Math.min(now, rental.endTime) - rental.startTime);
  const accrued = streamAccrued(BigInt(rental.pricePerGpuHour), rental.gpus, BigInt(Math.floor(elapsed)));
  const due = accrued - BigInt(rental.paid) - BigInt(rental.supplierFees);
  const escrow = BigInt(rental.escrow);
  return due <= 0n ? 0n : due > escrow ? escrow : due;
}

const percent = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number((part * 10_000n) / whole) / 100);

export function EscrowBar({ rental }: { rental: RentalSummary }) {
  const now = useChainNow(1000);
  const streaming = unsettledAt(rental, now);
  const remaining = BigInt(rental.escrow) - streaming;
  const parts = [
    { key: "paid", label: "Paid to workers", value: BigInt(rental.paid) },
    { key: "supplier-fees", label: "Supplier fees", value: BigInt(rental.supplierFees) },
    { key: "refunded", label: "Refunded", value: BigInt(rental.refunded) },
    { key: "fees", label: "Renter fees", value: BigInt(rental.fees) },
    { key: "streaming", label: "Streamed, not yet settled", value: streaming },
    { key: "remaining", label: "In escrow", value: remaining },
  ];
  const sum = parts.reduce((total, p) => total + p.value, 0n);
  const deposited = BigInt(rental.deposited);
  const whole = deposited > sum ? deposited : sum;
  const amount = (key: string, value: bigint) => (
    <Tokens testId={`escrow-${key}`} base={value.toString()} decimals={rental.tenderDecimals} symbol={rental.tenderSymbol} />
  );
  return (
    <div className="escrow">
      <div className="escrow-bar" data-testid="escrow-bar">
        {parts.map((p) => (
          <div key={p.key} className={`escrow-${p.key}`} style={{ width: `${percent(p.value, whole)}%` }} title={p.label} />
        ))}
      </div>
      <ul className="escrow-legend">
        <li>
          <span className="swatch escrow-deposited" /> Deposited {amount("deposited", deposited)}
        </li>
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`swatch escrow-${p.key}`} /> {p.label} {amount(p.key, p.value)}
          </li>
        ))}
      </ul>
    </div>
  );
}
