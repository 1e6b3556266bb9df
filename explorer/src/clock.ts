/**
 * The chain's clock as the browser estimates it: the offset between the newest block time seen
 * and the wall clock, so countdowns and streaming escrow move at one second per second even on a
 * chain whose clock runs ahead of the wall (the embedded harness advances time in leaps).
 */
import { useEffect, useState } from "react";

let offset: number | undefined;

export function observeChainTime(blockTime: number) {
  const seen = blockTime - Date.now() / 1000;
  offset = offset === undefined ? seen : Math.max(offset, seen);
}

/** The estimated chain time now, in unix seconds. */
export const chainNow = () => Date.now() / 1000 + (offset ?? 0);

/** Re-renders every `ms` and returns the estimated chain time. */
export function useChainNow(ms = 1000): number {
  const [now, setNow] = useState(chainNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(chainNow()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
