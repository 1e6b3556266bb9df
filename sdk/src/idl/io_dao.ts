/**
 * Generated from programs/io_dao by sdk/scripts/gen-idl.sh. Do not edit.
 *
 * The camelCase type of the IDL in ./io_dao.json, for `Program<IoDao>`.
 */
export type IoDao = {
  "address": "CnmWKnA7mdw4bcPTwAuxMvyuGjoSDBCY9SZ7BYzfSZVz",
  "metadata": {
    "name": "ioDao",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "io_dao on-chain program"
  },
  "instructions": []
};
