/** The explorer's JSON API as the pages call it, and a hook that loads one endpoint. */
import { useEffect, useState } from "react";

import { observeChainTime } from "./clock";

/** A refusal from the API: its status (400, 404, ...) and its one-sentence reason. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `request failed (${response.status})`);
  observeBlockTimes(body, 3);
  return body;
}

/** Tells the chain clock every `blockTime` in an answer (to `depth` levels: heads, events, transitions). */
function observeBlockTimes(value: unknown, depth: number) {
  if (depth < 0 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) return value.forEach((item) => observeBlockTimes(item, depth - 1));
  for (const [key, field] of Object.entries(value)) {
    if (key === "blockTime" && typeof field === "number") observeChainTime(field);
    else if (typeof field === "object") observeBlockTimes(field, depth - 1);
  }
}

/** A query string from the defined values of `params`. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
}

/**
 * Loads `path` (again whenever it or `version` changes), keeping the last answer on screen
 * while the next loads.
 */
export function useApi<T>(path: string, version = 0): Loaded<T> {
  const [state, setState] = useState<Loaded<T> & { path?: string }>({ data: undefined, error: undefined });
  useEffect(() => {
    const abort = new AbortController();
    fetchJson<T>(path, abort.signal)
      .then((data) => setState({ data, error: undefined, path }))
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setState({ data: undefined, error: error instanceof ApiError ? error : new ApiError(0, String(error)), path });
      });
    return () => abort.abort();
  }, [path, version]);
  // A different path's answer is not this one's: show nothing until it loads.
  return state.path === path ? state : { data: undefined, error: undefined };
}
