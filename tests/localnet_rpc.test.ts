/**
 * `io localnet` conformance: every method the SDK, web3.js, Anchor and spl-token call, through
 * web3.js's own `Connection` (whose response validation must accept each answer), agave's
 * error shapes over plain HTTP, the PubSub subscriptions, the time-travel cheatcodes, and the
 * ledger surviving a SIGKILL.
 */
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { createTransferInstruction, getAccount, getAssociatedTokenAddressSync, getMint, TOKEN_PROGRAM_ID } from "@solana/spl-token";
import {
  Keypair,
  LAMPORTS_PER_SOL,
  PublicKey,
  sendAndConfirmTransaction,
  SendTransactionError,
  SystemProgram,
  SYSVAR_CLOCK_PUBKEY,
  Transaction,
  TransactionMessage,
  VersionedTransaction,
} from "@solana/web3.js";
import bs58 from "bs58";

import { IoTokenClient, PROGRAM_IDS } from "@ionet/sdk";

import { freePortPair, LocalnetProcess, rpc, startLocalnetProcess } from "./support_localnet.js";

const clockUnix = (data: Buffer) => Number(data.readBigInt64LE(32));

async function fundedKeypair(net: LocalnetProcess, sol = 10): Promise<Keypair> {
  const keypair = Keypair.generate();
  const signature = await net.connection.requestAirdrop(keypair.publicKey, sol * LAMPORTS_PER_SOL);
  await net.connection.confirmTransaction({ signature, ...(await net.connection.getLatestBlockhash()) });
  return keypair;
}

async function transfer(net: LocalnetProcess, from: Keypair, to: PublicKey, lamports: number): Promise<string> {
  return sendAndConfirmTransaction(net.connection, new Transaction().add(SystemProgram.transfer({ fromPubkey: from.publicKey, toPubkey: to, lamports })), [from]);
}

describe("localnet: JSON-RPC and PubSub over a persistent ledger", function () {
  this.timeout(300_000);
  let net: LocalnetProcess;
  let alice: Keypair;

  before(async () => {
    net = await startLocalnetProcess();
    alice = await fundedKeypair(net);
  });

  after(async () => {
    await net?.stop("SIGTERM");
  });

  describe("cluster", () => {
    it("answers getVersion, getGenesisHash, getHealth, getSlot, getBlockHeight, getEpochInfo and getBlockTime", async () => {
      const c = net.connection;
      expect((await c.getVersion())["solana-core"]).to.match(/^2\.3\./);
      expect(await c.getGenesisHash()).to.equal(net.economy.genesisHash);
      expect((await rpc(net.url, "getHealth")).result).to.equal("ok");
      const slot = await c.getSlot();
      expect(await c.getBlockHeight()).to.be.at.least(slot);
      const epoch = await c.getEpochInfo();
      expect(epoch.absoluteSlot).to.be.at.least(slot);
      expect(epoch.slotIndex).to.be.below(epoch.slotsInEpoch);
      expect(await c.getBlockTime(slot)).to.be.a("number");
      expect((await rpc(net.url, "getBlockTime", [slot + 1_000_000])).error?.code).to.equal(-32004);
    });

    it("advances slots on a timer, about one every 400 ms", async () => {
      const before = await net.connection.getSlot();
      await new Promise((r) => setTimeout(r, 2_000));
      const advanced = (await net.connection.getSlot()) - before;
      expect(advanced).to.be.within(3, 7);
    });

    it("answers getMinimumBalanceForRentExemption as the bank's rent", async () => {
      expect(await net.connection.getMinimumBalanceForRentExemption(0)).to.equal(890_880);
      expect(await net.connection.getMinimumBalanceForRentExemption(165)).to.equal(2_039_280);
    });
  });

  describe("transactions", () => {
    it("airdrops, sends, confirms and reports balances, statuses, fees and history", async () => {
      const bob = Keypair.generate();
      const signature = await transfer(net, alice, bob.publicKey, 1_000_000);
      expect(await net.connection.getBalance(bob.publicKey)).to.equal(1_000_000);
      const [status] = (await net.connection.getSignatureStatuses([signature])).value;
      expect(status?.err).to.equal(null);
      expect(status?.confirmationStatus).to.equal("finalized");
      const tx = await net.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
      expect(tx?.meta?.fee).to.equal(5_000);
      expect(tx?.meta?.postBalances[1]).to.equal(1_000_000);
      expect(tx!.meta!.preBalances[0] - tx!.meta!.postBalances[0]).to.equal(1_005_000);
      const legacy = await net.connection.getTransaction(signature, { commitment: "confirmed" } as never);
      expect(legacy?.transaction.signatures[0]).to.equal(signature);
      const raw = await rpc(net.url, "getTransaction", [signature, { encoding: "base64", maxSupportedTransactionVersion: 0 }]);
      expect(VersionedTransaction.deserialize(Buffer.from(raw.result.transaction[0], "base64")).signatures[0]).to.deep.equal(bs58.decode(signature));
    });

    it("pages getSignaturesForAddress newest first with before, until and limit", async () => {
      const carol = Keypair.generate().publicKey;
      const sent = [];
      for (let i = 0; i < 4; i++) sent.push(await transfer(net, alice, carol, 1_000_000 + i));
      const all = (await net.connection.getSignaturesForAddress(carol)).map((s) => s.signature);
      expect(all).to.deep.equal([...sent].reverse());
      expect((await net.connection.getSignaturesForAddress(carol, { limit: 2 })).map((s) => s.signature)).to.deep.equal([sent[3], sent[2]]);
      expect((await net.connection.getSignaturesForAddress(carol, { before: sent[2] })).map((s) => s.signature)).to.deep.equal([sent[1], sent[0]]);
      expect((await net.connection.getSignaturesForAddress(carol, { until: sent[1] })).map((s) => s.signature)).to.deep.equal([sent[3], sent[2]]);
    });

    it("validates blockhashes and prices messages", async () => {
      const { blockhash } = await net.connection.getLatestBlockhash();
      expect((await net.connection.isBlockhashValid(blockhash)).value).to.equal(true);
      expect((await net.connection.isBlockhashValid(bs58.encode(Buffer.alloc(32, 7)))).value).to.equal(false);
      const message = new TransactionMessage({ payerKey: alice.publicKey, recentBlockhash: blockhash, instructions: [SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: alice.publicKey, lamports: 1 })] }).compileToV0Message();
      expect((await net.connection.getFeeForMessage(message)).value).to.equal(5_000);
    });

    it("sends and reads back a v0 transaction", async () => {
      const { blockhash } = await net.connection.getLatestBlockhash();
      const message = new TransactionMessage({ payerKey: alice.publicKey, recentBlockhash: blockhash, instructions: [SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 2_000_000 })] }).compileToV0Message();
      const tx = new VersionedTransaction(message);
      tx.sign([alice]);
      const signature = await net.connection.sendTransaction(tx);
      await net.connection.confirmTransaction({ signature, ...(await net.connection.getLatestBlockhash()) });
      const fetched = await net.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
      expect(fetched?.version).to.equal(0);
      expect((await rpc(net.url, "getTransaction", [signature])).error?.code).to.equal(-32015);
    });

    it("simulates without committing, with sigVerify and replaceRecentBlockhash", async () => {
      const before = await net.connection.getBalance(alice.publicKey);
      const { blockhash } = await net.connection.getLatestBlockhash();
      const message = new TransactionMessage({ payerKey: alice.publicKey, recentBlockhash: blockhash, instructions: [SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 5_000_000 })] }).compileToV0Message();
      const tx = new VersionedTransaction(message);
      tx.sign([alice]);
      const simulated = await net.connection.simulateTransaction(tx, { sigVerify: true });
      expect(simulated.value.err).to.equal(null);
      expect(simulated.value.logs?.[0]).to.contain("11111111111111111111111111111111 invoke [1]");
      const replaced = await net.connection.simulateTransaction(tx, { replaceRecentBlockhash: true, accounts: { encoding: "base64", addresses: [alice.publicKey.toBase58()] } });
      expect(replaced.value.err).to.equal(null);
      expect(replaced.value.accounts?.[0]?.lamports).to.equal(before);
      expect(await net.connection.getBalance(alice.publicKey)).to.equal(before);
    });
  });

  describe("errors as agave answers them", () => {
    it("refuses a failing transaction at preflight: -32002 with the logs, nothing charged", async () => {
      const poor = await fundedKeypair(net, 1);
      const before = await net.connection.getBalance(poor.publicKey);
      const error = await transfer(net, poor, Keypair.generate().publicKey, 5 * LAMPORTS_PER_SOL).catch((e) => e);
      expect(error).to.be.instanceOf(SendTransactionError);
      expect((error as SendTransactionError).logs?.join("\n")).to.contain("insufficient lamports");
      const tx = new Transaction({ feePayer: poor.publicKey, ...(await net.connection.getLatestBlockhash()) }).add(SystemProgram.transfer({ fromPubkey: poor.publicKey, toPubkey: alice.publicKey, lamports: 5 * LAMPORTS_PER_SOL }));
      tx.sign(poor);
      const raw = await rpc(net.url, "sendTransaction", [tx.serialize().toString("base64"), { encoding: "base64" }]);
      expect(raw.error?.code).to.equal(-32002);
      expect(raw.error?.message).to.equal("Transaction simulation failed: Error processing Instruction 0: custom program error: 0x1");
      expect(raw.error?.data.err).to.deep.equal({ InstructionError: [0, { Custom: 1 }] });
      expect(raw.error?.data.logs).to.be.an("array").that.is.not.empty;
      expect(await net.connection.getBalance(poor.publicKey)).to.equal(before);
    });

    it("refuses a transaction whose signature does not verify: -32003", async () => {
      const tx = new Transaction({ feePayer: alice.publicKey, ...(await net.connection.getLatestBlockhash()) }).add(SystemProgram.transfer({ fromPubkey: alice.publicKey, toPubkey: alice.publicKey, lamports: 1 }));
      tx.sign(alice);
      const wire = Buffer.from(tx.serialize());
      wire[10] ^= 0xff; // inside the signature
      const raw = await rpc(net.url, "sendTransaction", [wire.toString("base64"), { encoding: "base64" }]);
      expect(raw.error?.code).to.equal(-32003);
    });

    it("answers an unknown method with -32601, bad params with -32602, bad JSON with -32700, an unmet minContextSlot with -32016", async () => {
      expect((await rpc(net.url, "getEverything")).error).to.deep.equal({ code: -32601, message: "Method not found" });
      expect((await rpc(net.url, "getBalance", ["not-a-key"])).error?.code).to.equal(-32602);
      expect((await rpc(net.url, "getBalance", [alice.publicKey.toBase58(), { minContextSlot: 10 ** 9 }])).error?.code).to.equal(-32016);
      const parse = (await fetch(net.url, { method: "POST", body: "{not json" }).then((r) => r.json())) as { error: { code: number } };
      expect(parse.error.code).to.equal(-32700);
    });

    it("answers a batch request in order", async () => {
      const body = [
        { jsonrpc: "2.0", id: 1, method: "getSlot" },
        { jsonrpc: "2.0", id: 2, method: "nope" },
        { jsonrpc: "2.0", id: 3, method: "getBalance", params: [alice.publicKey.toBase58()] },
      ];
      const answers = (await fetch(net.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json())) as any[];
      expect(answers.map((a: { id: number }) => a.id)).to.deep.equal([1, 2, 3]);
      expect(answers[1].error.code).to.equal(-32601);
      expect(answers[2].result.value).to.be.a("number");
    });
  });

  describe("accounts and tokens", () => {
    it("hands out test IO and USDC and answers the token methods and spl-token's reads", async () => {
      const owner = Keypair.generate();
      const granted = await rpc(net.url, "ionet_requestTokens", [owner.publicKey.toBase58(), { io: "150000000000", usdc: "2500000" }]);
      const ioAccount = new PublicKey(granted.result.io);
      const usdcAccount = new PublicKey(granted.result.usdc);
      expect((await net.connection.getTokenAccountBalance(ioAccount)).value).to.deep.include({ amount: "150000000000", decimals: 8, uiAmountString: "1500" });
      expect((await net.connection.getTokenAccountBalance(usdcAccount)).value.uiAmount).to.equal(2.5);
      expect((await getAccount(net.connection, usdcAccount)).amount).to.equal(2_500_000n);
      expect((await getMint(net.connection, new PublicKey(net.economy.usdcMint))).decimals).to.equal(6);
      const byMint = await net.connection.getTokenAccountsByOwner(owner.publicKey, { mint: new PublicKey(net.economy.ioMint) });
      expect(byMint.value.map((a) => a.pubkey.toBase58())).to.deep.equal([ioAccount.toBase58()]);
      const byProgram = await net.connection.getTokenAccountsByOwner(owner.publicKey, { programId: TOKEN_PROGRAM_ID });
      expect(byProgram.value).to.have.length(2);
      const parsed = await net.connection.getParsedTokenAccountsByOwner(owner.publicKey, { mint: new PublicKey(net.economy.usdcMint) });
      expect(parsed.value[0].account.data.parsed.info.tokenAmount.uiAmountString).to.equal("2.5");
      expect((await net.connection.getTokenSupply(new PublicKey(net.economy.ioMint))).value.uiAmountString).to.equal("500000000");
      expect((await rpc(net.url, "getTokenAccountBalance", [owner.publicKey.toBase58()])).error?.code).to.equal(-32602);
    });

    it("reports token balances in a transaction's meta", async () => {
      const owner = await fundedKeypair(net, 1);
      const granted = await rpc(net.url, "ionet_requestTokens", [owner.publicKey.toBase58(), { usdc: "1000000" }]);
      const to = (await rpc(net.url, "ionet_requestTokens", [alice.publicKey.toBase58(), { usdc: "1" }])).result.usdc;
      const signature = await sendAndConfirmTransaction(net.connection, new Transaction().add(createTransferInstruction(new PublicKey(granted.result.usdc), new PublicKey(to), owner.publicKey, 400_000)), [owner]);
      const tx = await net.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 });
      const pre = tx!.meta!.preTokenBalances!.find((b) => b.owner === owner.publicKey.toBase58())!;
      const post = tx!.meta!.postTokenBalances!.find((b) => b.owner === owner.publicKey.toBase58())!;
      expect([pre.uiTokenAmount.amount, post.uiTokenAmount.amount]).to.deep.equal(["1000000", "600000"]);
      expect(post.mint).to.equal(net.economy.usdcMint);
    });

    it("reads accounts one, many and by program, with memcmp and dataSize filters, in base64 and base58", async () => {
      const c = net.connection;
      const info = await c.getAccountInfoAndContext(alice.publicKey);
      expect(info.value?.owner.equals(SystemProgram.programId)).to.equal(true);
      expect(info.context.slot).to.be.a("number");
      const many = await c.getMultipleAccountsInfo([alice.publicKey, Keypair.generate().publicKey]);
      expect(many[0]?.lamports).to.be.above(0);
      expect(many[1]).to.equal(null);
      const usdcMint = new PublicKey(net.economy.usdcMint);
      const holders = await c.getProgramAccounts(TOKEN_PROGRAM_ID, { filters: [{ dataSize: 165 }, { memcmp: { offset: 0, bytes: usdcMint.toBase58() } }] });
      expect(holders.length).to.be.at.least(2);
      const withContext = await c.getProgramAccounts(TOKEN_PROGRAM_ID, { withContext: true, filters: [{ memcmp: { offset: 0, bytes: usdcMint.toBase58() } }] });
      expect(withContext.context.slot).to.be.a("number");
      const base58 = await rpc(net.url, "getAccountInfo", [SystemProgram.programId.toBase58(), { encoding: "base58" }]);
      expect(base58.result.value.data[1]).to.equal("base58");
      const sliced = await rpc(net.url, "getProgramAccounts", [TOKEN_PROGRAM_ID.toBase58(), { encoding: "base64", dataSlice: { offset: 0, length: 32 }, filters: [{ dataSize: 165 }] }]);
      expect(Buffer.from(sliced.result[0].account.data[0], "base64")).to.have.length(32);
    });

    it("serves the SDK: Anchor programs fetch and decode the deployed protocol", async () => {
      const provider = new AnchorProvider(net.connection, new Wallet(alice), { commitment: "confirmed" });
      const token = new IoTokenClient(provider);
      expect(token.mint.toBase58()).to.equal(net.economy.ioMint);
      const config = await token.fetchConfig();
      expect(config?.genesisMinted.toString()).to.equal("50000000000000000");
      const owned = await net.connection.getProgramAccounts(PROGRAM_IDS.io_token);
      expect(owned.length).to.be.at.least(1);
    });
  });

  describe("subscriptions", () => {
    it("notifies logs (mentions), account, program, signature and slot subscribers, and unsubscribes", async () => {
      const c = net.connection;
      const target = Keypair.generate().publicKey;
      const seen = { logs: [] as string[], account: [] as number[], program: 0, slots: 0 };
      const ids = [
        c.onLogs(target, (logs) => seen.logs.push(logs.signature)),
        c.onAccountChange(target, (account) => seen.account.push(account.lamports)),
      ];
      const programId = c.onProgramAccountChange(SystemProgram.programId, () => seen.program++);
      const slotId = c.onSlotChange(() => seen.slots++);
      await new Promise((r) => setTimeout(r, 1_000)); // the websocket connects
      const signature = await transfer(net, alice, target, 3_000_000);
      const done = await new Promise<unknown>((resolve) => c.onSignature(signature, (result) => resolve(result.err)));
      expect(done).to.equal(null);
      await new Promise((r) => setTimeout(r, 800));
      expect(seen.logs).to.deep.equal([signature]);
      expect(seen.account).to.deep.equal([3_000_000]);
      expect(seen.program).to.be.at.least(2);
      expect(seen.slots).to.be.at.least(1);
      await c.removeOnLogsListener(ids[0]);
      await c.removeAccountChangeListener(ids[1]);
      await c.removeProgramAccountChangeListener(programId);
      await c.removeSlotChangeListener(slotId);
      await transfer(net, alice, target, 1);
      await new Promise((r) => setTimeout(r, 500));
      expect(seen.logs).to.have.length(1);
    });
  });

  describe("time travel", () => {
    it("moves the clock forward by seconds and to a time, never back", async () => {
      const before = clockUnix((await net.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY))!.data);
      const advanced = await rpc(net.url, "ionet_advanceClock", [5 * 3_600]);
      expect(advanced.result.unixTimestamp).to.be.within(before + 5 * 3_600, before + 5 * 3_600 + 5);
      expect(clockUnix((await net.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY))!.data)).to.be.at.least(before + 5 * 3_600);
      const target = advanced.result.unixTimestamp + 86_400;
      expect((await rpc(net.url, "ionet_setClock", [target])).result.unixTimestamp).to.equal(target);
      expect((await net.connection.getBlockTime(await net.connection.getSlot()))!).to.be.at.least(target);
      const back = await rpc(net.url, "ionet_setClock", [before]);
      expect(back.error?.code).to.equal(-32602);
      expect(back.error?.message).to.contain("only move forward");
    });
  });

  describe("the README's dApp example", () => {
    it("buys IOSD, pays a fee and books a cluster against the localnet, as README shows it", () => {
      const example = readFileSync("examples/dapp-payment.ts", "utf8");
      const body = example.slice(example.indexOf("import "));
      expect(readFileSync("README.md", "utf8")).to.contain(body.trim());
      const run = spawnSync(process.execPath, ["--import", "tsx", "examples/dapp-payment.ts"], { encoding: "utf8", timeout: 120_000, env: { ...process.env, IONET_RPC: net.url } });
      expect(run.status, run.stderr).to.equal(0);
      expect(run.stdout).to.match(/^bought IOSD, paid a 1 USDC fee, booked rental \w{32,44}$/m);
    });
  });

  describe("the command line", () => {
    it("names an occupied port and a bad flag in one line, exit code 2", async () => {
      const busy = spawnSync(process.execPath, ["sdk/bin/io.js", "localnet", "--rpc-port", new URL(net.url).port, "--ledger", `${net.ledger}-other`], { encoding: "utf8", timeout: 60_000 });
      expect(busy.status).to.equal(2);
      expect(busy.stderr.trim().split("\n").pop()).to.equal(`error: RPC port ${new URL(net.url).port} is already in use (another localnet?)`);
      const bad = spawnSync(process.execPath, ["sdk/bin/io.js", "localnet", "--rpc-port", "http"], { encoding: "utf8", timeout: 60_000 });
      expect(bad.status).to.equal(2);
      expect(bad.stderr.trim().split("\n").pop()).to.equal('error: --rpc-port must be a positive whole number, got "http"');
    });
  });

  describe("persistence", () => {
    it("keeps every account, balance, transaction and the clock across a SIGKILL and a restart", async () => {
      const dave = Keypair.generate().publicKey;
      const signature = await transfer(net, alice, dave, 7_000_000);
      const watched = [alice.publicKey, dave, new PublicKey(net.economy.ioMint), getAssociatedTokenAddressSync(new PublicKey(net.economy.ioMint), new PublicKey(net.economy.roles.foundation), true)];
      const before = await net.connection.getMultipleAccountsInfo(watched);
      const slot = await net.connection.getSlot();
      const clock = clockUnix((await net.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY))!.data);
      expect(await net.stop("SIGKILL")).to.equal(null);

      net = await startLocalnetProcess({ ledger: net.ledger, port: await freePortPair() });
      const after = await net.connection.getMultipleAccountsInfo(watched);
      expect(after.map((a) => [a?.lamports, a?.owner.toBase58(), a?.data.toString("hex")])).to.deep.equal(before.map((a) => [a?.lamports, a?.owner.toBase58(), a?.data.toString("hex")]));
      expect((await net.connection.getTransaction(signature, { maxSupportedTransactionVersion: 0 }))?.meta?.err).to.equal(null);
      expect(await net.connection.getSlot()).to.be.above(slot);
      expect(clockUnix((await net.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY))!.data)).to.be.at.least(clock);
      expect(await net.connection.getGenesisHash()).to.equal(net.economy.genesisHash);
      // and the chain goes on from there
      await transfer(net, alice, dave, 1_000_000);
      expect(await net.connection.getBalance(dave)).to.equal(8_000_000);
    });

    it("starts a fresh chain with --reset", async () => {
      const genesis = net.economy.genesisHash;
      await net.stop("SIGTERM");
      net = await startLocalnetProcess({ ledger: net.ledger, reset: true });
      expect(net.economy.genesisHash).to.not.equal(genesis);
      expect(await net.connection.getBalance(alice.publicKey)).to.equal(0);
    });
  });
});
