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
      "name": "configSetAuthority",
      "docs": [
        "Changes the admin or the emission authority; only the config authority."
      ],
      "discriminator": [
        208,
        61,
        38,
        91,
        61,
        183,
        237,
        45
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "config",
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
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "configSetAuthorityArgs"
            }
          }
        }
      ]
    },
    {
      "name": "genesis",
      "docs": [
        "Mints the 500M genesis supply, exactly once, into the five allocations."
      ],
      "discriminator": [
        84,
        75,
        17,
        70,
        125,
        234,
        87,
        146
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "config",
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
          "relations": [
            "config"
          ]
        },
        {
          "name": "communityDestination",
          "docs": [
            "Receives the community allocation (100M IO) at genesis."
          ],
          "writable": true
        },
        {
          "name": "treasuryDestination",
          "docs": [
            "The DAO treasury's IO account: receives R&D and ecosystem (128M IO) at genesis."
          ],
          "writable": true
        },
        {
          "name": "seedInvestorsVesting",
          "writable": true
        },
        {
          "name": "seedInvestorsVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  101,
                  115,
                  116,
                  105,
                  110,
                  103,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "seedInvestorsVesting"
              }
            ]
          }
        },
        {
          "name": "seriesAVesting",
          "writable": true
        },
        {
          "name": "seriesAVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  101,
                  115,
                  116,
                  105,
                  110,
                  103,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "seriesAVesting"
              }
            ]
          }
        },
        {
          "name": "coreContributorsVesting",
          "writable": true
        },
        {
          "name": "coreContributorsVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  101,
                  115,
                  116,
                  105,
                  110,
                  103,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "coreContributorsVesting"
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
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "genesisArgs"
            }
          }
        }
      ]
    },
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
          "name": "program",
          "docs": [
            "This program's own account: its loader tells who may initialize it."
          ],
          "address": "AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd"
        },
        {
          "name": "programData",
          "docs": [
            "This program's ProgramData: its upgrade authority must be the payer (a harness builtin",
            "may have none)."
          ]
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
    },
    {
      "name": "mintEmission",
      "docs": [
        "Mints emissions; only the registered emission authority, within 300M and 800M."
      ],
      "discriminator": [
        110,
        141,
        220,
        8,
        167,
        9,
        179,
        134
      ],
      "accounts": [
        {
          "name": "emissionAuthority",
          "docs": [
            "The registered emission authority: the rewards program signs with its PDA."
          ],
          "signer": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "config",
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
          "relations": [
            "config"
          ]
        },
        {
          "name": "destination",
          "writable": true
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "mintEmissionArgs"
            }
          }
        }
      ]
    },
    {
      "name": "retireEmission",
      "docs": [
        "Retires emission room for good (it can never be minted); only the emission authority."
      ],
      "discriminator": [
        180,
        145,
        111,
        252,
        161,
        105,
        68,
        23
      ],
      "accounts": [
        {
          "name": "emissionAuthority",
          "docs": [
            "The registered emission authority: the rewards program signs with its PDA."
          ],
          "signer": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "config",
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
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "retireEmissionArgs"
            }
          }
        }
      ]
    },
    {
      "name": "vestingClaim",
      "docs": [
        "Pays a beneficiary what its schedule has unlocked and it has not claimed."
      ],
      "discriminator": [
        235,
        39,
        48,
        58,
        35,
        47,
        14,
        105
      ],
      "accounts": [
        {
          "name": "beneficiary",
          "signer": true,
          "relations": [
            "vesting"
          ]
        },
        {
          "name": "config",
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
          "relations": [
            "config"
          ]
        },
        {
          "name": "vesting",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "vesting"
          ]
        },
        {
          "name": "destination",
          "docs": [
            "Where the unlocked IO goes; any IO account the beneficiary chooses, except the vault."
          ],
          "writable": true
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "vestingSetBeneficiary",
      "docs": [
        "Hands a vesting schedule's claim right to another wallet."
      ],
      "discriminator": [
        125,
        92,
        27,
        177,
        76,
        190,
        215,
        144
      ],
      "accounts": [
        {
          "name": "beneficiary",
          "signer": true,
          "relations": [
            "vesting"
          ]
        },
        {
          "name": "vesting",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "vestingSetBeneficiaryArgs"
            }
          }
        }
      ]
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
    },
    {
      "name": "vestingSchedule",
      "discriminator": [
        130,
        200,
        173,
        148,
        39,
        75,
        243,
        147
      ]
    }
  ],
  "events": [
    {
      "name": "authorityChanged",
      "discriminator": [
        31,
        19,
        174,
        152,
        4,
        82,
        215,
        226
      ]
    },
    {
      "name": "emissionMinted",
      "discriminator": [
        127,
        4,
        53,
        212,
        212,
        89,
        247,
        244
      ]
    },
    {
      "name": "emissionRetired",
      "discriminator": [
        219,
        5,
        178,
        211,
        201,
        181,
        149,
        23
      ]
    },
    {
      "name": "genesisMinted",
      "discriminator": [
        128,
        76,
        96,
        126,
        180,
        149,
        231,
        231
      ]
    },
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
    },
    {
      "name": "vestingBeneficiaryChanged",
      "discriminator": [
        19,
        201,
        121,
        53,
        91,
        196,
        234,
        123
      ]
    },
    {
      "name": "vestingClaimed",
      "discriminator": [
        166,
        62,
        135,
        158,
        137,
        1,
        85,
        15
      ]
    },
    {
      "name": "vestingCreated",
      "discriminator": [
        181,
        223,
        229,
        220,
        204,
        6,
        169,
        125
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "alreadyInitialized",
      "msg": "The IO token is already initialized"
    },
    {
      "code": 6001,
      "name": "unauthorized",
      "msg": "Only the token config's authority may do this"
    },
    {
      "code": 6002,
      "name": "genesisAlreadyDone",
      "msg": "Genesis has already been minted"
    },
    {
      "code": 6003,
      "name": "notBeneficiary",
      "msg": "Only the vesting schedule's beneficiary may do this"
    },
    {
      "code": 6004,
      "name": "nothingToClaim",
      "msg": "Nothing has unlocked beyond what was already claimed"
    },
    {
      "code": 6005,
      "name": "unauthorizedEmitter",
      "msg": "Only the registered emission authority may mint emissions"
    },
    {
      "code": 6006,
      "name": "emissionPoolExceeded",
      "msg": "The mint would take cumulative emissions above 300,000,000 IO"
    },
    {
      "code": 6007,
      "name": "capExceeded",
      "msg": "The mint would take everything ever minted above 800,000,000 IO"
    },
    {
      "code": 6008,
      "name": "zeroAmount",
      "msg": "The amount must be greater than zero"
    },
    {
      "code": 6009,
      "name": "invalidAuthority",
      "msg": "The new authority must be a real key"
    },
    {
      "code": 6010,
      "name": "duplicateAccount",
      "msg": "The same account was passed in two roles"
    },
    {
      "code": 6011,
      "name": "wrongMint",
      "msg": "The mint is not the config's IO mint"
    },
    {
      "code": 6012,
      "name": "wrongVault",
      "msg": "The account is not the vesting schedule's vault"
    }
  ],
  "types": [
    {
      "name": "allocation",
      "docs": [
        "The vested genesis allocations."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "seedInvestors"
          },
          {
            "name": "seriesA"
          },
          {
            "name": "coreContributors"
          }
        ]
      }
    },
    {
      "name": "authorityChanged",
      "docs": [
        "An authority of the token config changed."
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
            "name": "role",
            "type": {
              "defined": {
                "name": "authorityRole"
              }
            }
          },
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "genesisMinted",
            "type": "u64"
          },
          {
            "name": "emissionMinted",
            "type": "u64"
          },
          {
            "name": "totalMinted",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "authorityRole",
      "docs": [
        "Which authority of the token config changed."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "admin"
          },
          {
            "name": "emission"
          }
        ]
      }
    },
    {
      "name": "configSetAuthorityArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "role",
            "docs": [
              "Which authority to change."
            ],
            "type": {
              "defined": {
                "name": "authorityRole"
              }
            }
          },
          {
            "name": "newAuthority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "emissionMinted",
      "docs": [
        "IO minted through the emission gate."
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
            "name": "destination",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "genesisMinted",
            "type": "u64"
          },
          {
            "name": "emissionMinted",
            "type": "u64"
          },
          {
            "name": "totalMinted",
            "type": "u64"
          },
          {
            "name": "roomLeft",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "emissionRetired",
      "docs": [
        "Emission room retired by the emission authority: never mintable from now on."
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
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "emissionMinted",
            "type": "u64"
          },
          {
            "name": "emissionRetired",
            "docs": [
              "Emission room retired, ever."
            ],
            "type": "u64"
          },
          {
            "name": "totalMinted",
            "type": "u64"
          },
          {
            "name": "roomLeft",
            "type": "u64"
          }
        ]
      }
    },
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
      "name": "genesisArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "seedInvestors",
            "docs": [
              "Beneficiary of the seed investors' vesting schedule."
            ],
            "type": "pubkey"
          },
          {
            "name": "seriesA",
            "docs": [
              "Beneficiary of the Series A vesting schedule."
            ],
            "type": "pubkey"
          },
          {
            "name": "coreContributors",
            "docs": [
              "Beneficiary of the core contributors' vesting schedule."
            ],
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "genesisMinted",
      "docs": [
        "Genesis minted 500M IO: community and ecosystem paid out, vested allocations in vaults."
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
            "name": "genesisTime",
            "type": "i64"
          },
          {
            "name": "communityDestination",
            "type": "pubkey"
          },
          {
            "name": "treasuryDestination",
            "type": "pubkey"
          },
          {
            "name": "genesisMinted",
            "type": "u64"
          },
          {
            "name": "emissionMinted",
            "type": "u64"
          },
          {
            "name": "totalMinted",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "mintEmissionArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "retireEmissionArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
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
              "Administers the token: runs genesis, registers the emission authority, hands itself over."
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
            "name": "emissionAuthority",
            "docs": [
              "The only signer `mint_emission` accepts (the rewards program's PDA); default = none yet."
            ],
            "type": "pubkey"
          },
          {
            "name": "genesisMinted",
            "docs": [
              "Base units minted at genesis (0 before, 500M IO after)."
            ],
            "type": "u64"
          },
          {
            "name": "emissionMinted",
            "docs": [
              "Base units minted through the emission gate, ever."
            ],
            "type": "u64"
          },
          {
            "name": "genesisTime",
            "docs": [
              "Clock time of genesis; vesting months count from it. 0 before genesis."
            ],
            "type": "i64"
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
          },
          {
            "name": "emissionRetired",
            "docs": [
              "Emission room retired by the emission authority (io_rewards' IDE surplus), ever: it can",
              "never be minted."
            ],
            "type": "u64"
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
    },
    {
      "name": "vestingBeneficiaryChanged",
      "docs": [
        "A beneficiary handed its claim right to another wallet."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the vesting schedule."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "previous",
            "type": "pubkey"
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "vestingClaimed",
      "docs": [
        "A beneficiary claimed unlocked IO."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the vesting schedule."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          },
          {
            "name": "destination",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "remaining",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "vestingCreated",
      "docs": [
        "A vesting schedule was created at genesis and its vault funded."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the vesting schedule."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "allocation",
            "type": {
              "defined": {
                "name": "allocation"
              }
            }
          },
          {
            "name": "beneficiary",
            "type": "pubkey"
          },
          {
            "name": "vault",
            "type": "pubkey"
          },
          {
            "name": "total",
            "type": "u64"
          },
          {
            "name": "parts",
            "type": "u16"
          },
          {
            "name": "firstUnlockMonth",
            "type": "u16"
          },
          {
            "name": "startTime",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "vestingSchedule",
      "docs": [
        "One vested allocation (PDA `[VESTING_SEED, allocation]`); its IO sits in the vault",
        "(PDA `[VESTING_VAULT_SEED, schedule]`), a token account this schedule owns."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "allocation",
            "type": {
              "defined": {
                "name": "allocation"
              }
            }
          },
          {
            "name": "beneficiary",
            "docs": [
              "Who may claim; can hand the right to another wallet."
            ],
            "type": "pubkey"
          },
          {
            "name": "vault",
            "docs": [
              "The token account holding what has not been claimed."
            ],
            "type": "pubkey"
          },
          {
            "name": "total",
            "docs": [
              "Base units allocated at genesis."
            ],
            "type": "u64"
          },
          {
            "name": "claimed",
            "docs": [
              "Base units claimed so far."
            ],
            "type": "u64"
          },
          {
            "name": "startTime",
            "docs": [
              "Genesis time: months count from here."
            ],
            "type": "i64"
          },
          {
            "name": "firstUnlockMonth",
            "docs": [
              "The first part unlocks at the end of this month."
            ],
            "type": "u16"
          },
          {
            "name": "parts",
            "docs": [
              "Number of equal monthly parts (dust in the last)."
            ],
            "type": "u16"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this schedule."
            ],
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "vaultBump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "vestingSetBeneficiaryArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "newBeneficiary",
            "type": "pubkey"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "communityAllocation",
      "docs": [
        "Genesis allocations (io.net's published split)."
      ],
      "type": "u64",
      "value": "10000000000000000"
    },
    {
      "name": "configSeed",
      "docs": [
        "Seed of the token config PDA, which is also the mint authority."
      ],
      "type": "bytes",
      "value": "[99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "coreContributorsAllocation",
      "type": "u64",
      "value": "9040000000000000"
    },
    {
      "name": "coreVestingParts",
      "docs": [
        "Core contributors: 36 monthly parts, end of month 13 to end of month 48."
      ],
      "type": "u16",
      "value": "36"
    },
    {
      "name": "ecosystemAllocation",
      "type": "u64",
      "value": "12800000000000000"
    },
    {
      "name": "emissionPool",
      "docs": [
        "Emitted over 20 years as block rewards, only through the emission gate: 300,000,000 IO."
      ],
      "type": "u64",
      "value": "30000000000000000"
    },
    {
      "name": "genesisSupply",
      "docs": [
        "Minted once at genesis: 500,000,000 IO."
      ],
      "type": "u64",
      "value": "50000000000000000"
    },
    {
      "name": "investorVestingParts",
      "docs": [
        "Investors (seed, Series A): 24 monthly parts, end of month 13 to end of month 36."
      ],
      "type": "u16",
      "value": "24"
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
        "Hard cap: 800,000,000 IO. Counts everything ever minted; burning never reopens room."
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
    },
    {
      "name": "secondsPerMonth",
      "docs": [
        "A vesting month: 30 days from the genesis timestamp."
      ],
      "type": "i64",
      "value": "2592000"
    },
    {
      "name": "seedInvestorsAllocation",
      "type": "u64",
      "value": "10000000000000000"
    },
    {
      "name": "seriesAAllocation",
      "type": "u64",
      "value": "8160000000000000"
    },
    {
      "name": "vestingFirstUnlockMonth",
      "docs": [
        "Vested allocations unlock their first part at the end of this month."
      ],
      "type": "u16",
      "value": "13"
    },
    {
      "name": "vestingSeed",
      "docs": [
        "Seed of a vesting schedule PDA: `[VESTING_SEED, allocation byte]`."
      ],
      "type": "bytes",
      "value": "[118, 101, 115, 116, 105, 110, 103]"
    },
    {
      "name": "vestingVaultSeed",
      "docs": [
        "Seed of a vesting vault (token account) PDA: `[VESTING_VAULT_SEED, vesting schedule key]`."
      ],
      "type": "bytes",
      "value": "[118, 101, 115, 116, 105, 110, 103, 95, 118, 97, 117, 108, 116]"
    }
  ]
};
