/**
 * What a CLI command works against. With `--rpc`, the cluster and `--keypair`'s wallet. On the
 * embedded harness (the default) there is no chain yet, so each command starts a sandbox with
 * the whole protocol deployed (genesis, market, rewards, DAO) and a funded wallet, and creates
 * what it needs first (e.g. `worker stake` registers a worker); those steps print as `setup:`.
 */
import { getAssociatedTokenAddressSync } from "@solana/spl-token";
import { Keypair, PublicKey } from "@solana/web3.js";

import { IoCloudClient } from "../cloud/client.js";
import { IoDaoClient } from "../dao/client.js";
import { createSandbox, Sandbox } from "../demo/sandbox.js";
import { DEVICE_CLASSES } from "../deploy/defaults.js";
import { IoRewardsClient } from "../rewards/client.js";
import { IoTokenClient } from "../token/client.js";
import { UsageError } from "./output.js";
import { parseChoice } from "./parse.js";
import { openSession, SessionOptions } from "./session.js";

export interface CommandContext {
  token: IoTokenClient;
  cloud: IoCloudClient;
  rewards: IoRewardsClient;
  dao: IoDaoClient;
  /** The user's wallet (pays and signs). */
  user: Keypair;
  /** Set on the embedded harness. */
  sandbox?: Sandbox;
  setup: string[];
}

export async function commandContext(options: SessionOptions): Promise<CommandContext> {
  if (options.rpc) {
    const { provider } = await openSession(options);
    const user = (provider as unknown as { wallet: { payer: Keypair } }).wallet.payer;
    return {
      token: new IoTokenClient(provider),
      cloud: new IoCloudClient(provider),
      rewards: new IoRewardsClient(provider),
      dao: new IoDaoClient(provider),
      user,
      setup: [],
    };
  }
  const sandbox = await createSandbox();
  const user = await sandbox.fund(10);
  return { token: sandbox.token, cloud: sandbox.cloud, rewards: sandbox.rewards, dao: sandbox.dao, user, sandbox, setup: ["setup: embedded harness with IO genesis, market, rewards and DAO deployed"] };
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

/** Gives the sandbox user `amount` IO (harness only). */
export async function ioFor(ctx: CommandContext, amount: bigint): Promise<PublicKey> {
  if (!ctx.sandbox) return getAssociatedTokenAddressSync(ctx.token.mint, ctx.user.publicKey);
  ctx.setup.push(`setup: funded ${ctx.user.publicKey.toBase58()} with ${amount} IO base units`);
  return ctx.sandbox.giveIo(ctx.user.publicKey, amount);
}
