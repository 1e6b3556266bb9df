/**
 * What a CLI command works against: the cluster at `--url` (default localnet) and `--keypair`'s
 * wallet, with a client per program. Commands parse their options before opening it, so a typo
 * is reported even when no cluster runs.
 */
import { Provider } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { IoCloudClient } from "../cloud/client.js";
import { IoCreditsClient } from "../credits/client.js";
import { IoDaoClient } from "../dao/client.js";
import { DEVICE_CLASSES } from "../deploy/defaults.js";
import { IoRewardsClient } from "../rewards/client.js";
import { IoTokenClient } from "../token/client.js";
import { localnetEconomy } from "./localnet_client.js";
import { UsageError } from "./output.js";
import { parseChoice } from "./parse.js";
import { openSession, SessionOptions } from "./session.js";

export interface CommandContext {
  token: IoTokenClient;
  cloud: IoCloudClient;
  rewards: IoRewardsClient;
  dao: IoDaoClient;
  credits: IoCreditsClient;
  /** The user's wallet (pays and signs). */
  user: Keypair;
  /** The cluster's RPC URL. */
  url: string;
}

export async function commandContext(options: SessionOptions): Promise<CommandContext> {
  const { provider, url, signer } = await openSession(options);
  return { ...clients(provider), user: signer, url };
}

function clients(provider: Provider) {
  return {
    token: new IoTokenClient(provider),
    cloud: new IoCloudClient(provider),
    rewards: new IoRewardsClient(provider),
    dao: new IoDaoClient(provider),
    credits: new IoCreditsClient(provider),
  };
}

/** The USDC tender's mint: `--usdc-mint` (parsed), else the localnet's (`ionet_getEconomy`). */
export async function usdcMintOf(ctx: CommandContext, flag?: PublicKey): Promise<PublicKey> {
  if (flag) return flag;
  try {
    return new PublicKey((await localnetEconomy(ctx.url)).usdcMint);
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`--usdc-mint <address> is required: ${err.message}`);
    throw err;
  }
}

/** The user's IO account (its associated token account). */
export const ioAccountOf = (ctx: CommandContext): PublicKey => getAssociatedTokenAddressSync(ctx.token.mint, ctx.user.publicKey);

/** A device class by name (e.g. "H100", "RTX 4070") or id. */
export function deviceClassId(text: string): number {
  if (/^\d+$/.test(text)) {
    const id = Number(text);
    if (!DEVICE_CLASSES.some((c) => c.classId === id)) throw new UsageError(`unknown device class id ${text}`);
    return id;
  }
  const names = DEVICE_CLASSES.map((c) => c.name.replace(/^NVIDIA /, "").replace(/ 80GB$/, ""));
  const name = parseChoice(text, names, "device class");
  return DEVICE_CLASSES[names.indexOf(name)].classId;
}

/** A device class's name by id (e.g. 1 → "NVIDIA H100 80GB"). */
export function deviceClassName(id: number): string {
  return DEVICE_CLASSES.find((c) => c.classId === id)?.name ?? `class ${id}`;
}
