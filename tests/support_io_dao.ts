/** A bank with IO, a DAO and funded holders, for the governance suites. */
import { Keypair, PublicKey } from "@solana/web3.js";

import { IoDaoClient, ONE_IO } from "@ionet/sdk";

import { clockNow, funded, initializedToken, TokenWorld, tokenAccount } from "./support.js";

export const DAY = 86_400;
export const YEAR = 365 * DAY;

export interface Holder {
  keypair: Keypair;
  io: PublicKey;
}

export interface DaoWorld extends TokenWorld {
  dao: IoDaoClient;
  emitter: Keypair;
  veto: Keypair;
  holder(ioAmount: bigint): Promise<Holder>;
  now(): Promise<bigint>;
  advance(seconds: number): Promise<void>;
}

export const DAO_PARAMS = {
  votingPeriodSecs: 3 * DAY,
  timelockSecs: 2 * DAY,
  quorumBps: 2_000,
  minProposalPower: 1_000n * ONE_IO,
};

export async function daoWorld(): Promise<DaoWorld> {
  const world = await initializedToken();
  const emitter = await funded(world.provider);
  await world.token.setAuthority(world.admin, "emission", emitter.publicKey);
  const dao = new IoDaoClient(world.provider);
  const veto = Keypair.generate();
  await dao.initialize(world.token.mint, DAO_PARAMS, veto.publicKey);
  return {
    ...world,
    dao,
    emitter,
    veto,
    async holder(ioAmount: bigint) {
      const keypair = await funded(world.provider);
      const io = await tokenAccount(world.provider, world.token.mint, keypair.publicKey);
      if (ioAmount > 0n) await world.token.mintEmission(emitter, io, ioAmount);
      return { keypair, io };
    },
    async now() {
      return clockNow(world.context);
    },
    async advance(seconds: number) {
      await world.context.advanceSeconds(seconds);
    },
  };
}
