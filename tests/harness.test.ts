import { readFileSync } from "node:fs";
import { expect } from "chai";
import { Program } from "@coral-xyz/anchor";
import { Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction } from "@solana/web3.js";
import bs58 from "bs58";

import { HarnessContext, HarnessProvider, start } from "@ionet/harness";
import { IDLS, PROGRAM_IDS, PROGRAM_NAMES } from "@ionet/sdk";

function transfer(context: HarnessContext, to: PublicKey, lamports: number): Transaction {
  const tx = new Transaction().add(
    SystemProgram.transfer({ fromPubkey: context.payer.publicKey, toPubkey: to, lamports }),
  );
  tx.recentBlockhash = context.lastBlockhash;
  tx.feePayer = context.payer.publicKey;
  tx.sign(context.payer);
  return tx;
}

describe("harness: bankrun-shaped API over the native bank", () => {
  let context: HarnessContext;

  before(async () => {
    context = await start();
  });

  it("registers the five programs as executable accounts", async () => {
    for (const name of PROGRAM_NAMES) {
      const account = await context.banksClient.getAccount(PROGRAM_IDS[name]);
      expect(account, name).to.not.equal(null);
      expect(account!.executable, name).to.equal(true);
    }
  });

  it("processes a transaction and commits it", async () => {
    const to = Keypair.generate().publicKey;
    const meta = await context.banksClient.processTransaction(transfer(context, to, LAMPORTS_PER_SOL));
    expect(meta.logMessages).to.include(`Program ${SystemProgram.programId.toBase58()} success`);
    expect(await context.banksClient.getBalance(to)).to.equal(BigInt(LAMPORTS_PER_SOL));
  });

  it("processes a transaction that names one of our programs as a writable account, as a validator does, instead of aborting (found by the fuzz campaign)", async () => {
    // Our programs are builtins here (native loader), which solana-svm's debug build asserts are
    // never writable; the attacker's rewrites in tests/fuzz/ aborted the whole process on it.
    const to = Keypair.generate().publicKey;
    const transferIx = SystemProgram.transfer({ fromPubkey: context.payer.publicKey, toPubkey: to, lamports: LAMPORTS_PER_SOL });
    transferIx.keys.push({ pubkey: PROGRAM_IDS.io_dao, isSigner: false, isWritable: true });
    const tx = new Transaction().add(transferIx);
    tx.recentBlockhash = context.lastBlockhash;
    tx.feePayer = context.payer.publicKey;
    tx.sign(context.payer);
    const before = await context.banksClient.getAccount(PROGRAM_IDS.io_dao);
    await context.banksClient.processTransaction(tx);
    expect(await context.banksClient.getBalance(to)).to.equal(BigInt(LAMPORTS_PER_SOL));
    expect(await context.banksClient.getAccount(PROGRAM_IDS.io_dao)).to.deep.equal(before);
  });

  it("closes a bank: its thread stops and every later call fails", async () => {
    const other = await start();
    expect(await other.banksClient.getAccount(PROGRAM_IDS.io_token)).to.not.equal(null);
    other.close();
    expect(() => other.native.getSlot()).to.throw(/the bank was closed/);
  });

  it("copies a bank's accounts of given owners and its time into another bank, each changing on its own", async () => {
    const owner = Keypair.generate().publicKey;
    const kept = Keypair.generate().publicKey;
    context.setAccount(kept, { lamports: 1_000_000, data: Buffer.from([1, 2, 3]), owner });
    await context.advanceSeconds(3_600);
    const snapshot = context.snapshot([owner]);
    expect(snapshot.accounts.map((a) => new PublicKey(a.pubkey).toBase58())).to.deep.equal([kept.toBase58()]);

    const copy = await start();
    try {
      copy.restore(snapshot);
      expect((await copy.banksClient.getAccount(kept))?.data).to.deep.equal(Buffer.from([1, 2, 3]));
      expect((await copy.banksClient.getClock()).unixTimestamp).to.equal((await context.banksClient.getClock()).unixTimestamp);
      // A transaction in the copy leaves the original as it was.
      const to = Keypair.generate().publicKey;
      await copy.banksClient.processTransaction(transfer(copy, to, 2_000_000));
      expect(await copy.banksClient.getBalance(to)).to.equal(2_000_000n);
      expect(await context.banksClient.getAccount(to)).to.equal(null);
    } finally {
      copy.close();
    }
  });

  it("simulates without committing", async () => {
    const to = Keypair.generate().publicKey;
    const { result } = await context.banksClient.simulateTransaction(transfer(context, to, 5_000_000));
    expect(result).to.equal(null);
    expect(await context.banksClient.getAccount(to)).to.equal(null);
  });

  it("returns a refused transaction's error and logs from tryProcessTransaction", async () => {
    const to = Keypair.generate().publicKey;
    const tooMuch = transfer(context, to, 10 ** 18);
    const { result, meta } = await context.banksClient.tryProcessTransaction(tooMuch);
    expect(JSON.stringify(result)).to.contain("InstructionError");
    expect(meta.logMessages.join("\n")).to.contain("insufficient lamports");
    expect(await context.banksClient.getAccount(to)).to.equal(null);
  });

  it("writes accounts with setAccount", async () => {
    const address = Keypair.generate().publicKey;
    const owner = Keypair.generate().publicKey;
    context.setAccount(address, { lamports: 1_000_000, data: Uint8Array.from([1, 2, 3]), owner });
    const account = await context.banksClient.getAccount(address);
    expect(account!.owner.equals(owner)).to.equal(true);
    expect([...account!.data]).to.deep.equal([1, 2, 3]);
  });

  it("sets the clock", async () => {
    const clock = await context.banksClient.getClock();
    context.setClock({ ...clock, unixTimestamp: clock.unixTimestamp + 86_400n });
    expect((await context.banksClient.getClock()).unixTimestamp).to.equal(clock.unixTimestamp + 86_400n);
    await context.advanceSeconds(60);
    expect((await context.banksClient.getClock()).unixTimestamp).to.equal(clock.unixTimestamp + 86_460n);
  });

  it("after setAccount, warps only if 66,560 files may be open, and otherwise refuses instead of aborting", async () => {
    // This bank wrote accounts with setAccount above; see docs/ARCHITECTURE.md, "Slot warps".
    const limits = readFileSync("/proc/self/limits", "utf8");
    const openFiles = Number(/Max open files\s+(\d+)/.exec(limits)![1]);
    const slot = await context.banksClient.getSlot();
    if (openFiles >= 66_560) {
      context.warpToSlot(slot + 10n);
      expect(await context.banksClient.getSlot()).to.equal(slot + 10n);
    } else {
      expect(() => context.warpToSlot(slot + 10n)).to.throw(/open files/);
      expect(await context.banksClient.getSlot()).to.equal(slot);
    }
  });

  it("warps the slot forward after transactions", async () => {
    const fresh = await start();
    await fresh.banksClient.processTransaction(transfer(fresh, Keypair.generate().publicKey, LAMPORTS_PER_SOL));
    const slot = await fresh.banksClient.getSlot();
    fresh.warpToSlot(slot + 100n);
    expect(await fresh.banksClient.getSlot()).to.equal(slot + 100n);
    expect((await fresh.banksClient.getClock()).slot).to.equal(slot + 100n);
  });

  it("serves getLatestBlockhash and getRent", async () => {
    const [blockhash] = await context.banksClient.getLatestBlockhash();
    expect(bs58.decode(blockhash)).to.have.length(32);
    const rent = await context.banksClient.getRent();
    expect(rent.lamportsPerByteYear > 0n).to.equal(true);
  });
});

describe("harness: provider and connection for Anchor", () => {
  let context: HarnessContext;
  let provider: HarnessProvider;

  before(async () => {
    context = await start();
    provider = new HarnessProvider(context);
  });

  it("lets `new Program(idl, provider)` work unchanged", () => {
    const program = new Program(IDLS.io_token, provider);
    expect(program.programId.equals(PROGRAM_IDS.io_token)).to.equal(true);
    expect(program.provider).to.equal(provider);
  });

  it("filters getProgramAccounts with memcmp", async () => {
    const owner = Keypair.generate().publicKey;
    const tagged = Keypair.generate().publicKey;
    context.setAccount(tagged, { lamports: 1_000_000, data: Buffer.from("io-tag-1"), owner });
    context.setAccount(Keypair.generate().publicKey, { lamports: 1_000_000, data: Buffer.from("io-tag-2"), owner });
    const all = await provider.connection.getProgramAccounts(owner);
    expect(all).to.have.length(2);
    const filtered = await provider.connection.getProgramAccounts(owner, {
      filters: [{ memcmp: { offset: 7, bytes: bs58.encode(Buffer.from("1")) } }],
    });
    expect(filtered.map((a) => a.pubkey.toBase58())).to.deep.equal([tagged.toBase58()]);
  });

  it("keeps history for getSignaturesForAddress and getTransaction, newest first", async () => {
    const to = Keypair.generate().publicKey;
    const first = await provider.sendAndConfirm(
      new Transaction().add(SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: 1_000_000 })),
    );
    const second = await provider.sendAndConfirm(
      new Transaction().add(SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: 2_000_000 })),
    );
    const page = await provider.connection.getSignaturesForAddress(to);
    expect(page.map((s) => s.signature)).to.deep.equal([second, first]);
    const older = await provider.connection.getSignaturesForAddress(to, { before: second });
    expect(older.map((s) => s.signature)).to.deep.equal([first]);
    const tx = await provider.connection.getTransaction(first, { maxSupportedTransactionVersion: 0 });
    expect(tx!.meta!.logMessages!.length).to.be.greaterThan(0);
  });

  it("re-signs an identical transaction with a fresh blockhash instead of dropping it", async () => {
    const to = Keypair.generate().publicKey;
    const ix = SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: 1_000_000 });
    const a = await provider.sendAndConfirm(new Transaction().add(ix));
    const b = await provider.sendAndConfirm(new Transaction().add(ix));
    expect(a).to.not.equal(b);
    expect(await provider.connection.getBalance(to)).to.equal(2_000_000);
  });

  it("streams logs to onLogs subscribers", async () => {
    const to = Keypair.generate().publicKey;
    const seen: string[] = [];
    const id = provider.connection.onLogs(to, (logs) => seen.push(logs.signature));
    const signature = await provider.sendAndConfirm(
      new Transaction().add(SystemProgram.transfer({ fromPubkey: provider.publicKey, toPubkey: to, lamports: 1_000_000 })),
    );
    await provider.connection.removeOnLogsListener(id);
    expect(seen).to.deep.equal([signature]);
  });
});
