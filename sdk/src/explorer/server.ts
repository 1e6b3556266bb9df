/**
 * The explorer's HTTP server (fastify), on 127.0.0.1 only: the JSON API over an indexer's
 * queries, the live stream of applied events, and the built front end.
 */
import Fastify from "fastify";

import type { ExplorerQueries } from "../indexer/api_types.js";
import { registerApiRoutes } from "./api_routes.js";
import { ExplorerListenError, explorerErrorHandler } from "./errors.js";
import { toJson } from "./json.js";
import { LiveSource, registerLiveRoute } from "./live_route.js";
import { DEFAULT_STATIC_DIR, registerStaticFiles } from "./static_files.js";

export { ExplorerListenError } from "./errors.js";

export interface ExplorerServerOptions {
  queries: ExplorerQueries;
  live: LiveSource;
  /** 0 (the default) picks any free port. */
  port?: number;
  /** The built front end; explorer/dist by default. */
  staticDir?: string;
}

export interface ExplorerServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const EXPLORER_HOST = "127.0.0.1";

export async function startExplorerServer(options: ExplorerServerOptions): Promise<ExplorerServer> {
  const app = Fastify({
    logger: false,
    // Closing ends every connection at once, open live streams and keep-alive sockets alike.
    forceCloseConnections: true,
    ajv: { customOptions: { verbose: true, allErrors: false, removeAdditional: false, coerceTypes: true } },
  });
  app.setReplySerializer((payload) => toJson(payload));
  app.setErrorHandler(explorerErrorHandler);
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url.split("?")[0]}` }));
  registerApiRoutes(app, options.queries);
  const endStreams = registerLiveRoute(app, options.live);
  registerStaticFiles(app, options.staticDir ?? DEFAULT_STATIC_DIR);

  const requested = options.port ?? 0;
  try {
    await app.listen({ host: EXPLORER_HOST, port: requested });
  } catch (error) {
    await app.close();
    throw new ExplorerListenError(requested, (error as NodeJS.ErrnoException).code);
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : requested;
  return {
    url: `http://${EXPLORER_HOST}:${port}`,
    port,
    close: async () => {
      endStreams();
      await app.close();
    },
  };
}
