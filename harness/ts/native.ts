/**
 * Loads the Rust addon (harness/node) that runs the bank. `npm run build:native` builds it and
 * copies it to harness/native/ionet-harness.node.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export interface NativeTxResult {
  /** The TransactionError as JSON, e.g. `{"InstructionError":[0,{"Custom":6000}]}`, or null. */
  err?: string | null;
  logs: string[];
  computeUnits: bigint;
}

export interface NativeAccount {
  lamports: bigint;
  data: Buffer;
  owner: Buffer;
  executable: boolean;
  rentEpoch: bigint;
}

export interface NativeClock {
  slot: bigint;
  epochStartTimestamp: bigint;
  epoch: bigint;
  leaderScheduleEpoch: bigint;
  unixTimestamp: bigint;
}

export interface NativeRent {
  lamportsPerByteYear: bigint;
  exemptionThreshold: number;
  burnPercent: number;
}

export interface NativeBankOptions {
  /**
   * Register a new blockhash only on `advanceBlockhash()` instead of every 6.4 ms: a caller
   * that advances once a slot gets one blockhash a slot (the localnet).
   */
  blockhashesOnDemand?: boolean;
}

export interface NativeBank {
  /** The genesis config's hash (base58): what identifies this chain. */
  genesisHash(): string;
  /** Registers one new recent blockhash (with `blockhashesOnDemand`). */
  advanceBlockhash(): void;
  payerSecretKey(): Buffer;
  programIds(): { name: string; id: Buffer }[];
  processTransaction(wire: Buffer): NativeTxResult;
  simulateTransaction(wire: Buffer): NativeTxResult;
  getAccount(address: Buffer): NativeAccount | null;
  setAccount(address: Buffer, account: NativeAccount): void;
  getProgramAccounts(owner: Buffer): { pubkey: Buffer; account: NativeAccount }[];
  getLatestBlockhash(): string;
  getFreshBlockhash(): string;
  getClock(): NativeClock;
  setClock(clock: NativeClock): void;
  warpToSlot(slot: bigint): void;
  getSlot(): bigint;
  getBalance(address: Buffer): bigint;
  getRent(): NativeRent;
  /** Stops and frees the bank; any later call fails. */
  close(): void;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const ADDON_PATH = path.resolve(here, "../native/ionet-harness.node");

let addon: { NativeBank: new (options?: NativeBankOptions) => NativeBank } | undefined;

/** Starts a new bank through the addon. */
export function newNativeBank(options?: NativeBankOptions): NativeBank {
  if (!addon) {
    if (!existsSync(ADDON_PATH)) {
      throw new Error(`native harness not built (${ADDON_PATH}): run \`npm run build:native\``);
    }
    addon = createRequire(import.meta.url)(ADDON_PATH);
  }
  return new addon!.NativeBank(options);
}
