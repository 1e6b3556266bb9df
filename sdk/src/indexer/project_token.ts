/** io_token's events → token_config, supply_hours, vesting, authority_changes, totals. */
import type { ChainEvent } from "../events/chain_event.js";
import { authorityChange, big, count, Handler, key, variant } from "./project_fields.js";

const HOUR = 3_600;

/** The config's three running totals, which several events carry. */
const mintTotals = (data: ChainEvent["data"]) => ({
  genesis_minted: big(data.genesisMinted),
  emission_minted: big(data.emissionMinted),
  total_minted: big(data.totalMinted),
});

export const TOKEN_HANDLERS: Record<string, Handler> = {
  tokenInitialized(event, rows) {
    const { entity, data } = event;
    authorityChange(event, rows, "admin", data.authority);
    rows.upsert("token_config", { address: entity }, {
      mint: key(data.mint),
      authority: key(data.authority),
      decimals: data.decimals,
      max_supply: big(data.maxSupply),
      initialized_at: big(data.initializedAt),
      room_left: big(data.maxSupply),
    });
  },
  genesisMinted({ entity, data }, rows) {
    const totals = mintTotals(data);
    rows.upsert("token_config", { address: entity }, {
      genesis_time: big(data.genesisTime),
      community_destination: key(data.communityDestination),
      treasury_destination: key(data.treasuryDestination),
      ...totals,
    });
  },
  vestingCreated({ entity, data }, rows) {
    const total = big(data.total);
    rows.upsert("vesting", { address: entity }, {
      allocation: variant(data.allocation),
      beneficiary: key(data.beneficiary),
      vault: key(data.vault),
      total,
      parts: data.parts,
      first_unlock_month: data.firstUnlockMonth,
      start_time: big(data.startTime),
      claimed: 0n,
      remaining: total,
    });
    count(rows, "vesting_locked", total);
  },
  vestingClaimed({ entity, data }, rows) {
    rows.upsert("vesting", { address: entity }, {
      beneficiary: key(data.beneficiary),
      claimed: big(data.claimed),
      remaining: big(data.remaining),
    });
    count(rows, "vesting_locked", -big(data.amount));
  },
  vestingBeneficiaryChanged(event, rows) {
    rows.upsert("vesting", { address: event.entity }, { beneficiary: key(event.data.beneficiary) });
    authorityChange(event, rows, "vestingBeneficiary", event.data.beneficiary, event.data.previous);
  },
  emissionMinted({ entity, data, blockTime }, rows) {
    const totals = mintTotals(data);
    rows.upsert("token_config", { address: entity }, { ...totals, room_left: big(data.roomLeft) });
    const hour = Math.floor(blockTime / HOUR);
    rows.add("supply_hours", { hour }, { minted: big(data.amount), mints: 1n });
    rows.upsert("supply_hours", { hour }, { emission_minted: totals.emission_minted, block_time: blockTime });
  },
  emissionRetired({ entity, data }, rows) {
    rows.upsert("token_config", { address: entity }, { emission_retired: big(data.emissionRetired), room_left: big(data.roomLeft) });
  },
  authorityChanged(event, rows) {
    const role = variant(event.data.role);
    rows.upsert("token_config", { address: event.entity }, {
      ...(role === "admin" ? { authority: key(event.data.authority) } : {}),
      ...mintTotals(event.data),
    });
    authorityChange(event, rows, role, event.data.authority, event.data.previous);
  },
};
