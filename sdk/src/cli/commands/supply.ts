/** `io supply`: the IO supply status (cap, minted, burned, vesting, circulating, room left). */
import { Keypair } from "@solana/web3.js";
import { getAssociatedTokenAddressSync, createAssociatedTokenAccountIdempotentInstruction } from "@solana/spl-token";

import { IoTokenClient } from "../../token/client.js";
import { SupplyStatus } from "../../token/supply.js";
import { sendInstructions } from "../../tx.js";
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
    `  room left        ${formatIo(s.roomLeft)}`,
  ].join("\n");
}

/** On the embedded harness there is no chain yet: initialize IO and run genesis first. */
export async function bootstrapToken(token: IoTokenClient): Promise<Keypair> {
  const admin = Keypair.generate();
  await token.initialize(admin);
  const accountOf = async (owner: Keypair) => {
    const address = getAssociatedTokenAddressSync(token.mint, owner.publicKey);
    await sendInstructions(token.provider, [
      createAssociatedTokenAccountIdempotentInstruction(token.provider.publicKey!, address, owner.publicKey, token.mint),
    ]);
    return address;
  };
  const [community, treasury] = [await accountOf(Keypair.generate()), await accountOf(Keypair.generate())];
  await token.genesis(
    admin,
    { seedInvestors: Keypair.generate().publicKey, seriesA: Keypair.generate().publicKey, coreContributors: Keypair.generate().publicKey },
    community,
    treasury,
  );
  return admin;
}

export async function supply(options: OutputOptions & SessionOptions): Promise<void> {
  const session = await openSession(options);
  const token = new IoTokenClient(session.provider);
  if (session.harness) await bootstrapToken(token);
  const status = await token.getSupplyStatus();
  emit(options, status, (s) => `IO supply${session.harness ? " (embedded harness, after genesis)" : ""}\n${formatSupply(s)}`);
}
