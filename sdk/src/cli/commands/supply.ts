/** `io supply`: the IO supply status (cap, minted, burned, vesting, circulating, room left). */
import { IoTokenClient } from "../../token/client.js";
import { SupplyStatus } from "../../token/supply.js";
import { formatIo } from "../format.js";
import { emit, OutputOptions } from "../output.js";
import { openSession, SessionOptions } from "../session.js";

export function formatSupply(s: SupplyStatus): string {
  return [
    `  cap              ${formatIo(s.cap)}`,
    `  minted, genesis  ${formatIo(s.genesisMinted)}`,
    `  minted, rewards  ${formatIo(s.emissionMinted)}`,
    `  burned           ${formatIo(s.burned)}`,
    `  supply           ${formatIo(s.supply)}`,
    `  locked, vesting  ${formatIo(s.lockedInVesting)}`,
    `  circulating      ${formatIo(s.circulating)}`,
    `  retired          ${formatIo(s.retired)}`,
    `  room left        ${formatIo(s.roomLeft)}`,
  ].join("\n");
}

export async function supply(options: OutputOptions & SessionOptions): Promise<void> {
  const { provider } = await openSession(options);
  const status = await new IoTokenClient(provider).getSupplyStatus();
  emit(options, status, (s) => `IO supply\n${formatSupply(s)}`);
}
