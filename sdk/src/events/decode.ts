/**
 * Decodes program events from transaction logs: `Program data: <base64>` lines (what `emit!`
 * writes on-chain) and `Program log: <base64>` lines (which Anchor's `EventParser` also accepts),
 * each attributed to the program executing at that point of the invoke stack.
 */
import { BorshCoder } from "@coral-xyz/anchor";

import { CODERS, ProgramName, programNameOf } from "../programs.js";

export interface DecodedEvent {
  program: ProgramName;
  /** Event name in camelCase, as `Program.addEventListener` names it (e.g. `tokenInitialized`). */
  name: string;
  /** Fields as Anchor decodes them (camelCase keys; BN, PublicKey...). */
  data: Record<string, any>;
  /** The base64 the program logged (discriminator and Borsh fields). */
  payload: string;
  /** Position among the events of its transaction. */
  index: number;
}

const INVOKE = /^Program (\w+) invoke \[\d+\]$/;
const DONE = /^Program (\w+) (success|failed)/;
const PAYLOAD = /^Program (data|log): (.+)$/;

/** Every event of our programs in one transaction's logs, in emission order. */
export function decodeEvents(logs: string[]): DecodedEvent[] {
  const stack: (ProgramName | undefined)[] = [];
  const events: DecodedEvent[] = [];
  for (const line of logs) {
    const invoke = INVOKE.exec(line);
    if (invoke) {
      stack.push(programNameOf(invoke[1]));
      continue;
    }
    if (DONE.test(line)) {
      stack.pop();
      continue;
    }
    const program = stack[stack.length - 1];
    const payload = PAYLOAD.exec(line);
    if (!program || !payload) continue;
    const event = tryDecode(CODERS[program], payload[2]);
    if (event) events.push({ program, name: event.name, data: event.data, payload: payload[2], index: events.length });
  }
  return events;
}

function tryDecode(coder: BorshCoder, base64: string) {
  try {
    return coder.events.decode(base64) as { name: string; data: Record<string, any> } | null;
  } catch {
    return null;
  }
}
