/**
 * Generated from programs/io_rewards by sdk/scripts/gen-idl.sh. Do not edit.
 *
 * The camelCase type of the IDL in ./io_rewards.json, for `Program<IoRewards>`.
 */
export type IoRewards = {
  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4",
  "metadata": {
    "name": "ioRewards",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "io_rewards on-chain program"
  },
  "instructions": []
};
