/**
 * The JSON API under `/api`: one route per `ExplorerQueries` method, each with its parameter
 * schema (params.ts). Unknown addresses and signatures answer 404; the reward hour's CSV (every
 * worker of the hour) is streamed a page at a time by the queries module's `rewardHourCsvPages`.
 */
import type { FastifyInstance } from "fastify";
import { Readable } from "node:stream";

import type { ExplorerQueries, RentalQuery, WorkerQuery } from "../indexer/api_types.js";
import { CSV_PAGE, rewardHourCsvPages } from "../indexer/queries.js";
import { NotFoundError } from "./errors.js";
import { schemas } from "./params.js";

type Paging = { limit?: number; offset?: number };
type Cursor = { limit?: number; before?: number };

/** The value, or a 404 with `message` when the store has none. */
function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new NotFoundError(message);
  return value;
}

export function registerApiRoutes(app: FastifyInstance, queries: ExplorerQueries) {
  app.get("/api/overview", { schema: schemas.none }, () => queries.overview());
  app.get("/api/emissions", { schema: schemas.none }, () => queries.emissions());

  app.get<{ Querystring: WorkerQuery }>("/api/workers", { schema: schemas.workers }, (req) => queries.workers(req.query));
  app.get<{ Params: { address: string } }>("/api/workers/:address", { schema: schemas.worker }, async (req) =>
    found(await queries.worker(req.params.address), `no worker with address ${req.params.address}`),
  );

  app.get<{ Querystring: RentalQuery }>("/api/rentals", { schema: schemas.rentals }, (req) => queries.rentals(req.query));
  app.get<{ Params: { address: string } }>("/api/rentals/:address", { schema: schemas.rental }, async (req) =>
    found(await queries.rental(req.params.address), `no rental with address ${req.params.address}`),
  );

  app.get<{ Querystring: Paging }>("/api/rewards/hours", { schema: schemas.rewardHours }, (req) => queries.rewardHours(req.query));
  app.get<{ Params: { hour: number }; Querystring: Paging }>("/api/rewards/hours/:hour", { schema: schemas.rewardHour }, async (req) =>
    found(await queries.rewardHour(req.params.hour, req.query), `no rewards recorded for hour ${req.params.hour}`),
  );
  app.get<{ Params: { hour: number } }>("/api/rewards/hours/:hour/csv", { schema: schemas.rewardHourCsv }, async (req, reply) => {
    const { hour } = req.params;
    const page = (after?: string) => queries.rewardHour(hour, { limit: CSV_PAGE, after });
    const first = found(await page(), `no rewards recorded for hour ${hour}`);
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="rewards-hour-${hour}.csv"`)
      .send(Readable.from(rewardHourCsvPages(first, page)));
  });

  app.get("/api/dao", { schema: schemas.none }, () => queries.dao());
  app.get<{ Params: { address: string } }>("/api/dao/proposals/:address", { schema: schemas.proposal }, async (req) =>
    found(await queries.proposal(req.params.address), `no proposal with address ${req.params.address}`),
  );

  app.get<{ Querystring: { q: string } }>("/api/search", { schema: schemas.search }, async (req) =>
    found(await queries.search(req.query.q), `no account or transaction matches ${req.query.q}`),
  );
  app.get<{ Params: { signature: string } }>("/api/tx/:signature", { schema: schemas.transaction }, async (req) =>
    found(await queries.transaction(req.params.signature), `no indexed transaction with signature ${req.params.signature}`),
  );
  app.get<{ Params: { address: string }; Querystring: Cursor }>("/api/accounts/:address/events", { schema: schemas.accountEvents }, (req) =>
    queries.accountEvents(req.params.address, req.query),
  );
  app.get<{ Querystring: Cursor }>("/api/events", { schema: schemas.events }, (req) => queries.events(req.query));
}
