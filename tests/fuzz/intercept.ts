/**
 * Every transaction the campaign's SDK calls send to our programs passes through here: the
 * attacker's rewrite (if one is pending) is applied, every account the transaction names is
 * snapshotted, and after it is processed:
 * - a refused transaction left every one of those accounts byte for byte unchanged (the fee
 *   payer's lamports aside: a failed transaction pays its fee, as on a cluster);
 * - a wallet's tokens left it only with its own signature, and the attacker gained nothing
 *   (no token, no lamport).
 */
import { PublicKey, Signer, Transaction, TransactionInstruction } from "@solana/web3.js";

import { HarnessProvider, HarnessTransactionError } from "@ionet/harness";
import { IDLS, IoProgramError, PROGRAM_IDS, PROGRAM_NAMES, ProgramName, toIoError } from "@ionet/sdk";

import { FuzzWorld, remember, wallets } from "./world.js";

/** How the attacker rewrites one account of the instruction. */
export const ATTACK_KINDS = [
  /** Another account the programs have seen, owned by the same program (another user's). */
  "otherAccount",
  /** A byte-for-byte copy of a program-owned account at an address of the attacker's. */
  "fakeClone",
  /** Another account of the same instruction in this slot (a duplicated account). */
  "duplicate",
  /** An account of another program or another type. */
  "wrongType",
  /** The attacker signs in place of the rightful signer, passing the victim's accounts. */
  "impersonate",
] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];

export interface Attack {
  kind: AttackKind;
  /** Chooses the account slot (modulo the candidates). */
  slot: number;
  /** Chooses the substitute (modulo the candidates). */
  pick: number;
}

export interface SentTx {
  /** Our instructions in it, as `program.instruction`. */
  instructions: string[];
  ok: boolean;
  /** The refusal's name (`program: Error`), when refused. */
  error?: string;
  attack?: AttackKind;
  /** The IDL name of the account the attack rewrote. */
  attacked?: string;
}

export class InvariantViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvariantViolation";
  }
}

const OUR_PROGRAMS = new Map(Object.entries(PROGRAM_IDS).map(([name, id]) => [id.toBase58(), name]));

/** `program.instruction` by program id and discriminator. */
const INSTRUCTION_NAMES = new Map(
  PROGRAM_NAMES.flatMap((program) => IDLS[program].instructions.map((ix) => [`${PROGRAM_IDS[program].toBase58()}:${Buffer.from(ix.discriminator).toString("hex")}`, `${program}.${ix.name}`])),
);
export const instructionName = (ix: TransactionInstruction): string =>
  INSTRUCTION_NAMES.get(`${ix.programId.toBase58()}:${ix.data.subarray(0, 8).toString("hex")}`) ?? `${OUR_PROGRAMS.get(ix.programId.toBase58())}.?`;

type IdlAccountItem = { name: string; accounts?: IdlAccountItem[] };
const flatNames = (items: IdlAccountItem[], prefix = ""): string[] =>
  items.flatMap((item) => (item.accounts ? flatNames(item.accounts, `${prefix}${item.name}.`) : [`${prefix}${item.name}`]));

/** The IDL name of account `index` of `ix` (`remaining[n]` past the IDL's accounts). */
function accountName(ix: TransactionInstruction, index: number): string {
  const [program, name] = instructionName(ix).split(".");
  const idlIx = IDLS[program as ProgramName]?.instructions.find((i) => i.name === name);
  const names = idlIx ? flatNames(idlIx.accounts as IdlAccountItem[]) : [];
  return names[index] ?? `remaining[${index - names.length}]`;
}

const bytesOf = (info: { lamports: number; data: Buffer; owner: PublicKey } | null): string =>
  info ? `${info.lamports}:${info.owner.toBase58()}:${info.data.toString("hex")}` : "none";

export class Interceptor {
  /** Applied to the next transaction to our programs, then cleared. */
  attack: Attack | undefined;
  /** Whether the pending attack found a slot and a substitute (else the step was sent unchanged). */
  attackApplied = false;
  /** The account it rewrote. */
  private attacked: string | undefined;
  readonly sent: SentTx[] = [];
  /** Violations seen while sending (also thrown, but a step may swallow its refusals). */
  readonly violations: string[] = [];
  private readonly send: HarnessProvider["sendAndConfirm"];

  constructor(private readonly world: FuzzWorld) {
    const provider = world.sandbox.provider;
    this.send = provider.sendAndConfirm;
    provider.sendAndConfirm = (tx, signers, opts) => this.intercept(tx as Transaction, signers ?? [], opts);
  }

  private async intercept(tx: Transaction, signers: Signer[], opts: unknown): Promise<string> {
    const provider = this.world.sandbox.provider;
    const ours = tx.instructions.filter((ix) => OUR_PROGRAMS.has(ix.programId.toBase58()));
    if (ours.length === 0) return this.send.call(provider, tx, signers, opts as never);
    for (const ix of ours) for (const meta of ix.keys) remember(this.world, meta.pubkey);

    let attack: AttackKind | undefined;
    if (this.attack) {
      const pending = this.attack;
      this.attack = undefined;
      signers = (await this.rewrite(ours[0], pending, signers)) ?? signers;
      if (this.attackApplied) attack = pending.kind;
    }

    const payer = provider.wallet.publicKey;
    const named = [...new Set(tx.instructions.flatMap((ix) => ix.keys.map((m) => m.pubkey.toBase58())))].filter((k) => k !== payer.toBase58()).map((k) => new PublicKey(k));
    const before = await this.snapshot(named);
    const balancesBefore = await this.walletBalances();
    const signed = new Set([payer, ...signers.map((s) => s.publicKey)].map((k) => k.toBase58()));
    const instructions = ours.map(instructionName);
    try {
      const signature = await this.send.call(provider, tx, signers, opts as never);
      this.sent.push({ instructions, ok: true, attack, attacked: attack && this.attacked });
      await this.guard(() => this.checkWallets(balancesBefore, signed, instructions));
      return signature;
    } catch (err) {
      if (!(err instanceof HarnessTransactionError)) throw err;
      const refusal = toIoError(err);
      const error = refusal instanceof IoProgramError ? `${refusal.program ?? "spl"}: ${refusal.errorName}` : JSON.stringify(err.transactionError);
      this.sent.push({ instructions, ok: false, error, attack, attacked: attack && this.attacked });
      const after = await this.snapshot(named);
      await this.guard(async () =>
        named.forEach((key, i) => {
          if (after[i] !== before[i]) throw new InvariantViolation(`refused ${instructions.join("+")} changed ${key.toBase58()}`);
        }),
      );
      throw err;
    }
  }

  private async guard(check: () => Promise<void>): Promise<void> {
    try {
      await check();
    } catch (err) {
      if (err instanceof InvariantViolation) this.violations.push(err.message);
      throw err;
    }
  }

  /** Rewrites one account of `ix` as `attack` says; returns the signers to sign with. */
  private async rewrite(ix: TransactionInstruction, attack: Attack, signers: Signer[]): Promise<Signer[] | undefined> {
    this.attackApplied = false;
    const provider = this.world.sandbox.provider;
    const attacker = this.world.attacker.key;
    if (attack.kind === "impersonate") {
      const victims = ix.keys.filter((m) => m.isSigner && !m.pubkey.equals(provider.wallet.publicKey) && !m.pubkey.equals(attacker.publicKey));
      if (victims.length === 0) return undefined;
      const victim = victims[attack.slot % victims.length].pubkey;
      this.attacked = accountName(ix, ix.keys.findIndex((m) => m.isSigner && m.pubkey.equals(victim)));
      ix.keys = ix.keys.map((m) => (m.isSigner && m.pubkey.equals(victim) ? { ...m, pubkey: attacker.publicKey } : m));
      this.attackApplied = true;
      return [...signers.filter((s) => !s.publicKey.equals(victim)), attacker];
    }
    const slots = ix.keys.map((m, i) => ({ m, i })).filter(({ m }) => !m.isSigner);
    if (slots.length === 0) return undefined;
    const { m: target, i: slot } = slots[attack.slot % slots.length];
    const substitute = await this.substitute(ix, target.pubkey, attack);
    if (!substitute) return undefined;
    ix.keys = ix.keys.map((m, i) => (i === slot ? { ...m, pubkey: substitute } : m));
    this.attacked = accountName(ix, slot);
    this.attackApplied = true;
    return undefined;
  }

  private async substitute(ix: TransactionInstruction, target: PublicKey, attack: Attack): Promise<PublicKey | undefined> {
    const connection = this.world.sandbox.provider.connection;
    const original = await connection.getAccountInfo(target);
    const inIx = new Set(ix.keys.map((m) => m.pubkey.toBase58()));
    const pickFrom = (candidates: PublicKey[]) => (candidates.length ? candidates[attack.pick % candidates.length] : undefined);
    if (attack.kind === "duplicate") return pickFrom(ix.keys.map((m) => m.pubkey).filter((k) => !k.equals(target)));
    if (attack.kind === "fakeClone") {
      if (!original || !OUR_PROGRAMS.has(original.owner.toBase58())) return undefined;
      const clone = PublicKey.unique();
      this.world.sandbox.context.setAccount(clone, { lamports: original.lamports, data: Buffer.from(original.data), owner: original.owner });
      return clone;
    }
    const known = [...this.world.known.values()].filter((k) => !inIx.has(k.toBase58()));
    const infos = await connection.getMultipleAccountsInfo(known);
    const tag = (data: Buffer) => data.subarray(0, 8).toString("hex");
    const candidates = known.filter((_, i) => {
      const info = infos[i];
      if (!info || !original) return attack.kind === "wrongType" && info !== null;
      const sameOwner = info.owner.equals(original.owner);
      if (attack.kind === "otherAccount") return sameOwner && info.data.length === original.data.length && tag(info.data) === tag(original.data);
      return !sameOwner || tag(info.data) !== tag(original.data);
    });
    return pickFrom(candidates);
  }

  private async snapshot(keys: PublicKey[]): Promise<string[]> {
    const infos = await this.world.sandbox.provider.connection.getMultipleAccountsInfo(keys);
    return infos.map(bytesOf);
  }

  /** Each wallet's lamports and token balances, by account. */
  private async walletBalances(): Promise<Map<string, { owner: string; lamports: number; amount: bigint }>> {
    const rows = wallets(this.world).flatMap((a) => [a.io, a.usdc].map((account) => ({ owner: a.key.publicKey, account })));
    const attacker = this.world.attacker.key.publicKey;
    const keys = [...rows.map((r) => r.account), attacker];
    const infos = await this.world.sandbox.provider.connection.getMultipleAccountsInfo(keys);
    const balances = new Map<string, { owner: string; lamports: number; amount: bigint }>();
    keys.forEach((key, i) => {
      const info = infos[i];
      const amount = info && info.data.length >= 72 ? info.data.readBigUInt64LE(64) : 0n;
      balances.set(key.toBase58(), { owner: i < rows.length ? rows[i].owner.toBase58() : attacker.toBase58(), lamports: info?.lamports ?? 0, amount });
    });
    return balances;
  }

  private async checkWallets(before: Map<string, { owner: string; lamports: number; amount: bigint }>, signed: Set<string>, instructions: string[]): Promise<void> {
    const after = await this.walletBalances();
    const attacker = this.world.attacker.key.publicKey.toBase58();
    for (const [account, was] of before) {
      const now = after.get(account)!;
      if (now.amount < was.amount && !signed.has(was.owner)) {
        throw new InvariantViolation(`${instructions.join("+")} took ${was.amount - now.amount} from ${account} without its owner's signature`);
      }
      if (was.owner === attacker && (now.amount > was.amount || now.lamports > was.lamports)) {
        throw new InvariantViolation(`${instructions.join("+")} paid the attacker (${account})`);
      }
    }
  }
}
