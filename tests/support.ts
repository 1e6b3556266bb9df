/** Shared setup for the suites: a fresh harness, the clock, mints and token accounts, refusal assertions. */
import { expect } from "chai";
import {
  createAssociatedTokenAccountIdempotentInstruction,
  getAccount,
  getAssociatedTokenAddressSync,
} from "@solana/spl-token";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram } from "@solana/web3.js";

import { HarnessContext, HarnessProvider, start } from "@ionet/harness";
import { createTokenMint, IoProgramError, IoTokenClient, sendInstructions } from "@ionet/sdk";

export interface TestBank {
  context: HarnessContext;
  provider: HarnessProvider;
}

export async function newBank(): Promise<TestBank> {
  const context = await start();
  return { context, provider: new HarnessProvider(context) };
}

export const HOUR = 3_600n;

/** The hour index (Unix time / 3600) of a (positive) Unix time. */
export const hourOf = (unix: bigint): bigint => unix / HOUR;

/** The bank's Unix time. */
export async function clockNow(context: HarnessContext): Promise<bigint> {
  return (await context.banksClient.getClock()).unixTimestamp;
}

/** Sets the bank's Unix time (the slot stays). */
export async function setUnixTime(context: HarnessContext, unixTimestamp: bigint): Promise<void> {
  const clock = await context.banksClient.getClock();
  context.setClock({ ...clock, unixTimestamp });
}

/** A fresh 6-decimal SPL Token mint (USDC-like) whose mint authority is `authority`. */
export const usdcLikeMint = (provider: HarnessProvider, authority: PublicKey): Promise<PublicKey> => createTokenMint(provider, authority, 6);

/** The associated token account of `owner` for `mint`, created if missing. */
export async function tokenAccount(provider: HarnessProvider, mint: PublicKey, owner: PublicKey): Promise<PublicKey> {
  const address = getAssociatedTokenAddressSync(mint, owner, true);
  await sendInstructions(provider, [
    createAssociatedTokenAccountIdempotentInstruction(provider.publicKey, address, owner, mint),
  ]);
  return address;
}

export async function balance(provider: HarnessProvider, account: PublicKey): Promise<bigint> {
  return (await getAccount(provider.connection, account)).amount;
}

/** A new keypair with SOL for fees. */
export async function funded(provider: HarnessProvider, sol = 1): Promise<Keypair> {
  const keypair = Keypair.generate();
  await sendInstructions(provider, [
    SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: keypair.publicKey, lamports: sol * LAMPORTS_PER_SOL }),
  ]);
  return keypair;
}

/** Awaits a refusal and checks it is the named program error. */
export async function expectRefusal(action: Promise<unknown>, errorName: string, program = "io_token"): Promise<IoProgramError> {
  let caught: unknown;
  try {
    await action;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${errorName}`).to.be.instanceOf(IoProgramError);
  const error = caught as IoProgramError;
  expect(error.errorName, error.message).to.equal(errorName);
  expect(error.program).to.equal(program);
  return error;
}

/** Raw bytes of accounts, to show a refused instruction changed nothing. */
export async function snapshot(provider: HarnessProvider, addresses: PublicKey[]): Promise<string[]> {
  const infos = await provider.connection.getMultipleAccountsInfo(addresses);
  return infos.map((info) => (info ? `${info.lamports}:${info.data.toString("hex")}` : "none"));
}

export interface TokenWorld extends TestBank {
  token: IoTokenClient;
  admin: Keypair;
}

/** A bank with IO initialized by `admin`. */
export async function initializedToken(): Promise<TokenWorld> {
  const bank = await newBank();
  const token = new IoTokenClient(bank.provider);
  const admin = Keypair.generate();
  await token.initialize(admin);
  return { ...bank, token, admin };
}
