/**
 * A synthetic economy as program events, for benchmarks: the protocol deployed, `workers`
 * devices registering and staking, then hour after hour uptime proofs, reward updates and
 * claims (each claim minting through io_token), rentals booked / assigned / settled / closed
 * with their fees, and DAO locks, proposals and votes, until `events` events. Events have the
 * shapes Anchor decodes (PublicKey, BN, enums as `{ variant: {} }`, byte arrays as number[]) and
 * come in transactions (consecutive events share a signature), in chain order.
 */
import BN from "bn.js";
import { PublicKey } from "@solana/web3.js";

import type { ChainEvent } from "../events/chain_event.js";
import { regionCode } from "../codec.js";
import { encodeEvent } from "../events/encode_event.js";
import { DEVICE_CLASSES } from "../deploy/defaults.js";
import { cumulativeEmission } from "../math/emission.js";
import { minStake } from "../math/stake.js";
import type { ProgramName } from "../programs.js";
import { EMISSION_POOL, GENESIS_SUPPLY, MAX_SUPPLY } from "../token/supply.js";
import { IO, USDC } from "../units.js";

const HOUR = 3_600;
const START_TIME = 1_767_225_600; // 2026-01-01T00:00:00Z, an hour boundary
const REGIONS = ["us-east", "us-west", "eu-west", "ap-south", "ap-east"].map(regionCode);
/** Per hour, at most this many workers prove uptime and have their rewards updated. */
const WORKERS_PER_HOUR = 5_000;
const RENTALS_PER_HOUR = 20;
const RENTAL_HOURS = 6;

const bn = (value: bigint | number) => new BN(value.toString());
/** The pool's fixed ring of lease expiries (io_rewards' LEASE_SLOTS), all empty here. */
const NO_LEASES_EXPIRING = Array.from({ length: 3 }, () => ({ hour: bn(0), idle: bn(0), busy: bn(0) }));
const variant = (name: string) => ({ [name]: {} });

/** A distinct public key per number (not on any curve check: keys only name things here). */
function address(kind: number, n: number): PublicKey {
  const bytes = new Uint8Array(32);
  bytes[0] = kind;
  new DataView(bytes.buffer).setUint32(1, n);
  return new PublicKey(bytes);
}

class Chain {
  slot = 1_000;
  time = START_TIME - HOUR;
  private signature = "";
  private index = 0;
  private txCount = 0;
  private readonly seqs = new Map<string, bigint>();
  readonly out: ChainEvent[] = [];

  /** Starts a transaction in the next slot. */
  tx(): void {
    this.slot++;
    this.txCount++;
    this.signature = address(250, this.txCount).toBase58() + address(251, this.txCount).toBase58();
    this.index = 0;
  }

  emit(program: ProgramName, name: string, entityKey: PublicKey, data: Record<string, unknown>): void {
    const entity = entityKey.toBase58();
    const seq = (this.seqs.get(entity) ?? 0n) + 1n;
    this.seqs.set(entity, seq);
    const fields = { header: { entity: entityKey, seq: bn(seq) }, ...data };
    this.out.push({
      signature: this.signature,
      slot: this.slot,
      blockTime: this.time,
      index: this.index++,
      program,
      name,
      data: fields,
      payload: encodeEvent(program, name, fields),
      entity,
      seq,
    });
  }
}

interface SyntheticWorker {
  key: PublicKey;
  reward: PublicKey;
  owner: PublicKey;
  classId: number;
  gpus: number;
  multiplierBps: number;
  stake: bigint;
  pending: bigint;
  claimed: bigint;
}

export interface SyntheticOptions {
  workers: number;
  events: number;
}

/** The synthetic economy's events, in order, until `events` (whole transactions, so a few more). */
export function* syntheticEvents({ workers, events }: SyntheticOptions): Generator<ChainEvent> {
  const chain = new Chain();
  const keys = {
    token: address(1, 0), mint: address(1, 1), credits: address(2, 0), iosd: address(2, 1), cloud: address(3, 0),
    rewards: address(4, 0), dao: address(5, 0), governance: address(5, 1), usdc: address(6, 0),
  };
  const tenders = [
    { key: address(2, 10), mint: keys.mint, kind: "io", usd: false, fee: 0, received: 0n },
    { key: address(2, 11), mint: keys.usdc, kind: "nonIo", usd: true, fee: 200, received: 0n },
  ];
  let emitted = 0n;
  let total = 0;
  const flush = function* () {
    total += chain.out.length;
    yield* chain.out;
    chain.out.length = 0;
  };

  chain.tx();
  chain.emit("io_token", "tokenInitialized", keys.token, { mint: keys.mint, authority: keys.governance, decimals: 8, maxSupply: bn(MAX_SUPPLY), initializedAt: bn(chain.time) });
  chain.emit("io_token", "genesisMinted", keys.token, {
    genesisTime: bn(chain.time), communityDestination: address(1, 2), treasuryDestination: address(1, 3),
    genesisMinted: bn(GENESIS_SUPPLY), emissionMinted: bn(0), totalMinted: bn(GENESIS_SUPPLY),
  });
  for (const [i, allocation] of ["seedInvestors", "seriesA", "coreContributors"].entries()) {
    chain.emit("io_token", "vestingCreated", address(1, 10 + i), {
      allocation: variant(allocation), beneficiary: address(1, 20 + i), vault: address(1, 30 + i), total: bn(IO(50_000_000)),
      parts: 24, firstUnlockMonth: 12, startTime: bn(chain.time),
    });
  }
  chain.emit("io_credits", "creditsInitialized", keys.credits, {
    governance: keys.governance, iosdMint: keys.iosd, ioMint: keys.mint, initializedAt: bn(chain.time),
    params: { priceFeedId: Array(32).fill(7), maxAgeS: 60, maxConfBps: 200, breakerWindowS: 3_600, breakerLimit: bn(USDC(1_000_000)), ioFeeBurnBps: 5_000, reservationFeeBps: 25 },
  });
  for (const tender of tenders) {
    chain.emit("io_credits", "tenderRegistered", tender.key, {
      mint: tender.mint, tokenProgram: address(9, 0), vault: address(2, 20 + tender.fee), kind: variant(tender.kind), usdPegged: tender.usd, feeBps: tender.fee, enabled: true,
    });
  }
  chain.emit("io_cloud", "cloudInitialized", keys.cloud, {
    governance: keys.governance, orchestrator: address(3, 1), uptimeVerifier: address(3, 2), slashingAuthority: address(3, 3), ioMint: keys.mint, slashDestination: variant("burn"), eligibilityHours: 5,
    appealWindowSecs: 30 * 86_400,
  });
  for (const deviceClass of DEVICE_CLASSES) {
    chain.emit("io_cloud", "deviceClassSet", address(3, 100 + deviceClass.classId), { classId: deviceClass.classId, name: deviceClass.name, multiplierBps: deviceClass.multiplierBps, enabled: true });
  }
  const pool = (lastAccrual: number) => {
    const released = releasedAt(lastAccrual);
    return {
      startTime: bn(START_TIME), lastAccrual: bn(lastAccrual), scheduleReleased: bn(released), distributed: bn(released), unallocated: bn(0), forgone: bn(0),
      claimed: bn(emitted), idleWeight: bn(workers * 10_000), busyWeight: bn(0), indexIdle: bn(released * 1_000_000n), indexBusy: bn(0), dust: bn(0), boostWithheld: bn(0),
      emissionScaleBps: 10_000, busyBoostBps: 20_000, expiring: NO_LEASES_EXPIRING,
    };
  };
  chain.emit("io_rewards", "rewardsInitialized", keys.rewards, { governance: keys.governance, weightAuthority: address(3, 4), tokenConfig: keys.token, mint: keys.mint, pool: pool(chain.time) });
  chain.emit("io_dao", "daoInitialized", keys.dao, {
    ioMint: keys.mint, governance: keys.governance, vetoAuthority: PublicKey.default,
    params: { votingPeriodSecs: bn(3 * 86_400), timelockSecs: bn(86_400), quorumBps: 1_000, minProposalPower: bn(IO(1_000)) },
  });
  yield* flush();

  const fleet: SyntheticWorker[] = [];
  for (let i = 0; i < workers && total < events; i++) {
    const deviceClass = DEVICE_CLASSES[i % DEVICE_CLASSES.length];
    const gpus = [1, 2, 4, 8][Math.floor(i / 7) % 4];
    const worker: SyntheticWorker = {
      key: address(10, i), reward: address(11, i), owner: address(12, i), classId: deviceClass.classId, gpus,
      multiplierBps: deviceClass.multiplierBps, stake: minStake(deviceClass.multiplierBps, gpus), pending: 0n, claimed: 0n,
    };
    fleet.push(worker);
    chain.tx();
    chain.emit("io_cloud", "workerRegistered", worker.key, {
      authority: worker.owner, deviceId: Array(16).fill(i % 256), deviceClass: worker.classId, gpus, multiplierBps: worker.multiplierBps,
      region: REGIONS[i % REGIONS.length], pricePerGpuHour: bn(USDC(1 + (i % 3))), askIoPerGpuHour: bn(IO(1) / BigInt(1 + (i % 4))), stakeVault: address(13, i), minStake: bn(worker.stake),
    });
    chain.emit("io_cloud", "workerStakeChanged", worker.key, {
      change: variant("staked"), amount: bn(worker.stake), staked: bn(worker.stake), unstaking: bn(0), unstakeAvailableAt: bn(0), minStake: bn(worker.stake),
    });
    chain.emit("io_cloud", "workerWeightChanged", worker.key, {
      reason: variant("staked"), previous: { baseWeight: bn(0), busy: false, eligible: false },
      weight: { baseWeight: bn(worker.multiplierBps * gpus), busy: false, eligible: true }, assignable: true,
    });
    yield* flush();
  }

  let rentals = 0;
  const open: { key: PublicKey; workers: SyntheticWorker[]; deposited: bigint; fee: bigint; endHour: number }[] = [];
  for (let hour = 1; total < events; hour++) {
    chain.time = START_TIME + (hour - 1) * HOUR + 60;
    chain.tx();
    chain.emit("io_rewards", "rewardsAccrued", keys.rewards, { registeredWorkers: bn(fleet.length), pool: pool(chain.time) });
    const share = fleet.length ? emissionInHour(hour) / BigInt(Math.min(fleet.length, WORKERS_PER_HOUR)) : 0n;
    const offset = ((hour - 1) * WORKERS_PER_HOUR) % Math.max(fleet.length, 1);
    for (let n = 0; n < Math.min(fleet.length, WORKERS_PER_HOUR) && total < events; n++) {
      const worker = fleet[(offset + n) % fleet.length];
      chain.time++;
      chain.tx();
      chain.emit("io_cloud", "uptimeRecorded", worker.key, { hour: bn(Math.floor(chain.time / HOUR) - 1), ok: n % 50 !== 0, resultHash: Array(32).fill(n % 256), goodHours: n % 50 !== 0 ? 5 : 0, goodHoursNeeded: 5 });
      chain.emit("io_rewards", "rewardsAccrued", keys.rewards, { registeredWorkers: bn(fleet.length), pool: pool(chain.time) });
      worker.pending += share;
      chain.emit("io_rewards", "workerRewardUpdated", worker.reward, {
        worker: worker.key, owner: worker.owner, baseWeight: bn(worker.multiplierBps * worker.gpus), busy: false, eligible: true,
        weight: bn(BigInt(worker.multiplierBps * worker.gpus) * 10_000n), leaseEndHour: bn(Math.floor(chain.time / HOUR) + 2), boostAllowance: bn(0),
        pending: bn(worker.pending), claimed: bn(worker.claimed), coStaker: PublicKey.default, coShareBps: 0, coPending: bn(0), coClaimed: bn(0),
      });
      if (n % 10 === 0 && worker.pending > 0n) {
        const amount = worker.pending;
        worker.claimed += amount;
        worker.pending = 0n;
        emitted += amount;
        chain.tx();
        chain.emit("io_token", "emissionMinted", keys.token, {
          destination: worker.owner, amount: bn(amount), genesisMinted: bn(GENESIS_SUPPLY), emissionMinted: bn(emitted),
          totalMinted: bn(GENESIS_SUPPLY + emitted), roomLeft: bn(EMISSION_POOL - emitted),
        });
        chain.emit("io_rewards", "rewardsAccrued", keys.rewards, { registeredWorkers: bn(fleet.length), pool: pool(chain.time) });
        chain.emit("io_rewards", "rewardsClaimed", worker.reward, { worker: worker.key, owner: worker.owner, destination: worker.owner, amount: bn(amount), claimed: bn(worker.claimed), coPending: bn(0), coClaimed: bn(0) });
      }
      yield* flush();
    }
    rentalHour(chain, hour, fleet, tenders, open, () => rentals++);
    if (hour % 12 === 0) daoActivity(chain, hour);
    yield* flush();
  }
}

/** The hour's bookings (each paying its tender fee) and assignments, and the settle and close of rentals that ended. */
function rentalHour(
  chain: Chain,
  hour: number,
  fleet: SyntheticWorker[],
  tenders: { key: PublicKey; mint: PublicKey; kind: string; usd: boolean; fee: number; received: bigint }[],
  open: { key: PublicKey; workers: SyntheticWorker[]; deposited: bigint; fee: bigint; endHour: number }[],
  next: () => number,
): void {
  if (fleet.length === 0) return;
  const totals = (state: string, deposited: bigint, fee: bigint, paid: bigint, refunded: bigint) => ({
    state: variant(state), startTime: bn(chain.time), endTime: bn(chain.time + RENTAL_HOURS * HOUR), hours: RENTAL_HOURS,
    deposited: bn(deposited), fees: bn(fee), paid: bn(paid), supplierFees: bn(0), refunded: bn(refunded), escrow: bn(deposited - fee - paid - refunded),
  });
  // Synthetic workers pay no supplier fee: the history only has to be valid and voluminous.
  const view = (worker: SyntheticWorker, paid: bigint) => ({
    worker: worker.key, gpus: worker.gpus, activeSeconds: bn(RENTAL_HOURS * HOUR), downSeconds: bn(0), forfeitedSeconds: bn(0), paid: bn(paid), down: false, fees: bn(0),
  });
  for (let r = 0; r < RENTALS_PER_HOUR; r++) {
    const n = next();
    const key = address(20, n);
    const renter = address(21, n % 1_000);
    const worker = fleet[(n * 7) % fleet.length];
    const tender = n % 2 === 0 ? tenders[1] : tenders[0];
    const principal = (tender.usd ? USDC(2) : IO(1)) * BigInt(worker.gpus * RENTAL_HOURS);
    const fee = (principal * BigInt(tender.fee)) / 10_000n;
    tender.received += fee;
    chain.tx();
    chain.emit("io_cloud", "rentalBooked", key, {
      renter, nonce: bn(n), deviceClass: worker.classId, gpus: worker.gpus, pricePerGpuHour: bn(principal / BigInt(worker.gpus * RENTAL_HOURS)),
      region: regionCode("us-east"), tenderMint: tender.mint, escrow: address(22, n), principal: bn(principal), tenderFee: bn(fee),
      reservationFee: bn(0), reservationFeeIosd: bn(0), totals: totals("booked", principal + fee, fee, 0n, 0n),
    });
    chain.emit("io_credits", "feeCollected", tender.key, {
      mint: tender.mint, payer: renter, received: bn(fee), burned: bn(0), feesReceived: bn(tender.received), feesBurned: bn(0), feesWithdrawn: bn(0), vaultBalance: bn(tender.received),
    });
    chain.tx();
    chain.emit("io_cloud", "rentalAssigned", key, { workers: [view(worker, 0n)], totals: totals("active", principal + fee, fee, 0n, 0n) });
    open.push({ key, workers: [worker], deposited: principal + fee, fee, endHour: hour + RENTAL_HOURS });
  }
  while (open.length > 0 && open[0].endHour <= hour) {
    const rental = open.shift()!;
    const pay = rental.deposited - rental.fee;
    chain.tx();
    chain.emit("io_cloud", "rentalSettled", rental.key, { payments: [bn(pay)], fees: [bn(0)], workers: rental.workers.map((w) => view(w, pay)), totals: totals("active", rental.deposited, rental.fee, pay, 0n) });
    chain.tx();
    chain.emit("io_cloud", "rentalClosed", rental.key, { payments: [bn(0)], fees: [bn(0)], workers: rental.workers.map((w) => view(w, pay)), refund: bn(0), totals: totals("active", rental.deposited, rental.fee, pay, 0n) });
  }
}

/** Every 12 hours: a position locks, proposes a quorum change, three positions vote, it passes. */
function daoActivity(chain: Chain, hour: number): void {
  const round = hour / 12;
  const positions = [0, 1, 2].map((i) => ({ key: address(30, round * 3 + i), owner: address(31, round * 3 + i), amount: IO(100_000 * (i + 1)) }));
  let locked = BigInt(round - 1) * IO(600_000);
  for (const position of positions) {
    locked += position.amount;
    chain.tx();
    chain.emit("io_dao", "positionLocked", position.key, {
      owner: position.owner, amount: bn(position.amount), kind: variant("cliff"), lockEnd: bn(chain.time + 365 * 86_400), lockSecs: bn(365 * 86_400), votingPower: bn(position.amount), totalLocked: bn(locked),
    });
  }
  const proposal = address(32, round);
  chain.tx();
  chain.emit("io_dao", "proposalCreated", proposal, {
    id: bn(round - 1), proposer: positions[0].owner, change: { daoQuorum: { bps: 1_000 } }, votingEndsAt: bn(chain.time + 3 * 86_400), totalLockedAtCreation: bn(locked),
  });
  const tally = { yes: 0n, no: 0n, abstain: 0n, participating: 0n };
  for (const [i, position] of positions.entries()) {
    const side = ["yes", "yes", "no"][i];
    tally[side as "yes" | "no"] += position.amount;
    tally.participating += position.amount;
    chain.tx();
    chain.emit("io_dao", "proposalVoted", proposal, {
      position: position.key, voter: position.owner, side: variant(side), power: bn(position.amount),
      yes: bn(tally.yes), no: bn(tally.no), abstain: bn(0), participatingIo: bn(tally.participating),
    });
    chain.emit("io_dao", "positionVoted", position.key, { proposal, votedUntil: bn(chain.time + 3 * 86_400) });
  }
  chain.tx();
  chain.emit("io_dao", "proposalFinalized", proposal, {
    state: variant("succeeded"), yes: bn(tally.yes), no: bn(tally.no), abstain: bn(0), participatingIo: bn(tally.participating), executableAt: bn(chain.time + 4 * 86_400),
  });
}

/** The schedule's release at `time` (the hour's cumulative emissions interpolated, as io_rewards does). */
const hourly = new Map<number, bigint>();
const cumulativeAt = (hour: number): bigint => {
  let value = hourly.get(hour);
  if (value === undefined) hourly.set(hour, (value = cumulativeEmission(hour)));
  return value;
};

function releasedAt(time: number): bigint {
  const elapsed = time - START_TIME;
  if (elapsed <= 0) return 0n;
  const hour = Math.floor(elapsed / HOUR);
  const done = cumulativeAt(hour);
  return done + ((cumulativeAt(hour + 1) - done) * BigInt(elapsed % HOUR)) / BigInt(HOUR);
}

const emissionInHour = (hour: number): bigint => cumulativeAt(hour) - cumulativeAt(hour - 1);
