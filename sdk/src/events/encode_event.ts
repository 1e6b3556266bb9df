/**
 * An event's bytes as its program logs them (`Program data: <base64>`: the discriminator, then
 * the Borsh fields), from its decoded fields: the inverse of `decodeEvents`, for histories made
 * off-chain (benchmarks, tests) that must look exactly like the chain's.
 */
import type { ProgramName } from "../programs.js";
import { CAMEL_IDLS, CODERS } from "../programs.js";

/** A program's events by camelCase name: discriminator bytes. */
const DISCRIMINATORS = new Map<ProgramName, Map<string, Buffer>>();

function discriminatorOf(program: ProgramName, name: string): Buffer {
  let events = DISCRIMINATORS.get(program);
  if (!events) {
    events = new Map((CAMEL_IDLS[program].events ?? []).map((event) => [event.name, Buffer.from(event.discriminator)]));
    DISCRIMINATORS.set(program, events);
  }
  const discriminator = events.get(name);
  if (!discriminator) throw new Error(`${program} has no event ${name}`);
  return discriminator;
}

/** Base64 of `name`'s discriminator and `data` in Borsh, as `emit!` logs it. */
export function encodeEvent(program: ProgramName, name: string, data: Record<string, unknown>): string {
  return Buffer.concat([discriminatorOf(program, name), CODERS[program].types.encode(name, data)]).toString("base64");
}
