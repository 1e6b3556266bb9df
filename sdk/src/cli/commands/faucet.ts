/** `io faucet`: test SOL, IO and USDC for the signer, from the localnet's faucet. */
import { PublicKey } from "@solana/web3.js";

import { formatIo, formatSol, formatUsdc, IO_DECIMALS, SOL_DECIMALS, USDC_DECIMALS } from "../format.js";
import { requestTokens } from "../localnet_client.js";
import { emit, OutputOptions, UsageError } from "../output.js";
import { parseAmount } from "../parse.js";
import { openSession, SessionOptions } from "../session.js";

export interface FaucetOptions extends OutputOptions, SessionOptions {
  io?: string;
  usdc?: string;
  sol?: string;
}

export async function faucet(o: FaucetOptions): Promise<void> {
  const amounts = {
    io: o.io === undefined ? undefined : parseAmount(o.io, IO_DECIMALS, "--io"),
    usdc: o.usdc === undefined ? undefined : parseAmount(o.usdc, USDC_DECIMALS, "--usdc"),
    sol: o.sol === undefined ? undefined : parseAmount(o.sol, SOL_DECIMALS, "--sol"),
  };
  if (!amounts.io && !amounts.usdc && !amounts.sol) throw new UsageError("name what to request: --io <amount>, --usdc <amount> and/or --sol <amount>");
  const { provider, url, signer } = await openSession(o);
  const owner = signer.publicKey;
  const connection = provider.connection;
  if (amounts.sol) {
    const signature = await connection.requestAirdrop(owner, Number(amounts.sol));
    await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, "confirmed");
  }
  const accounts = amounts.io || amounts.usdc ? await requestTokens(url, owner.toBase58(), amounts) : {};
  const balance = async (account?: string) => (account ? BigInt((await connection.getTokenAccountBalance(new PublicKey(account))).value.amount) : undefined);
  const result = {
    owner: owner.toBase58(),
    granted: amounts,
    ioAccount: accounts.io,
    usdcAccount: accounts.usdc,
    balances: { sol: BigInt(await connection.getBalance(owner)), io: await balance(accounts.io), usdc: await balance(accounts.usdc) },
  };
  emit(o, result, (r) => {
    const granted = [r.granted.sol && formatSol(r.granted.sol), r.granted.io && formatIo(r.granted.io), r.granted.usdc && formatUsdc(r.granted.usdc)].filter(Boolean);
    const held = [formatSol(r.balances.sol), r.balances.io !== undefined && formatIo(r.balances.io), r.balances.usdc !== undefined && formatUsdc(r.balances.usdc)].filter(Boolean);
    return [`sent ${granted.join(", ")} to ${r.owner}`, `  balances: ${held.join(", ")}`].join("\n");
  });
}
