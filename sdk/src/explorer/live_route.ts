/**
 * `GET /api/live`: server-sent events. Each EventRow the indexer applies is one `data:` message
 * (JSON); a comment every 15 s keeps proxies from closing an idle stream. A stream's listener is
 * removed when its client goes away, and every stream is ended when the server closes.
 */
import type { FastifyInstance } from "fastify";
import type { ServerResponse } from "node:http";

import type { EventRow } from "../indexer/api_types.js";
import { toJson } from "./json.js";
import { schemas } from "./params.js";

export interface LiveSource {
  /** Calls `listener` with the rows of each applied batch; returns the unsubscribe. */
  onApplied(listener: (rows: EventRow[]) => void): () => void;
}

const KEEP_ALIVE_MS = 15_000;

/** Registers the route; returns a function that ends every open stream. */
export function registerLiveRoute(app: FastifyInstance, live: LiveSource): () => void {
  const streams = new Set<ServerResponse>();
  app.get("/api/live", { schema: schemas.none }, (_request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write(": connected\n\n");
    const unsubscribe = live.onApplied((rows) => {
      for (const row of rows) res.write(`data: ${toJson(row)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    streams.add(res);
    res.on("close", () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    });
  });
  return () => {
    for (const res of streams) res.end();
  };
}
