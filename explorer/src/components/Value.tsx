/**
 * One number on a page: formatted for people, with its raw value in `data-value` and a stable
 * `data-testid` (what the browser tests read).
 */
import type { ReactNode } from "react";

import { formatAmount, formatIo, formatIosd } from "../format";

export const Value = ({ testId, raw, children }: { testId?: string; raw: string | number; children: ReactNode }) => (
  <span data-testid={testId} data-value={String(raw)} className="value">
    {children}
  </span>
);

export const Io = ({ base, testId }: { base: string; testId?: string }) => (
  <Value testId={testId} raw={base}>
    {formatIo(base)}
  </Value>
);

export const Iosd = ({ base, testId }: { base: string; testId?: string }) => (
  <Value testId={testId} raw={base}>
    {formatIosd(base)}
  </Value>
);

export const Tokens = ({ base, decimals, symbol, testId }: { base: string; decimals: number; symbol: string; testId?: string }) => (
  <Value testId={testId} raw={base}>
    {formatAmount(base, decimals, symbol)}
  </Value>
);

/** A labelled figure in a grid of cards. */
export const Stat = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="stat">
    <div className="stat-label">{label}</div>
    <div className="stat-value">{children}</div>
  </div>
);
