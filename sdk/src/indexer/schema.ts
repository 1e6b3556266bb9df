/**
 * The projection's tables (migrations 100+), fed by `projection.ts` from the events alone.
 *
 * Types: amounts bounded by the 800M IO cap or by a token's supply are BIGINT; u64 values a user
 * sets freely (prices, nonces, oracle prices) and u128 values are TEXT (decimal), with a
 * zero-padded `*_sort` twin where the API sorts on them. Flags are INTEGER 0/1.
 *
 * Ownership: every column is set by the events of one program only (histories are applied in
 * per-program order; interleaving across programs may differ between live and rebuild), and
 * columns several programs feed are only ever `add`ed (commutative). So a rebuild from history
 * equals the live tables.
 *
 * Hours: `worker_uptime.hour` and `supply_hours.hour` are clock hours (unix time / 3600, as
 * io_cloud numbers proofs); `reward_hours.hour` and `worker_reward_hours.hour` are hours of the
 * rewards schedule (hour 1 begins at the pool's start_time), taken from the pool each
 * RewardsAccrued carries; `ide_hours.hour` is a clock hour (the engine's).
 */
import type { Migration } from "./migrations.js";

const sql = (...statements: string[]) => () => statements.join(";\n") + ";";

export const PROJECTION_MIGRATIONS: Migration[] = [
  {
    id: 100,
    name: "projection: token supply, vesting, authorities, counters",
    sql: sql(
      `CREATE TABLE token_config (address TEXT PRIMARY KEY, mint TEXT, authority TEXT, decimals INTEGER, max_supply BIGINT,
        initialized_at BIGINT, genesis_time BIGINT, community_destination TEXT, treasury_destination TEXT,
        genesis_minted BIGINT DEFAULT 0, emission_minted BIGINT DEFAULT 0, total_minted BIGINT DEFAULT 0, room_left BIGINT)`,
      // Emission mints per clock hour: minted in the hour (add) and the running total after its last mint.
      `CREATE TABLE supply_hours (hour BIGINT PRIMARY KEY, minted BIGINT DEFAULT 0, mints BIGINT DEFAULT 0,
        emission_minted BIGINT DEFAULT 0, block_time BIGINT DEFAULT 0)`,
      `CREATE TABLE vesting (address TEXT PRIMARY KEY, allocation TEXT, beneficiary TEXT, vault TEXT, total BIGINT DEFAULT 0,
        parts INTEGER, first_unlock_month INTEGER, start_time BIGINT, claimed BIGINT DEFAULT 0, remaining BIGINT DEFAULT 0)`,
      `CREATE TABLE authority_changes (signature TEXT NOT NULL, idx INTEGER NOT NULL, slot BIGINT, block_time BIGINT, program TEXT,
        entity TEXT, role TEXT NOT NULL, previous TEXT, authority TEXT, PRIMARY KEY (signature, idx, role))`,
      `CREATE INDEX authority_changes_slot ON authority_changes (slot)`,
      // Pre-aggregated totals the overview reads (name → value), only ever added to.
      `CREATE TABLE totals (name TEXT PRIMARY KEY, value BIGINT DEFAULT 0)`,
    ),
  },
  {
    id: 101,
    name: "projection: IOSD credits, tenders, fees",
    sql: sql(
      `CREATE TABLE credits_config (address TEXT PRIMARY KEY, governance TEXT, iosd_mint TEXT, io_mint TEXT, price_feed_id TEXT,
        max_age_s BIGINT, max_conf_bps INTEGER, breaker_window_s BIGINT, breaker_limit BIGINT, io_fee_burn_bps INTEGER,
        reservation_fee_bps INTEGER, initialized_at BIGINT, window_minted BIGINT DEFAULT 0, window_limit BIGINT,
        io_burned BIGINT DEFAULT 0, iosd_minted BIGINT DEFAULT 0, iosd_spent BIGINT DEFAULT 0,
        last_price TEXT, last_exponent INTEGER, last_publish_time BIGINT)`,
      `CREATE TABLE iosd_buys (signature TEXT NOT NULL, idx INTEGER NOT NULL, slot BIGINT, block_time BIGINT, buyer TEXT,
        destination TEXT, io_amount BIGINT, iosd_amount BIGINT, price TEXT, exponent INTEGER, publish_time BIGINT,
        PRIMARY KEY (signature, idx))`,
      `CREATE INDEX iosd_buys_slot ON iosd_buys (slot)`,
      `CREATE TABLE iosd_spends (signature TEXT NOT NULL, idx INTEGER NOT NULL, slot BIGINT, block_time BIGINT, holder TEXT,
        source TEXT, amount BIGINT, source_balance BIGINT, PRIMARY KEY (signature, idx))`,
      `CREATE INDEX iosd_spends_slot ON iosd_spends (slot)`,
      `CREATE TABLE tenders (address TEXT PRIMARY KEY, mint TEXT, token_program TEXT, vault TEXT, kind TEXT, usd_pegged INTEGER,
        fee_bps INTEGER, enabled INTEGER, fees_received BIGINT DEFAULT 0, fees_burned BIGINT DEFAULT 0,
        fees_withdrawn BIGINT DEFAULT 0, vault_balance BIGINT DEFAULT 0)`,
      `CREATE INDEX tenders_mint ON tenders (mint)`,
      `CREATE TABLE fee_events (signature TEXT NOT NULL, idx INTEGER NOT NULL, slot BIGINT, block_time BIGINT, tender TEXT,
        mint TEXT, kind TEXT, counterparty TEXT, amount BIGINT, burned BIGINT, PRIMARY KEY (signature, idx))`,
      `CREATE INDEX fee_events_tender ON fee_events (tender, slot)`,
    ),
  },
  {
    id: 102,
    name: "projection: cloud config, device classes, workers, uptime",
    sql: sql(
      `CREATE TABLE cloud_config (address TEXT PRIMARY KEY, governance TEXT, orchestrator TEXT, uptime_verifier TEXT,
        slashing_authority TEXT, io_mint TEXT, slash_destination TEXT, treasury TEXT)`,
      `CREATE TABLE device_classes (address TEXT PRIMARY KEY, class_id INTEGER, name TEXT, multiplier_bps BIGINT, enabled INTEGER)`,
      `CREATE INDEX device_classes_id ON device_classes (class_id)`,
      // io_cloud sets the worker's own columns; io_rewards the rewards_* ones (same row, keyed by the worker).
      `CREATE TABLE workers (address TEXT PRIMARY KEY, authority TEXT, device_id TEXT, device_class INTEGER DEFAULT 0,
        gpus INTEGER DEFAULT 0, multiplier_bps BIGINT DEFAULT 0, region TEXT, price_per_gpu_hour TEXT, price_sort TEXT,
        ask_io_per_gpu_hour TEXT, stake_vault TEXT, min_stake BIGINT DEFAULT 0, staked BIGINT DEFAULT 0,
        unstaking BIGINT DEFAULT 0, unstake_available_at BIGINT DEFAULT 0, slashed_total BIGINT DEFAULT 0,
        last_slash_at BIGINT, base_weight BIGINT DEFAULT 0, busy INTEGER DEFAULT 0, eligible INTEGER DEFAULT 0,
        weight_reason TEXT, last_proof_hour BIGINT, last_proof_ok INTEGER, registered INTEGER DEFAULT 0,
        registered_at BIGINT DEFAULT 0, deregistered_at BIGINT, dust_swept BIGINT DEFAULT 0,
        rewards_account TEXT, rewards_owner TEXT, rewards_weight TEXT, rewards_lease_end_hour BIGINT,
        rewards_boost_allowance BIGINT DEFAULT 0, rewards_pending BIGINT DEFAULT 0, rewards_claimed BIGINT DEFAULT 0,
        rewards_total BIGINT DEFAULT 0)`,
      // Covering the filters, for the list's COUNT; each sort has its own index.
      `CREATE INDEX workers_filters ON workers (device_class, region, eligible, registered)`,
      `CREATE INDEX workers_region ON workers (region, eligible, registered)`,
      `CREATE INDEX workers_eligible ON workers (eligible, registered)`,
      `CREATE INDEX workers_registered ON workers (registered)`,
      `CREATE INDEX workers_staked ON workers (staked, address)`,
      `CREATE INDEX workers_class_staked ON workers (device_class, staked, address)`,
      `CREATE INDEX workers_gpus ON workers (gpus, address)`,
      `CREATE INDEX workers_class_gpus ON workers (device_class, gpus, address)`,
      `CREATE INDEX workers_rewards ON workers (rewards_total, address)`,
      `CREATE INDEX workers_class_rewards ON workers (device_class, rewards_total, address)`,
      `CREATE INDEX workers_registered_at ON workers (registered_at, address)`,
      `CREATE INDEX workers_class_registered_at ON workers (device_class, registered_at, address)`,
      `CREATE INDEX workers_price ON workers (price_sort, address)`,
      `CREATE INDEX workers_class_price ON workers (device_class, price_sort, address)`,
      `CREATE INDEX workers_authority ON workers (authority)`,
      `CREATE INDEX workers_rewards_account ON workers (rewards_account)`,
      `CREATE TABLE worker_uptime (worker TEXT NOT NULL, hour BIGINT NOT NULL, ok INTEGER, result_hash TEXT, block_time BIGINT,
        PRIMARY KEY (worker, hour))`,
    ),
  },
  {
    id: 103,
    name: "projection: rentals and their workers",
    sql: sql(
      `CREATE TABLE rentals (address TEXT PRIMARY KEY, renter TEXT, nonce TEXT, device_class INTEGER, gpus INTEGER,
        price_per_gpu_hour TEXT, region TEXT, tender_mint TEXT, escrow_account TEXT, state TEXT, start_time BIGINT DEFAULT 0,
        end_time BIGINT DEFAULT 0, hours BIGINT DEFAULT 0, deposited BIGINT DEFAULT 0, fees BIGINT DEFAULT 0,
        paid BIGINT DEFAULT 0, refunded BIGINT DEFAULT 0, escrow BIGINT DEFAULT 0, principal BIGINT DEFAULT 0,
        tender_fee BIGINT DEFAULT 0, reservation_fee BIGINT DEFAULT 0, reservation_fee_iosd BIGINT DEFAULT 0,
        booked_at BIGINT DEFAULT 0, closed_at BIGINT, booked_slot BIGINT DEFAULT 0)`,
      `CREATE INDEX rentals_state ON rentals (state, booked_slot)`,
      `CREATE INDEX rentals_renter ON rentals (renter, booked_slot)`,
      `CREATE INDEX rentals_booked ON rentals (booked_slot)`,
      `CREATE INDEX rentals_escrow ON rentals (escrow_account)`,
      // One row per worker that served a rental (a replaced worker keeps its row, current = 0).
      `CREATE TABLE rental_workers (rental TEXT NOT NULL, worker TEXT NOT NULL, gpus INTEGER, active_seconds BIGINT,
        down_seconds BIGINT, forfeited_seconds BIGINT, paid BIGINT, down INTEGER, current INTEGER, assigned_seq BIGINT,
        PRIMARY KEY (rental, worker))`,
      `CREATE INDEX rental_workers_worker ON rental_workers (worker)`,
    ),
  },
  {
    id: 104,
    name: "projection: block rewards",
    sql: sql(
      `CREATE TABLE rewards_config (address TEXT PRIMARY KEY, governance TEXT, weight_authority TEXT, token_config TEXT, mint TEXT,
        start_time BIGINT, last_accrual BIGINT, schedule_released BIGINT DEFAULT 0, distributed BIGINT DEFAULT 0,
        unallocated BIGINT DEFAULT 0, forgone BIGINT DEFAULT 0, claimed BIGINT DEFAULT 0, idle_weight BIGINT DEFAULT 0,
        busy_weight BIGINT DEFAULT 0, index_idle TEXT, index_busy TEXT, dust TEXT, boost_withheld TEXT,
        emission_scale_bps INTEGER, busy_boost_bps BIGINT, registered_workers BIGINT DEFAULT 0)`,
      // Pool totals after the last accrual of each schedule hour; per-hour figures are the growth since the previous row.
      `CREATE TABLE reward_hours (hour BIGINT PRIMARY KEY, emitted_total BIGINT DEFAULT 0, distributed_total BIGINT DEFAULT 0,
        claimed_total BIGINT DEFAULT 0, claimed BIGINT DEFAULT 0, last_accrual BIGINT)`,
      // A worker's pending + claimed after its last reward event of each schedule hour, and its claims in the hour.
      `CREATE TABLE worker_reward_hours (hour BIGINT NOT NULL, worker TEXT NOT NULL, owner TEXT, earned_total BIGINT DEFAULT 0,
        claimed BIGINT DEFAULT 0, PRIMARY KEY (hour, worker))`,
      `CREATE INDEX worker_reward_hours_worker ON worker_reward_hours (worker, hour)`,
    ),
  },
  {
    id: 105,
    name: "projection: DAO",
    sql: sql(
      `CREATE TABLE dao_config (address TEXT PRIMARY KEY, io_mint TEXT, governance TEXT, veto_authority TEXT,
        voting_period_secs BIGINT, timelock_secs BIGINT, quorum_bps INTEGER, min_proposal_power BIGINT)`,
      `CREATE TABLE positions (address TEXT PRIMARY KEY, owner TEXT, amount BIGINT DEFAULT 0, kind TEXT, lock_end BIGINT,
        lock_secs BIGINT, voting_power BIGINT DEFAULT 0, voted_until BIGINT DEFAULT 0, last_proposal TEXT,
        locked_at BIGINT, withdrawn INTEGER DEFAULT 0)`,
      // Every params change, to find the quorum a proposal was finalized under.
      `CREATE TABLE dao_params_history (signature TEXT NOT NULL, idx INTEGER NOT NULL, slot BIGINT, block_time BIGINT,
        voting_period_secs BIGINT, timelock_secs BIGINT, quorum_bps INTEGER, min_proposal_power BIGINT, PRIMARY KEY (signature, idx))`,
      `CREATE INDEX dao_params_history_slot ON dao_params_history (slot, block_time)`,
      `CREATE INDEX positions_owner ON positions (owner)`,
      `CREATE TABLE proposals (address TEXT PRIMARY KEY, id BIGINT, proposer TEXT, change TEXT, change_kind TEXT,
        voting_ends_at BIGINT, total_locked_at_creation BIGINT DEFAULT 0, yes BIGINT DEFAULT 0, no BIGINT DEFAULT 0,
        abstain BIGINT DEFAULT 0, participating_io BIGINT DEFAULT 0, state TEXT, executable_at BIGINT, executed_at BIGINT,
        executor TEXT, created_at BIGINT, finalized_slot BIGINT, finalized_time BIGINT)`,
      `CREATE INDEX proposals_id ON proposals (id)`,
      `CREATE TABLE votes (proposal TEXT NOT NULL, position TEXT NOT NULL, voter TEXT, side TEXT, power BIGINT, signature TEXT,
        block_time BIGINT, PRIMARY KEY (proposal, position))`,
    ),
  },
  {
    id: 106,
    name: "projection: parties",
    sql: sql(
      // Where an address is a party (accountEvents): owners, renters, voters, payers.
      `CREATE INDEX workers_rewards_owner ON workers (rewards_owner)`,
      `CREATE INDEX votes_voter ON votes (voter)`,
      `CREATE INDEX vesting_beneficiary ON vesting (beneficiary)`,
      `CREATE INDEX iosd_buys_buyer ON iosd_buys (buyer)`,
      `CREATE INDEX iosd_spends_holder ON iosd_spends (holder)`,
      `CREATE INDEX fee_events_counterparty ON fee_events (counterparty)`,
      `CREATE INDEX authority_changes_authority ON authority_changes (authority)`,
    ),
  },
  {
    id: 107,
    name: "projection: eligibility needs consecutive good hours",
    sql: sql(
      `ALTER TABLE cloud_config ADD COLUMN eligibility_hours INTEGER`,
      `ALTER TABLE workers ADD COLUMN good_hours INTEGER DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN good_hours_needed INTEGER DEFAULT 0`,
    ),
  },
  {
    id: 108,
    name: "projection: supplier fees",
    sql: sql(
      `ALTER TABLE rentals ADD COLUMN supplier_fees BIGINT DEFAULT 0`,
      `ALTER TABLE rental_workers ADD COLUMN fees BIGINT DEFAULT 0`,
    ),
  },
  {
    id: 109,
    name: "projection: slashes reconsidered",
    sql: sql(
      `ALTER TABLE cloud_config ADD COLUMN appeal_window_secs BIGINT`,
      `ALTER TABLE workers ADD COLUMN in_appeal BIGINT DEFAULT 0`,
      // One row per slash: open, appealed, then upheld, reversed or finalized.
      `CREATE TABLE slash_cases (address TEXT PRIMARY KEY, worker TEXT, case_id INTEGER, amount BIGINT, reason_code INTEGER,
        evidence_hash TEXT, slashed_at BIGINT, appeal_ends_at BIGINT, state TEXT, appeal_hash TEXT, appealed_at BIGINT,
        decider TEXT, destination TEXT, resolved_at BIGINT)`,
      `CREATE INDEX slash_cases_worker ON slash_cases (worker, case_id)`,
    ),
  },
  {
    id: 110,
    name: "projection: co-staking",
    sql: sql(
      `ALTER TABLE workers ADD COLUMN co_staker TEXT`,
      `ALTER TABLE workers ADD COLUMN co_offer_max BIGINT DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN co_share_bps INTEGER DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN co_staked BIGINT DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN co_exit_at BIGINT DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN co_available_at BIGINT DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN rewards_co_staker TEXT`,
      `ALTER TABLE workers ADD COLUMN rewards_co_pending BIGINT DEFAULT 0`,
      `ALTER TABLE workers ADD COLUMN rewards_co_claimed BIGINT DEFAULT 0`,
    ),
  },
  {
    id: 111,
    name: "projection: incentive dynamic engine",
    sql: sql(
      `ALTER TABLE rewards_config ADD COLUMN reward_mode TEXT DEFAULT 'schedule'`,
      `ALTER TABLE rewards_config ADD COLUMN ide_usd_per_gpu_hour BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_retire_bps INTEGER DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_fee_buffer BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_pending_mode TEXT`,
      `ALTER TABLE rewards_config ADD COLUMN ide_pending_hour BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_price TEXT`,
      `ALTER TABLE rewards_config ADD COLUMN ide_price_exponent INTEGER`,
      `ALTER TABLE rewards_config ADD COLUMN ide_reserve BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_retired BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_fee_available BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_fee_burned BIGINT DEFAULT 0`,
      `ALTER TABLE rewards_config ADD COLUMN ide_usd_unpaid BIGINT DEFAULT 0`,
      `ALTER TABLE token_config ADD COLUMN emission_retired BIGINT DEFAULT 0`,
      // Clock hours (unix time / 3600, as the engine numbers them), one row per hour it ran.
      `CREATE TABLE ide_hours (hour BIGINT PRIMARY KEY, usd_due BIGINT DEFAULT 0, io_needed BIGINT DEFAULT 0, io_paid BIGINT DEFAULT 0,
        from_fees BIGINT DEFAULT 0, retired BIGINT DEFAULT 0, usd_unpaid BIGINT DEFAULT 0)`,
    ),
  },
];
