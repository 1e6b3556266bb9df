/**
 * What a CLI command works against. With `--url`, the cluster and `--keypair`'s wallet: state
 * persists between commands (e.g. on `io localnet`). On the embedded harness (no `--url`) there
 * is no chain yet, so each command starts a sandbox with the whole protocol deployed (genesis,
 * market, rewards, DAO) and a funded wallet, and creates what it needs first (e.g. `worker
 * stake` registers a worker); those steps print as `setup:`.
 */
import { Provider } from "@coral-xyz/anchor";
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { IoCloudClient } from "../cloud/client.js";
import { IoCreditsClient } from "../credits/client.js";
import { IoDaoClient } from "../dao/client.js";
import { createSandbox, Sandbox } from "../demo/sandbox.js";
import { DEVICE_CLASSES } from "../deploy/defaults.js";
import { IoRewardsClient } from "../rewards/client.js";
import { IoTokenClient } from "../token/client.js";
import { formatIo } from "./format.js";
import { localnetEconomy } from "./localnet_client.js";
import { UsageError } from "./output.js";
import { parseChoice, parsePubkey } from "./parse.js";
import { openSession, SessionOptions } from "./session.js";

export interface CommandContext {
  token: IoTokenClient;
  cloud: IoCloudClient;
  rewards: IoRewardsClient;
  dao: IoDaoClient;
  credits: IoCreditsClient;
  /** The user's wallet (pays and signs). */
  user: Keypair;
  /** Set on a cluster (`--url`): its RPC URL. */
  url?: string;
  /** Set on the embedded harness. */
  sandbox?: Sandbox;
  setup: string[];
}

export async function commandContext(options: SessionOptions): Promise<CommandContext> {
  if (options.url) {
    const { provider, cluster } = await openSession(options);
    return { ...clients(provider), user: cluster!.signer, url: cluster!.url, setup: [] };
  }
  const sandbox = await createSandbox();
  const user = await sandbox.fund(10);
  return { ...clients(sandbox.provider), user, sandbox, setup: ["setup: embedded harness with IO genesis, market, rewards and DAO deployed"] };
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

/** The USDC tender's mint: `--usdc-mint`, the sandbox's, or the localnet's (`ionet_getEconomy`). */
export async function usdcMintOf(ctx: CommandContext, flag?: string): Promise<PublicKey> {
  if (flag) return parsePubkey(flag, "--usdc-mint");
  if (ctx.sandbox) return ctx.sandbox.usdcMint;
  try {
    return new PublicKey((await localnetEconomy(ctx.url!)).usdcMint);
  } catch (err) {
    if (err instanceof UsageError) throw new UsageError(`--usdc-mint <address> is required: ${err.message}`);
    throw err;
  }
}

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

/** Gives the sandbox user `amount` IO (harness only). */
export async function ioFor(ctx: CommandContext, amount: bigint): Promise<PublicKey> {
  if (!ctx.sandbox) return getAssociatedTokenAddressSync(ctx.token.mint, ctx.user.publicKey);
  ctx.setup.push(`setup: funded ${ctx.user.publicKey.toBase58()} with ${formatIo(amount)}`);
  return ctx.sandbox.giveIo(ctx.user.publicKey, amount);
}
