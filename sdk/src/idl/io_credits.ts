/**
 * Generated from programs/io_credits by sdk/scripts/gen-idl.sh. Do not edit.
 *
 * The camelCase type of the IDL in ./io_credits.json, for `Program<IoCredits>`.
 */
export type IoCredits = {
  "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k",
  "metadata": {
    "name": "ioCredits",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "io_credits on-chain program"
  },
  "instructions": []
};
