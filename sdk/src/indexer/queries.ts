/**
 * The explorer's queries over an indexer store (`ExplorerQueries`), one module per area
 * (`query_<area>.ts`). Hot endpoints read pre-aggregated rows through indexes; none sums over
 * the event log. Parameters are validated by the server; here they are only used.
 */
import type { ExplorerQueries, RentalQuery, WorkerQuery } from "./api_types.js";
import type { IndexDb } from "./db.js";
import { dao, proposal } from "./query_dao.js";
import { accountEvents, feed, search, transaction } from "./query_events.js";
import { emissions, overview } from "./query_overview.js";
import { rental, rentals } from "./query_rentals.js";
import { rewardHour, type RewardHourQuery, rewardHours } from "./query_rewards.js";
import { worker, workers } from "./query_workers.js";

export { CSV_PAGE, rewardHourCsv, rewardHourCsvPages } from "./query_rewards.js";

export class IndexQueries implements ExplorerQueries {
  constructor(private readonly db: IndexDb) {}

  overview = () => overview(this.db);
  emissions = () => emissions(this.db);
  workers = (query: WorkerQuery) => workers(this.db, query);
  worker = (address: string) => worker(this.db, address);
  rentals = (query: RentalQuery) => rentals(this.db, query);
  rental = (address: string) => rental(this.db, address);
  rewardHours = (query: { limit?: number; offset?: number }) => rewardHours(this.db, query);
  rewardHour = (hour: number, query?: RewardHourQuery) => rewardHour(this.db, hour, query);
  dao = () => dao(this.db);
  proposal = (address: string) => proposal(this.db, address);
  search = (query: string) => search(this.db, query);
  transaction = (signature: string) => transaction(this.db, signature);
  accountEvents = (address: string, query: { limit?: number; before?: number }) => accountEvents(this.db, address, query);
  /** The newest events; `before` is a slot (exclusive). */
  events = (query: { limit?: number; before?: number }) => feed(this.db, query);
}
