/** The localnet as a child process: see sdk/src/localnet/child.ts. */
export * from "../sdk/src/localnet/child.js";
