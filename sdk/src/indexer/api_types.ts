/**
 * The explorer's JSON API (`/api/...`): what each endpoint answers. Amounts are base units as
 * decimal strings (the pages format them as IO / USDC / IOSD); addresses are base58; times are
 * unix seconds of the chain's clock; hours are hours since the rewards schedule started (hour 1
 * is the first). The queries (`ExplorerQueries`) answer these from an indexer store.
 */

/** Base units, as a decimal string. */
export type Amount = string;

/** One program event as indexed. */
export interface EventRow {
  /**
   * Where the indexer put it in its log (1, 2, 3...): each program's events in chain order,
   * programs interleaved as the indexer read them. Orders feeds and pages them (`before`).
   */
  position: number;
  signature: string;
  /** Position among the events of its transaction. */
  index: number;
  slot: number;
  blockTime: number;
  program: string;
  /** camelCase event name, e.g. `rentalBooked`. */
  name: string;
  entity: string;
  seq: string;
  /** The event's fields: pubkeys base58, integers decimal strings, enums by name. */
  data: Record<string, unknown>;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface TenderRow {
  /** The tender account (io_credits' PDA). */
  address: string;
  mint: string;
  /** "IO", "USDC" (any USD-pegged non-IO tender) or the mint, shortened. */
  symbol: string;
  decimals: number;
  kind: string;
  usdPegged: boolean;
  feeBps: number;
  enabled: boolean;
  vault: string;
  feesReceived: Amount;
  feesBurned: Amount;
  feesWithdrawn: Amount;
  vaultBalance: Amount;
}

export interface Overview {
  cap: Amount;
  genesisMinted: Amount;
  emissionMinted: Amount;
  totalMinted: Amount;
  burned: { credits: Amount; fees: Amount; slashed: Amount; total: Amount };
  /** Vesting allocations not yet claimed. */
  lockedInVesting: Amount;
  lockedInDao: Amount;
  staked: Amount;
  /** Minted − burned − locked in vesting. */
  circulating: Amount;
  iosd: { minted: Amount; spent: Amount; supply: Amount; ioBurned: Amount };
  tenders: TenderRow[];
  counts: { workers: number; eligibleWorkers: number; rentals: number; activeRentals: number; proposals: number; events: number };
  /** The newest indexed event's slot and time (null before any). */
  head: { slot: number; blockTime: number } | null;
}

export interface EmissionPoint {
  hour: number;
  /** Cumulative base units. */
  cumulative: Amount;
}

export interface Emissions {
  /** Clock time at which hour 1 begins (null before the rewards program is initialized). */
  startTime: number | null;
  emissionScaleBps: number;
  /** IO actually minted by the emission gate, cumulative, at each hour with a mint. */
  minted: EmissionPoint[];
  /** The schedule's cumulative release, sampled over its 20 years (about monthly). */
  schedule: EmissionPoint[];
  /** The schedule's cumulative release at the hours of `minted` (same length, same hours). */
  scheduleAtMinted: EmissionPoint[];
}

export interface WorkerSummary {
  address: string;
  authority: string;
  deviceClass: number;
  deviceClassName: string;
  gpus: number;
  region: string;
  multiplierBps: number;
  pricePerGpuHour: Amount;
  askIoPerGpuHour: Amount;
  staked: Amount;
  minStake: Amount;
  busy: boolean;
  eligible: boolean;
  slashedTotal: Amount;
  rewardsClaimed: Amount;
  rewardsPending: Amount;
  registeredAt: number;
  /** False once deregistered (the row stays, its history too). */
  registered: boolean;
}

/** A slash and how its reconsideration went. */
export interface SlashCaseRow {
  address: string;
  caseId: number;
  amount: Amount;
  reasonCode: number;
  state: "open" | "appealed" | "upheld" | "reversed" | "finalized";
  slashedAt: number;
  appealEndsAt: number;
  appealedAt: number | null;
  /** Where the IO went: "burn" or "treasury" (null while open or when reversed). */
  destination: string | null;
}

/** A worker's co-staking (io.net: one co-staker supplies up to half the minimum stake for a share of the rewards). */
export interface CoStakeView {
  /** Null while only an offer is open. */
  coStaker: string | null;
  /** The open offer's cap (0 once taken). */
  offerMax: Amount;
  /** The co-staker's share of the worker's block rewards, basis points. */
  shareBps: number;
  coStaked: Amount;
  /** When the co-staker's exit notice ends and its IO is withdrawable (null unless exiting). */
  exitAt: number | null;
  availableAt: number | null;
  /** The co-staker's rewards: claimable as of the last event, and claimed. */
  rewardsPending: Amount;
  rewardsClaimed: Amount;
}

export interface WorkerDetail extends WorkerSummary {
  deviceId: string;
  stakeVault: string;
  unstaking: Amount;
  unstakeAvailableAt: number;
  /** The checklist block rewards need. */
  eligibility: {
    stakeAtMinimum: boolean;
    uptimeThisHour: boolean;
    /** Consecutive good hours up to the latest proof, and how many the config asked for then (io.net: 5). */
    goodHours: number;
    goodHoursNeeded: number;
    notSlashed: boolean;
  };
  /** IO slashed and waiting out its reconsideration window. */
  inAppeal: Amount;
  /** Its co-staking: an open offer, or the co-staker's IO and share (null if neither). */
  coStake: CoStakeView | null;
  /** Its slashes, oldest first, each with its case's state. */
  slashes: SlashCaseRow[];
  /** Hourly uptime results of the last 30 days (720 hours, oldest first; null = no proof). */
  uptime: { hour: number; ok: boolean | null }[];
  rentals: string[];
  events: EventRow[];
}

export interface WorkerQuery {
  deviceClass?: number;
  region?: string;
  eligible?: boolean;
  registered?: boolean;
  sort?: "stake" | "gpus" | "rewards" | "registered" | "price";
  order?: "asc" | "desc";
  limit?: number;
  offset?: number;
}

export interface AssignmentRow {
  worker: string;
  gpus: number;
  activeSeconds: string;
  downSeconds: string;
  forfeitedSeconds: string;
  /** Paid to the worker, net of its supplier fees. */
  paid: Amount;
  /** Supplier fees taken from its pay. */
  fees: Amount;
  down: boolean;
}

export interface RentalSummary {
  address: string;
  renter: string;
  state: "booked" | "active" | "terminated" | "cancelled" | "closed";
  deviceClass: number;
  gpus: number;
  region: string;
  tenderMint: string;
  tenderSymbol: string;
  tenderDecimals: number;
  pricePerGpuHour: Amount;
  startTime: number;
  endTime: number;
  hours: number;
  deposited: Amount;
  /** Renter fees (tender and reservation fee in the tender). */
  fees: Amount;
  /** Paid to the workers, net of their supplier fees. */
  paid: Amount;
  /** Supplier fees taken from the workers' pay. */
  supplierFees: Amount;
  refunded: Amount;
  escrow: Amount;
  bookedAt: number;
}

export interface RentalDetail extends RentalSummary {
  escrowAccount: string;
  workers: AssignmentRow[];
  /** Every event of the rental, oldest first, each with its transaction. */
  transitions: EventRow[];
}

export interface RentalQuery {
  state?: RentalSummary["state"];
  renter?: string;
  limit?: number;
  offset?: number;
}

export interface RewardHour {
  hour: number;
  /** Released by the schedule in this hour (after the emission scale). */
  released: Amount;
  /** Put into the reward indices in this hour. */
  distributed: Amount;
  /** Minted to workers by claims in this hour. */
  claimed: Amount;
  workers: number;
}

export interface RewardHourDetail extends RewardHour {
  /** One page of the hour's workers, ordered by address (`workers` counts them all). */
  perWorker: { worker: string; owner: string; earned: Amount; claimed: Amount }[];
}

export interface ProposalRow {
  address: string;
  id: string;
  proposer: string;
  /** The parameter change, as decoded (enum variant and its fields). */
  change: Record<string, unknown>;
  state: "voting" | "succeeded" | "defeated" | "vetoed" | "executed";
  yes: Amount;
  no: Amount;
  abstain: Amount;
  participatingIo: Amount;
  totalLockedAtCreation: Amount;
  /** Participation needed (base units of IO) and whether it is reached. */
  quorum: Amount;
  quorumReached: boolean;
  votingEndsAt: number;
  executableAt: number | null;
  executedAt: number | null;
  createdAt: number;
}

export interface ProposalDetail extends ProposalRow {
  votes: { position: string; voter: string; side: string; power: Amount; signature: string; blockTime: number }[];
  events: EventRow[];
}

export interface Dao {
  /** The DAO's params as last set (decoded), null before initialization. */
  params: Record<string, unknown> | null;
  totalLocked: Amount;
  positions: number;
  proposals: ProposalRow[];
}

export type SearchHit =
  | { kind: "worker" | "rental" | "proposal" | "position" | "tender" | "vesting" | "config"; address: string }
  | { kind: "transaction"; signature: string };

export interface TransactionView {
  signature: string;
  slot: number;
  blockTime: number;
  events: EventRow[];
}

/** What the API serves; each returns undefined for an unknown address (a 404). */
export interface ExplorerQueries {
  overview(): Promise<Overview>;
  emissions(): Promise<Emissions>;
  workers(query: WorkerQuery): Promise<Page<WorkerSummary>>;
  worker(address: string): Promise<WorkerDetail | undefined>;
  rentals(query: RentalQuery): Promise<Page<RentalSummary>>;
  rental(address: string): Promise<RentalDetail | undefined>;
  rewardHours(query: { limit?: number; offset?: number }): Promise<Page<RewardHour>>;
  /** A page of the hour's workers: `offset` for the API, `after` (an address, exclusive) for its CSV export. */
  rewardHour(hour: number, query?: { limit?: number; offset?: number; after?: string }): Promise<RewardHourDetail | undefined>;
  dao(): Promise<Dao>;
  proposal(address: string): Promise<ProposalDetail | undefined>;
  /** An address (any indexed entity) or a transaction signature. */
  search(query: string): Promise<SearchHit | undefined>;
  transaction(signature: string): Promise<TransactionView | undefined>;
  /** Events of an entity, or mentioning an address in their fields, newest first. */
  accountEvents(address: string, query: { limit?: number; before?: number }): Promise<EventRow[]>;
  /** The newest events, newest first; `before` is an event's `position` (exclusive, for paging). */
  events(query: { limit?: number; before?: number }): Promise<EventRow[]>;
}
