/**
 * @ionet/harness: the io.net programs running natively inside solana-program-test's bank.
 *
 * ```ts
 * const context = await start();
 * const provider = new HarnessProvider(context);
 * const program = new Program(idl, provider);
 * ```
 */
export { start, BanksClient, HarnessContext } from "./banks.js";
export type { BankSnapshot, Clock, Rent, HarnessAccount, ProcessedTransaction, TransactionMeta, TransactionResultWithMeta } from "./banks.js";
export { HarnessConnection } from "./connection.js";
export type { SignatureInfo } from "./connection.js";
export { HarnessProvider, KeypairWallet } from "./provider.js";
export { HarnessTransactionError, describeTransactionError } from "./errors.js";
export { ADDON_PATH } from "./native.js";
export * from "./localnet/index.js";
