/** Program ids and IDLs of the five programs, straight from the generated IDLs. */
import { BorshCoder, Idl, Program, Provider } from "@coral-xyz/anchor";
// Not re-exported from the package root; the conversion `new Program()` applies to an IDL.
import { convertIdlToCamelCase } from "@coral-xyz/anchor/dist/cjs/idl.js";
import { PublicKey } from "@solana/web3.js";

import ioTokenIdl from "./idl/io_token.json" with { type: "json" };
import ioCreditsIdl from "./idl/io_credits.json" with { type: "json" };
import ioCloudIdl from "./idl/io_cloud.json" with { type: "json" };
import ioRewardsIdl from "./idl/io_rewards.json" with { type: "json" };
import ioDaoIdl from "./idl/io_dao.json" with { type: "json" };
import type { IoToken } from "./idl/io_token.js";
import type { IoCredits } from "./idl/io_credits.js";
import type { IoCloud } from "./idl/io_cloud.js";
import type { IoRewards } from "./idl/io_rewards.js";
import type { IoDao } from "./idl/io_dao.js";

export type { IoToken, IoCredits, IoCloud, IoRewards, IoDao };

export const PROGRAM_NAMES = ["io_token", "io_credits", "io_cloud", "io_rewards", "io_dao"] as const;
export type ProgramName = (typeof PROGRAM_NAMES)[number];

/** The JSON IDL of each program (snake_case, as `anchor build` writes it). */
export const IDLS: Record<ProgramName, Idl> = {
  io_token: ioTokenIdl as Idl,
  io_credits: ioCreditsIdl as Idl,
  io_cloud: ioCloudIdl as Idl,
  io_rewards: ioRewardsIdl as Idl,
  io_dao: ioDaoIdl as Idl,
};

/** The IDLs as `Program` sees them: instruction, account and field names in camelCase. */
export const CAMEL_IDLS: Record<ProgramName, Idl> = Object.fromEntries(
  PROGRAM_NAMES.map((name) => [name, convertIdlToCamelCase(IDLS[name])]),
) as Record<ProgramName, Idl>;

/** Coders over the camelCase IDLs: decoded fields are named as `Program` names them. */
export const CODERS: Record<ProgramName, BorshCoder> = Object.fromEntries(
  PROGRAM_NAMES.map((name) => [name, new BorshCoder(CAMEL_IDLS[name])]),
) as Record<ProgramName, BorshCoder>;

export const PROGRAM_IDS: Record<ProgramName, PublicKey> = Object.fromEntries(
  PROGRAM_NAMES.map((name) => [name, new PublicKey(IDLS[name].address)]),
) as Record<ProgramName, PublicKey>;

/** The program name of an id, if it is one of ours. */
export function programNameOf(id: PublicKey | string): ProgramName | undefined {
  const key = typeof id === "string" ? id : id.toBase58();
  return PROGRAM_NAMES.find((name) => PROGRAM_IDS[name].toBase58() === key);
}

/** Typed Anchor programs over one provider. */
export interface IoPrograms {
  token: Program<IoToken>;
  credits: Program<IoCredits>;
  cloud: Program<IoCloud>;
  rewards: Program<IoRewards>;
  dao: Program<IoDao>;
}

export function ioPrograms(provider: Provider): IoPrograms {
  return {
    token: new Program(ioTokenIdl as IoToken, provider),
    credits: new Program(ioCreditsIdl as IoCredits, provider),
    cloud: new Program(ioCloudIdl as IoCloud, provider),
    rewards: new Program(ioRewardsIdl as IoRewards, provider),
    dao: new Program(ioDaoIdl as IoDao, provider),
  };
}
