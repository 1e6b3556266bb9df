/**
 * Account fetchers of `io_cloud` with memcmp filters on the fixed-offset fields (documented in
 * `state/worker.rs` and `state/rental.rs`): workers by authority / class / region / busy /
 * eligibility, rentals by renter / state / class / tender / worker.
 */
import { Program, utils } from "@coral-xyz/anchor";
import { GetProgramAccountsFilter, PublicKey } from "@solana/web3.js";

import { regionCode } from "../codec.js";
import type { IoCloud } from "../idl/io_cloud.js";
import { MAX_RENTAL_WORKERS } from "../limits.js";
import { u16le } from "../pda.js";
import { cloudConfigPda, deviceClassPda } from "./pda.js";

/** Byte offsets (discriminator included) of the fields the filters read. */
export const WORKER_OFFSETS = {
  authority: 8,
  deviceClass: 40,
  region: 42,
  busy: 50,
  /** `weight.eligible`: eligibility as last reported (refresh for the current hour). */
  eligible: 60,
  rental: 61,
} as const;

export const RENTAL_OFFSETS = {
  renter: 8,
  state: 40,
  deviceClass: 41,
  tenderMint: 43,
  /** First assignment; each is `ASSIGNMENT_SIZE` bytes, its worker first. */
  assignments: 214,
} as const;
export const ASSIGNMENT_SIZE = 123;

export const RENTAL_STATES = ["booked", "active", "terminated", "cancelled"] as const;
export type RentalStateName = (typeof RENTAL_STATES)[number];

export interface WorkerFilter {
  authority?: PublicKey;
  deviceClass?: number;
  region?: string;
  busy?: boolean;
  /** As last reported to the rewards program. */
  eligible?: boolean;
  /** Workers serving this rental. */
  rental?: PublicKey;
}

export interface RentalFilter {
  renter?: PublicKey;
  state?: RentalStateName;
  deviceClass?: number;
  tenderMint?: PublicKey;
  /** Rentals with this worker in any slot. */
  worker?: PublicKey;
}

const bs58 = (bytes: Uint8Array | Buffer): string => utils.bytes.bs58.encode(Buffer.from(bytes));
const memcmp = (offset: number, bytes: Uint8Array | Buffer): GetProgramAccountsFilter => ({
  memcmp: { offset, bytes: bs58(bytes) },
});
const bool = (value: boolean) => Uint8Array.of(value ? 1 : 0);

/** The memcmp filters of a worker query. */
export function workerFilters(filter: WorkerFilter): GetProgramAccountsFilter[] {
  const filters: GetProgramAccountsFilter[] = [];
  if (filter.authority) filters.push(memcmp(WORKER_OFFSETS.authority, filter.authority.toBuffer()));
  if (filter.deviceClass !== undefined) filters.push(memcmp(WORKER_OFFSETS.deviceClass, u16le(filter.deviceClass)));
  if (filter.region !== undefined) filters.push(memcmp(WORKER_OFFSETS.region, Buffer.from(regionCode(filter.region))));
  if (filter.busy !== undefined) filters.push(memcmp(WORKER_OFFSETS.busy, bool(filter.busy)));
  if (filter.eligible !== undefined) filters.push(memcmp(WORKER_OFFSETS.eligible, bool(filter.eligible)));
  if (filter.rental) filters.push(memcmp(WORKER_OFFSETS.rental, filter.rental.toBuffer()));
  return filters;
}

/** The memcmp filters of a rental query, without the worker (one query per slot). */
export function rentalFilters(filter: RentalFilter): GetProgramAccountsFilter[] {
  const filters: GetProgramAccountsFilter[] = [];
  if (filter.renter) filters.push(memcmp(RENTAL_OFFSETS.renter, filter.renter.toBuffer()));
  if (filter.state) filters.push(memcmp(RENTAL_OFFSETS.state, Uint8Array.of(RENTAL_STATES.indexOf(filter.state))));
  if (filter.deviceClass !== undefined) filters.push(memcmp(RENTAL_OFFSETS.deviceClass, u16le(filter.deviceClass)));
  if (filter.tenderMint) filters.push(memcmp(RENTAL_OFFSETS.tenderMint, filter.tenderMint.toBuffer()));
  return filters;
}

/** The name of a decoded `RentalState` enum. */
export const rentalStateName = (state: object): RentalStateName => Object.keys(state)[0] as RentalStateName;

export class CloudFetchers {
  constructor(readonly program: Program<IoCloud>) {}

  async fetchConfig() {
    return this.program.account.cloudConfig.fetchNullable(cloudConfigPda());
  }

  async fetchConfigOrThrow() {
    const config = await this.fetchConfig();
    if (!config) throw new Error("io_cloud is not initialized");
    return config;
  }

  async fetchDeviceClass(classId: number) {
    return this.program.account.deviceClass.fetchNullable(deviceClassPda(classId));
  }

  async fetchWorker(worker: PublicKey) {
    return this.program.account.worker.fetchNullable(worker);
  }

  async fetchWorkerOrThrow(worker: PublicKey) {
    const account = await this.fetchWorker(worker);
    if (!account) throw new Error(`no worker at ${worker.toBase58()}`);
    return account;
  }

  async fetchRental(rental: PublicKey) {
    return this.program.account.rental.fetchNullable(rental);
  }

  async fetchRentalOrThrow(rental: PublicKey) {
    const account = await this.fetchRental(rental);
    if (!account) throw new Error(`no rental at ${rental.toBase58()}`);
    return account;
  }

  async fetchSlashCase(slashCase: PublicKey) {
    return this.program.account.slashCase.fetchNullable(slashCase);
  }

  async fetchSlashCaseOrThrow(slashCase: PublicKey) {
    const account = await this.fetchSlashCase(slashCase);
    if (!account) throw new Error(`no open slash case at ${slashCase.toBase58()}`);
    return account;
  }

  /** The open slash cases, of one worker when given (its key sits right after the discriminator). */
  async slashCases(worker?: PublicKey) {
    return this.program.account.slashCase.all(worker ? [memcmp(8, worker.toBuffer())] : []);
  }

  /** Workers matching every given field. */
  async workers(filter: WorkerFilter = {}) {
    return this.program.account.worker.all(workerFilters(filter));
  }

  /** Rentals matching every given field; with `worker`, those having it in any slot. */
  async rentals(filter: RentalFilter = {}) {
    const base = rentalFilters(filter);
    if (!filter.worker) return this.program.account.rental.all(base);
    const found = new Map<string, Awaited<ReturnType<typeof this.program.account.rental.all>>[number]>();
    for (let slot = 0; slot < MAX_RENTAL_WORKERS; slot++) {
      const offset = RENTAL_OFFSETS.assignments + slot * ASSIGNMENT_SIZE;
      for (const rental of await this.program.account.rental.all([...base, memcmp(offset, filter.worker.toBuffer())])) {
        // A slot past the vector's length may hold stale bytes of nothing: check the decoded slot.
        if (rental.account.assignments[slot]?.worker.equals(filter.worker)) found.set(rental.publicKey.toBase58(), rental);
      }
    }
    return [...found.values()];
  }
}
