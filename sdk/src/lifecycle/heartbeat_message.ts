/**
 * The heartbeat a worker agent sends the orchestrator: its fixed byte layout, the worker
 * authority's ed25519 signature over it, and its JSON form on the wire.
 *
 * Signed bytes, in order (integers little-endian):
 *   "ionet-heartbeat-v1" (18 ASCII bytes) | worker (32) | authority (32) | counter (u64) |
 *   timestamp (i64, unix seconds) | chain length (u8) | chain (UTF-8, the genesis hash string)
 */
import { ed25519 } from "@noble/curves/ed25519";
import { PublicKey } from "@solana/web3.js";
import bs58 from "bs58";

export const HEARTBEAT_DOMAIN = "ionet-heartbeat-v1";
export const HEARTBEAT_CHAIN_MAX_BYTES = 64;
const U64_MAX = (1n << 64n) - 1n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

export interface HeartbeatMessage {
  /** The worker account (base58). */
  worker: string;
  /** The worker's authority, the signer (base58). */
  authority: string;
  /** Strictly increasing per worker (u64): a counter not above the last accepted is a replay. */
  counter: bigint;
  /** When it was sent, unix seconds (the sender's chain or wall time). */
  timestamp: bigint;
  /** The genesis hash of the chain the worker is on. */
  chain: string;
}

/** A heartbeat as POSTed: integers as decimal strings (u64 doesn't fit a JSON number), signature in base58. */
export interface HeartbeatWire {
  worker: string;
  authority: string;
  counter: string;
  timestamp: string;
  chain: string;
  signature: string;
}

/** A refused heartbeat: the HTTP status and a one-line reason (server and client alike). */
export class HeartbeatError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "HeartbeatError";
  }
}

const malformed = (reason: string) => new HeartbeatError(400, `malformed heartbeat: ${reason}`);

function int64(value: bigint, signed: boolean): Buffer {
  const bytes = Buffer.alloc(8);
  if (signed) bytes.writeBigInt64LE(value);
  else bytes.writeBigUInt64LE(value);
  return bytes;
}

/** The bytes the authority signs; throws on a field the layout can't hold. */
export function heartbeatBytes(message: HeartbeatMessage): Uint8Array {
  const chain = Buffer.from(message.chain, "utf8");
  if (chain.length === 0 || chain.length > HEARTBEAT_CHAIN_MAX_BYTES) throw malformed(`chain must be 1 to ${HEARTBEAT_CHAIN_MAX_BYTES} bytes`);
  if (message.counter < 0n || message.counter > U64_MAX) throw malformed("counter is not a u64");
  if (message.timestamp < I64_MIN || message.timestamp > I64_MAX) throw malformed("timestamp is not an i64");
  return Buffer.concat([
    Buffer.from(HEARTBEAT_DOMAIN, "ascii"),
    new PublicKey(message.worker).toBuffer(),
    new PublicKey(message.authority).toBuffer(),
    int64(message.counter, false),
    int64(message.timestamp, true),
    Buffer.from([chain.length]),
    chain,
  ]);
}

/** Signs with a Solana secret key (64 bytes: seed then public key). */
export function signHeartbeat(message: HeartbeatMessage, secretKey: Uint8Array): Uint8Array {
  return ed25519.sign(heartbeatBytes(message), secretKey.slice(0, 32));
}

/** Whether `signature` is the stated authority's over this message (strict RFC 8032). */
export function verifyHeartbeat(message: HeartbeatMessage, signature: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, heartbeatBytes(message), new PublicKey(message.authority).toBytes(), { zip215: false });
  } catch {
    return false;
  }
}

export function heartbeatToWire(message: HeartbeatMessage, signature: Uint8Array): HeartbeatWire {
  return { ...message, counter: message.counter.toString(), timestamp: message.timestamp.toString(), signature: bs58.encode(signature) };
}

function address(body: Record<string, unknown>, field: string): string {
  const text = body[field];
  if (typeof text !== "string") throw malformed(`${field} missing`);
  try {
    const key = new PublicKey(text);
    if (key.toBase58() === text) return text;
  } catch {
    // refused below
  }
  throw malformed(`${field} is not a base58 address`);
}

function integer(body: Record<string, unknown>, field: string): bigint {
  const text = body[field];
  if (typeof text !== "string" || !/^-?\d{1,20}$/.test(text)) throw malformed(`${field} must be a decimal string`);
  return BigInt(text);
}

function signatureOf(body: Record<string, unknown>): Uint8Array {
  if (body.signature === undefined) throw new HeartbeatError(401, "unsigned heartbeat: signature missing");
  if (typeof body.signature !== "string") throw malformed("signature is not a string");
  try {
    const bytes = bs58.decode(body.signature);
    if (bytes.length === 64) return bytes;
  } catch {
    // refused below
  }
  throw malformed("signature is not 64 bytes in base58");
}

/** A POSTed body as a message and signature; a `HeartbeatError` if it isn't well formed (400) or unsigned (401). */
export function heartbeatFromWire(body: unknown): { message: HeartbeatMessage; signature: Uint8Array } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw malformed("body is not a JSON object");
  const fields = body as Record<string, unknown>;
  if (typeof fields.chain !== "string") throw malformed("chain missing");
  const message: HeartbeatMessage = {
    worker: address(fields, "worker"),
    authority: address(fields, "authority"),
    counter: integer(fields, "counter"),
    timestamp: integer(fields, "timestamp"),
    chain: fields.chain,
  };
  heartbeatBytes(message); // the layout's range checks
  return { message, signature: signatureOf(fields) };
}
