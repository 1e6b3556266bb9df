/**
 * `io localnet`: a persistent local chain on 127.0.0.1 (JSON-RPC on --rpc-port, PubSub on
 * --ws-port) with the protocol deployed at first start, until SIGINT or SIGTERM.
 */
import { homedir } from "node:os";
import path from "node:path";

import { LocalnetListenError, startLocalnet } from "@ionet/harness";

import { startEconomy } from "../../localnet/economy.js";
import { UsageError } from "../output.js";
import { parseCount } from "../parse.js";

export interface LocalnetCommandOptions {
  rpcPort: string;
  wsPort?: string;
  ledger?: string;
  reset?: boolean;
  json?: boolean;
}

export const DEFAULT_LEDGER = path.join(homedir(), ".ionet", "localnet");

export async function localnet(options: LocalnetCommandOptions): Promise<void> {
  const rpcPort = parseCount(options.rpcPort, "--rpc-port", 65_535);
  const wsPort = options.wsPort === undefined ? rpcPort + 1 : parseCount(options.wsPort, "--ws-port", 65_535);
  if (wsPort === rpcPort) throw new UsageError("--ws-port must differ from --rpc-port");
  const ledgerDir = path.resolve(options.ledger ?? DEFAULT_LEDGER);
  const log = (line: string) => console.log(line);
  let net;
  try {
    net = await startLocalnet({ ledgerDir, reset: options.reset, rpcPort, wsPort });
  } catch (err) {
    if (err instanceof LocalnetListenError) throw new UsageError(err.message);
    throw err;
  }
  const economy = await startEconomy(net, ledgerDir, log);
  if (options.json) {
    log(JSON.stringify({ rpcUrl: net.rpcUrl, wsUrl: net.wsUrl, ledger: ledgerDir, genesisHash: net.chain.genesisHash, ...economy }));
  } else {
    log(`localnet: JSON-RPC ${net.rpcUrl}, websocket ${net.wsUrl}`);
    log(`ledger ${ledgerDir} (genesis ${net.chain.genesisHash}, slot ${net.chain.slot}, ${net.chain.transactions.length} transactions)`);
    log(`IO ${economy.ioMint}  USDC ${economy.usdcMint}  IOSD ${economy.iosdMint}`);
    log(`role keys in ${economy.keysDir}; faucet: io faucet --io 1000 --usdc 1000`);
    log("ready");
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await net.close();
  process.exit(0);
}
