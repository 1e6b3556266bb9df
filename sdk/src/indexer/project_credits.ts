/** io_credits' events → credits_config, iosd_buys, iosd_spends, tenders, fee_events, authority_changes. */
import type { ChainEvent } from "../events/chain_event.js";
import { authorityChange, big, flag, Handler, hex, key, logRow, variant } from "./project_fields.js";

const paramColumns = (params: ChainEvent["data"]) => ({
  price_feed_id: hex(params.priceFeedId),
  max_age_s: params.maxAgeS,
  max_conf_bps: params.maxConfBps,
  breaker_window_s: params.breakerWindowS,
  breaker_limit: big(params.breakerLimit),
  io_fee_burn_bps: params.ioFeeBurnBps,
  reservation_fee_bps: params.reservationFeeBps,
});

const tenderTotals = (data: ChainEvent["data"]) => ({
  fees_withdrawn: big(data.feesWithdrawn),
  vault_balance: big(data.vaultBalance),
});

export const CREDITS_HANDLERS: Record<string, Handler> = {
  creditsInitialized(event, rows) {
    const { data } = event;
    rows.upsert("credits_config", { address: event.entity }, {
      governance: key(data.governance),
      iosd_mint: key(data.iosdMint),
      io_mint: key(data.ioMint),
      initialized_at: big(data.initializedAt),
      ...paramColumns(data.params),
    });
    authorityChange(event, rows, "governance", data.governance);
  },
  creditsBought(event, rows) {
    const { data } = event;
    rows.upsert("credits_config", { address: event.entity }, {
      window_minted: big(data.windowMinted),
      window_limit: big(data.windowLimit),
      io_burned: big(data.ioBurned),
      iosd_minted: big(data.iosdMinted),
      last_price: data.price.toString(),
      last_exponent: data.exponent,
      last_publish_time: big(data.publishTime),
    });
    rows.insert("iosd_buys", {
      buyer: key(data.buyer),
      destination: key(data.destination),
      io_amount: big(data.ioAmount),
      iosd_amount: big(data.iosdAmount),
      price: data.price.toString(),
      exponent: data.exponent,
      publish_time: big(data.publishTime),
      ...logRow(event),
    });
  },
  creditsSpent(event, rows) {
    const { data } = event;
    rows.upsert("credits_config", { address: event.entity }, { iosd_spent: big(data.iosdSpent) });
    rows.insert("iosd_spends", {
      holder: key(data.holder),
      source: key(data.source),
      amount: big(data.amount),
      source_balance: big(data.sourceBalance),
      ...logRow(event),
    });
  },
  // The params and governance after the change; governance is logged as a role change each time
  // (previous unknown to a projection that reads nothing: the history shows the sequence).
  creditsParamsChanged(event, rows) {
    const { data } = event;
    rows.upsert("credits_config", { address: event.entity }, {
      governance: key(data.governance),
      window_minted: big(data.windowMinted),
      ...paramColumns(data.params),
    });
    authorityChange(event, rows, "governance", data.governance);
  },
  tenderRegistered({ entity, data }, rows) {
    rows.upsert("tenders", { address: entity }, {
      mint: key(data.mint),
      token_program: key(data.tokenProgram),
      vault: key(data.vault),
      kind: variant(data.kind),
      usd_pegged: flag(data.usdPegged),
      fee_bps: data.feeBps,
      enabled: flag(data.enabled),
    });
  },
  tenderUpdated({ entity, data }, rows) {
    rows.upsert("tenders", { address: entity }, { fee_bps: data.feeBps, enabled: flag(data.enabled) });
  },
  feeCollected(event, rows) {
    const { data } = event;
    rows.upsert("tenders", { address: event.entity }, {
      fees_received: big(data.feesReceived),
      fees_burned: big(data.feesBurned),
      ...tenderTotals(data),
    });
    rows.insert("fee_events", {
      tender: event.entity,
      mint: key(data.mint),
      kind: "collected",
      counterparty: key(data.payer),
      amount: big(data.received),
      burned: big(data.burned),
      ...logRow(event),
    });
  },
  feeWithdrawn(event, rows) {
    const { data } = event;
    rows.upsert("tenders", { address: event.entity }, tenderTotals(data));
    rows.insert("fee_events", {
      tender: event.entity,
      mint: key(data.mint),
      kind: "withdrawn",
      counterparty: key(data.destination),
      amount: big(data.amount),
      burned: 0n,
      ...logRow(event),
    });
  },
};
