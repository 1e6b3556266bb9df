/**
 * Generated from programs/io_cloud by sdk/scripts/gen-idl.sh. Do not edit.
 *
 * The camelCase type of the IDL in ./io_cloud.json, for `Program<IoCloud>`.
 */
export type IoCloud = {
  "address": "7QuRUXb4n2wd4aAMVNtNbCVXRA9w6tvbRc9XMUguht2h",
  "metadata": {
    "name": "ioCloud",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "io_cloud on-chain program"
  },
  "instructions": []
};
