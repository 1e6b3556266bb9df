/**
 * What must hold after every step of a sequence, read from the chain alone (every account in one
 * pass, decoded with the programs' own coders). Each check throws an `InvariantViolation` naming
 * the account and both sides; `checkInvariants` returns how many checks it made.
 */
import { AccountInfo, PublicKey } from "@solana/web3.js";

import {
  ALLOCATIONS,
  checkpointStates,
  CODERS,
  creditsConfigPda,
  daoConfigPda,
  EMISSION_POOL,
  feeVaultPda,
  MAX_SUPPLY,
  pendingSplitAt,
  positionPda,
  poolState,
  ProgramName,
  releasedAt,
  accrueRewardPool,
  rewardsConfigPda,
  shareState,
  stakeVaultPda,
  feeOf,
  streamAccrued,
  tenderPda,
  toBigInt,
  tokenConfigPda,
  vestingPda,
  vestingVaultPda,
  workerRewardPda,
} from "@ionet/sdk";

import { InvariantViolation } from "./intercept.js";
import { FuzzWorld } from "./world.js";

class Checks {
  count = 0;
  expect(holds: boolean, what: () => string): void {
    this.count++;
    if (!holds) throw new InvariantViolation(what());
  }
  equal(actual: bigint, expected: bigint, what: string): void {
    this.expect(actual === expected, () => `${what}: ${actual} ≠ ${expected}`);
  }
  atMost(actual: bigint, bound: bigint, what: string): void {
    this.expect(actual <= bound, () => `${what}: ${actual} > ${bound}`);
  }
  /**
   * A program's vault holds what the program's books say plus what others sent it (a token
   * account can't refuse a transfer: an owner may claim into it, say), and the program never
   * spends the latter: the surplus over the books never shrinks.
   */
  vault(world: FuzzWorld, address: PublicKey, balance: bigint, books: bigint, what: string): void {
    this.atMost(books, balance, what);
    const surplus = balance - books;
    const before = world.vaultSurplus.get(address.toBase58()) ?? 0n;
    this.expect(surplus >= before, () => `${what}: IO sent to it from outside the program shrank from ${before} to ${surplus}`);
    world.vaultSurplus.set(address.toBase58(), surplus);
  }
}

/** The chain's accounts as of one read: decoded program accounts and token amounts. */
class Reads {
  private readonly infos = new Map<string, AccountInfo<Buffer> | null>();

  static async of(world: FuzzWorld, addresses: PublicKey[]): Promise<Reads> {
    const reads = new Reads();
    const unique = [...new Map(addresses.map((a) => [a.toBase58(), a])).values()];
    const infos = await world.sandbox.provider.connection.getMultipleAccountsInfo(unique);
    unique.forEach((address, i) => reads.infos.set(address.toBase58(), infos[i]));
    return reads;
  }

  // Anchor's decoded accounts are untyped here: every field read goes through `toBigInt`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  account(program: ProgramName, type: string, address: PublicKey): any {
    const info = this.infos.get(address.toBase58());
    return info ? CODERS[program].accounts.decode(type, info.data) : undefined;
  }

  /** Token amount (0 if the account does not exist). */
  amount(address: PublicKey): bigint {
    const info = this.infos.get(address.toBase58());
    return info && info.data.length >= 72 ? info.data.readBigUInt64LE(64) : 0n;
  }

  /** A mint's supply. */
  supply(mint: PublicKey): bigint {
    return this.infos.get(mint.toBase58())!.data.readBigUInt64LE(36);
  }
}

/** Every account the checks read. */
function addressesOf(world: FuzzWorld): PublicKey[] {
  const { token, credits, usdcMint, dao } = world.sandbox;
  const schedules = ALLOCATIONS.map((a) => vestingPda(a));
  return [
    tokenConfigPda(),
    token.mint,
    ...schedules,
    ...schedules.map((s) => vestingVaultPda(s)),
    creditsConfigPda(),
    credits.iosdMint,
    ...[token.mint, usdcMint].flatMap((mint) => [tenderPda(mint), feeVaultPda(mint)]),
    rewardsConfigPda(),
    ...world.workers.flatMap((w) => [w.worker, stakeVaultPda(w.worker), workerRewardPda(w.worker)]),
    ...world.rentals.map((r) => r.address),
    daoConfigPda(),
    dao.lockVault,
    ...world.positions.map((p) => positionPda(p.holder.key.publicKey, p.nonce)),
  ];
}

export async function checkInvariants(world: FuzzWorld): Promise<number> {
  const reads = await Reads.of(world, addressesOf(world));
  // Escrows are named by the rentals read above.
  const escrows = world.rentals.map((r) => reads.account("io_cloud", "rental", r.address)?.escrow as PublicKey | undefined).filter((e) => e !== undefined);
  const escrowReads = await Reads.of(world, escrows);
  const now = await world.sandbox.now();
  const c = new Checks();
  supply(world, reads, c);
  rewards(world, reads, c, now);
  credits(world, reads, c);
  stakes(world, reads, c);
  rentals(world, reads, escrowReads, c, now);
  dao(world, reads, c);
  return c.count;
}

/** IO: within the cap and the emission pool; minted only at genesis and through the gate. */
function supply(world: FuzzWorld, reads: Reads, c: Checks): void {
  const { token } = world.sandbox;
  const config = reads.account("io_token", "tokenConfig", tokenConfigPda());
  const genesis = toBigInt(config.genesisMinted);
  const emitted = toBigInt(config.emissionMinted);
  c.atMost(genesis + emitted, MAX_SUPPLY, "IO ever minted within the 800M cap");
  c.atMost(emitted, EMISSION_POOL, "IO emitted within the 300M pool");
  const creditsConfig = reads.account("io_credits", "creditsConfig", creditsConfigPda());
  const ioTender = reads.account("io_credits", "tender", tenderPda(token.mint));
  const burned = toBigInt(creditsConfig.ioBurned) + toBigInt(ioTender.feesBurned) + world.slashBurned;
  c.equal(reads.supply(token.mint), genesis + emitted - burned, "IO supply = genesis + emissions − burned (credits, IO fees, slashes)");
  for (const allocation of ALLOCATIONS) {
    const schedule = reads.account("io_token", "vestingSchedule", vestingPda(allocation));
    const vault = vestingVaultPda(vestingPda(allocation));
    c.vault(world, vault, reads.amount(vault), toBigInt(schedule.total) - toBigInt(schedule.claimed), `${allocation} vesting vault = total − claimed (+ sent from outside)`);
  }
}

/** Block rewards: emitted only by claims; claimed + claimable within what the schedule released. */
function rewards(world: FuzzWorld, reads: Reads, c: Checks, now: bigint): void {
  const config = reads.account("io_rewards", "rewardsConfig", rewardsConfigPda());
  const tokenConfig = reads.account("io_token", "tokenConfig", tokenConfigPda());
  const pool = poolState(config.pool);
  const checkpoints = checkpointStates(config.checkpoints);
  const accrued = accrueRewardPool(pool, checkpoints, now).pool;
  c.equal(toBigInt(tokenConfig.emissionMinted), accrued.claimed, "IO emitted = rewards claimed");
  let claimed = 0n;
  let pending = 0n;
  for (const w of world.workers) {
    const reward = reads.account("io_rewards", "workerReward", workerRewardPda(w.worker));
    if (!reward) continue;
    claimed += toBigInt(reward.claimed) + toBigInt(reward.coClaimed);
    const split = pendingSplitAt(pool, checkpoints, shareState(reward.share), { coShareBps: reward.coShareBps, coAccrued: toBigInt(reward.coAccrued) }, now);
    pending += split.owner + split.coStaker;
  }
  c.equal(claimed, accrued.claimed, "Σ owners' and co-stakers' claims = the pool's claimed");
  c.atMost(claimed + pending, accrued.distributed, "claimed + claimable within what was distributed");
  const released = releasedAt(accrued.startTime, now);
  c.atMost(accrued.distributed + accrued.unallocated + accrued.forgone, released, "distributed + unallocated + forgone within the schedule released");
}

/** IOSD supply = minted by credits_buy − burned; fee vaults hold what their tenders' books say. */
function credits(world: FuzzWorld, reads: Reads, c: Checks): void {
  const { credits: client, token, usdcMint } = world.sandbox;
  const config = reads.account("io_credits", "creditsConfig", creditsConfigPda());
  c.equal(reads.supply(client.iosdMint), toBigInt(config.iosdMinted) - toBigInt(config.iosdSpent), "IOSD supply = minted − spent");
  for (const mint of [token.mint, usdcMint]) {
    const tender = reads.account("io_credits", "tender", tenderPda(mint));
    const books = toBigInt(tender.feesReceived) - toBigInt(tender.feesBurned) - toBigInt(tender.feesWithdrawn);
    const vault = feeVaultPda(mint);
    c.vault(world, vault, reads.amount(vault), books, `fee vault of ${mint.toBase58()} = received − burned − withdrawn (+ sent from outside)`);
  }
}

/** Each stake vault holds the worker's stake, what is cooling down, in appeal and co-staked (+ what was sent to it). */
function stakes(world: FuzzWorld, reads: Reads, c: Checks): void {
  for (const w of world.workers) {
    const worker = reads.account("io_cloud", "worker", w.worker);
    if (!worker) continue;
    const vault = stakeVaultPda(w.worker);
    const held = toBigInt(worker.staked) + toBigInt(worker.unstaking) + toBigInt(worker.inAppeal) + toBigInt(worker.coStaked);
    c.vault(world, vault, reads.amount(vault), held, `stake vault of ${w.worker.toBase58()} = staked + unstaking + in appeal + co-staked (+ sent from outside)`);
  }
}

/**
 * Each rental's escrow holds what its state says and covers what every slot may still claim
 * (until the end, a down slot from now on should it come back up); no worker is paid past what
 * it streamed; each slot's supplier fees are the fee of its gross pay at the rental's rate.
 */
function rentals(world: FuzzWorld, reads: Reads, escrows: Reads, c: Checks, now: bigint): void {
  for (const r of world.rentals) {
    const rental = reads.account("io_cloud", "rental", r.address);
    if (!rental) continue;
    const name = r.address.toBase58();
    const price = toBigInt(rental.pricePerGpuHour);
    const principal = toBigInt(rental.principal);
    const paid = toBigInt(rental.paid);
    const supplierFees = toBigInt(rental.supplierFees);
    const refunded = toBigInt(rental.refunded);
    c.atMost(paid + supplierFees + refunded, principal, `rental ${name} paid + supplier fees + refunded within its principal`);
    const escrow = principal - paid - supplierFees - refunded;
    c.vault(world, rental.escrow, escrows.amount(rental.escrow), escrow, `escrow of ${name} = principal − paid − supplier fees − refunded (+ sent from outside)`);
    const streaming = "active" in rental.state || "terminated" in rental.state;
    const end = toBigInt(rental.endTime);
    let slotsPaid = 0n;
    let slotsFees = 0n;
    let claimable = 0n;
    for (const slot of rental.assignments) {
      const active = toBigInt(slot.activeSeconds);
      const slotFees = toBigInt(slot.fees);
      const slotPaid = toBigInt(slot.paid) + slotFees; // gross: what the escrow paid for the slot
      c.atMost(slotPaid, streamAccrued(price, slot.gpus, active), `slot of ${slot.worker.toBase58()} in ${name} paid within its accrual`);
      c.equal(slotFees, feeOf(slotPaid, rental.supplierFeeBps), `slot of ${slot.worker.toBase58()} in ${name}: supplier fees = fee of its gross pay`);
      slotsPaid += toBigInt(slot.paid);
      slotsFees += slotFees;
      const from = slot.down ? (now > toBigInt(slot.since) ? now : toBigInt(slot.since)) : toBigInt(slot.since);
      const left = streaming && end > from ? end - from : 0n;
      claimable += streamAccrued(price, slot.gpus, active + left) - slotPaid;
    }
    c.atMost(slotsPaid, paid, `rental ${name}: its slots' paid within its paid`);
    c.atMost(slotsFees, supplierFees, `rental ${name}: its slots' supplier fees within its supplier fees`);
    c.atMost(claimable, escrow, `escrow of ${name} covers what its slots may still claim`);
  }
}

/** The DAO's vault holds the positions (+ what was sent to it). */
function dao(world: FuzzWorld, reads: Reads, c: Checks): void {
  const { dao: client } = world.sandbox;
  const config = reads.account("io_dao", "daoConfig", daoConfigPda());
  let positions = 0n;
  for (const p of world.positions) {
    const position = reads.account("io_dao", "position", positionPda(p.holder.key.publicKey, p.nonce));
    if (position) positions += toBigInt(position.amount);
  }
  c.equal(toBigInt(config.totalLocked), positions, "DAO total locked = Σ positions");
  c.vault(world, client.lockVault, reads.amount(client.lockVault), positions, "DAO lock vault = Σ positions (+ sent from outside)");
}
