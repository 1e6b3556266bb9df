/**
 * A transaction's fee as the bank charges it: 5,000 lamports a signature plus the priority fee
 * (compute-unit price × limit, from the ComputeBudget instructions).
 */
import { ComputeBudgetProgram, VersionedMessage, VersionedTransaction } from "@solana/web3.js";

export const LAMPORTS_PER_SIGNATURE = 5_000n;
/** The compute-unit limit per instruction when none is set. */
const DEFAULT_UNITS_PER_INSTRUCTION = 200_000n;
const MAX_UNITS = 1_400_000n;

export function messageFee(message: VersionedMessage): bigint {
  let price = 0n;
  let limit: bigint | undefined;
  let instructions = 0n;
  for (const ix of message.compiledInstructions) {
    const program = message.staticAccountKeys[ix.programIdIndex];
    if (!program?.equals(ComputeBudgetProgram.programId)) {
      instructions++;
      continue;
    }
    const data = Buffer.from(ix.data);
    if (data[0] === 2 && data.length >= 5) limit = BigInt(data.readUInt32LE(1));
    if (data[0] === 3 && data.length >= 9) price = data.readBigUInt64LE(1);
  }
  const units = limit ?? (instructions * DEFAULT_UNITS_PER_INSTRUCTION < MAX_UNITS ? instructions * DEFAULT_UNITS_PER_INSTRUCTION : MAX_UNITS);
  const priority = (price * units + 999_999n) / 1_000_000n;
  return LAMPORTS_PER_SIGNATURE * BigInt(message.header.numRequiredSignatures) + priority;
}

export function transactionFee(tx: VersionedTransaction): bigint {
  return messageFee(tx.message);
}
