/**
 * The accounts `proposalExecute` hands to a change's target program, derived from the change
 * alone, in the order io_dao's `governed_cpi` reads them: `[target program, governance PDA,
 * target config]`, then what the governed instruction needs besides. A DAO change has none.
 */
import { AccountMeta, Connection, PublicKey, SystemProgram } from "@solana/web3.js";

import { TOKEN_PROGRAM_ID } from "@solana/spl-token";

import { cloudConfigPda, cloudRewardsAuthorityPda, deviceClassPda, stakeVaultPda } from "../cloud/pda.js";
import { creditsConfigPda, feeVaultPda, tenderPda } from "../credits/pda.js";
import { tokenConfigPda } from "../pda.js";
import { CODERS, PROGRAM_IDS, ProgramName } from "../programs.js";
import { rewardsConfigPda, workerRewardPda } from "../rewards/pda.js";
import { governancePda } from "./pda.js";
import type { ParamChangeInput } from "./instructions.js";

const meta = (pubkey: PublicKey, isWritable = false): AccountMeta => ({ pubkey, isSigner: false, isWritable });

/** The change's variant name and its fields, e.g. `["creditsFeeWithdraw", { mint, amount, destination }]`. */
export function changeVariant(change: ParamChangeInput): [string, Record<string, unknown>] {
  const entries = Object.entries(change);
  if (entries.length !== 1) throw new Error(`a change has exactly one variant; got ${Object.keys(change).join(", ") || "none"}`);
  return entries[0] as [string, Record<string, unknown>];
}

/** Which program a change targets, by its variant's prefix (as `ParamChange::target`). */
export function changeTarget(change: ParamChangeInput): ProgramName {
  const [variant] = changeVariant(change);
  const prefix = /^[a-z]+/.exec(variant)?.[0];
  const target = ({ dao: "io_dao", rewards: "io_rewards", credits: "io_credits", cloud: "io_cloud", token: "io_token" } as const)[prefix ?? ""];
  if (!target) throw new Error(`unknown change ${variant}`);
  return target;
}

/** Does executing the change move tokens of a mint (so its token program must be known)? */
export function changeMint(change: ParamChangeInput): PublicKey | null {
  const [variant, fields] = changeVariant(change);
  return variant === "creditsTenderRegister" || variant === "creditsFeeWithdraw" ? (fields.mint as PublicKey) : null;
}

/**
 * The target accounts of `change`. `tokenProgram` is the owner of the change's mint, needed only
 * when `changeMint(change)` is not null (`executionAccounts` looks it up).
 */
export function targetAccounts(change: ParamChangeInput, tokenProgram?: PublicKey): AccountMeta[] {
  const [variant, fields] = changeVariant(change);
  const target = changeTarget(change);
  if (target === "io_dao") return [];
  const configs: Record<Exclude<ProgramName, "io_dao">, PublicKey> = {
    io_rewards: rewardsConfigPda(),
    io_credits: creditsConfigPda(),
    io_cloud: cloudConfigPda(),
    io_token: tokenConfigPda(),
  };
  // The config is written unless the instruction only reads it to check the governance key.
  const readsConfigOnly = ["creditsTenderRegister", "creditsTender", "creditsFeeWithdraw", "cloudDeviceClass", "cloudSlashDecision"].includes(variant);
  const head = [meta(PROGRAM_IDS[target]), meta(governancePda()), meta(configs[target], !readsConfigOnly)];
  const mint = fields.mint as PublicKey;
  const needsTokenProgram = (): PublicKey => {
    if (!tokenProgram) throw new Error(`${variant} needs the token program of mint ${mint.toBase58()}`);
    return tokenProgram;
  };
  switch (variant) {
    case "creditsTender":
      return [...head, meta(tenderPda(mint), true)];
    case "creditsTenderRegister":
      return [...head, meta(mint), meta(tenderPda(mint), true), meta(feeVaultPda(mint), true), meta(needsTokenProgram()), meta(SystemProgram.programId)];
    case "creditsFeeWithdraw":
      return [...head, meta(tenderPda(mint), true), meta(mint), meta(feeVaultPda(mint), true), meta(fields.destination as PublicKey, true), meta(needsTokenProgram())];
    case "cloudDeviceClass":
      return [...head, meta(deviceClassPda(Number(fields.classId)), true), meta(SystemProgram.programId)];
    case "cloudSlashDestination":
      return "treasury" in (fields.destination as object) ? [...head, meta(fields.treasury as PublicKey)] : head;
    default:
      return head;
  }
}

/**
 * A slash decision's accounts after the head, read from the cluster: the case names its worker and
 * payer, io_cloud's config the IO mint and (when slashed IO goes there) the treasury.
 */
async function slashDecisionAccounts(connection: Connection, slashCase: PublicKey): Promise<AccountMeta[]> {
  const read = async (address: PublicKey, account: string, what: string) => {
    const info = await connection.getAccountInfo(address);
    if (!info) throw new Error(`${what} ${address.toBase58()} does not exist`);
    return CODERS.io_cloud.accounts.decode(account, info.data);
  };
  const found = await read(slashCase, "slashCase", "the proposal's slash case");
  const config = await read(cloudConfigPda(), "cloudConfig", "io_cloud's config");
  const worker = found.worker as PublicKey;
  const accounts = [
    meta(slashCase, true),
    meta(worker, true),
    meta(found.payer as PublicKey, true),
    meta(stakeVaultPda(worker), true),
    meta(config.ioMint as PublicKey, true),
    meta(TOKEN_PROGRAM_ID),
    meta(workerRewardPda(worker), true),
    meta(cloudRewardsAuthorityPda()),
    meta(rewardsConfigPda(), true),
    meta(PROGRAM_IDS.io_rewards),
  ];
  return "treasury" in config.slashDestination ? [...accounts, meta(config.treasury as PublicKey, true)] : accounts;
}

/** `targetAccounts`, with what the change needs read from the cluster (a mint's token program, a slash case's accounts). */
export async function executionAccounts(connection: Connection, change: ParamChangeInput): Promise<AccountMeta[]> {
  const [variant, fields] = changeVariant(change);
  if (variant === "cloudSlashDecision") return [...targetAccounts(change), ...(await slashDecisionAccounts(connection, fields.case as PublicKey))];
  const mint = changeMint(change);
  if (!mint) return targetAccounts(change);
  const account = await connection.getAccountInfo(mint);
  if (!account) throw new Error(`mint ${mint.toBase58()} of the proposal does not exist`);
  return targetAccounts(change, account.owner);
}

/** A device class name as a proposal carries it: UTF-8, zero-padded to 32 bytes. */
export function deviceClassNameBytes(name: string): number[] {
  const bytes = Buffer.from(name, "utf8");
  if (bytes.length === 0 || bytes.length > 32) throw new Error(`a device class name is 1 to 32 bytes of UTF-8; "${name}" is ${bytes.length}`);
  return [...bytes, ...new Array(32 - bytes.length).fill(0)];
}
