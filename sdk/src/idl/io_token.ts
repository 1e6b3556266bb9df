/**
 * Generated from programs/io_token by sdk/scripts/gen-idl.sh. Do not edit.
 *
 * The camelCase type of the IDL in ./io_token.json, for `Program<IoToken>`.
 */
export type IoToken = {
  "address": "AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd",
  "metadata": {
    "name": "ioToken",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "io_token on-chain program"
  },
  "instructions": [
    {
      "name": "initialize",
      "docs": [
        "Creates the IO mint and the token config. Refused once the config exists."
      ],
      "discriminator": [
        175,
        175,
        109,
        31,
        13,
        152,
        155,
        237
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "authority",
          "docs": [
            "Becomes the config's authority."
          ],
          "signer": true
        },
        {
          "name": "config",
          "docs": [
            "`init_if_needed` so that a repeated call reaches the handler and is refused with",
            "`AlreadyInitialized` instead of a system-program error."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "mint",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  105,
                  111,
                  95,
                  109,
                  105,
                  110,
                  116
                ]
              }
            ]
          }
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "tokenConfig",
      "discriminator": [
        92,
        73,
        255,
        43,
        107,
        51,
        117,
        101
      ]
    }
  ],
  "events": [
    {
      "name": "tokenInitialized",
      "discriminator": [
        77,
        70,
        233,
        124,
        236,
        92,
        204,
        0
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "alreadyInitialized",
      "msg": "The IO token is already initialized"
    }
  ],
  "types": [
    {
      "name": "eventHeader",
      "docs": [
        "Carried first by every event: which entity changed and its sequence number after the change.",
        "An indexer sees sequence numbers 1, 2, 3... per entity and detects a gap."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "entity",
            "docs": [
              "The account whose state the event describes."
            ],
            "type": "pubkey"
          },
          {
            "name": "seq",
            "docs": [
              "That entity's sequence number after this change (starts at 1)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "tokenConfig",
      "docs": [
        "The token's single config (PDA `[CONFIG_SEED]`); it also signs as the mint authority."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "docs": [
              "Administers the token (genesis, registering the emission authority)."
            ],
            "type": "pubkey"
          },
          {
            "name": "mint",
            "docs": [
              "The IO mint (PDA `[MINT_SEED]`)."
            ],
            "type": "pubkey"
          },
          {
            "name": "initializedAt",
            "docs": [
              "Clock time of the initialization."
            ],
            "type": "i64"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this config; 0 until initialized."
            ],
            "type": "u64"
          },
          {
            "name": "bump",
            "docs": [
              "Canonical bump of this PDA."
            ],
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "tokenInitialized",
      "docs": [
        "The IO mint and the token config were created."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the token config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "decimals",
            "type": "u8"
          },
          {
            "name": "maxSupply",
            "type": "u64"
          },
          {
            "name": "initializedAt",
            "docs": [
              "Clock time of the initialization."
            ],
            "type": "i64"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "configSeed",
      "docs": [
        "Seed of the token config PDA, which is also the mint authority."
      ],
      "type": "bytes",
      "value": "[99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "ioDecimals",
      "docs": [
        "IO has 8 decimals."
      ],
      "type": "u8",
      "value": "8"
    },
    {
      "name": "maxSupply",
      "docs": [
        "Hard cap: 800,000,000 IO in base units."
      ],
      "type": "u64",
      "value": "80000000000000000"
    },
    {
      "name": "mintSeed",
      "docs": [
        "Seed of the IO mint PDA."
      ],
      "type": "bytes",
      "value": "[105, 111, 95, 109, 105, 110, 116]"
    }
  ]
};
