// A dApp's payment on the localnet (`npm run localnet` in another terminal): buy IOSD with IO,
// pay a fee in USDC, book a cluster. Run: npx tsx examples/dapp-payment.ts
import { AnchorProvider, Wallet } from "@coral-xyz/anchor";
import { Connection, Keypair, LAMPORTS_PER_SOL, PublicKey } from "@solana/web3.js";
import { IO, IoCloudClient, IoCreditsClient, USDC } from "@ionet/sdk";

const url = process.env.IONET_RPC ?? "http://127.0.0.1:8899";
const call = async (method: string, params: unknown[]) =>
  ((await (await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) })).json()) as any).result;
const connection = new Connection(url, "confirmed");
const user = Keypair.generate();
await connection.confirmTransaction(await connection.requestAirdrop(user.publicKey, 2 * LAMPORTS_PER_SOL));
const economy = await call("ionet_getEconomy", []); // the localnet's mints and price feed
const tokens = await call("ionet_requestTokens", [user.publicKey.toBase58(), { io: `${IO(100)}`, usdc: `${USDC(50)}` }]);
const provider = new AnchorProvider(connection, new Wallet(user), { commitment: "confirmed" });
const credits = new IoCreditsClient(provider);
await credits.buyCredits(user, { buyerIo: new PublicKey(tokens.io), priceUpdate: new PublicKey(economy.priceUpdate), ioAmount: IO(10), minIosdOut: 1n });
await credits.payFee(user, new PublicKey(economy.usdcMint), new PublicKey(tokens.usdc), USDC(1));
const usdcMint = new PublicKey(economy.usdcMint);
const { rental } = await new IoCloudClient(provider).book(user, { nonce: 1n, deviceClass: 1, gpus: 1, hours: 2, pricePerGpuHour: USDC(2), tenderMint: usdcMint });
console.log(`bought IOSD, paid a 1 USDC fee, booked rental ${rental.toBase58()}`);
