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
  "instructions": [
    {
      "name": "configSetBusyBoost",
      "docs": [
        "Sets the busy boost (1×..5×); only governance."
      ],
      "discriminator": [
        132,
        62,
        205,
        62,
        195,
        39,
        254,
        71
      ],
      "accounts": [
        {
          "name": "governance",
          "docs": [
            "The DAO's PDA in production."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
              "name": "configSetBusyBoostArgs"
            }
          }
        }
      ]
    },
    {
      "name": "configSetEmissionScale",
      "docs": [
        "Sets the share of the schedule emitted (0..100%); only governance."
      ],
      "discriminator": [
        228,
        227,
        139,
        114,
        11,
        27,
        242,
        135
      ],
      "accounts": [
        {
          "name": "governance",
          "docs": [
            "The DAO's PDA in production."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
              "name": "configSetEmissionScaleArgs"
            }
          }
        }
      ]
    },
    {
      "name": "configSetRewardMode",
      "docs": [
        "Schedules the reward mode and the engine's parameters from the next hour boundary; only",
        "governance."
      ],
      "discriminator": [
        1,
        231,
        120,
        151,
        3,
        110,
        44,
        183
      ],
      "accounts": [
        {
          "name": "governance",
          "docs": [
            "The DAO's PDA in production."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
              "name": "ideParams"
            }
          }
        }
      ]
    },
    {
      "name": "configSetWeightAuthority",
      "docs": [
        "Registers a new weight authority; only governance."
      ],
      "discriminator": [
        148,
        118,
        179,
        157,
        51,
        104,
        205,
        251
      ],
      "accounts": [
        {
          "name": "governance",
          "docs": [
            "The DAO's PDA in production."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
              "name": "configSetWeightAuthorityArgs"
            }
          }
        }
      ]
    },
    {
      "name": "initialize",
      "docs": [
        "Creates the rewards config. Refused once it exists."
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
          "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
        },
        {
          "name": "programData",
          "docs": [
            "This program's ProgramData: its upgrade authority must be the payer (a harness builtin",
            "may have none)."
          ]
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "tokenConfig",
          "docs": [
            "io_token's config: owner (io_token), seeds and bump checked."
          ],
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
            ],
            "program": {
              "kind": "const",
              "value": [
                141,
                150,
                137,
                151,
                223,
                221,
                24,
                72,
                3,
                140,
                203,
                41,
                64,
                138,
                106,
                120,
                2,
                170,
                49,
                217,
                150,
                35,
                171,
                186,
                251,
                13,
                111,
                1,
                125,
                7,
                145,
                242
              ]
            }
          }
        },
        {
          "name": "mint",
          "relations": [
            "tokenConfig"
          ]
        },
        {
          "name": "feeReserve",
          "docs": [
            "The fee reserve: IO fees the Incentive Dynamic Engine draws, held by the config."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  101,
                  101,
                  95,
                  114,
                  101,
                  115,
                  101,
                  114,
                  118,
                  101
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
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "initializeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "rewardsClaim",
      "docs": [
        "Mints a worker's earned rewards to its owner's IO account; only the owner."
      ],
      "discriminator": [
        39,
        246,
        137,
        230,
        81,
        254,
        178,
        51
      ],
      "accounts": [
        {
          "name": "owner",
          "docs": [
            "The worker's owner, as the weight authority registered it."
          ],
          "signer": true,
          "relations": [
            "workerReward"
          ]
        },
        {
          "name": "config",
          "docs": [
            "Also the emission authority that signs the mint."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "workerReward",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  119,
                  111,
                  114,
                  107,
                  101,
                  114,
                  95,
                  114,
                  101,
                  119,
                  97,
                  114,
                  100
                ]
              },
              {
                "kind": "account",
                "path": "workerReward.worker",
                "account": "workerReward"
              }
            ]
          }
        },
        {
          "name": "tokenConfig",
          "docs": [
            "its owner, seeds and the emission authority again in the CPI."
          ],
          "writable": true,
          "relations": [
            "config"
          ]
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
          "docs": [
            "Any IO token account the owner chooses but the fee reserve."
          ],
          "writable": true
        },
        {
          "name": "feeReserve",
          "docs": [
            "The fee reserve (IO fees the engine distributed are paid from it first)."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  101,
                  101,
                  95,
                  114,
                  101,
                  115,
                  101,
                  114,
                  118,
                  101
                ]
              }
            ]
          }
        },
        {
          "name": "ioTokenProgram",
          "address": "AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rewardsClaimCoStake",
      "docs": [
        "Mints a worker's co-staker's share of its rewards to the co-staker's own IO account;",
        "anyone."
      ],
      "discriminator": [
        150,
        252,
        227,
        37,
        161,
        246,
        6,
        144
      ],
      "accounts": [
        {
          "name": "config",
          "docs": [
            "Also the emission authority that signs the mint."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "workerReward",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  119,
                  111,
                  114,
                  107,
                  101,
                  114,
                  95,
                  114,
                  101,
                  119,
                  97,
                  114,
                  100
                ]
              },
              {
                "kind": "account",
                "path": "workerReward.worker",
                "account": "workerReward"
              }
            ]
          }
        },
        {
          "name": "tokenConfig",
          "docs": [
            "its owner, seeds and the emission authority again in the CPI."
          ],
          "writable": true,
          "relations": [
            "config"
          ]
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
          "docs": [
            "An IO account of the co-staker's own: the claim pays no one else, so anyone may send it."
          ],
          "writable": true
        },
        {
          "name": "feeReserve",
          "docs": [
            "The fee reserve (IO fees the engine distributed are paid from it first)."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  101,
                  101,
                  95,
                  114,
                  101,
                  115,
                  101,
                  114,
                  118,
                  101
                ]
              }
            ]
          }
        },
        {
          "name": "ioTokenProgram",
          "address": "AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rewardsCrank",
      "docs": [
        "Brings the accumulator up to now; anyone."
      ],
      "discriminator": [
        27,
        124,
        216,
        182,
        36,
        135,
        189,
        247
      ],
      "accounts": [
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
      "args": []
    },
    {
      "name": "rewardsIdeCrank",
      "docs": [
        "In IDE mode: a fresh price, the accrual, the IO fee draw and burn, retired IO reported;",
        "anyone (a keeper, hourly)."
      ],
      "discriminator": [
        52,
        236,
        220,
        2,
        148,
        32,
        137,
        216
      ],
      "accounts": [
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "creditsConfig",
          "docs": [
            "io_credits' config: its oracle limits (feed, age, confidence) check the price."
          ],
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
            ],
            "program": {
              "kind": "const",
              "value": [
                143,
                135,
                121,
                152,
                25,
                177,
                190,
                22,
                88,
                129,
                11,
                49,
                194,
                223,
                123,
                126,
                235,
                73,
                113,
                242,
                72,
                54,
                124,
                154,
                249,
                12,
                217,
                154,
                73,
                143,
                227,
                177
              ]
            }
          }
        },
        {
          "name": "priceUpdate",
          "docs": [
            "A Pyth `PriceUpdateV2` of IO/USD.",
            "`checked_high_price`."
          ]
        },
        {
          "name": "ioTender",
          "docs": [
            "io_credits' IO tender: its vault holds the IO fees (the Fee Vault)."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  116,
                  101,
                  110,
                  100,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ],
            "program": {
              "kind": "const",
              "value": [
                143,
                135,
                121,
                152,
                25,
                177,
                190,
                22,
                88,
                129,
                11,
                49,
                194,
                223,
                123,
                126,
                235,
                73,
                113,
                242,
                72,
                54,
                124,
                154,
                249,
                12,
                217,
                154,
                73,
                143,
                227,
                177
              ]
            }
          }
        },
        {
          "name": "ioFeeVault",
          "writable": true
        },
        {
          "name": "feeReserve",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  101,
                  101,
                  95,
                  114,
                  101,
                  115,
                  101,
                  114,
                  118,
                  101
                ]
              }
            ]
          }
        },
        {
          "name": "tokenConfig",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "mint",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "creditsProgram",
          "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
        },
        {
          "name": "ioTokenProgram",
          "address": "AXhd3gzqiFf9fwTAymgBYFDJnmcQsE8CwuHnnG9yKknd"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rewardsRegisterWorker",
      "docs": [
        "Creates a worker's reward account (or updates its owner); only the weight authority."
      ],
      "discriminator": [
        4,
        141,
        140,
        95,
        98,
        41,
        102,
        29
      ],
      "accounts": [
        {
          "name": "payer",
          "docs": [
            "Pays the worker reward account's rent."
          ],
          "writable": true,
          "signer": true
        },
        {
          "name": "weightAuthority",
          "docs": [
            "The registered weight authority (io_cloud signs with its PDA `[b\"rewards_authority\"]`)."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "worker",
          "docs": [
            "authority's signature vouches that it is io_cloud's worker account."
          ]
        },
        {
          "name": "workerReward",
          "docs": [
            "Created on a worker's first registration; kept (with its unclaimed rewards) when the",
            "worker deregisters and registers again."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  119,
                  111,
                  114,
                  107,
                  101,
                  114,
                  95,
                  114,
                  101,
                  119,
                  97,
                  114,
                  100
                ]
              },
              {
                "kind": "account",
                "path": "worker"
              }
            ]
          }
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
              "name": "rewardsRegisterWorkerArgs"
            }
          }
        }
      ]
    },
    {
      "name": "rewardsUpdateWorker",
      "docs": [
        "Grants one worker's base weight, busy state and eligibility until a lease end, and",
        "changes its boost allowance; only the weight authority. Settles the worker first."
      ],
      "discriminator": [
        13,
        239,
        200,
        188,
        190,
        154,
        161,
        27
      ],
      "accounts": [
        {
          "name": "weightAuthority",
          "docs": [
            "The registered weight authority (io_cloud signs with its PDA `[b\"rewards_authority\"]`)."
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
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  115,
                  95,
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
          "name": "workerReward",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  119,
                  111,
                  114,
                  107,
                  101,
                  114,
                  95,
                  114,
                  101,
                  119,
                  97,
                  114,
                  100
                ]
              },
              {
                "kind": "account",
                "path": "workerReward.worker",
                "account": "workerReward"
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
              "name": "rewardsUpdateWorkerArgs"
            }
          }
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "creditsConfig",
      "discriminator": [
        51,
        127,
        46,
        105,
        211,
        170,
        215,
        16
      ]
    },
    {
      "name": "rewardsConfig",
      "discriminator": [
        27,
        65,
        81,
        182,
        166,
        101,
        190,
        207
      ]
    },
    {
      "name": "tender",
      "discriminator": [
        168,
        234,
        132,
        162,
        99,
        159,
        184,
        91
      ]
    },
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
      "name": "workerReward",
      "discriminator": [
        179,
        138,
        31,
        157,
        147,
        242,
        104,
        237
      ]
    }
  ],
  "events": [
    {
      "name": "busyBoostChanged",
      "discriminator": [
        110,
        96,
        38,
        188,
        171,
        4,
        102,
        200
      ]
    },
    {
      "name": "coStakerRewardsClaimed",
      "discriminator": [
        188,
        123,
        88,
        12,
        151,
        60,
        182,
        193
      ]
    },
    {
      "name": "emissionScaleChanged",
      "discriminator": [
        66,
        175,
        211,
        240,
        55,
        58,
        12,
        202
      ]
    },
    {
      "name": "ideCranked",
      "discriminator": [
        171,
        218,
        108,
        207,
        252,
        177,
        239,
        84
      ]
    },
    {
      "name": "ideShortfall",
      "discriminator": [
        7,
        57,
        128,
        150,
        52,
        138,
        222,
        79
      ]
    },
    {
      "name": "rewardModeScheduled",
      "discriminator": [
        210,
        199,
        155,
        196,
        25,
        221,
        54,
        227
      ]
    },
    {
      "name": "rewardsAccrued",
      "discriminator": [
        33,
        15,
        54,
        214,
        98,
        95,
        10,
        34
      ]
    },
    {
      "name": "rewardsClaimed",
      "discriminator": [
        75,
        98,
        88,
        18,
        219,
        112,
        88,
        121
      ]
    },
    {
      "name": "rewardsInitialized",
      "discriminator": [
        37,
        204,
        132,
        87,
        230,
        22,
        52,
        86
      ]
    },
    {
      "name": "weightAuthorityChanged",
      "discriminator": [
        83,
        25,
        72,
        164,
        232,
        90,
        76,
        255
      ]
    },
    {
      "name": "workerRewardUpdated",
      "discriminator": [
        18,
        156,
        143,
        60,
        119,
        247,
        118,
        180
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "alreadyInitialized",
      "msg": "The rewards program is already initialized"
    },
    {
      "code": 6001,
      "name": "unauthorized",
      "msg": "Only the rewards config's governance may do this"
    },
    {
      "code": 6002,
      "name": "unauthorizedWeightAuthority",
      "msg": "Only the registered weight authority may change a worker's reward weight"
    },
    {
      "code": 6003,
      "name": "notWorkerOwner",
      "msg": "Only the worker's owner may claim its rewards"
    },
    {
      "code": 6004,
      "name": "nothingToClaim",
      "msg": "Nothing has accrued beyond what was already claimed"
    },
    {
      "code": 6005,
      "name": "emissionScaleTooHigh",
      "msg": "The emission scale can't exceed 100% of the schedule"
    },
    {
      "code": 6006,
      "name": "busyBoostTooLow",
      "msg": "The busy boost can't be below 1x"
    },
    {
      "code": 6007,
      "name": "busyBoostTooHigh",
      "msg": "The busy boost can't exceed 5x"
    },
    {
      "code": 6008,
      "name": "baseWeightTooLarge",
      "msg": "The base weight exceeds the largest allowed"
    },
    {
      "code": 6009,
      "name": "invalidAuthority",
      "msg": "The authority must be a real key"
    },
    {
      "code": 6010,
      "name": "invalidOwner",
      "msg": "The worker's owner must be a real key"
    },
    {
      "code": 6011,
      "name": "invalidStartTime",
      "msg": "The emission start time can't be negative"
    },
    {
      "code": 6012,
      "name": "wrongMint",
      "msg": "The destination is not an IO token account"
    },
    {
      "code": 6013,
      "name": "invalidLease",
      "msg": "A weight's lease must end at one of the next two hour boundaries"
    },
    {
      "code": 6014,
      "name": "invalidCoStakeShare",
      "msg": "A co-staker's share of block rewards can't exceed 100%"
    },
    {
      "code": 6015,
      "name": "coStakerRewardsUnclaimed",
      "msg": "The worker's last co-staker has rewards to claim first"
    },
    {
      "code": 6016,
      "name": "noCoStaker",
      "msg": "The worker has no co-staker"
    },
    {
      "code": 6017,
      "name": "notCoStakerAccount",
      "msg": "The destination is not the co-staker's IO account"
    },
    {
      "code": 6018,
      "name": "wrongConfigMint",
      "msg": "The mint is not the one the rewards config records"
    },
    {
      "code": 6019,
      "name": "wrongTokenConfig",
      "msg": "The token config is not the one the rewards config records"
    },
    {
      "code": 6020,
      "name": "usdTargetTooHigh",
      "msg": "The USD target per GPU-hour exceeds 100 USD"
    },
    {
      "code": 6021,
      "name": "usdTargetZero",
      "msg": "The IDE needs a USD target above zero"
    },
    {
      "code": 6022,
      "name": "retireShareOutOfBounds",
      "msg": "The retired share of the surplus must be 50% to 100%"
    },
    {
      "code": 6023,
      "name": "feeBufferTooLarge",
      "msg": "The fee buffer exceeds 10,000,000 IO"
    },
    {
      "code": 6024,
      "name": "notIdeMode",
      "msg": "The rewards program is not in IDE mode"
    },
    {
      "code": 6025,
      "name": "wrongFeeVault",
      "msg": "The fee vault is not io_credits' IO fee vault"
    },
    {
      "code": 6026,
      "name": "duplicateAccount",
      "msg": "The same account was passed in two roles"
    }
  ],
  "types": [
    {
      "name": "breaker",
      "docs": [
        "IOSD minted per slot over the last window (stored in the credits config)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "slot",
            "docs": [
              "Index of the latest slot the ring has been advanced to (`clock / slot length`)."
            ],
            "type": "i64"
          },
          {
            "name": "buckets",
            "docs": [
              "IOSD base units minted in slot `k` sit in bucket `k mod 25`, for `k` in",
              "`slot − 24 ..= slot`."
            ],
            "type": {
              "array": [
                "u64",
                25
              ]
            }
          }
        ]
      }
    },
    {
      "name": "busyBoostChanged",
      "docs": [
        "Governance changed the busy boost (after accruing at the old boost)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "previous",
            "type": "u32"
          },
          {
            "name": "busyBoostBps",
            "type": "u32"
          },
          {
            "name": "pool",
            "type": {
              "defined": {
                "name": "rewardPool"
              }
            }
          }
        ]
      }
    },
    {
      "name": "coStakerRewardsClaimed",
      "docs": [
        "A worker's co-staker was paid its share of the worker's block rewards."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker reward account."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "worker",
            "type": "pubkey"
          },
          {
            "name": "coStaker",
            "type": "pubkey"
          },
          {
            "name": "destination",
            "docs": [
              "The co-staker's IO account."
            ],
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "coClaimed",
            "docs": [
              "Base units claimed for this worker's co-staker, ever."
            ],
            "type": "u64"
          },
          {
            "name": "pending",
            "docs": [
              "The owner's whole base units claimable after the claim, and claimed ever."
            ],
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "configSetBusyBoostArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "busyBoostBps",
            "docs": [
              "Weight factor of a busy worker in basis points: 10,000 (1×) ..= 50,000 (5×)."
            ],
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "configSetEmissionScaleArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "emissionScaleBps",
            "docs": [
              "Share of the schedule emitted from now on, in basis points: 0 ..= 10,000 (100%)."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "configSetWeightAuthorityArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "weightAuthority",
            "docs": [
              "The new weight authority (io_cloud's PDA `[b\"rewards_authority\"]`)."
            ],
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "creditsConfig",
      "docs": [
        "The program's single config (PDA `[CONFIG_SEED]`); it also signs as the IOSD mint authority."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "governance",
            "docs": [
              "Sets every parameter and the tender registry: the DAO's PDA (a keypair in tests)."
            ],
            "type": "pubkey"
          },
          {
            "name": "iosdMint",
            "docs": [
              "The IOSD mint (PDA `[IOSD_MINT_SEED]`, Token-2022, NonTransferable, 6 decimals)."
            ],
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "docs": [
              "io_token's IO mint, burned to buy credits."
            ],
            "type": "pubkey"
          },
          {
            "name": "params",
            "docs": [
              "The governed parameters."
            ],
            "type": {
              "defined": {
                "name": "creditsParams"
              }
            }
          },
          {
            "name": "breaker",
            "docs": [
              "IOSD minted per breaker slot over the last window."
            ],
            "type": {
              "defined": {
                "name": "breaker"
              }
            }
          },
          {
            "name": "ioBurned",
            "docs": [
              "IO base units burned to buy credits, ever."
            ],
            "type": "u64"
          },
          {
            "name": "iosdMinted",
            "docs": [
              "IOSD base units minted, ever."
            ],
            "type": "u64"
          },
          {
            "name": "iosdSpent",
            "docs": [
              "IOSD base units burned by `credits_spend`, ever."
            ],
            "type": "u64"
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
      "name": "creditsParams",
      "docs": [
        "The governed parameters of the credits program. Every change goes through",
        "`config_set_param`, which checks these bounds again."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "priceFeedId",
            "docs": [
              "Pyth feed id of IO/USD; a price account for any other feed is refused."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "maxAgeS",
            "docs": [
              "Oldest accepted price, in seconds before the clock (`MIN_MAX_AGE_S..=MAX_MAX_AGE_S`)."
            ],
            "type": "u32"
          },
          {
            "name": "maxConfBps",
            "docs": [
              "Widest accepted `conf / price`, in basis points (`MIN_MAX_CONF_BPS..=MAX_MAX_CONF_BPS`)."
            ],
            "type": "u16"
          },
          {
            "name": "breakerWindowS",
            "docs": [
              "Length of the circuit-breaker window in seconds; a multiple of `BREAKER_SLOTS`."
            ],
            "type": "u32"
          },
          {
            "name": "breakerLimit",
            "docs": [
              "Most IOSD (base units) that may be minted in any `breaker_window_s` seconds."
            ],
            "type": "u64"
          },
          {
            "name": "ioFeeBurnBps",
            "docs": [
              "Share of IO fee revenue burned when it reaches the IO fee vault, in basis points."
            ],
            "type": "u16"
          },
          {
            "name": "reservationFeeBps",
            "docs": [
              "Reservation fee on every booking, in basis points (0.25% = 25 by default)."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "emissionScaleChanged",
      "docs": [
        "Governance changed the share of the schedule emitted (after accruing at the old share)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "previous",
            "type": "u16"
          },
          {
            "name": "emissionScaleBps",
            "type": "u16"
          },
          {
            "name": "pool",
            "type": {
              "defined": {
                "name": "rewardPool"
              }
            }
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
      "name": "ide",
      "docs": [
        "The engine's state (kept in the rewards config)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "params",
            "docs": [
              "In effect now."
            ],
            "type": {
              "defined": {
                "name": "ideParams"
              }
            }
          },
          {
            "name": "pending",
            "docs": [
              "Taking effect at the start of `pending_hour` (0 = nothing pending)."
            ],
            "type": {
              "defined": {
                "name": "ideParams"
              }
            }
          },
          {
            "name": "pendingHour",
            "type": "i64"
          },
          {
            "name": "price",
            "docs": [
              "The engine's IO/USD price, `price × 10^price_exponent` USD per IO, published at",
              "`price_time` (0 = none yet); valid for `IDE_PRICE_VALID_SECONDS` after it."
            ],
            "type": "u64"
          },
          {
            "name": "priceExponent",
            "type": "i32"
          },
          {
            "name": "priceTime",
            "type": "i64"
          },
          {
            "name": "reserve",
            "docs": [
              "The Reward Vault: schedule IO released in IDE mode, not paid and not retired."
            ],
            "type": "u64"
          },
          {
            "name": "retired",
            "docs": [
              "Schedule IO retired, ever, and how much of it io_token has recorded."
            ],
            "type": "u64"
          },
          {
            "name": "retiredReported",
            "type": "u64"
          },
          {
            "name": "feeAvailable",
            "docs": [
              "IO in the fee reserve account not yet distributed."
            ],
            "type": "u64"
          },
          {
            "name": "feeDrawn",
            "docs": [
              "IO drawn into the fee reserve (from io_credits or sent to it), ever."
            ],
            "type": "u64"
          },
          {
            "name": "feeDistributed",
            "docs": [
              "Fee reserve IO put into the reward indices, ever, and paid out by claims."
            ],
            "type": "u64"
          },
          {
            "name": "feePaid",
            "type": "u64"
          },
          {
            "name": "feeBurned",
            "docs": [
              "Fee reserve IO above the buffer, burned, ever."
            ],
            "type": "u64"
          },
          {
            "name": "totals",
            "docs": [
              "Totals since the engine first ran."
            ],
            "type": {
              "defined": {
                "name": "ideHour"
              }
            }
          },
          {
            "name": "usdUnpaidReported",
            "docs": [
              "`totals.usd_unpaid` at the last crank's shortfall report."
            ],
            "type": "u64"
          },
          {
            "name": "current",
            "docs": [
              "The latest hour with an IDE accrual, and the one before it."
            ],
            "type": {
              "defined": {
                "name": "ideHour"
              }
            }
          },
          {
            "name": "previous",
            "type": {
              "defined": {
                "name": "ideHour"
              }
            }
          }
        ]
      }
    },
    {
      "name": "ideCranked",
      "docs": [
        "The engine was cranked: fresh price, fees drawn and burned, retired IO reported."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "drawn",
            "docs": [
              "IO that reached the fee reserve since the last crank."
            ],
            "type": "u64"
          },
          {
            "name": "burned",
            "docs": [
              "Undistributed fee reserve above the buffer, burned."
            ],
            "type": "u64"
          },
          {
            "name": "retiredReported",
            "docs": [
              "Retired IO recorded in io_token's ledger by this crank."
            ],
            "type": "u64"
          },
          {
            "name": "ide",
            "docs": [
              "The engine after the crank (price, vaults, the last two hours, totals)."
            ],
            "type": {
              "defined": {
                "name": "ide"
              }
            }
          }
        ]
      }
    },
    {
      "name": "ideHour",
      "docs": [
        "What the engine did over one hour (the segments that ended in it)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "hour",
            "docs": [
              "Hour index (Unix time / 3600); 0 for none yet."
            ],
            "type": "i64"
          },
          {
            "name": "usdDue",
            "docs": [
              "USD owed to the workers, micro-USD."
            ],
            "type": "u64"
          },
          {
            "name": "ioNeeded",
            "docs": [
              "IO that would pay it at the engine's price."
            ],
            "type": "u64"
          },
          {
            "name": "ioPaid",
            "docs": [
              "IO paid (from the reserve and the fee reserve)."
            ],
            "type": "u64"
          },
          {
            "name": "fromFees",
            "docs": [
              "Of which from the fee reserve."
            ],
            "type": "u64"
          },
          {
            "name": "retired",
            "docs": [
              "Fresh schedule IO retired."
            ],
            "type": "u64"
          },
          {
            "name": "usdUnpaid",
            "docs": [
              "USD owed and not paid (both vaults short, or no valid price), micro-USD."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "ideParams",
      "docs": [
        "The governed parameters of the engine (`config_set_reward_mode`)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "mode",
            "type": {
              "defined": {
                "name": "rewardMode"
              }
            }
          },
          {
            "name": "usdPerGpuHour",
            "docs": [
              "USD target of one GPU-hour at 1× (BPS² weight units), in micro-USD."
            ],
            "type": "u64"
          },
          {
            "name": "retireBps",
            "docs": [
              "Share of the unneeded fresh schedule IO retired, in basis points (≥ 50%)."
            ],
            "type": "u16"
          },
          {
            "name": "feeBuffer",
            "docs": [
              "Undistributed fee reserve kept (base units); IO fees above it are burned."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "ideShortfall",
      "docs": [
        "Workers were paid less than their USD target since the last crank: both vaults fell short",
        "(paid pro rata to weight) or no valid price was known."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "usdUnpaid",
            "docs": [
              "USD owed and not paid since the last report, micro-USD."
            ],
            "type": "u64"
          },
          {
            "name": "hour",
            "docs": [
              "The latest hour's figures."
            ],
            "type": {
              "defined": {
                "name": "ideHour"
              }
            }
          }
        ]
      }
    },
    {
      "name": "indexCheckpoint",
      "docs": [
        "Both indices at the start of `hour`, recorded when leases ended there."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "hour",
            "type": "i64"
          },
          {
            "name": "indexIdle",
            "type": "u128"
          },
          {
            "name": "indexBusy",
            "type": "u128"
          }
        ]
      }
    },
    {
      "name": "initializeArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "governance",
            "docs": [
              "Sets `emission_scale` and `busy_boost` (the DAO's PDA in production)."
            ],
            "type": "pubkey"
          },
          {
            "name": "weightAuthority",
            "docs": [
              "Sets workers' reward weights (io_cloud's PDA `[b\"rewards_authority\"]` in production)."
            ],
            "type": "pubkey"
          },
          {
            "name": "startTime",
            "docs": [
              "Clock time at which hour 1 of the schedule begins. A start in the past releases the",
              "hours already gone at the first accrual (to the first workers with weight)."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "leaseExpiry",
      "docs": [
        "Base weights whose leases end at the start of `hour`."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "hour",
            "type": "i64"
          },
          {
            "name": "idle",
            "type": "u64"
          },
          {
            "name": "busy",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rewardMode",
      "docs": [
        "How block rewards are paid."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "schedule"
          },
          {
            "name": "ide"
          }
        ]
      }
    },
    {
      "name": "rewardModeScheduled",
      "docs": [
        "Governance scheduled a reward mode and the engine's parameters."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "current",
            "docs": [
              "In effect until `from_hour` begins."
            ],
            "type": {
              "defined": {
                "name": "ideParams"
              }
            }
          },
          {
            "name": "scheduled",
            "type": {
              "defined": {
                "name": "ideParams"
              }
            }
          },
          {
            "name": "fromHour",
            "docs": [
              "Hour index (Unix time / 3600) at whose start `scheduled` takes effect."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "rewardPool",
      "docs": [
        "The distribution state of the whole network (kept in the rewards config)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "startTime",
            "docs": [
              "Clock time at which hour 1 of the schedule begins."
            ],
            "type": "i64"
          },
          {
            "name": "lastAccrual",
            "docs": [
              "Clock time up to which the schedule has been accrued."
            ],
            "type": "i64"
          },
          {
            "name": "scheduleReleased",
            "docs": [
              "Base units the schedule had released at `last_accrual` (before the emission scale)."
            ],
            "type": "u64"
          },
          {
            "name": "distributed",
            "docs": [
              "Base units put into the reward indices (claimed or claimable by workers), ever."
            ],
            "type": "u64"
          },
          {
            "name": "unallocated",
            "docs": [
              "Base units emitted while no worker had weight, waiting for weight to return."
            ],
            "type": "u64"
          },
          {
            "name": "forgone",
            "docs": [
              "Base units the schedule released but the emission scale withheld; never emitted later."
            ],
            "type": "u64"
          },
          {
            "name": "claimed",
            "docs": [
              "Base units minted to workers by claims, ever."
            ],
            "type": "u64"
          },
          {
            "name": "idleWeight",
            "docs": [
              "Σ base weights of eligible idle workers."
            ],
            "type": "u64"
          },
          {
            "name": "busyWeight",
            "docs": [
              "Σ base weights of eligible busy workers."
            ],
            "type": "u64"
          },
          {
            "name": "indexIdle",
            "docs": [
              "Reward (base units × INDEX_SCALE) per base-weight unit of an idle worker, ever."
            ],
            "type": "u128"
          },
          {
            "name": "indexBusy",
            "docs": [
              "Reward (base units × INDEX_SCALE) per base-weight unit of a busy worker, ever."
            ],
            "type": "u128"
          },
          {
            "name": "dust",
            "docs": [
              "Remainder (base units × INDEX_SCALE) of the last division, carried into the next."
            ],
            "type": "u128"
          },
          {
            "name": "boostWithheld",
            "docs": [
              "Busy-boost earnings above workers' allowances (base units × INDEX_SCALE), never paid."
            ],
            "type": "u128"
          },
          {
            "name": "emissionScaleBps",
            "docs": [
              "Share of the schedule emitted, in basis points (10,000 = 100%)."
            ],
            "type": "u16"
          },
          {
            "name": "busyBoostBps",
            "docs": [
              "Weight factor of a busy worker, in basis points (20,000 = 2×)."
            ],
            "type": "u32"
          },
          {
            "name": "expiring",
            "docs": [
              "Weights whose leases end at each of the next boundaries (slot = hour mod LEASE_SLOTS)."
            ],
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "leaseExpiry"
                  }
                },
                3
              ]
            }
          }
        ]
      }
    },
    {
      "name": "rewardsAccrued",
      "docs": [
        "The pool was brought to now (by a crank, a claim or a weight change) and, for weight changes,",
        "its totals changed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "registeredWorkers",
            "type": "u64"
          },
          {
            "name": "pool",
            "docs": [
              "The pool after the change."
            ],
            "type": {
              "defined": {
                "name": "rewardPool"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rewardsClaimed",
      "docs": [
        "A worker's owner claimed its block rewards."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker reward account."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "worker",
            "type": "pubkey"
          },
          {
            "name": "owner",
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
            "docs": [
              "Base units claimed by this worker's owner, ever."
            ],
            "type": "u64"
          },
          {
            "name": "coPending",
            "docs": [
              "The co-staker's whole base units claimable after the claim, and claimed ever."
            ],
            "type": "u64"
          },
          {
            "name": "coClaimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rewardsConfig",
      "docs": [
        "The rewards program's single config (PDA `[REWARDS_CONFIG_SEED]`). It also signs",
        "`io_token::mint_emission`, so io_token registers it as its emission authority."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "governance",
            "docs": [
              "Sets the governed parameters (the DAO's PDA `[b\"governance\"]` of io_dao in production)."
            ],
            "type": "pubkey"
          },
          {
            "name": "weightAuthority",
            "docs": [
              "The only signer `rewards_update_worker` accepts (io_cloud's PDA `[b\"rewards_authority\"]`",
              "in production)."
            ],
            "type": "pubkey"
          },
          {
            "name": "tokenConfig",
            "docs": [
              "io_token's config (PDA `[b\"config\"]` of io_token), passed to the emission gate."
            ],
            "type": "pubkey"
          },
          {
            "name": "mint",
            "docs": [
              "The IO mint rewards are minted in."
            ],
            "type": "pubkey"
          },
          {
            "name": "registeredWorkers",
            "docs": [
              "Worker reward accounts ever created."
            ],
            "type": "u64"
          },
          {
            "name": "pool",
            "docs": [
              "The schedule, the accumulator and the governed parameters."
            ],
            "type": {
              "defined": {
                "name": "rewardPool"
              }
            }
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
            "name": "checkpoints",
            "docs": [
              "Both indices at the latest boundaries where leases ended (see `math::accumulator`)."
            ],
            "type": {
              "array": [
                {
                  "defined": {
                    "name": "indexCheckpoint"
                  }
                },
                48
              ]
            }
          },
          {
            "name": "ide",
            "docs": [
              "The Incentive Dynamic Engine (off, in schedule mode, by default)."
            ],
            "type": {
              "defined": {
                "name": "ide"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rewardsInitialized",
      "docs": [
        "The rewards config was created."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "governance",
            "type": "pubkey"
          },
          {
            "name": "weightAuthority",
            "type": "pubkey"
          },
          {
            "name": "tokenConfig",
            "type": "pubkey"
          },
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "pool",
            "docs": [
              "The pool after initialization (start time, parameters)."
            ],
            "type": {
              "defined": {
                "name": "rewardPool"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rewardsRegisterWorkerArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "docs": [
              "The wallet that may claim this worker's rewards."
            ],
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "rewardsUpdateWorkerArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "docs": [
              "The wallet that may claim this worker's rewards (unclaimed rewards follow the worker)."
            ],
            "type": "pubkey"
          },
          {
            "name": "baseWeight",
            "docs": [
              "Multiplier × GPU count in the weight authority's units (io_cloud: multiplier in basis",
              "points, H100 = 100,000, RTX 4070 = 2,500, times GPUs); at most `MAX_BASE_WEIGHT`. Only",
              "ratios matter: rewards are pro rata."
            ],
            "type": "u64"
          },
          {
            "name": "busy",
            "docs": [
              "Rented right now: weighs `base_weight × busy_boost`."
            ],
            "type": "bool"
          },
          {
            "name": "eligible",
            "docs": [
              "Staked and proving uptime: ineligible workers weigh nothing."
            ],
            "type": "bool"
          },
          {
            "name": "leaseEndHour",
            "docs": [
              "Hour (Unix time / 3600) at whose start the weight lapses unless granted again: one of",
              "the next `MAX_LEASE_HOURS` boundaries (ignored when ineligible)."
            ],
            "type": "i64"
          },
          {
            "name": "allowanceAdd",
            "docs": [
              "Base units added to the worker's busy-boost allowance."
            ],
            "type": "u64"
          },
          {
            "name": "allowanceReset",
            "docs": [
              "Drop what is left of the allowance before adding (the worker leaves or starts a rental)."
            ],
            "type": "bool"
          },
          {
            "name": "coStaker",
            "docs": [
              "The worker's co-staker, or the default key when none earns (the last one keeps its",
              "unclaimed rewards). A new co-staker needs the last one's rewards claimed first."
            ],
            "type": "pubkey"
          },
          {
            "name": "coShareBps",
            "docs": [
              "The co-staker's share of what the worker earns from now on (basis points, at most 100%)."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "tender",
      "docs": [
        "A token accepted for rentals and fees (PDA `[TENDER_SEED, mint]`), with its fee vault",
        "(PDA `[FEE_VAULT_SEED, mint]`, a token account this tender owns). The one tender registry:",
        "io_cloud books rentals only in a registered tender and pays its fees into this vault."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "mint",
            "type": "pubkey"
          },
          {
            "name": "tokenProgram",
            "docs": [
              "The mint's token program (SPL Token or Token-2022)."
            ],
            "type": "pubkey"
          },
          {
            "name": "vault",
            "docs": [
              "The fee vault."
            ],
            "type": "pubkey"
          },
          {
            "name": "kind",
            "type": {
              "defined": {
                "name": "tenderKind"
              }
            }
          },
          {
            "name": "usdPegged",
            "docs": [
              "One base unit is one micro-USD (USDC; never IO): rental prices in it compare with asks",
              "in USD, and a rental's reservation fee may be paid in IOSD instead."
            ],
            "type": "bool"
          },
          {
            "name": "feeBps",
            "docs": [
              "Fee on a payment in this tender, in basis points (governed, at most `MAX_TENDER_FEE_BPS`)."
            ],
            "type": "u16"
          },
          {
            "name": "enabled",
            "docs": [
              "A disabled tender accepts no fee payments."
            ],
            "type": "bool"
          },
          {
            "name": "feesReceived",
            "docs": [
              "Fee revenue that reached the vault, ever (base units of the tender)."
            ],
            "type": "u64"
          },
          {
            "name": "feesBurned",
            "docs": [
              "Of that, burned (IO only)."
            ],
            "type": "u64"
          },
          {
            "name": "feesWithdrawn",
            "docs": [
              "Of that, withdrawn to the treasury by governance."
            ],
            "type": "u64"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this tender."
            ],
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "tenderKind",
      "docs": [
        "Whether a tender is IO itself (0% fee by default, a share of fees burned) or another token."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "io"
          },
          {
            "name": "nonIo"
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
      "name": "weightAuthorityChanged",
      "docs": [
        "Governance registered a new weight authority."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rewards config."
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
            "name": "weightAuthority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "weightClass",
      "docs": [
        "Which reward index a worker earns from."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "none"
          },
          {
            "name": "idle"
          },
          {
            "name": "busy"
          }
        ]
      }
    },
    {
      "name": "workerReward",
      "docs": [
        "One worker's block rewards (PDA `[WORKER_REWARD_SEED, worker]`), created by the weight",
        "authority's `rewards_register_worker` (io_cloud's worker registration)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "worker",
            "docs": [
              "io_cloud's worker account this share belongs to (the PDA seed)."
            ],
            "type": "pubkey"
          },
          {
            "name": "owner",
            "docs": [
              "The wallet that may claim, as the weight authority last set it."
            ],
            "type": "pubkey"
          },
          {
            "name": "busy",
            "docs": [
              "Whether the worker is rented right now (as last reported)."
            ],
            "type": "bool"
          },
          {
            "name": "eligible",
            "docs": [
              "Whether the worker may earn (stake and uptime, as last reported)."
            ],
            "type": "bool"
          },
          {
            "name": "share",
            "docs": [
              "Weight, class, index snapshot and the owner's unclaimed earnings."
            ],
            "type": {
              "defined": {
                "name": "workerShare"
              }
            }
          },
          {
            "name": "claimed",
            "docs": [
              "Base units claimed by the owner, ever."
            ],
            "type": "u64"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this account."
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
            "name": "coStaker",
            "docs": [
              "The worker's co-staker (default when it never had one); kept after the co-staker leaves",
              "so that what it earned stays claimable."
            ],
            "type": "pubkey"
          },
          {
            "name": "coShareBps",
            "docs": [
              "The co-staker's share of what the worker earns from now on, in basis points."
            ],
            "type": "u16"
          },
          {
            "name": "coAccrued",
            "docs": [
              "The co-staker's unclaimed earnings, in base units × INDEX_SCALE."
            ],
            "type": "u128"
          },
          {
            "name": "coClaimed",
            "docs": [
              "Base units claimed for the co-staker, ever."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerRewardUpdated",
      "docs": [
        "The weight authority set a worker's reward state (after settling it)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker reward account."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "worker",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "baseWeight",
            "type": "u64"
          },
          {
            "name": "busy",
            "type": "bool"
          },
          {
            "name": "eligible",
            "type": "bool"
          },
          {
            "name": "weight",
            "docs": [
              "Weight counted from now on, in basis-point units (base × 10,000 idle, × boost busy)."
            ],
            "type": "u128"
          },
          {
            "name": "leaseEndHour",
            "docs": [
              "Hour at whose start the weight lapses unless granted again (0 without weight)."
            ],
            "type": "i64"
          },
          {
            "name": "boostAllowance",
            "docs": [
              "Base units of busy-boost earnings the worker may still be paid."
            ],
            "type": "u64"
          },
          {
            "name": "pending",
            "docs": [
              "Whole base units the owner may claim right after the change."
            ],
            "type": "u64"
          },
          {
            "name": "claimed",
            "type": "u64"
          },
          {
            "name": "coStaker",
            "docs": [
              "The co-staker (default if the worker never had one) and its share from now on."
            ],
            "type": "pubkey"
          },
          {
            "name": "coShareBps",
            "type": "u16"
          },
          {
            "name": "coPending",
            "docs": [
              "Whole base units the co-staker may claim right after the change."
            ],
            "type": "u64"
          },
          {
            "name": "coClaimed",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerShare",
      "docs": [
        "One worker's share (kept in its `WorkerReward` account)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "baseWeight",
            "docs": [
              "Multiplier × GPUs, in the weight authority's units."
            ],
            "type": "u64"
          },
          {
            "name": "class",
            "type": {
              "defined": {
                "name": "weightClass"
              }
            }
          },
          {
            "name": "indexSnapshot",
            "docs": [
              "The index of its class when it was last settled."
            ],
            "type": "u128"
          },
          {
            "name": "idleSnapshot",
            "docs": [
              "`index_idle` when it was last settled (a busy worker's idle counterfactual)."
            ],
            "type": "u128"
          },
          {
            "name": "accrued",
            "docs": [
              "Earned and not yet claimed, in base units × INDEX_SCALE."
            ],
            "type": "u128"
          },
          {
            "name": "leaseEndHour",
            "docs": [
              "Hour at whose start the weight lapses (meaningless while the class is `None`)."
            ],
            "type": "i64"
          },
          {
            "name": "boostAllowance",
            "docs": [
              "Base units of busy-boost earnings (above idle) it may still be paid."
            ],
            "type": "u64"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "defaultBusyBoostBps",
      "docs": [
        "Default boost of a busy (rented) worker: 2× (SPEC)."
      ],
      "type": "u32",
      "value": "20000"
    },
    {
      "name": "defaultEmissionScaleBps",
      "docs": [
        "Default share of the schedule emitted: 100%."
      ],
      "type": "u16",
      "value": "10000"
    },
    {
      "name": "emissionPool",
      "docs": [
        "The whole emission pool: 300,000,000 IO. The schedule never releases more."
      ],
      "type": "u64",
      "value": "30000000000000000"
    },
    {
      "name": "feeReserveSeed",
      "docs": [
        "Seed of the fee reserve: the rewards config's IO token account holding fees drawn from",
        "io_credits for the Incentive Dynamic Engine (`math::ide`)."
      ],
      "type": "bytes",
      "value": "[102, 101, 101, 95, 114, 101, 115, 101, 114, 118, 101]"
    },
    {
      "name": "idePriceValidSeconds",
      "docs": [
        "The engine's price converts USD to IO for this long after its publish time; segments after",
        "that pay nothing until a crank brings a fresh price (one missed hourly crank is tolerated)."
      ],
      "type": "i64",
      "value": "7200"
    },
    {
      "name": "maxBaseWeight",
      "docs": [
        "Largest base weight of one worker: multiplier × GPUs in the weight authority's units",
        "(io_cloud: multiplier in basis points, so 10^12 = a 100× class with 1,000,000 GPUs)."
      ],
      "type": "u64",
      "value": "1000000000000"
    },
    {
      "name": "maxBusyBoostBps",
      "docs": [
        "At most 5×."
      ],
      "type": "u32",
      "value": "50000"
    },
    {
      "name": "maxEmissionScaleBps",
      "docs": [
        "`emission_scale_bps` never exceeds 100% of the schedule."
      ],
      "type": "u16",
      "value": "10000"
    },
    {
      "name": "maxFeeBuffer",
      "docs": [
        "The undistributed fee reserve kept before IO fees are burned: at most 10,000,000 IO."
      ],
      "type": "u64",
      "value": "1000000000000000"
    },
    {
      "name": "maxLeaseHours",
      "docs": [
        "A weight grant's lease ends at most this many hour boundaries after it is made (io_cloud: a",
        "proof for hour h keeps a worker eligible until the end of hour h + 1)."
      ],
      "type": "i64",
      "value": "2"
    },
    {
      "name": "maxRetireBps",
      "type": "u16",
      "value": "10000"
    },
    {
      "name": "maxUsdPerGpuHour",
      "docs": [
        "The engine's USD target is at most 100 USD per 1× GPU-hour (micro-USD)."
      ],
      "type": "u64",
      "value": "100000000"
    },
    {
      "name": "minBusyBoostBps",
      "docs": [
        "A busy worker never earns less than an idle one: at least 1×."
      ],
      "type": "u32",
      "value": "10000"
    },
    {
      "name": "minRetireBps",
      "docs": [
        "At least half of the schedule IO the engine does not need is retired (io.net: ≥ 50%)."
      ],
      "type": "u16",
      "value": "5000"
    },
    {
      "name": "rewardsConfigSeed",
      "docs": [
        "Seed of the rewards config PDA. The config also signs `io_token::mint_emission`: it is the",
        "emission authority io_token must register."
      ],
      "type": "bytes",
      "value": "[114, 101, 119, 97, 114, 100, 115, 95, 99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "totalEpochs",
      "docs": [
        "Hourly epochs h = 1 ..= TOTAL_EPOCHS (each `io_common::SECONDS_PER_HOUR` long); the cumulative",
        "emission equals the pool from here on."
      ],
      "type": "u64",
      "value": "175319"
    },
    {
      "name": "workerRewardSeed",
      "docs": [
        "Seed of a worker's reward account: `[WORKER_REWARD_SEED, worker]`, `worker` being the key of",
        "io_cloud's worker account."
      ],
      "type": "bytes",
      "value": "[119, 111, 114, 107, 101, 114, 95, 114, 101, 119, 97, 114, 100]"
    }
  ]
};
