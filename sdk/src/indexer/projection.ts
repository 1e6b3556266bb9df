/**
 * Events → rows: every event of the five programs, applied through a RowWriter only (the
 * projection reads nothing, so every table is a function of the events alone). Each program's
 * handlers live in `project_<program>.ts`; all 61 events have one. The raw log (`events`) is
 * written by the indexer beside this, and the `events` counter here keeps the overview's count.
 */
import type { ChainEvent } from "../events/chain_event.js";
import type { ProgramName } from "../programs.js";
import { count, Handler } from "./project_fields.js";
import { CLOUD_HANDLERS } from "./project_cloud.js";
import { CREDITS_HANDLERS } from "./project_credits.js";
import { DAO_HANDLERS } from "./project_dao.js";
import { REWARDS_HANDLERS } from "./project_rewards.js";
import { TOKEN_HANDLERS } from "./project_token.js";
import type { RowWriter } from "./rows.js";

export class UnknownEvent extends Error {
  override readonly name = "UnknownEvent";

  constructor(readonly program: string, readonly event: string) {
    super(`no projection for ${program} event ${event}`);
  }
}

const HANDLERS: Record<ProgramName, Record<string, Handler>> = {
  io_token: TOKEN_HANDLERS,
  io_credits: CREDITS_HANDLERS,
  io_cloud: CLOUD_HANDLERS,
  io_rewards: REWARDS_HANDLERS,
  io_dao: DAO_HANDLERS,
};

/** Whether the projection handles `name` (camelCase) of `program`. */
export const handles = (program: ProgramName, name: string): boolean => Object.hasOwn(HANDLERS[program] ?? {}, name);

export function project(event: ChainEvent, rows: RowWriter): void {
  const handlers = HANDLERS[event.program];
  if (!handlers || !Object.hasOwn(handlers, event.name)) throw new UnknownEvent(event.program, event.name);
  handlers[event.name](event, rows);
  count(rows, "events", 1n);
}
