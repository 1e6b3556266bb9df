/**
 * PDA derivations. Seeds are read from the `#[constant]`s each program exports in its IDL, so
 * they mirror the Rust constants by construction (tests/sdk_pda.test.ts checks the strings).
 */
import { PublicKey } from "@solana/web3.js";

import { IDLS, PROGRAM_IDS, ProgramName } from "./programs.js";

/** A `#[constant]` byte-string seed of a program, e.g. `seed("io_token", "CONFIG_SEED")`. */
export function seed(program: ProgramName, name: string): Buffer {
  const constant = IDLS[program].constants?.find((c) => c.name === name);
  if (!constant) throw new Error(`${program} exports no constant ${name}`);
  if (constant.type !== "bytes") throw new Error(`${program}.${name} is not a byte string`);
  return Buffer.from(JSON.parse(constant.value) as number[]);
}

/** A u16 as 2 little-endian bytes (seeds, memcmp filters). */
export function u16le(value: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16LE(value);
  return bytes;
}

/** A u32 as 4 little-endian bytes (seeds). */
export function u32le(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return bytes;
}

/** A u64 as 8 little-endian bytes (seeds). */
export function u64le(value: number | bigint): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(value));
  return bytes;
}

/** The upgradeable loader (BPF loader v3), which keeps each deployed program's ProgramData. */
export const UPGRADEABLE_LOADER_ID = new PublicKey("BPFLoaderUpgradeab1e11111111111111111111111");

/**
 * `program`'s ProgramData account, whose upgrade authority alone may initialize it (a harness
 * builtin has none unless a test puts one there).
 */
export const programDataPda = (program: ProgramName): PublicKey =>
  PublicKey.findProgramAddressSync([PROGRAM_IDS[program].toBuffer()], UPGRADEABLE_LOADER_ID)[0];

/** Derived addresses by program and seeds: a derivation costs ~100 µs of curve checks. */
const DERIVED = new Map<string, PublicKey>();
const DERIVED_MAX = 10_000;

/** The PDA of `seeds` under `program` (each derivation once, then cached). */
export function programPda(program: ProgramName, seeds: (Buffer | Uint8Array)[]): PublicKey {
  const key = `${program}:${seeds.map((s) => Buffer.from(s).toString("hex")).join(":")}`;
  let address = DERIVED.get(key);
  if (!address) {
    address = PublicKey.findProgramAddressSync(seeds, PROGRAM_IDS[program])[0];
    if (DERIVED.size >= DERIVED_MAX) DERIVED.clear();
    DERIVED.set(key, address);
  }
  return address;
}

export const TOKEN_SEEDS = {
  config: seed("io_token", "CONFIG_SEED"),
  mint: seed("io_token", "MINT_SEED"),
  vesting: seed("io_token", "VESTING_SEED"),
  vestingVault: seed("io_token", "VESTING_VAULT_SEED"),
};

/** The token config, which is also the IO mint authority. */
export const tokenConfigPda = (): PublicKey => programPda("io_token", [TOKEN_SEEDS.config]);

/** The IO mint. */
export const ioMintPda = (): PublicKey => programPda("io_token", [TOKEN_SEEDS.mint]);

/** The vested genesis allocations, in the order of the on-chain `Allocation` enum. */
export const ALLOCATIONS = ["seedInvestors", "seriesA", "coreContributors"] as const;
export type AllocationName = (typeof ALLOCATIONS)[number];

/** A vesting schedule: `[VESTING_SEED, allocation index]`. */
export const vestingPda = (allocation: AllocationName): PublicKey =>
  programPda("io_token", [TOKEN_SEEDS.vesting, Uint8Array.of(ALLOCATIONS.indexOf(allocation))]);

/** The token account holding a schedule's unclaimed IO: `[VESTING_VAULT_SEED, schedule]`. */
export const vestingVaultPda = (schedule: PublicKey): PublicKey =>
  programPda("io_token", [TOKEN_SEEDS.vestingVault, schedule.toBuffer()]);
