/** io_dao's events → dao_config, positions, proposals, votes, authority_changes, totals (locked IO, positions, proposals). */
import type { ChainEvent } from "../events/chain_event.js";
import { toJsonSafe } from "./event_row.js";
import { authorityChange, big, count, Handler, key, logRow, variant } from "./project_fields.js";
import type { RowWriter } from "./rows.js";

const paramColumns = (params: ChainEvent["data"]) => ({
  voting_period_secs: big(params.votingPeriodSecs),
  timelock_secs: big(params.timelockSecs),
  quorum_bps: params.quorumBps,
  min_proposal_power: big(params.minProposalPower),
});

/** The DAO's params on its config and in their history. */
function params(rows: RowWriter, event: ChainEvent, extra: Record<string, string>) {
  const columns = paramColumns(event.data.params);
  rows.upsert("dao_config", { address: event.entity }, { ...columns, ...extra });
  rows.insert("dao_params_history", { ...logRow(event), ...columns });
}

const tally = (data: ChainEvent["data"]) => ({
  yes: big(data.yes),
  no: big(data.no),
  abstain: big(data.abstain),
  participating_io: big(data.participatingIo),
});

export const DAO_HANDLERS: Record<string, Handler> = {
  daoInitialized(event, rows) {
    const { data } = event;
    params(rows, event, {
      io_mint: key(data.ioMint),
      governance: key(data.governance),
      veto_authority: key(data.vetoAuthority),
    });
    authorityChange(event, rows, "governance", data.governance);
    authorityChange(event, rows, "vetoAuthority", data.vetoAuthority);
  },
  positionLocked({ entity, data, blockTime }, rows) {
    rows.upsert("positions", { address: entity }, {
      owner: key(data.owner),
      amount: big(data.amount),
      kind: variant(data.kind),
      lock_end: big(data.lockEnd),
      lock_secs: big(data.lockSecs),
      voting_power: big(data.votingPower),
      locked_at: blockTime,
      withdrawn: 0,
    });
    count(rows, "dao_locked", big(data.amount));
    count(rows, "positions", 1n);
  },
  positionExtended({ entity, data }, rows) {
    rows.upsert("positions", { address: entity }, {
      lock_end: big(data.lockEnd),
      lock_secs: big(data.lockSecs),
      voting_power: big(data.votingPower),
    });
  },
  positionVoted({ entity, data }, rows) {
    rows.upsert("positions", { address: entity }, { voted_until: big(data.votedUntil), last_proposal: key(data.proposal) });
  },
  positionWithdrawn({ entity, data }, rows) {
    rows.upsert("positions", { address: entity }, { withdrawn: 1, voting_power: 0n });
    count(rows, "dao_locked", -big(data.amount));
    count(rows, "positions", -1n);
  },
  proposalCreated({ entity, data, blockTime }, rows) {
    rows.upsert("proposals", { address: entity }, {
      id: big(data.id),
      proposer: key(data.proposer),
      change: JSON.stringify(toJsonSafe(data.change)),
      change_kind: variant(data.change),
      voting_ends_at: big(data.votingEndsAt),
      total_locked_at_creation: big(data.totalLockedAtCreation),
      state: "voting",
      created_at: blockTime,
    });
    count(rows, "proposals", 1n);
  },
  proposalVoted({ entity, data, signature, blockTime }, rows) {
    rows.upsert("proposals", { address: entity }, tally(data));
    rows.insert("votes", {
      proposal: entity,
      position: key(data.position),
      voter: key(data.voter),
      side: variant(data.side),
      power: big(data.power),
      signature,
      block_time: blockTime,
    });
  },
  proposalFinalized({ entity, data, slot, blockTime }, rows) {
    const state = variant(data.state);
    rows.upsert("proposals", { address: entity }, {
      state,
      executable_at: state === "succeeded" ? big(data.executableAt) : null,
      finalized_slot: slot,
      finalized_time: blockTime,
      ...tally(data),
    });
  },
  proposalExecuted({ entity, data }, rows) {
    rows.upsert("proposals", { address: entity }, {
      state: "executed",
      executed_at: big(data.executedAt),
      executor: key(data.executor),
    });
  },
  daoParamsChanged(event, rows) {
    params(rows, event, {});
  },
};
