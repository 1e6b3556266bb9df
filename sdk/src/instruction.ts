/**
 * The one synchronous instruction builder every program's `instructions.ts` calls: args encoded
 * with the program's coder, account metas in the IDL's order with the IDL's signer / writable
 * flags, and the accounts the IDL already knows filled in (no I/O, as Anchor's resolution would
 * without fetching).
 */
import type { IdlInstruction, IdlInstructionAccount, IdlInstructionAccountItem, IdlSeed } from "@coral-xyz/anchor/dist/cjs/idl.js";
import { AccountMeta, PublicKey, TransactionInstruction } from "@solana/web3.js";

import { CAMEL_IDLS, CODERS, PROGRAM_IDS, ProgramName } from "./programs.js";

/**
 * The accounts of an instruction by their camelCase IDL names; a composite group of the IDL is a
 * nested object. Leave out the accounts the IDL knows; `null` is an absent optional account.
 */
export interface AccountsInput {
  [name: string]: PublicKey | null | undefined | AccountsInput;
}

/** The address of an account the IDL fixes (`address`, or a PDA of `const` seeds only), if any. */
function fixedAddress(programId: PublicKey, account: IdlInstructionAccount): PublicKey | undefined {
  if (account.address) return new PublicKey(account.address);
  const pda = account.pda;
  if (!pda) return undefined;
  const constant = (seed: IdlSeed) => (seed.kind === "const" ? Buffer.from(seed.value) : undefined);
  const seeds = pda.seeds.map(constant);
  if (seeds.some((seed) => seed === undefined)) return undefined;
  const owner = pda.program === undefined ? programId : constant(pda.program);
  if (owner === undefined) return undefined;
  return PublicKey.findProgramAddressSync(seeds as Buffer[], new PublicKey(owner))[0];
}

/** Fixed addresses per IDL account item, derived once. */
const FIXED = new WeakMap<IdlInstructionAccount, PublicKey | null>();

function fixedAddressCached(programId: PublicKey, account: IdlInstructionAccount): PublicKey | undefined {
  if (!FIXED.has(account)) FIXED.set(account, fixedAddress(programId, account) ?? null);
  return FIXED.get(account) ?? undefined;
}

const isKey = (value: unknown): value is PublicKey =>
  typeof value === "object" && value !== null && typeof (value as PublicKey).toBase58 === "function";

function accountMetas(
  where: string,
  programId: PublicKey,
  items: IdlInstructionAccountItem[],
  given: AccountsInput,
  path: string[],
): AccountMeta[] {
  return items.flatMap((item): AccountMeta[] => {
    const value = given[item.name];
    const at = [...path, item.name];
    if ("accounts" in item) {
      if (isKey(value)) throw new Error(`${where}: \`${at.join(".")}\` is a group of accounts, not one`);
      return accountMetas(where, programId, item.accounts as IdlInstructionAccountItem[], value ?? {}, at);
    }
    if (value !== undefined && value !== null && !isKey(value)) {
      throw new Error(`${where}: \`${at.join(".")}\` is one account, not a group`);
    }
    const pubkey = value === null ? (item.optional ? programId : undefined) : (value ?? fixedAddressCached(programId, item));
    if (!pubkey) throw new Error(`${where}: missing account \`${at.join(".")}\``);
    // Anchor's convention: an optional account equal to the program id is absent, neither signer nor writable.
    const absent = Boolean(item.optional) && pubkey.equals(programId);
    return [{ pubkey, isSigner: Boolean(item.signer) && !absent, isWritable: Boolean(item.writable) && !absent }];
  });
}

function idlInstruction(program: ProgramName, name: string): IdlInstruction {
  const found = CAMEL_IDLS[program].instructions.find((ix) => ix.name === name);
  if (!found) throw new Error(`${program} has no instruction \`${name}\``);
  return found;
}

/**
 * Builds `program`'s instruction `name` (camelCase, as `program.methods` names it). `args` is keyed
 * by the IDL's argument names (`{ args: {...} }` for a handler taking one `XxxArgs`); `remaining`
 * goes after the IDL's accounts. Throws, naming it, for an account neither given nor known.
 */
export function buildInstruction(
  program: ProgramName,
  name: string,
  args: Record<string, unknown>,
  accounts: AccountsInput,
  remaining: AccountMeta[] = [],
): TransactionInstruction {
  const ix = idlInstruction(program, name);
  const programId = PROGRAM_IDS[program];
  const keys = accountMetas(`${program}.${name}`, programId, ix.accounts, accounts, []);
  const data = CODERS[program].instruction.encode(name, args);
  return new TransactionInstruction({ programId, keys: [...keys, ...remaining], data });
}

/** An account in `remaining_accounts`, writable, not a signer. */
export const writableMeta = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });
