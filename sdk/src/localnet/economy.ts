/**
 * The localnet's economy: deployed through the localnet's own RPC at first start (as on any
 * cluster), its role keys kept as keypair files in the ledger (`<ledger>/keys/<role>.json`,
 * so the daemons and the CLI can sign as the orchestrator or the uptime verifier), its
 * addresses in `<ledger>/economy.json`. Adds the RPC methods `ionet_getEconomy` (addresses and
 * role keys) and `ionet_requestTokens` (the IO and USDC faucet), and posts a fresh IO/USD
 * price at least every 30 seconds of chain time.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { Connection, Keypair, LAMPORTS_PER_SOL, PublicKey } from "@solana/web3.js";

import { INVALID_PARAMS, Localnet, RpcError } from "@ionet/harness";

import { IoCreditsClient } from "../credits/client.js";
import { deployEconomy, ECONOMY_ROLES, EconomyKeys } from "../deploy/economy.js";
import { keypairFile } from "./keys.js";

/** What `ionet_getEconomy` answers: every address a client of the localnet needs. */
export interface LocalnetEconomy {
  ioMint: string;
  usdcMint: string;
  iosdMint: string;
  /** The IO/USD Pyth price update account the localnet keeps fresh. */
  priceUpdate: string;
  /** Public keys by role, and where their keypair files are. */
  roles: Record<string, string>;
  keysDir: string;
}

const PRICE_EVERY_SECS = 30;

export async function startEconomy(localnet: Localnet, ledgerDir: string, log: (line: string) => void): Promise<LocalnetEconomy> {
  const keysDir = path.join(ledgerDir, "keys");
  const keys = Object.fromEntries(ECONOMY_ROLES.map((role) => [role, keypairFile(path.join(keysDir, `${role}.json`))])) as EconomyKeys;
  const priceAccount = keypairFile(path.join(keysDir, "io-usd-price.json")).publicKey;
  const connection = new Connection(localnet.rpcUrl, { commitment: "confirmed", wsEndpoint: localnet.wsUrl });
  const provider = new AnchorProvider(connection, new Wallet(keys.deployer), { commitment: "confirmed" });
  const recordFile = path.join(ledgerDir, "economy.json");
  const recorded = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, "utf8")) as LocalnetEconomy) : undefined;
  if (!recorded) log("deploying the protocol (first start on this ledger)...");
  const economy = await deployEconomy(
    provider,
    keys,
    {
      fund: async (owner) => {
        const signature = await connection.requestAirdrop(owner, 100 * LAMPORTS_PER_SOL);
        await connection.confirmTransaction(signature, "confirmed");
      },
      setAccount: async (address, account) => {
        localnet.chain.setAccounts([[address, { lamports: BigInt(account.lamports), data: account.data, owner: account.owner, executable: false, rentEpoch: 0n }]]);
      },
      now: async () => BigInt(localnet.chain.unixTimestamp),
    },
    { priceAccount, usdcMint: recorded && new PublicKey(recorded.usdcMint) },
  );
  const info: LocalnetEconomy = {
    ioMint: economy.ioMint.toBase58(),
    usdcMint: economy.usdcMint.toBase58(),
    iosdMint: new IoCreditsClient(provider).iosdMint.toBase58(),
    priceUpdate: priceAccount.toBase58(),
    roles: Object.fromEntries(ECONOMY_ROLES.map((role) => [role, keys[role].publicKey.toBase58()])),
    keysDir,
  };
  if (!recorded) writeFileSync(recordFile, JSON.stringify(info, null, 2) + "\n");

  let pricedAt = -Infinity;
  const publish = async () => {
    if (localnet.chain.unixTimestamp - pricedAt < PRICE_EVERY_SECS) return;
    pricedAt = localnet.chain.unixTimestamp;
    await economy.publishIoPrice();
  };
  await publish();
  localnet.chain.on("slot", () => void publish());

  localnet.addMethods({
    ionet_getEconomy: () => info,
    ionet_requestTokens: async ([owner, amounts]) => {
      let to: PublicKey;
      try {
        to = new PublicKey(owner as string);
      } catch {
        throw new RpcError(INVALID_PARAMS, "Invalid param: Invalid pubkey");
      }
      const { io, usdc } = (amounts ?? {}) as { io?: string; usdc?: string };
      const amount = (value: string | undefined, what: string) => {
        if (value === undefined) return 0n;
        if (typeof value !== "string" || !/^\d+$/.test(value)) throw new RpcError(INVALID_PARAMS, `Invalid param: ${what} must be a string of base units`);
        return BigInt(value);
      };
      const [ioAmount, usdcAmount] = [amount(io, "io"), amount(usdc, "usdc")];
      const result: { io?: string; usdc?: string } = {};
      if (ioAmount > 0n) result.io = (await economy.giveIo(to, ioAmount)).toBase58();
      if (usdcAmount > 0n) result.usdc = (await economy.giveUsdc(to, usdcAmount)).toBase58();
      return result;
    },
  });
  return info;
}

/** Reads a role's keypair from a localnet's ledger (e.g. the orchestrator's, for its daemon). */
export function localnetRoleKey(ledgerDir: string, role: (typeof ECONOMY_ROLES)[number]): Keypair {
  return keypairFile(path.join(ledgerDir, "keys", `${role}.json`));
}
