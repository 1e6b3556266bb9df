/**
 * The DAO: params, locks, proposals with their quorum. Quorum mirrors io_dao's `quorum_met`:
 * participating IO × 10,000 ≥ total locked at creation × quorum_bps, with the quorum_bps the
 * DAO's params held when the proposal was finalized (finalize reads the config's current params),
 * or hold now while it is still voting.
 */
import type { Dao, ProposalDetail, ProposalRow } from "./api_types.js";
import { IndexDb, Row, toBig, toNum } from "./db.js";
import { entityEvents } from "./query_events.js";

const BPS = 10_000n;

/** The proposal's columns and the quorum_bps that applies to it (see above). */
const SELECT = `SELECT p.*, COALESCE(
    (SELECT h.quorum_bps FROM dao_params_history h
      WHERE h.slot < p.finalized_slot OR (h.slot = p.finalized_slot AND h.block_time <= p.finalized_time)
      ORDER BY h.slot DESC, h.block_time DESC, h.idx DESC LIMIT 1),
    (SELECT c.quorum_bps FROM dao_config c LIMIT 1)) AS quorum_bps
  FROM proposals p`;

const nullableNum = (value: Row[string]) => (value === null || value === undefined ? null : toNum(value));

function toProposal(row: Row): ProposalRow {
  const totalLocked = toBig(row.total_locked_at_creation);
  const participating = toBig(row.participating_io);
  const bps = toBig(row.quorum_bps);
  const needed = totalLocked * bps;
  return {
    address: String(row.address),
    id: toBig(row.id).toString(),
    proposer: String(row.proposer ?? ""),
    change: JSON.parse(String(row.change ?? "{}")),
    state: String(row.state) as ProposalRow["state"],
    yes: toBig(row.yes).toString(),
    no: toBig(row.no).toString(),
    abstain: toBig(row.abstain).toString(),
    participatingIo: participating.toString(),
    totalLockedAtCreation: totalLocked.toString(),
    // The least participation that meets the quorum: ⌈total × bps / 10,000⌉.
    quorum: ((needed + BPS - 1n) / BPS).toString(),
    quorumReached: participating * BPS >= needed,
    votingEndsAt: toNum(row.voting_ends_at),
    executableAt: nullableNum(row.executable_at),
    executedAt: nullableNum(row.executed_at),
    createdAt: toNum(row.created_at),
  };
}

export async function dao(db: IndexDb): Promise<Dao> {
  const [config, totals, proposals] = await Promise.all([
    db.get(`SELECT * FROM dao_config LIMIT 1`),
    db.all(`SELECT name, value FROM totals WHERE name IN ('dao_locked', 'positions')`),
    db.all(`${SELECT} ORDER BY p.id DESC`),
  ]);
  const total = new Map(totals.map((row) => [String(row.name), toBig(row.value)]));
  return {
    params: config
      ? {
          votingPeriodSecs: toNum(config.voting_period_secs),
          timelockSecs: toNum(config.timelock_secs),
          quorumBps: toNum(config.quorum_bps),
          minProposalPower: toBig(config.min_proposal_power).toString(),
          vetoAuthority: String(config.veto_authority ?? ""),
          governance: String(config.governance ?? ""),
        }
      : null,
    totalLocked: (total.get("dao_locked") ?? 0n).toString(),
    positions: Number(total.get("positions") ?? 0n),
    proposals: proposals.map(toProposal),
  };
}

export async function proposal(db: IndexDb, address: string): Promise<ProposalDetail | undefined> {
  const row = await db.get(`${SELECT} WHERE p.address = ?`, [address]);
  if (!row) return undefined;
  const [votes, events] = await Promise.all([
    db.all(`SELECT * FROM votes WHERE proposal = ? ORDER BY block_time, position`, [address]),
    entityEvents(db, address),
  ]);
  return {
    ...toProposal(row),
    votes: votes.map((vote) => ({
      position: String(vote.position),
      voter: String(vote.voter),
      side: String(vote.side),
      power: toBig(vote.power).toString(),
      signature: String(vote.signature),
      blockTime: toNum(vote.block_time),
    })),
    events,
  };
}
