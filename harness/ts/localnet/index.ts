/** The localnet: a persistent local chain behind agave's JSON-RPC and PubSub APIs. */
export { startLocalnet, LocalnetListenError } from "./server.js";
export type { Localnet, LocalnetOptions } from "./server.js";
export { LocalChain, SLOT_MS, BLOCKHASH_VALID_SLOTS } from "./chain.js";
export type { Account as LocalAccount } from "./chain.js";
export { RpcError, INVALID_PARAMS } from "./rpc_error.js";
export type { Method as RpcMethod } from "./rpc_methods.js";
