/** A transaction the bank refused, shaped so that Anchor's `translateError` understands it. */
export class HarnessTransactionError extends Error {
  constructor(
    /** The runtime's TransactionError, parsed from JSON. */
    readonly transactionError: unknown,
    readonly logs: string[],
    readonly signature: string,
  ) {
    super(`Transaction ${signature} failed: ${describeTransactionError(transactionError)}`);
    this.name = "HarnessTransactionError";
  }

  getLogs(): string[] {
    return this.logs;
  }
}

/** Renders a TransactionError the way an RPC node does (`custom program error: 0x1770`). */
export function describeTransactionError(err: unknown): string {
  if (typeof err === "string") return err;
  if (err && typeof err === "object" && "InstructionError" in err) {
    const [index, inner] = (err as { InstructionError: [number, unknown] }).InstructionError;
    if (inner && typeof inner === "object" && "Custom" in inner) {
      const code = (inner as { Custom: number }).Custom;
      return `Error processing Instruction ${index}: custom program error: 0x${code.toString(16)}`;
    }
    return `Error processing Instruction ${index}: ${JSON.stringify(inner)}`;
  }
  return JSON.stringify(err);
}
