/** The token balances a transaction's meta reports: one per SPL Token / Token-2022 account among its keys. */
import { PublicKey } from "@solana/web3.js";

import type { TokenBalance } from "./ledger.js";

export const TOKEN_PROGRAM = new PublicKey("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
export const TOKEN_2022_PROGRAM = new PublicKey("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");

/** An initialized token account's layout (the first 165 bytes, both programs). */
const TOKEN_ACCOUNT_LEN = 165;
const MINT_DECIMALS_OFFSET = 44;

interface Owned {
  owner: PublicKey;
  data: Buffer;
}

export function isTokenProgram(owner: PublicKey): boolean {
  return owner.equals(TOKEN_PROGRAM) || owner.equals(TOKEN_2022_PROGRAM);
}

/** A token account's mint, owner and amount; undefined if `account` is not one. */
export function parseTokenAccount(account: Owned | null): { mint: PublicKey; owner: PublicKey; amount: bigint } | undefined {
  if (!account || !isTokenProgram(account.owner) || account.data.length < TOKEN_ACCOUNT_LEN) return undefined;
  // Token-2022 mints with extensions are longer than 165 bytes too: a mint has no account-type byte 2.
  if (account.data.length > TOKEN_ACCOUNT_LEN && account.data[TOKEN_ACCOUNT_LEN] !== 2) return undefined;
  if (account.data[108] === 0) return undefined; // uninitialized
  return { mint: new PublicKey(account.data.subarray(0, 32)), owner: new PublicKey(account.data.subarray(32, 64)), amount: account.data.readBigUInt64LE(64) };
}

/** A mint's decimals; undefined if `account` is not a mint. */
export function mintDecimals(account: Owned | null): number | undefined {
  if (!account || !isTokenProgram(account.owner) || account.data.length < 82) return undefined;
  if (account.data.length >= TOKEN_ACCOUNT_LEN && account.data[TOKEN_ACCOUNT_LEN] !== 1) return undefined;
  return account.data[MINT_DECIMALS_OFFSET];
}

export function mintSupply(account: Owned): bigint {
  return account.data.readBigUInt64LE(36);
}

/** `{amount, decimals, uiAmount, uiAmountString}` as agave's RPC answers it. */
export function uiTokenAmount(amount: bigint, decimals: number): TokenBalance["uiTokenAmount"] {
  const text = amount.toString().padStart(decimals + 1, "0");
  const whole = text.slice(0, text.length - decimals);
  const fraction = text.slice(text.length - decimals).replace(/0+$/, "");
  const uiAmountString = fraction ? `${whole}.${fraction}` : whole;
  return { amount: amount.toString(), decimals, uiAmount: Number(uiAmountString), uiAmountString };
}

export function tokenBalances(accounts: (Owned | null)[], mintOf: (mint: PublicKey) => Owned | null): TokenBalance[] {
  const balances: TokenBalance[] = [];
  accounts.forEach((account, accountIndex) => {
    const token = parseTokenAccount(account);
    if (!token) return;
    const decimals = mintDecimals(mintOf(token.mint)) ?? 0;
    balances.push({ accountIndex, mint: token.mint.toBase58(), owner: token.owner.toBase58(), programId: account!.owner.toBase58(), uiTokenAmount: uiTokenAmount(token.amount, decimals) });
  });
  return balances;
}
