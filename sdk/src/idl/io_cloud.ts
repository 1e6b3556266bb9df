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
  "instructions": [
    {
      "name": "cloudInitialize",
      "docs": [
        "Creates the config with its roles and the IO mint. Refused once it exists."
      ],
      "discriminator": [
        81,
        54,
        88,
        165,
        138,
        204,
        175,
        58
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
          "address": "7QuRUXb4n2wd4aAMVNtNbCVXRA9w6tvbRc9XMUguht2h"
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
            "`init_if_needed` so that a repeated call is refused with `AlreadyInitialized`."
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
          "name": "ioMint",
          "docs": [
            "The IO mint (io_token's PDA on a real cluster)."
          ]
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
              "name": "cloudInitializeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "coStakeAccept",
      "docs": [
        "Takes a worker's open offer, depositing IO into its stake vault; the co-staker signs."
      ],
      "discriminator": [
        61,
        97,
        122,
        112,
        142,
        118,
        145,
        85
      ],
      "accounts": [
        {
          "name": "coStaker",
          "signer": true
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "source",
          "docs": [
            "The co-staker's IO account the deposit comes from."
          ],
          "writable": true
        },
        {
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "coStakeAcceptArgs"
            }
          }
        }
      ]
    },
    {
      "name": "coStakeCancel",
      "docs": [
        "Withdraws the worker's open co-staking offer; only its authority."
      ],
      "discriminator": [
        58,
        45,
        242,
        74,
        68,
        21,
        155,
        82
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "coStakeExit",
      "docs": [
        "Starts the co-staker's exit (7 days earning nothing, then the 14-day cooldown)."
      ],
      "discriminator": [
        214,
        165,
        107,
        234,
        59,
        7,
        80,
        245
      ],
      "accounts": [
        {
          "name": "coStaker",
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "coStakeOffer",
      "docs": [
        "Opens or changes the worker's co-staking offer (cap, reward share); only its authority."
      ],
      "discriminator": [
        213,
        217,
        108,
        185,
        5,
        25,
        93,
        205
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "coStakeOfferArgs"
            }
          }
        }
      ]
    },
    {
      "name": "coStakeWithdraw",
      "docs": [
        "Pays the exited co-staker its IO after the notice and the cooldown."
      ],
      "discriminator": [
        152,
        219,
        195,
        89,
        85,
        248,
        139,
        19
      ],
      "accounts": [
        {
          "name": "coStaker",
          "signer": true,
          "relations": [
            "worker"
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "destination",
          "docs": [
            "Any IO account the co-staker chooses, except the vault."
          ],
          "writable": true
        },
        {
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "configSetAppealWindow",
      "docs": [
        "Sets how long slashed IO waits for an appeal and a decision; only governance."
      ],
      "discriminator": [
        191,
        254,
        169,
        10,
        210,
        73,
        137,
        208
      ],
      "accounts": [
        {
          "name": "governance",
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
              "name": "configSetAppealWindowArgs"
            }
          }
        }
      ]
    },
    {
      "name": "configSetEligibilityHours",
      "docs": [
        "Sets the consecutive good hours a worker needs to earn block rewards; only governance."
      ],
      "discriminator": [
        137,
        5,
        135,
        93,
        216,
        86,
        171,
        145
      ],
      "accounts": [
        {
          "name": "governance",
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
              "name": "configSetEligibilityHoursArgs"
            }
          }
        }
      ]
    },
    {
      "name": "configSetRole",
      "docs": [
        "Hands a role to a new key; only governance."
      ],
      "discriminator": [
        64,
        235,
        7,
        243,
        233,
        65,
        147,
        215
      ],
      "accounts": [
        {
          "name": "governance",
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
              "name": "configSetRoleArgs"
            }
          }
        }
      ]
    },
    {
      "name": "configSetSlashDestination",
      "docs": [
        "Chooses whether slashed IO is burned or sent to the treasury; only governance."
      ],
      "discriminator": [
        145,
        32,
        91,
        236,
        125,
        251,
        205,
        90
      ],
      "accounts": [
        {
          "name": "governance",
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
          "name": "treasury",
          "docs": [
            "The treasury's IO account; required for `Treasury`."
          ],
          "optional": true
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "configSetSlashDestinationArgs"
            }
          }
        }
      ]
    },
    {
      "name": "deviceClassSet",
      "docs": [
        "Adds or changes a device class (multiplier within bounds); only governance."
      ],
      "discriminator": [
        57,
        128,
        125,
        208,
        217,
        14,
        203,
        245
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "governance",
          "signer": true,
          "relations": [
            "config"
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
          "name": "deviceClass",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  101,
                  118,
                  105,
                  99,
                  101,
                  95,
                  99,
                  108,
                  97,
                  115,
                  115
                ]
              },
              {
                "kind": "arg",
                "path": "args.classId"
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
              "name": "deviceClassSetArgs"
            }
          }
        }
      ]
    },
    {
      "name": "rentalAssign",
      "docs": [
        "Assigns eligible workers (remaining accounts) and starts streaming; only the orchestrator."
      ],
      "discriminator": [
        166,
        215,
        140,
        142,
        225,
        188,
        90,
        15
      ],
      "accounts": [
        {
          "name": "orchestrator",
          "signer": true,
          "relations": [
            "config"
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
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "tender",
          "docs": [
            "The rental's tender: the workers' asks are compared in it."
          ],
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
                "path": "rental.tenderMint",
                "account": "rental"
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
          "name": "tenderMint"
        },
        {
          "name": "creditsConfig",
          "docs": [
            "With `price_update`: converts the rental's USD fees into the IO that funds its workers'",
            "busy boost (without them a rental's USD fees fund no boost)."
          ],
          "optional": true,
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
            "by io_credits' oracle rules against `credits_config`."
          ],
          "optional": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "rewardsAuthority",
              "docs": [
                "accepts weights only from the weight authority registered in its config."
              ],
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
                      97,
                      117,
                      116,
                      104,
                      111,
                      114,
                      105,
                      116,
                      121
                    ]
                  }
                ]
              }
            },
            {
              "name": "rewardsConfig",
              "docs": [
                "the weight authority."
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
                ],
                "program": {
                  "kind": "const",
                  "value": [
                    13,
                    181,
                    23,
                    89,
                    163,
                    238,
                    173,
                    147,
                    85,
                    110,
                    243,
                    127,
                    95,
                    19,
                    115,
                    101,
                    51,
                    65,
                    131,
                    148,
                    85,
                    144,
                    216,
                    68,
                    137,
                    108,
                    116,
                    59,
                    72,
                    240,
                    63,
                    25
                  ]
                }
              }
            },
            {
              "name": "rewardsProgram",
              "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "rentalBook",
      "docs": [
        "Books a cluster and pays price × GPUs × hours into escrow, fees into the fee vault."
      ],
      "discriminator": [
        25,
        23,
        0,
        112,
        4,
        72,
        254,
        251
      ],
      "accounts": [
        {
          "name": "renter",
          "writable": true,
          "signer": true
        },
        {
          "name": "deviceClass",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  101,
                  118,
                  105,
                  99,
                  101,
                  95,
                  99,
                  108,
                  97,
                  115,
                  115
                ]
              },
              {
                "kind": "arg",
                "path": "args.deviceClass"
              }
            ]
          }
        },
        {
          "name": "rental",
          "docs": [
            "`init_if_needed` so that reusing an open rental's nonce is refused with",
            "`RentalNonceInUse`."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "renter"
              },
              {
                "kind": "arg",
                "path": "args.nonce"
              }
            ]
          }
        },
        {
          "name": "escrow",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  101,
                  115,
                  99,
                  114,
                  111,
                  119
                ]
              },
              {
                "kind": "account",
                "path": "rental"
              }
            ]
          }
        },
        {
          "name": "payment",
          "accounts": [
            {
              "name": "tender",
              "docs": [
                "The rental's tender in io_credits' registry (owner, seeds and bump checked): its fee",
                "rate, its vault, its token program."
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
                    "path": "tender.mint",
                    "account": "tender"
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
              "name": "renterToken",
              "docs": [
                "The renter's account of the tender, paying principal and fees."
              ],
              "writable": true
            },
            {
              "name": "feeVault",
              "writable": true
            },
            {
              "name": "creditsConfig",
              "docs": [
                "io_credits' config: its governed `reservation_fee_bps` applies; an IOSD payment burns",
                "through it."
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
              "name": "creditsProgram",
              "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
            },
            {
              "name": "renterIosd",
              "docs": [
                "Paying the reservation fee in IOSD (both, only then): the renter's IOSD account and the",
                "IOSD mint, with Token-2022."
              ],
              "writable": true,
              "optional": true
            },
            {
              "name": "iosdMint",
              "writable": true,
              "optional": true
            },
            {
              "name": "token2022Program",
              "optional": true,
              "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
            }
          ]
        },
        {
          "name": "tenderMint",
          "docs": [
            "Writable: io_credits burns its governed share of IO fees."
          ],
          "writable": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "SPL Token: io_cloud streams SPL Token tenders only (the mint's owner is checked too)."
          ],
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
              "name": "rentalBookArgs"
            }
          }
        }
      ]
    },
    {
      "name": "rentalClose",
      "docs": [
        "Permissionless, after the end: final settle, refund, close accounts, rent back."
      ],
      "discriminator": [
        53,
        42,
        120,
        56,
        2,
        14,
        0,
        38
      ],
      "accounts": [
        {
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "renter",
          "docs": [
            "Receives the rent of the rental and its escrow."
          ],
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "escrow",
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "renterToken",
          "docs": [
            "Receives the refund: the renter's account of the tender."
          ],
          "writable": true
        },
        {
          "name": "tenderMint",
          "docs": [
            "Writable: io_credits burns its governed share of IO fees."
          ],
          "writable": true
        },
        {
          "name": "supplierFee",
          "accounts": [
            {
              "name": "tender",
              "docs": [
                "The rental's tender in io_credits' registry (owner, seeds and bump checked; its mint",
                "against the rental's by [`SupplierFee::pay`])."
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
                    "path": "tender.mint",
                    "account": "tender"
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
              "name": "feeVault",
              "writable": true
            },
            {
              "name": "creditsConfig",
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
              "name": "creditsProgram",
              "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
            }
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rentalExtend",
      "docs": [
        "Books more hours; the end moves. Only the renter."
      ],
      "discriminator": [
        228,
        52,
        53,
        155,
        130,
        8,
        151,
        182
      ],
      "accounts": [
        {
          "name": "renter",
          "signer": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "escrow",
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "payment",
          "accounts": [
            {
              "name": "tender",
              "docs": [
                "The rental's tender in io_credits' registry (owner, seeds and bump checked): its fee",
                "rate, its vault, its token program."
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
                    "path": "tender.mint",
                    "account": "tender"
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
              "name": "renterToken",
              "docs": [
                "The renter's account of the tender, paying principal and fees."
              ],
              "writable": true
            },
            {
              "name": "feeVault",
              "writable": true
            },
            {
              "name": "creditsConfig",
              "docs": [
                "io_credits' config: its governed `reservation_fee_bps` applies; an IOSD payment burns",
                "through it."
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
              "name": "creditsProgram",
              "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
            },
            {
              "name": "renterIosd",
              "docs": [
                "Paying the reservation fee in IOSD (both, only then): the renter's IOSD account and the",
                "IOSD mint, with Token-2022."
              ],
              "writable": true,
              "optional": true
            },
            {
              "name": "iosdMint",
              "writable": true,
              "optional": true
            },
            {
              "name": "token2022Program",
              "optional": true,
              "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
            }
          ]
        },
        {
          "name": "tenderMint",
          "docs": [
            "Writable: io_credits burns its governed share of IO fees."
          ],
          "writable": true
        },
        {
          "name": "tokenProgram",
          "docs": [
            "SPL Token: io_cloud streams SPL Token tenders only (the mint's owner is checked too)."
          ],
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "rentalExtendArgs"
            }
          }
        }
      ]
    },
    {
      "name": "rentalReplaceWorker",
      "docs": [
        "Replaces a worker with an eligible idle one. Only the orchestrator."
      ],
      "discriminator": [
        19,
        48,
        133,
        148,
        101,
        147,
        37,
        96
      ],
      "accounts": [
        {
          "name": "orchestrator",
          "signer": true,
          "relations": [
            "config"
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
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "outgoing",
          "writable": true
        },
        {
          "name": "incoming",
          "writable": true
        },
        {
          "name": "outgoingPayout",
          "docs": [
            "The outgoing worker's payout account (its authority's account of the tender)."
          ],
          "writable": true
        },
        {
          "name": "escrow",
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "tenderMint",
          "docs": [
            "Writable: io_credits burns its governed share of IO fees."
          ],
          "writable": true
        },
        {
          "name": "supplierFee",
          "accounts": [
            {
              "name": "tender",
              "docs": [
                "The rental's tender in io_credits' registry (owner, seeds and bump checked; its mint",
                "against the rental's by [`SupplierFee::pay`])."
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
                    "path": "tender.mint",
                    "account": "tender"
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
              "name": "feeVault",
              "writable": true
            },
            {
              "name": "creditsConfig",
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
              "name": "creditsProgram",
              "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
            }
          ]
        },
        {
          "name": "outgoingReward",
          "writable": true
        },
        {
          "name": "incomingReward",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "rewardsAuthority",
              "docs": [
                "accepts weights only from the weight authority registered in its config."
              ],
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
                      97,
                      117,
                      116,
                      104,
                      111,
                      114,
                      105,
                      116,
                      121
                    ]
                  }
                ]
              }
            },
            {
              "name": "rewardsConfig",
              "docs": [
                "the weight authority."
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
                ],
                "program": {
                  "kind": "const",
                  "value": [
                    13,
                    181,
                    23,
                    89,
                    163,
                    238,
                    173,
                    147,
                    85,
                    110,
                    243,
                    127,
                    95,
                    19,
                    115,
                    101,
                    51,
                    65,
                    131,
                    148,
                    85,
                    144,
                    216,
                    68,
                    137,
                    108,
                    116,
                    59,
                    72,
                    240,
                    63,
                    25
                  ]
                }
              }
            },
            {
              "name": "rewardsProgram",
              "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
            }
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rentalReportDown",
      "docs": [
        "Reports a worker down: it stops streaming. Only the orchestrator."
      ],
      "discriminator": [
        127,
        247,
        207,
        244,
        188,
        22,
        126,
        138
      ],
      "accounts": [
        {
          "name": "orchestrator",
          "signer": true,
          "relations": [
            "config"
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
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "rentalReportUp",
      "docs": [
        "Reports a down worker back up. Only the orchestrator."
      ],
      "discriminator": [
        129,
        47,
        66,
        59,
        132,
        178,
        164,
        125
      ],
      "accounts": [
        {
          "name": "orchestrator",
          "signer": true,
          "relations": [
            "config"
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
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "rentalSettle",
      "docs": [
        "Permissionless: pays every worker what has streamed (payout accounts as remaining)."
      ],
      "discriminator": [
        176,
        238,
        196,
        74,
        159,
        123,
        167,
        79
      ],
      "accounts": [
        {
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "escrow",
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "tenderMint",
          "docs": [
            "Writable: io_credits burns its governed share of IO fees."
          ],
          "writable": true
        },
        {
          "name": "supplierFee",
          "accounts": [
            {
              "name": "tender",
              "docs": [
                "The rental's tender in io_credits' registry (owner, seeds and bump checked; its mint",
                "against the rental's by [`SupplierFee::pay`])."
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
                    "path": "tender.mint",
                    "account": "tender"
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
              "name": "feeVault",
              "writable": true
            },
            {
              "name": "creditsConfig",
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
              "name": "creditsProgram",
              "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
            }
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "rentalTerminate",
      "docs": [
        "Ends early and refunds what can no longer stream, except the first hour. Only the renter."
      ],
      "discriminator": [
        44,
        217,
        230,
        77,
        250,
        73,
        255,
        170
      ],
      "accounts": [
        {
          "name": "renter",
          "signer": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "rental",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  110,
                  116,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "rental.renter",
                "account": "rental"
              },
              {
                "kind": "account",
                "path": "rental.nonce",
                "account": "rental"
              }
            ]
          }
        },
        {
          "name": "tenderMint"
        },
        {
          "name": "escrow",
          "writable": true,
          "relations": [
            "rental"
          ]
        },
        {
          "name": "renterToken",
          "docs": [
            "Receives the refund: the renter's account of the tender."
          ],
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "rewardsAuthority",
              "docs": [
                "accepts weights only from the weight authority registered in its config."
              ],
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
                      97,
                      117,
                      116,
                      104,
                      111,
                      114,
                      105,
                      116,
                      121
                    ]
                  }
                ]
              }
            },
            {
              "name": "rewardsConfig",
              "docs": [
                "the weight authority."
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
                ],
                "program": {
                  "kind": "const",
                  "value": [
                    13,
                    181,
                    23,
                    89,
                    163,
                    238,
                    173,
                    147,
                    85,
                    110,
                    243,
                    127,
                    95,
                    19,
                    115,
                    101,
                    51,
                    65,
                    131,
                    148,
                    85,
                    144,
                    216,
                    68,
                    137,
                    108,
                    116,
                    59,
                    72,
                    240,
                    63,
                    25
                  ]
                }
              }
            },
            {
              "name": "rewardsProgram",
              "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
            }
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "slashAppeal",
      "docs": [
        "The worker's owner appeals a slash within its window, with the hash of its evidence."
      ],
      "discriminator": [
        4,
        201,
        209,
        55,
        80,
        95,
        122,
        42
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "case"
          ]
        },
        {
          "name": "worker",
          "writable": true,
          "relations": [
            "case"
          ]
        },
        {
          "name": "case",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  108,
                  97,
                  115,
                  104,
                  95,
                  99,
                  97,
                  115,
                  101
                ]
              },
              {
                "kind": "account",
                "path": "case.worker",
                "account": "slashCase"
              },
              {
                "kind": "account",
                "path": "case.id",
                "account": "slashCase"
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
              "name": "slashAppealArgs"
            }
          }
        }
      ]
    },
    {
      "name": "slashDecide",
      "docs": [
        "Upholds or reverses a slash within its window; the slashing authority or governance."
      ],
      "discriminator": [
        82,
        199,
        54,
        64,
        44,
        56,
        82,
        73
      ],
      "accounts": [
        {
          "name": "decider",
          "docs": [
            "The slashing authority or governance (the DAO's PDA through a proposal)."
          ],
          "signer": true
        },
        {
          "name": "resolution",
          "accounts": [
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
              "name": "worker",
              "writable": true,
              "relations": [
                "case"
              ]
            },
            {
              "name": "case",
              "writable": true,
              "pda": {
                "seeds": [
                  {
                    "kind": "const",
                    "value": [
                      115,
                      108,
                      97,
                      115,
                      104,
                      95,
                      99,
                      97,
                      115,
                      101
                    ]
                  },
                  {
                    "kind": "account",
                    "path": "case.worker",
                    "account": "slashCase"
                  },
                  {
                    "kind": "account",
                    "path": "case.id",
                    "account": "slashCase"
                  }
                ]
              }
            },
            {
              "name": "payer",
              "docs": [
                "Gets the case's rent back."
              ],
              "writable": true,
              "relations": [
                "case"
              ]
            },
            {
              "name": "stakeVault",
              "writable": true,
              "relations": [
                "worker"
              ]
            },
            {
              "name": "ioMint",
              "docs": [
                "Burning changes the mint's supply."
              ],
              "writable": true,
              "relations": [
                "config"
              ]
            },
            {
              "name": "treasury",
              "docs": [
                "The configured treasury, when slashed IO goes there."
              ],
              "writable": true,
              "optional": true
            },
            {
              "name": "tokenProgram",
              "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "workerReward",
                  "docs": [
                    "io_rewards itself (its seeds) at registration."
                  ],
                  "writable": true
                },
                {
                  "name": "rewards",
                  "accounts": [
                    {
                      "name": "rewardsAuthority",
                      "docs": [
                        "accepts weights only from the weight authority registered in its config."
                      ],
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
                              97,
                              117,
                              116,
                              104,
                              111,
                              114,
                              105,
                              116,
                              121
                            ]
                          }
                        ]
                      }
                    },
                    {
                      "name": "rewardsConfig",
                      "docs": [
                        "the weight authority."
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
                        ],
                        "program": {
                          "kind": "const",
                          "value": [
                            13,
                            181,
                            23,
                            89,
                            163,
                            238,
                            173,
                            147,
                            85,
                            110,
                            243,
                            127,
                            95,
                            19,
                            115,
                            101,
                            51,
                            65,
                            131,
                            148,
                            85,
                            144,
                            216,
                            68,
                            137,
                            108,
                            116,
                            59,
                            72,
                            240,
                            63,
                            25
                          ]
                        }
                      }
                    },
                    {
                      "name": "rewardsProgram",
                      "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "slashDecideArgs"
            }
          }
        }
      ]
    },
    {
      "name": "slashFinalize",
      "docs": [
        "Upholds a slash nobody decided once its window is over; anyone."
      ],
      "discriminator": [
        30,
        62,
        253,
        68,
        199,
        217,
        207,
        16
      ],
      "accounts": [
        {
          "name": "resolution",
          "accounts": [
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
              "name": "worker",
              "writable": true,
              "relations": [
                "case"
              ]
            },
            {
              "name": "case",
              "writable": true,
              "pda": {
                "seeds": [
                  {
                    "kind": "const",
                    "value": [
                      115,
                      108,
                      97,
                      115,
                      104,
                      95,
                      99,
                      97,
                      115,
                      101
                    ]
                  },
                  {
                    "kind": "account",
                    "path": "case.worker",
                    "account": "slashCase"
                  },
                  {
                    "kind": "account",
                    "path": "case.id",
                    "account": "slashCase"
                  }
                ]
              }
            },
            {
              "name": "payer",
              "docs": [
                "Gets the case's rent back."
              ],
              "writable": true,
              "relations": [
                "case"
              ]
            },
            {
              "name": "stakeVault",
              "writable": true,
              "relations": [
                "worker"
              ]
            },
            {
              "name": "ioMint",
              "docs": [
                "Burning changes the mint's supply."
              ],
              "writable": true,
              "relations": [
                "config"
              ]
            },
            {
              "name": "treasury",
              "docs": [
                "The configured treasury, when slashed IO goes there."
              ],
              "writable": true,
              "optional": true
            },
            {
              "name": "tokenProgram",
              "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "workerReward",
                  "docs": [
                    "io_rewards itself (its seeds) at registration."
                  ],
                  "writable": true
                },
                {
                  "name": "rewards",
                  "accounts": [
                    {
                      "name": "rewardsAuthority",
                      "docs": [
                        "accepts weights only from the weight authority registered in its config."
                      ],
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
                              97,
                              117,
                              116,
                              104,
                              111,
                              114,
                              105,
                              116,
                              121
                            ]
                          }
                        ]
                      }
                    },
                    {
                      "name": "rewardsConfig",
                      "docs": [
                        "the weight authority."
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
                        ],
                        "program": {
                          "kind": "const",
                          "value": [
                            13,
                            181,
                            23,
                            89,
                            163,
                            238,
                            173,
                            147,
                            85,
                            110,
                            243,
                            127,
                            95,
                            19,
                            115,
                            101,
                            51,
                            65,
                            131,
                            148,
                            85,
                            144,
                            216,
                            68,
                            137,
                            108,
                            116,
                            59,
                            72,
                            240,
                            63,
                            25
                          ]
                        }
                      }
                    },
                    {
                      "name": "rewardsProgram",
                      "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "uptimeRecord",
      "docs": [
        "Records an hourly uptime proof result; only the uptime verifier."
      ],
      "discriminator": [
        29,
        120,
        135,
        14,
        186,
        53,
        126,
        132
      ],
      "accounts": [
        {
          "name": "uptimeVerifier",
          "signer": true,
          "relations": [
            "config"
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "deviceClass",
          "docs": [
            "The worker's device class: a governed multiplier change or a disabled class applies from",
            "this proof on."
          ],
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  101,
                  118,
                  105,
                  99,
                  101,
                  95,
                  99,
                  108,
                  97,
                  115,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "worker.deviceClass",
                "account": "worker"
              }
            ]
          }
        },
        {
          "name": "rental",
          "docs": [
            "The rental the worker serves (required while it is rented): its end bounds the busy",
            "boost's lease, and its fees fund the boost hour by hour."
          ],
          "writable": true,
          "optional": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "uptimeRecordArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerDeregister",
      "docs": [
        "Removes an idle, unstaked worker and closes its accounts."
      ],
      "discriminator": [
        51,
        105,
        65,
        108,
        43,
        10,
        188,
        208
      ],
      "accounts": [
        {
          "name": "authority",
          "docs": [
            "Receives the rent of the worker and its vault."
          ],
          "writable": true,
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "worker"
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
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "dustDestination",
          "docs": [
            "Receives IO sent to the stake vault from outside the program (the authority's account)."
          ],
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "workerRefresh",
      "docs": [
        "Permissionless: re-reads the class multiplier and reports eligibility time changed."
      ],
      "discriminator": [
        188,
        98,
        49,
        174,
        25,
        62,
        140,
        129
      ],
      "accounts": [
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "deviceClass",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  101,
                  118,
                  105,
                  99,
                  101,
                  95,
                  99,
                  108,
                  97,
                  115,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "worker.deviceClass",
                "account": "worker"
              }
            ]
          }
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "workerRegister",
      "docs": [
        "Registers a device as a worker, with an empty stake vault."
      ],
      "discriminator": [
        25,
        31,
        54,
        87,
        183,
        152,
        23,
        92
      ],
      "accounts": [
        {
          "name": "authority",
          "writable": true,
          "signer": true
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
          "name": "deviceClass",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  101,
                  118,
                  105,
                  99,
                  101,
                  95,
                  99,
                  108,
                  97,
                  115,
                  115
                ]
              },
              {
                "kind": "account",
                "path": "deviceClass.classId",
                "account": "deviceClass"
              }
            ]
          }
        },
        {
          "name": "worker",
          "docs": [
            "`init_if_needed` so that registering a device twice is refused with",
            "`WorkerAlreadyRegistered`."
          ],
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  116,
                  97,
                  107,
                  101,
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
                "path": "worker"
              }
            ]
          }
        },
        {
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "workerRegisterArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerSlash",
      "docs": [
        "Slashes stake into appeal with a reason code and evidence hash; only the slashing",
        "authority."
      ],
      "discriminator": [
        40,
        50,
        80,
        9,
        121,
        99,
        242,
        251
      ],
      "accounts": [
        {
          "name": "slashingAuthority",
          "docs": [
            "Pays the case account's rent (back at its resolution)."
          ],
          "writable": true,
          "signer": true,
          "relations": [
            "config"
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "case",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  108,
                  97,
                  115,
                  104,
                  95,
                  99,
                  97,
                  115,
                  101
                ]
              },
              {
                "kind": "account",
                "path": "worker"
              },
              {
                "kind": "account",
                "path": "worker.slashCases",
                "account": "worker"
              }
            ]
          }
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
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
              "name": "workerSlashArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerStake",
      "docs": [
        "Stakes IO into the worker's vault."
      ],
      "discriminator": [
        27,
        226,
        166,
        67,
        79,
        116,
        168,
        80
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "source",
          "docs": [
            "The authority's IO account the stake comes from."
          ],
          "writable": true
        },
        {
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "workerStakeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerSyncRewards",
      "docs": [
        "Grants io_rewards the worker's weight as of now (settling it first); anyone."
      ],
      "discriminator": [
        135,
        29,
        94,
        22,
        216,
        78,
        246,
        8
      ],
      "accounts": [
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": []
    },
    {
      "name": "workerUnstake",
      "docs": [
        "Starts a 14-day unstake cooldown; refused while rented."
      ],
      "discriminator": [
        36,
        176,
        8,
        54,
        196,
        56,
        24,
        119
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "workerUnstakeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerUpdate",
      "docs": [
        "Changes a worker's region, asked price or (idle) GPU count."
      ],
      "discriminator": [
        50,
        210,
        142,
        59,
        200,
        64,
        212,
        169
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "worker",
          "writable": true
        },
        {
          "name": "rewards",
          "accounts": [
            {
              "name": "workerReward",
              "docs": [
                "io_rewards itself (its seeds) at registration."
              ],
              "writable": true
            },
            {
              "name": "rewards",
              "accounts": [
                {
                  "name": "rewardsAuthority",
                  "docs": [
                    "accepts weights only from the weight authority registered in its config."
                  ],
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
                          97,
                          117,
                          116,
                          104,
                          111,
                          114,
                          105,
                          116,
                          121
                        ]
                      }
                    ]
                  }
                },
                {
                  "name": "rewardsConfig",
                  "docs": [
                    "the weight authority."
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
                    ],
                    "program": {
                      "kind": "const",
                      "value": [
                        13,
                        181,
                        23,
                        89,
                        163,
                        238,
                        173,
                        147,
                        85,
                        110,
                        243,
                        127,
                        95,
                        19,
                        115,
                        101,
                        51,
                        65,
                        131,
                        148,
                        85,
                        144,
                        216,
                        68,
                        137,
                        108,
                        116,
                        59,
                        72,
                        240,
                        63,
                        25
                      ]
                    }
                  }
                },
                {
                  "name": "rewardsProgram",
                  "address": "vWTZuJaZPPUCuu62shXB8aHERnpujAm4qD5mWvDq4A4"
                }
              ]
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "workerUpdateArgs"
            }
          }
        }
      ]
    },
    {
      "name": "workerWithdraw",
      "docs": [
        "Pays out unstaked IO after its cooldown."
      ],
      "discriminator": [
        56,
        102,
        129,
        64,
        117,
        159,
        221,
        95
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "worker"
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
          "name": "worker",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "worker"
          ]
        },
        {
          "name": "destination",
          "docs": [
            "Any IO account the authority chooses, except the vault."
          ],
          "writable": true
        },
        {
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "cloudConfig",
      "discriminator": [
        192,
        165,
        126,
        95,
        138,
        4,
        107,
        203
      ]
    },
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
      "name": "deviceClass",
      "discriminator": [
        79,
        55,
        104,
        172,
        26,
        47,
        219,
        76
      ]
    },
    {
      "name": "rental",
      "discriminator": [
        121,
        83,
        229,
        235,
        73,
        50,
        143,
        184
      ]
    },
    {
      "name": "slashCase",
      "discriminator": [
        208,
        69,
        223,
        189,
        133,
        168,
        35,
        50
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
      "name": "worker",
      "discriminator": [
        224,
        158,
        97,
        5,
        224,
        241,
        67,
        146
      ]
    }
  ],
  "events": [
    {
      "name": "appealWindowChanged",
      "discriminator": [
        200,
        4,
        68,
        199,
        207,
        242,
        181,
        230
      ]
    },
    {
      "name": "cloudInitialized",
      "discriminator": [
        5,
        89,
        36,
        49,
        4,
        153,
        35,
        44
      ]
    },
    {
      "name": "cloudRoleChanged",
      "discriminator": [
        51,
        209,
        164,
        124,
        38,
        223,
        5,
        222
      ]
    },
    {
      "name": "coStakeChanged",
      "discriminator": [
        113,
        23,
        58,
        4,
        232,
        238,
        206,
        158
      ]
    },
    {
      "name": "deviceClassSet",
      "discriminator": [
        124,
        0,
        118,
        16,
        110,
        98,
        78,
        75
      ]
    },
    {
      "name": "eligibilityHoursChanged",
      "discriminator": [
        119,
        141,
        33,
        102,
        20,
        95,
        101,
        227
      ]
    },
    {
      "name": "rentalAssigned",
      "discriminator": [
        194,
        233,
        247,
        62,
        50,
        121,
        40,
        200
      ]
    },
    {
      "name": "rentalBooked",
      "discriminator": [
        13,
        123,
        195,
        182,
        94,
        232,
        40,
        196
      ]
    },
    {
      "name": "rentalClosed",
      "discriminator": [
        77,
        252,
        165,
        5,
        168,
        29,
        237,
        40
      ]
    },
    {
      "name": "rentalExtended",
      "discriminator": [
        153,
        32,
        84,
        40,
        30,
        35,
        246,
        79
      ]
    },
    {
      "name": "rentalSettled",
      "discriminator": [
        170,
        51,
        180,
        247,
        186,
        122,
        168,
        59
      ]
    },
    {
      "name": "rentalTerminated",
      "discriminator": [
        168,
        94,
        29,
        54,
        83,
        63,
        14,
        185
      ]
    },
    {
      "name": "rentalWorkerReplaced",
      "discriminator": [
        142,
        67,
        25,
        36,
        226,
        36,
        26,
        93
      ]
    },
    {
      "name": "rentalWorkerStatus",
      "discriminator": [
        21,
        102,
        66,
        128,
        243,
        121,
        66,
        114
      ]
    },
    {
      "name": "slashAppealed",
      "discriminator": [
        95,
        61,
        211,
        128,
        117,
        80,
        87,
        101
      ]
    },
    {
      "name": "slashDestinationChanged",
      "discriminator": [
        83,
        74,
        117,
        243,
        104,
        194,
        226,
        42
      ]
    },
    {
      "name": "slashResolved",
      "discriminator": [
        214,
        212,
        138,
        216,
        122,
        72,
        104,
        79
      ]
    },
    {
      "name": "uptimeRecorded",
      "discriminator": [
        155,
        42,
        119,
        153,
        160,
        192,
        85,
        177
      ]
    },
    {
      "name": "workerDeregistered",
      "discriminator": [
        252,
        138,
        103,
        205,
        214,
        92,
        36,
        204
      ]
    },
    {
      "name": "workerRegistered",
      "discriminator": [
        32,
        196,
        68,
        85,
        235,
        201,
        213,
        179
      ]
    },
    {
      "name": "workerSlashed",
      "discriminator": [
        105,
        194,
        239,
        166,
        177,
        74,
        243,
        242
      ]
    },
    {
      "name": "workerStakeChanged",
      "discriminator": [
        214,
        216,
        229,
        45,
        77,
        200,
        227,
        5
      ]
    },
    {
      "name": "workerUpdated",
      "discriminator": [
        33,
        39,
        231,
        190,
        44,
        226,
        238,
        190
      ]
    },
    {
      "name": "workerWeightChanged",
      "discriminator": [
        227,
        116,
        45,
        174,
        164,
        201,
        216,
        83
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "alreadyInitialized",
      "msg": "The cloud config is already initialized"
    },
    {
      "code": 6001,
      "name": "unauthorized",
      "msg": "Only the config's governance may do this"
    },
    {
      "code": 6002,
      "name": "notOrchestrator",
      "msg": "Only the orchestrator may do this"
    },
    {
      "code": 6003,
      "name": "notUptimeVerifier",
      "msg": "Only the uptime verifier may do this"
    },
    {
      "code": 6004,
      "name": "notSlashingAuthority",
      "msg": "Only the slashing authority may do this"
    },
    {
      "code": 6005,
      "name": "invalidAuthority",
      "msg": "A role must be a real key"
    },
    {
      "code": 6006,
      "name": "invalidIoMint",
      "msg": "The IO mint must have 8 decimals"
    },
    {
      "code": 6007,
      "name": "treasuryRequired",
      "msg": "Sending slashed IO to the treasury needs an IO treasury account"
    },
    {
      "code": 6008,
      "name": "wrongTreasury",
      "msg": "The account is not the configured treasury"
    },
    {
      "code": 6009,
      "name": "multiplierTooLow",
      "msg": "The multiplier is below the lowest allowed (0.01x)"
    },
    {
      "code": 6010,
      "name": "multiplierTooHigh",
      "msg": "The multiplier is above the highest allowed (100x)"
    },
    {
      "code": 6011,
      "name": "invalidDeviceClassName",
      "msg": "The device class name is empty or longer than 32 bytes"
    },
    {
      "code": 6012,
      "name": "tenderDisabled",
      "msg": "The tender is disabled"
    },
    {
      "code": 6013,
      "name": "wrongTenderMint",
      "msg": "The mint is not the tender's (or the rental's) mint"
    },
    {
      "code": 6014,
      "name": "deviceClassDisabled",
      "msg": "The device class is disabled"
    },
    {
      "code": 6015,
      "name": "notWorkerAuthority",
      "msg": "Only the worker's authority may do this"
    },
    {
      "code": 6016,
      "name": "workerAlreadyRegistered",
      "msg": "This device is already registered by this authority"
    },
    {
      "code": 6017,
      "name": "invalidGpuCount",
      "msg": "The GPU count must be between 1 and the maximum"
    },
    {
      "code": 6018,
      "name": "zeroPrice",
      "msg": "The price must be greater than zero"
    },
    {
      "code": 6019,
      "name": "zeroAmount",
      "msg": "The amount must be greater than zero"
    },
    {
      "code": 6020,
      "name": "workerRented",
      "msg": "The worker is rented"
    },
    {
      "code": 6021,
      "name": "insufficientStake",
      "msg": "The amount is more than the worker has staked"
    },
    {
      "code": 6022,
      "name": "unstakePending",
      "msg": "An unstake is already cooling down; withdraw it first"
    },
    {
      "code": 6023,
      "name": "nothingUnstaking",
      "msg": "Nothing is unstaking"
    },
    {
      "code": 6024,
      "name": "cooldownNotOver",
      "msg": "The 14-day unstake cooldown has not passed"
    },
    {
      "code": 6025,
      "name": "stakeNotWithdrawn",
      "msg": "The worker still has IO staked or unstaking"
    },
    {
      "code": 6026,
      "name": "proofHourInFuture",
      "msg": "An uptime proof may not be recorded for an hour that has not begun"
    },
    {
      "code": 6027,
      "name": "proofOutOfOrder",
      "msg": "Uptime proofs must be recorded in increasing hour order"
    },
    {
      "code": 6028,
      "name": "rentalNonceInUse",
      "msg": "The renter already has an open rental with this nonce"
    },
    {
      "code": 6029,
      "name": "invalidHours",
      "msg": "The hours must be between 1 and the maximum"
    },
    {
      "code": 6030,
      "name": "rentalNotBooked",
      "msg": "The rental is not waiting for workers"
    },
    {
      "code": 6031,
      "name": "rentalNotActive",
      "msg": "The rental is not running"
    },
    {
      "code": 6032,
      "name": "rentalEnded",
      "msg": "The rental has reached its end time"
    },
    {
      "code": 6033,
      "name": "rentalNotEnded",
      "msg": "The rental has not reached its end time"
    },
    {
      "code": 6034,
      "name": "rentalTerminated",
      "msg": "The rental was terminated"
    },
    {
      "code": 6035,
      "name": "notRenter",
      "msg": "Only the renter may do this"
    },
    {
      "code": 6036,
      "name": "invalidWorkerCount",
      "msg": "No workers, or more than a rental may have"
    },
    {
      "code": 6037,
      "name": "gpuCountMismatch",
      "msg": "The workers' GPUs do not add up to the rental's"
    },
    {
      "code": 6038,
      "name": "wrongDeviceClass",
      "msg": "The worker's device class is not the rental's"
    },
    {
      "code": 6039,
      "name": "workerIneligible",
      "msg": "The worker can't be assigned (class disabled, stake below minimum, or uptime proof failed or missing)"
    },
    {
      "code": 6040,
      "name": "invalidWorkerAccount",
      "msg": "The account is not a worker of this program"
    },
    {
      "code": 6041,
      "name": "invalidWorkerRewardAccount",
      "msg": "The account is not this worker's io_rewards account"
    },
    {
      "code": 6042,
      "name": "priceBelowAsk",
      "msg": "The rental's price per GPU-hour is below the worker's ask in that tender"
    },
    {
      "code": 6043,
      "name": "wrongRental",
      "msg": "The rental passed is not the one the worker serves"
    },
    {
      "code": 6044,
      "name": "workerNotAssigned",
      "msg": "The worker is not assigned to this rental"
    },
    {
      "code": 6045,
      "name": "workerAlreadyDown",
      "msg": "The worker is already reported down"
    },
    {
      "code": 6046,
      "name": "workerNotDown",
      "msg": "The worker is not reported down"
    },
    {
      "code": 6047,
      "name": "nothingToSettle",
      "msg": "Nothing has streamed beyond what was already paid"
    },
    {
      "code": 6048,
      "name": "wrongRemainingAccounts",
      "msg": "The accounts passed do not match the rental's workers"
    },
    {
      "code": 6049,
      "name": "wrongPayoutAccount",
      "msg": "The token account is not the worker's payout account for this tender"
    },
    {
      "code": 6050,
      "name": "wrongRefundAccount",
      "msg": "The token account is not the renter's account for this tender"
    },
    {
      "code": 6051,
      "name": "accountNotWritable",
      "msg": "An account that must be writable is not"
    },
    {
      "code": 6052,
      "name": "iosdNeedsUsdTender",
      "msg": "The reservation fee may be paid in IOSD only for a USD-pegged tender"
    },
    {
      "code": 6053,
      "name": "iosdAccountsRequired",
      "msg": "Paying the reservation fee in IOSD needs the IOSD account, mint, credits config and programs"
    },
    {
      "code": 6054,
      "name": "duplicateAccount",
      "msg": "The same account was passed in two roles"
    },
    {
      "code": 6055,
      "name": "wrongFeeVault",
      "msg": "The fee vault is not the tender's"
    },
    {
      "code": 6056,
      "name": "wrongIoMint",
      "msg": "The mint is not the config's IO mint"
    },
    {
      "code": 6057,
      "name": "wrongEscrow",
      "msg": "The account is not the rental's escrow"
    },
    {
      "code": 6058,
      "name": "wrongStakeVault",
      "msg": "The account is not the worker's stake vault"
    },
    {
      "code": 6059,
      "name": "eligibilityHoursOutOfBounds",
      "msg": "Eligibility needs 1 to 24 consecutive good hours"
    },
    {
      "code": 6060,
      "name": "appealWindowOutOfBounds",
      "msg": "The reconsideration window must be 1 to 90 days"
    },
    {
      "code": 6061,
      "name": "appealWindowClosed",
      "msg": "The slash's reconsideration window has closed"
    },
    {
      "code": 6062,
      "name": "appealWindowOpen",
      "msg": "The slash's reconsideration window is still open"
    },
    {
      "code": 6063,
      "name": "alreadyAppealed",
      "msg": "The slash has already been appealed"
    },
    {
      "code": 6064,
      "name": "evidenceRequired",
      "msg": "An appeal needs the hash of its evidence"
    },
    {
      "code": 6065,
      "name": "notSlashDecider",
      "msg": "Only the slashing authority or governance decides a slash"
    },
    {
      "code": 6066,
      "name": "wrongSlashCase",
      "msg": "The slash case is not this worker's"
    },
    {
      "code": 6067,
      "name": "wrongCasePayer",
      "msg": "The account is not the one that paid for the slash case"
    },
    {
      "code": 6068,
      "name": "coStakeTaken",
      "msg": "The worker already has a co-staker"
    },
    {
      "code": 6069,
      "name": "noCoStakeOffer",
      "msg": "The worker has no open co-staking offer"
    },
    {
      "code": 6070,
      "name": "coStakeAboveHalf",
      "msg": "A co-stake can't exceed half of the device's minimum stake"
    },
    {
      "code": 6071,
      "name": "coStakeAboveOffer",
      "msg": "The amount exceeds what the co-staking offer allows"
    },
    {
      "code": 6072,
      "name": "invalidCoStakeShare",
      "msg": "A co-staker's share of block rewards can't exceed 100%"
    },
    {
      "code": 6073,
      "name": "coStakeTermsChanged",
      "msg": "The offer's reward share is not the one the co-staker accepted"
    },
    {
      "code": 6074,
      "name": "coStakerIsOwner",
      "msg": "The worker's owner can't co-stake its own device"
    },
    {
      "code": 6075,
      "name": "notCoStaker",
      "msg": "Only the worker's co-staker may do this"
    },
    {
      "code": 6076,
      "name": "coStakeExiting",
      "msg": "The co-staker has already asked to exit"
    },
    {
      "code": 6077,
      "name": "coStakeNotExiting",
      "msg": "The co-staker has not asked to exit"
    },
    {
      "code": 6078,
      "name": "slashCasesOpen",
      "msg": "The worker has slashes under reconsideration"
    }
  ],
  "types": [
    {
      "name": "appealWindowChanged",
      "docs": [
        "Governance changed how long slashed IO waits for an appeal and a decision (for slashes made",
        "from now on)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the cloud config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "appealWindowSecs",
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "assignment",
      "docs": [
        "One worker's stream within a rental."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "worker",
            "docs": [
              "The worker account."
            ],
            "type": "pubkey"
          },
          {
            "name": "owner",
            "docs": [
              "The worker's authority (owner of its payout token accounts)."
            ],
            "type": "pubkey"
          },
          {
            "name": "gpus",
            "docs": [
              "GPUs this worker serves; its rate is price per GPU-second × these."
            ],
            "type": "u16"
          },
          {
            "name": "assignedAt",
            "docs": [
              "When this worker was assigned (to the rental or to this slot by a replacement)."
            ],
            "type": "i64"
          },
          {
            "name": "since",
            "docs": [
              "Time up to which `active_seconds` and `down_seconds` are counted."
            ],
            "type": "i64"
          },
          {
            "name": "activeSeconds",
            "docs": [
              "Seconds streamed (up, before the end) and not forfeited."
            ],
            "type": "u64"
          },
          {
            "name": "downSeconds",
            "docs": [
              "Seconds reported down (not paid; the renter gets them back at close)."
            ],
            "type": "u64"
          },
          {
            "name": "forfeitedSeconds",
            "docs": [
              "Seconds served within a first hour the worker did not complete (not paid)."
            ],
            "type": "u64"
          },
          {
            "name": "paid",
            "docs": [
              "Base units paid to this worker, net of its supplier fees."
            ],
            "type": "u64"
          },
          {
            "name": "down",
            "docs": [
              "Reported down by the orchestrator."
            ],
            "type": "bool"
          },
          {
            "name": "fees",
            "docs": [
              "Supplier fees taken from this worker's pay (`fee_of(paid + fees)` at the rental's rate)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "assignmentView",
      "docs": [
        "A worker of a rental, as events report it."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "worker",
            "type": "pubkey"
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "activeSeconds",
            "type": "u64"
          },
          {
            "name": "downSeconds",
            "type": "u64"
          },
          {
            "name": "forfeitedSeconds",
            "type": "u64"
          },
          {
            "name": "paid",
            "docs": [
              "Paid to the worker, net of its supplier fees."
            ],
            "type": "u64"
          },
          {
            "name": "down",
            "type": "bool"
          },
          {
            "name": "fees",
            "docs": [
              "Supplier fees taken from its pay."
            ],
            "type": "u64"
          }
        ]
      }
    },
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
      "name": "cloudConfig",
      "docs": [
        "The market's single config (PDA `[CONFIG_SEED]`); it also owns every tender's fee vault."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "governance",
            "docs": [
              "Sets parameters (device classes, tenders, slashing destination) and the roles. The DAO's",
              "PDA once governance is handed over."
            ],
            "type": "pubkey"
          },
          {
            "name": "orchestrator",
            "docs": [
              "Assigns workers to rentals, reports them down and up, replaces them."
            ],
            "type": "pubkey"
          },
          {
            "name": "uptimeVerifier",
            "docs": [
              "Records each worker's hourly uptime proof results."
            ],
            "type": "pubkey"
          },
          {
            "name": "slashingAuthority",
            "docs": [
              "May slash a worker's stake with a reason code and an evidence hash."
            ],
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "docs": [
              "The IO mint (8 decimals): stake is in IO and IO is a tender."
            ],
            "type": "pubkey"
          },
          {
            "name": "slashDestination",
            "docs": [
              "Where slashed IO goes."
            ],
            "type": {
              "defined": {
                "name": "slashDestination"
              }
            }
          },
          {
            "name": "treasury",
            "docs": [
              "The treasury's IO token account (default key until set)."
            ],
            "type": "pubkey"
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
            "name": "eligibilityHours",
            "docs": [
              "Consecutive good hourly proofs a worker needs to be eligible for block rewards (a gap, a",
              "failed proof or a slash starts the count again)."
            ],
            "type": "u8"
          },
          {
            "name": "appealWindowSecs",
            "docs": [
              "How long slashed IO waits for an appeal and a decision."
            ],
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "cloudInitializeArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "governance",
            "type": "pubkey"
          },
          {
            "name": "orchestrator",
            "type": "pubkey"
          },
          {
            "name": "uptimeVerifier",
            "type": "pubkey"
          },
          {
            "name": "slashingAuthority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "cloudInitialized",
      "docs": [
        "The market's config was created."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the cloud config."
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
            "name": "orchestrator",
            "type": "pubkey"
          },
          {
            "name": "uptimeVerifier",
            "type": "pubkey"
          },
          {
            "name": "slashingAuthority",
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "slashDestination",
            "type": {
              "defined": {
                "name": "slashDestination"
              }
            }
          },
          {
            "name": "eligibilityHours",
            "type": "u8"
          },
          {
            "name": "appealWindowSecs",
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "cloudRole",
      "docs": [
        "Which role of the config changed."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "governance"
          },
          {
            "name": "orchestrator"
          },
          {
            "name": "uptimeVerifier"
          },
          {
            "name": "slashingAuthority"
          }
        ]
      }
    },
    {
      "name": "cloudRoleChanged",
      "docs": [
        "A role of the config changed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the cloud config."
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
                "name": "cloudRole"
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
          }
        ]
      }
    },
    {
      "name": "coStakeAcceptArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "docs": [
              "IO deposited: at most the offer's cap."
            ],
            "type": "u64"
          },
          {
            "name": "shareBps",
            "docs": [
              "The reward share the co-staker accepts: refused if the offer's differs (an owner can't",
              "change the terms under a pending acceptance)."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "coStakeChange",
      "docs": [
        "A step of a worker's co-staking (io.net: one co-staker per offer, at most half the stake)."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "offered"
          },
          {
            "name": "cancelled"
          },
          {
            "name": "accepted"
          },
          {
            "name": "exitRequested"
          },
          {
            "name": "withdrawn"
          }
        ]
      }
    },
    {
      "name": "coStakeChanged",
      "docs": [
        "A worker's co-staking changed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "change",
            "type": {
              "defined": {
                "name": "coStakeChange"
              }
            }
          },
          {
            "name": "coStaker",
            "docs": [
              "The co-staker (default while only an offer is open)."
            ],
            "type": "pubkey"
          },
          {
            "name": "amount",
            "docs": [
              "IO moved by this step (deposited or withdrawn)."
            ],
            "type": "u64"
          },
          {
            "name": "offerMax",
            "docs": [
              "The open offer's cap (0 when none is open)."
            ],
            "type": "u64"
          },
          {
            "name": "shareBps",
            "docs": [
              "The co-staker's share of the worker's block rewards, basis points."
            ],
            "type": "u16"
          },
          {
            "name": "coStaked",
            "type": "u64"
          },
          {
            "name": "exitAt",
            "docs": [
              "When the exit notice ends and when the IO is withdrawable (0 unless exiting)."
            ],
            "type": "i64"
          },
          {
            "name": "availableAt",
            "type": "i64"
          },
          {
            "name": "minStake",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "coStakeOfferArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "maxAmount",
            "docs": [
              "Most IO the co-staker may deposit: at most half of the device's minimum stake."
            ],
            "type": "u64"
          },
          {
            "name": "shareBps",
            "docs": [
              "The co-staker's share of the worker's block rewards, basis points (at most 10,000)."
            ],
            "type": "u16"
          }
        ]
      }
    },
    {
      "name": "configSetAppealWindowArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "appealWindowSecs",
            "docs": [
              "Seconds slashed IO waits for an appeal and a decision, 1 to 90 days."
            ],
            "type": "u32"
          }
        ]
      }
    },
    {
      "name": "configSetEligibilityHoursArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "eligibilityHours",
            "docs": [
              "Consecutive good hourly proofs a worker needs, 1..=`MAX_ELIGIBILITY_HOURS`."
            ],
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "configSetRoleArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "role",
            "type": {
              "defined": {
                "name": "cloudRole"
              }
            }
          },
          {
            "name": "authority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "configSetSlashDestinationArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "destination",
            "type": {
              "defined": {
                "name": "slashDestination"
              }
            }
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
      "name": "deviceClass",
      "docs": [
        "A GPU model of the governed table (PDA `[DEVICE_CLASS_SEED, class id u16 LE]`)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "classId",
            "docs": [
              "The class id workers and rentals name."
            ],
            "type": "u16"
          },
          {
            "name": "multiplierBps",
            "docs": [
              "Rewards and stake multiplier in basis points (H100 = 100,000 = 10x; L4 = 2,500). Zero: the",
              "class is retired (io.net): closed to new workers and rentals, and its workers earn nothing."
            ],
            "type": "u32"
          },
          {
            "name": "enabled",
            "docs": [
              "Whether new workers may register and rentals be booked in this class."
            ],
            "type": "bool"
          },
          {
            "name": "name",
            "docs": [
              "The GPU model, e.g. \"NVIDIA H100 80GB\"."
            ],
            "type": "string"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this class."
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
      "name": "deviceClassSet",
      "docs": [
        "A device class was created or changed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the device class."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "classId",
            "type": "u16"
          },
          {
            "name": "name",
            "type": "string"
          },
          {
            "name": "multiplierBps",
            "type": "u32"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "deviceClassSetArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "classId",
            "type": "u16"
          },
          {
            "name": "name",
            "docs": [
              "The GPU model, at most 32 bytes."
            ],
            "type": "string"
          },
          {
            "name": "multiplierBps",
            "docs": [
              "Multiplier in basis points (H100 = 100,000; L4 = 2,500), within 0.01x..100x, or 0 to",
              "retire the class (closed to new workers and rentals; its workers earn nothing)."
            ],
            "type": "u32"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "eligibilityHoursChanged",
      "docs": [
        "Governance changed how many consecutive good hours make a worker eligible (from each worker's",
        "next proof on)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the cloud config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "eligibilityHours",
            "type": "u8"
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
      "name": "rental",
      "docs": [
        "A cluster booking (PDA `[RENTAL_SEED, renter, nonce u64 LE]`); its tender sits in the escrow",
        "(PDA `[ESCROW_SEED, rental]`), a token account the rental owns.",
        "",
        "Conservation: `principal + fees = paid + supplier_fees + refunded + fees + escrow` (paid net",
        "to the workers), i.e. the escrow holds `principal − paid − supplier_fees − refunded`",
        "(`escrow_balance`). The first fields sit at fixed offsets for the SDK's memcmp filters",
        "(renter 8, state 40, device class 41, tender mint 43); assignment `i`'s worker sits at",
        "`214 + 123 × i`."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "renter",
            "docs": [
              "Who booked and pays; receives refunds and the accounts' rent."
            ],
            "type": "pubkey"
          },
          {
            "name": "state",
            "type": {
              "defined": {
                "name": "rentalState"
              }
            }
          },
          {
            "name": "deviceClass",
            "docs": [
              "Device class booked."
            ],
            "type": "u16"
          },
          {
            "name": "tenderMint",
            "docs": [
              "The tender paid in."
            ],
            "type": "pubkey"
          },
          {
            "name": "nonce",
            "docs": [
              "The renter's number for this booking (seed)."
            ],
            "type": "u64"
          },
          {
            "name": "gpus",
            "docs": [
              "GPUs booked; the assigned workers' GPUs add up to this."
            ],
            "type": "u16"
          },
          {
            "name": "hours",
            "docs": [
              "Hours booked, extensions included."
            ],
            "type": "u32"
          },
          {
            "name": "pricePerGpuHour",
            "docs": [
              "Price per GPU-hour in the tender's base units."
            ],
            "type": "u64"
          },
          {
            "name": "region",
            "docs": [
              "Preferred region (ASCII, zero padded; all zero = any), for the orchestrator."
            ],
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "escrow",
            "docs": [
              "The escrow token account."
            ],
            "type": "pubkey"
          },
          {
            "name": "bookedAt",
            "docs": [
              "Clock time of the booking."
            ],
            "type": "i64"
          },
          {
            "name": "startTime",
            "docs": [
              "When workers were assigned and streaming began (0 before)."
            ],
            "type": "i64"
          },
          {
            "name": "endTime",
            "docs": [
              "When streaming stops (0 before the start)."
            ],
            "type": "i64"
          },
          {
            "name": "principal",
            "docs": [
              "Base units deposited into escrow (price × GPUs × hours)."
            ],
            "type": "u64"
          },
          {
            "name": "fees",
            "docs": [
              "Fees taken from the tender into the fee vault (tender fee + reservation fee)."
            ],
            "type": "u64"
          },
          {
            "name": "reservationFeesIosd",
            "docs": [
              "Reservation fees paid in IOSD (burned; not part of the tender's accounting)."
            ],
            "type": "u64"
          },
          {
            "name": "paid",
            "docs": [
              "Base units paid to workers, net of their supplier fees."
            ],
            "type": "u64"
          },
          {
            "name": "refunded",
            "docs": [
              "Base units refunded to the renter."
            ],
            "type": "u64"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this rental."
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
            "name": "assignments",
            "docs": [
              "The workers streaming (or streamed) for this rental, one slot each."
            ],
            "type": {
              "vec": {
                "defined": {
                  "name": "assignment"
                }
              }
            }
          },
          {
            "name": "boostBudget",
            "docs": [
              "IO base units of fees funding its workers' busy boost (set at assignment)."
            ],
            "type": "u64"
          },
          {
            "name": "boostGranted",
            "docs": [
              "Busy-boost allowance granted to the workers of each slot so far (see `grant_boost`)."
            ],
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "supplierFeeBps",
            "docs": [
              "The workers' supplier fee rate, fixed at booking: io_credits' reservation rate plus the",
              "tender's rate then."
            ],
            "type": "u16"
          },
          {
            "name": "supplierFees",
            "docs": [
              "Supplier fees taken from the workers' pay into the fee vault."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalAssigned",
      "docs": [
        "The orchestrator assigned workers; streaming started."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "workers",
            "type": {
              "vec": {
                "defined": {
                  "name": "assignmentView"
                }
              }
            }
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalBookArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "nonce",
            "docs": [
              "The renter's number for this booking (seeds the rental)."
            ],
            "type": "u64"
          },
          {
            "name": "deviceClass",
            "type": "u16"
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "hours",
            "type": "u32"
          },
          {
            "name": "pricePerGpuHour",
            "docs": [
              "Price per GPU-hour in the tender's base units (micro-USD for USDC; for IO the SDK",
              "converts a USD price at the oracle price)."
            ],
            "type": "u64"
          },
          {
            "name": "region",
            "docs": [
              "Preferred region (ASCII, zero padded; all zero = any)."
            ],
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "reservationInIosd",
            "docs": [
              "Pay the reservation fee (io_credits' governed rate) in IOSD, burned, instead of the",
              "tender (USD-pegged tenders only)."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "rentalBooked",
      "docs": [
        "A renter booked a cluster and paid into escrow."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "renter",
            "type": "pubkey"
          },
          {
            "name": "nonce",
            "type": "u64"
          },
          {
            "name": "deviceClass",
            "type": "u16"
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "tenderMint",
            "type": "pubkey"
          },
          {
            "name": "escrow",
            "type": "pubkey"
          },
          {
            "name": "principal",
            "type": "u64"
          },
          {
            "name": "tenderFee",
            "type": "u64"
          },
          {
            "name": "reservationFee",
            "type": "u64"
          },
          {
            "name": "reservationFeeIosd",
            "type": "u64"
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalClosed",
      "docs": [
        "The rental was closed: final settle, refund, accounts closed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "payments",
            "docs": [
              "Paid by the final settlement, per worker, in slot order (net of supplier fees)."
            ],
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "fees",
            "docs": [
              "The supplier fee of each payment."
            ],
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "workers",
            "type": {
              "vec": {
                "defined": {
                  "name": "assignmentView"
                }
              }
            }
          },
          {
            "name": "refund",
            "type": "u64"
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalExtendArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "extraHours",
            "type": "u32"
          },
          {
            "name": "reservationInIosd",
            "docs": [
              "Pay the reservation fee (io_credits' governed rate) in IOSD, burned, instead of the",
              "tender (USD-pegged tenders only)."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "rentalExtended",
      "docs": [
        "The renter booked more hours."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "extraHours",
            "type": "u32"
          },
          {
            "name": "principal",
            "type": "u64"
          },
          {
            "name": "tenderFee",
            "type": "u64"
          },
          {
            "name": "reservationFee",
            "type": "u64"
          },
          {
            "name": "reservationFeeIosd",
            "type": "u64"
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalSettled",
      "docs": [
        "Streamed pay went to the workers (settle, or the final settle of a close)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "payments",
            "docs": [
              "Paid by this settlement, per worker, in slot order (net of supplier fees)."
            ],
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "fees",
            "docs": [
              "The supplier fee of each payment."
            ],
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "workers",
            "type": {
              "vec": {
                "defined": {
                  "name": "assignmentView"
                }
              }
            }
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalState",
      "docs": [
        "Where a rental is in its life."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "booked"
          },
          {
            "name": "active"
          },
          {
            "name": "terminated"
          },
          {
            "name": "cancelled"
          }
        ]
      }
    },
    {
      "name": "rentalTerminated",
      "docs": [
        "The renter terminated early (or cancelled before assignment)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "refund",
            "type": "u64"
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalTotals",
      "docs": [
        "Accounting totals of a rental after a change."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "state",
            "type": {
              "defined": {
                "name": "rentalState"
              }
            }
          },
          {
            "name": "startTime",
            "type": "i64"
          },
          {
            "name": "endTime",
            "type": "i64"
          },
          {
            "name": "hours",
            "type": "u32"
          },
          {
            "name": "deposited",
            "docs": [
              "principal + fees (in the tender)."
            ],
            "type": "u64"
          },
          {
            "name": "fees",
            "docs": [
              "Renter fees (tender fee and reservation fee in the tender)."
            ],
            "type": "u64"
          },
          {
            "name": "paid",
            "docs": [
              "Paid to the workers, net of their supplier fees."
            ],
            "type": "u64"
          },
          {
            "name": "supplierFees",
            "docs": [
              "Supplier fees taken from the workers' pay."
            ],
            "type": "u64"
          },
          {
            "name": "refunded",
            "type": "u64"
          },
          {
            "name": "escrow",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rentalWorkerReplaced",
      "docs": [
        "The orchestrator replaced a worker."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "outgoing",
            "type": {
              "defined": {
                "name": "assignmentView"
              }
            }
          },
          {
            "name": "outgoingPayment",
            "docs": [
              "Paid to the outgoing worker by the replacement (0 if it stopped in its first hour), net",
              "of its supplier fee."
            ],
            "type": "u64"
          },
          {
            "name": "outgoingFee",
            "type": "u64"
          },
          {
            "name": "incoming",
            "type": {
              "defined": {
                "name": "assignmentView"
              }
            }
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "rentalWorkerStatus",
      "docs": [
        "The orchestrator reported a worker down or back up."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the rental."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "worker",
            "type": {
              "defined": {
                "name": "assignmentView"
              }
            }
          },
          {
            "name": "totals",
            "type": {
              "defined": {
                "name": "rentalTotals"
              }
            }
          }
        ]
      }
    },
    {
      "name": "slashAppealArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "evidenceHash",
            "docs": [
              "Hash of the owner's evidence, kept off-chain."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          }
        ]
      }
    },
    {
      "name": "slashAppealed",
      "docs": [
        "The worker's owner appealed a slash with the hash of its evidence."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "case",
            "type": "pubkey"
          },
          {
            "name": "caseId",
            "type": "u32"
          },
          {
            "name": "evidenceHash",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "appealEndsAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "slashCase",
      "docs": [
        "A slash under reconsideration (PDA `[SLASH_CASE_SEED, worker, case id u32 LE]`): its IO waits",
        "in the worker's stake vault (`Worker::in_appeal`) until the slashing authority or governance",
        "decides it within the window, or anyone finalises it after. Closed when resolved, its rent",
        "back to whoever paid for it."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "worker",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "docs": [
              "The worker's authority: the one who may appeal."
            ],
            "type": "pubkey"
          },
          {
            "name": "id",
            "docs": [
              "The worker's case number (`Worker::slash_cases` when it was opened)."
            ],
            "type": "u32"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "reasonCode",
            "docs": [
              "Why (the slashing authority's code table)."
            ],
            "type": "u16"
          },
          {
            "name": "evidenceHash",
            "docs": [
              "Hash of the slashing authority's evidence, kept off-chain."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "slashedAt",
            "type": "i64"
          },
          {
            "name": "appealEndsAt",
            "docs": [
              "Until when the owner may appeal and the slash may be decided."
            ],
            "type": "i64"
          },
          {
            "name": "appealHash",
            "docs": [
              "Hash of the owner's evidence (all zero until appealed)."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "appealedAt",
            "docs": [
              "When the owner appealed (0 if not)."
            ],
            "type": "i64"
          },
          {
            "name": "payer",
            "docs": [
              "Paid the account's rent (the slashing authority); gets it back at resolution."
            ],
            "type": "pubkey"
          },
          {
            "name": "bump",
            "docs": [
              "Canonical bump of this PDA."
            ],
            "type": "u8"
          },
          {
            "name": "fromUnstaking",
            "docs": [
              "Of `amount`, what was taken from IO cooling down (a reversal returns it there)."
            ],
            "type": "u64"
          },
          {
            "name": "fromCoStake",
            "docs": [
              "Of `amount`, the co-staker's part (a reversal returns it to the co-staker)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "slashDecideArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "uphold",
            "docs": [
              "Uphold (the IO is burned or sent to the treasury) or reverse (the IO goes back to the",
              "stake, or to what was cooling down)."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "slashDestination",
      "docs": [
        "Where slashed IO goes, as governance decides."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "burn"
          },
          {
            "name": "treasury"
          }
        ]
      }
    },
    {
      "name": "slashDestinationChanged",
      "docs": [
        "Governance chose where slashed IO goes."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the cloud config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "slashDestination",
            "type": {
              "defined": {
                "name": "slashDestination"
              }
            }
          },
          {
            "name": "treasury",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "slashOutcome",
      "docs": [
        "How a slash ended."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "upheld"
          },
          {
            "name": "reversed"
          },
          {
            "name": "finalized"
          }
        ]
      }
    },
    {
      "name": "slashResolved",
      "docs": [
        "A slash was decided or finalised; its case closed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "case",
            "type": "pubkey"
          },
          {
            "name": "caseId",
            "type": "u32"
          },
          {
            "name": "outcome",
            "type": {
              "defined": {
                "name": "slashOutcome"
              }
            }
          },
          {
            "name": "decider",
            "docs": [
              "Who decided (the default key when finalised)."
            ],
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "destination",
            "docs": [
              "Where the IO went (None when reversed)."
            ],
            "type": {
              "option": {
                "defined": {
                  "name": "slashDestination"
                }
              }
            }
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "unstaking",
            "type": "u64"
          },
          {
            "name": "inAppeal",
            "type": "u64"
          },
          {
            "name": "slashedTotal",
            "type": "u64"
          },
          {
            "name": "coStaked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "stakeChange",
      "docs": [
        "A worker's stake changed (stake, unstake request, withdrawal)."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "staked"
          },
          {
            "name": "unstakeRequested"
          },
          {
            "name": "withdrawn"
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
      "name": "uptimeRecordArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "hour",
            "docs": [
              "Hour index (Unix time / 3600) the proof is for; not in the future, after the last one."
            ],
            "type": "i64"
          },
          {
            "name": "ok",
            "docs": [
              "Whether the proof (PoW / time-lock) verified."
            ],
            "type": "bool"
          },
          {
            "name": "resultHash",
            "docs": [
              "The proof's result hash."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          }
        ]
      }
    },
    {
      "name": "uptimeRecorded",
      "docs": [
        "The uptime verifier recorded an hourly proof result."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "hour",
            "type": "i64"
          },
          {
            "name": "ok",
            "type": "bool"
          },
          {
            "name": "resultHash",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "goodHours",
            "docs": [
              "Consecutive good hours up to this one, and how many eligibility needs."
            ],
            "type": "u16"
          },
          {
            "name": "goodHoursNeeded",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "weightChangeReason",
      "docs": [
        "Why a worker's rewards weight changed."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "registered"
          },
          {
            "name": "updated"
          },
          {
            "name": "staked"
          },
          {
            "name": "unstaked"
          },
          {
            "name": "slashed"
          },
          {
            "name": "uptime"
          },
          {
            "name": "refreshed"
          },
          {
            "name": "busy"
          },
          {
            "name": "idle"
          },
          {
            "name": "deregistered"
          },
          {
            "name": "coStake"
          }
        ]
      }
    },
    {
      "name": "worker",
      "docs": [
        "A registered device (PDA `[WORKER_SEED, authority, device id]`); its IO stake sits in its",
        "vault (PDA `[STAKE_VAULT_SEED, worker]`), a token account the worker owns.",
        "",
        "The first fields sit at fixed offsets for the SDK's memcmp filters (class 40, region 42,",
        "busy 50, weight as last reported 51..61, rental 61)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "docs": [
              "Operates the worker: updates, stakes, withdraws, receives rental pay."
            ],
            "type": "pubkey"
          },
          {
            "name": "deviceClass",
            "docs": [
              "Device class id (the governed table)."
            ],
            "type": "u16"
          },
          {
            "name": "region",
            "docs": [
              "Region code, ASCII, zero padded (e.g. \"us-east\")."
            ],
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "busy",
            "docs": [
              "Assigned to a rental and not reported down."
            ],
            "type": "bool"
          },
          {
            "name": "weight",
            "docs": [
              "The weight as last told to the rewards program (`rewards_hook`)."
            ],
            "type": {
              "defined": {
                "name": "workerWeight"
              }
            }
          },
          {
            "name": "rental",
            "docs": [
              "The rental it serves, or the default key when idle."
            ],
            "type": "pubkey"
          },
          {
            "name": "deviceId",
            "docs": [
              "The device's id (e.g. io.net's device UUID)."
            ],
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          },
          {
            "name": "gpus",
            "docs": [
              "GPUs of the device."
            ],
            "type": "u16"
          },
          {
            "name": "multiplierBps",
            "docs": [
              "The class multiplier (basis points) as of registration or the last refresh."
            ],
            "type": "u32"
          },
          {
            "name": "pricePerGpuHour",
            "docs": [
              "Asked price per GPU-hour in micro-USD (informs the orchestrator's matching)."
            ],
            "type": "u64"
          },
          {
            "name": "stakeVault",
            "docs": [
              "The stake vault."
            ],
            "type": "pubkey"
          },
          {
            "name": "staked",
            "docs": [
              "IO staked (counts towards the minimum)."
            ],
            "type": "u64"
          },
          {
            "name": "unstaking",
            "docs": [
              "IO unstaked and cooling down (still in the vault, still slashable, not counted)."
            ],
            "type": "u64"
          },
          {
            "name": "unstakeAvailableAt",
            "docs": [
              "When the unstaking IO becomes withdrawable."
            ],
            "type": "i64"
          },
          {
            "name": "slashedTotal",
            "docs": [
              "IO slashed, ever (once the slash is upheld or finalised)."
            ],
            "type": "u64"
          },
          {
            "name": "hasProof",
            "docs": [
              "Whether any uptime proof was recorded."
            ],
            "type": "bool"
          },
          {
            "name": "lastProofHour",
            "docs": [
              "Hour index of the latest proof."
            ],
            "type": "i64"
          },
          {
            "name": "lastProofOk",
            "docs": [
              "Whether the latest proof succeeded."
            ],
            "type": "bool"
          },
          {
            "name": "lastProofHash",
            "docs": [
              "Result hash of the latest proof (PoW / time-lock)."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "registeredAt",
            "docs": [
              "Clock time of registration."
            ],
            "type": "i64"
          },
          {
            "name": "seq",
            "docs": [
              "Event sequence number of this worker."
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
            "name": "rentalEnd",
            "docs": [
              "When its rental streams until, as of the last instruction that read the rental (the",
              "busy boost's lease never runs past the rental's last hour boundary)."
            ],
            "type": "i64"
          },
          {
            "name": "classEnabled",
            "docs": [
              "Whether its device class was enabled when last read (a disabled class earns nothing)."
            ],
            "type": "bool"
          },
          {
            "name": "askIoPerGpuHour",
            "docs": [
              "Asked price per GPU-hour in IO base units, for rentals paid in IO."
            ],
            "type": "u64"
          },
          {
            "name": "goodHours",
            "docs": [
              "Consecutive good hourly proofs up to `last_proof_hour` (a gap, a failure or a slash",
              "starts again from 0)."
            ],
            "type": "u16"
          },
          {
            "name": "goodHoursNeeded",
            "docs": [
              "The consecutive good hours the config asked for at the latest proof."
            ],
            "type": "u8"
          },
          {
            "name": "assignable",
            "docs": [
              "Whether it could be assigned to a rental, as last reported (`WorkerWeightChanged`)."
            ],
            "type": "bool"
          },
          {
            "name": "inAppeal",
            "docs": [
              "IO slashed and waiting out its reconsideration window (still in the vault, not counted)."
            ],
            "type": "u64"
          },
          {
            "name": "slashCases",
            "docs": [
              "Slash cases ever opened (the next case's id)."
            ],
            "type": "u32"
          },
          {
            "name": "coStaker",
            "docs": [
              "The co-staker whose IO sits in the vault beside the owner's (default when none)."
            ],
            "type": "pubkey"
          },
          {
            "name": "coOfferMax",
            "docs": [
              "The open co-staking offer's cap (0 when no offer is open)."
            ],
            "type": "u64"
          },
          {
            "name": "coShareBps",
            "docs": [
              "The co-staker's share of the worker's block rewards, basis points (the offer's terms)."
            ],
            "type": "u16"
          },
          {
            "name": "coStaked",
            "docs": [
              "The co-staker's IO in the vault: counts towards the minimum until its exit notice ends,",
              "slashable (pro rata) until withdrawn."
            ],
            "type": "u64"
          },
          {
            "name": "coExitAt",
            "docs": [
              "When the co-staker's exit notice ends (0 unless it asked to exit); its IO is withdrawable",
              "`UNSTAKE_COOLDOWN_SECONDS` later."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "workerDeregistered",
      "docs": [
        "A worker left the market; its accounts are closed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "dustSwept",
            "docs": [
              "IO found in the stake vault beyond the tracked stake (sent there from outside), returned",
              "to the authority before the vault closed."
            ],
            "type": "u64"
          },
          {
            "name": "authority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "workerRegisterArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "deviceId",
            "docs": [
              "The device's id (e.g. io.net's device UUID); seeds the worker PDA with the authority."
            ],
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "region",
            "docs": [
              "Region code, ASCII, zero padded."
            ],
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "pricePerGpuHour",
            "docs": [
              "Asked price per GPU-hour, micro-USD (rentals in USD-pegged tenders)."
            ],
            "type": "u64"
          },
          {
            "name": "askIoPerGpuHour",
            "docs": [
              "Asked price per GPU-hour in IO base units (rentals paid in IO)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerRegistered",
      "docs": [
        "A device registered as a worker."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "deviceId",
            "type": {
              "array": [
                "u8",
                16
              ]
            }
          },
          {
            "name": "deviceClass",
            "type": "u16"
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "multiplierBps",
            "type": "u32"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "askIoPerGpuHour",
            "type": "u64"
          },
          {
            "name": "stakeVault",
            "type": "pubkey"
          },
          {
            "name": "minStake",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerSlashArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "reasonCode",
            "docs": [
              "Why (the slashing authority's code table)."
            ],
            "type": "u16"
          },
          {
            "name": "evidenceHash",
            "docs": [
              "Hash of the evidence kept off-chain."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          }
        ]
      }
    },
    {
      "name": "workerSlashed",
      "docs": [
        "The slashing authority slashed a worker's stake."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "case",
            "docs": [
              "The case holding the slashed IO until it is decided or finalised."
            ],
            "type": "pubkey"
          },
          {
            "name": "caseId",
            "type": "u32"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "reasonCode",
            "type": "u16"
          },
          {
            "name": "evidenceHash",
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "appealEndsAt",
            "docs": [
              "Until when the owner may appeal and the slash may be decided."
            ],
            "type": "i64"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "unstaking",
            "type": "u64"
          },
          {
            "name": "inAppeal",
            "type": "u64"
          },
          {
            "name": "slashedTotal",
            "type": "u64"
          },
          {
            "name": "fromCoStake",
            "docs": [
              "Of `amount`, the co-staker's part (pro rata to its IO in the vault)."
            ],
            "type": "u64"
          },
          {
            "name": "coStaked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerStakeArgs",
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
      "name": "workerStakeChanged",
      "docs": [
        "IO moved into, within or out of a worker's stake."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "change",
            "type": {
              "defined": {
                "name": "stakeChange"
              }
            }
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "unstaking",
            "type": "u64"
          },
          {
            "name": "unstakeAvailableAt",
            "type": "i64"
          },
          {
            "name": "minStake",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerUnstakeArgs",
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
      "name": "workerUpdateArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "gpus",
            "docs": [
              "New GPU count (only while not rented)."
            ],
            "type": {
              "option": "u16"
            }
          },
          {
            "name": "region",
            "type": {
              "option": {
                "array": [
                  "u8",
                  8
                ]
              }
            }
          },
          {
            "name": "pricePerGpuHour",
            "docs": [
              "New asked price per GPU-hour, micro-USD."
            ],
            "type": {
              "option": "u64"
            }
          },
          {
            "name": "askIoPerGpuHour",
            "docs": [
              "New asked price per GPU-hour in IO base units."
            ],
            "type": {
              "option": "u64"
            }
          }
        ]
      }
    },
    {
      "name": "workerUpdated",
      "docs": [
        "A worker's region, price or GPU count (or its class multiplier, on refresh) changed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "gpus",
            "type": "u16"
          },
          {
            "name": "multiplierBps",
            "type": "u32"
          },
          {
            "name": "region",
            "type": {
              "array": [
                "u8",
                8
              ]
            }
          },
          {
            "name": "pricePerGpuHour",
            "type": "u64"
          },
          {
            "name": "askIoPerGpuHour",
            "type": "u64"
          },
          {
            "name": "minStake",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "workerWeight",
      "docs": [
        "What the rewards program knows of a worker: its base weight (multiplier × GPUs) and whether",
        "it is busy and eligible."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "baseWeight",
            "docs": [
              "Multiplier (basis points) × GPUs."
            ],
            "type": "u64"
          },
          {
            "name": "busy",
            "docs": [
              "Streaming for a rental (assigned and not reported down)."
            ],
            "type": "bool"
          },
          {
            "name": "eligible",
            "docs": [
              "Staked at least the minimum, uptime good, registered."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "workerWeightChanged",
      "docs": [
        "A worker's rewards weight changed: base weight (multiplier × GPUs), busy, eligible. The",
        "single place this is emitted (`rewards_hook`) is where the io_rewards CPI goes."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the worker."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "reason",
            "type": {
              "defined": {
                "name": "weightChangeReason"
              }
            }
          },
          {
            "name": "previous",
            "type": {
              "defined": {
                "name": "workerWeight"
              }
            }
          },
          {
            "name": "weight",
            "type": {
              "defined": {
                "name": "workerWeight"
              }
            }
          },
          {
            "name": "assignable",
            "docs": [
              "Whether the worker may be assigned to a rental now (io_cloud's own rule: a worker serves",
              "before it has the consecutive good hours block rewards need)."
            ],
            "type": "bool"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "configSeed",
      "docs": [
        "Seed of the cloud config PDA (roles, IO mint, slashing destination)."
      ],
      "type": "bytes",
      "value": "[99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "coStakeExitNoticeSeconds",
      "docs": [
        "A co-staker's exit first waits 7 days earning nothing (its IO still counting towards the",
        "device's minimum), then cools down for `UNSTAKE_COOLDOWN_SECONDS`."
      ],
      "type": "i64",
      "value": "604800"
    },
    {
      "name": "defaultAppealWindowSecs",
      "docs": [
        "How long slashed IO waits for an appeal and a decision before anyone may finalise the slash",
        "(io.net: a one-month reconsideration); governed within `MIN_..=MAX_APPEAL_WINDOW_SECS`."
      ],
      "type": "u32",
      "value": "2592000"
    },
    {
      "name": "defaultEligibilityHours",
      "docs": [
        "Consecutive good hourly proofs a worker needs before it earns block rewards (io.net: uptime",
        "green for the past 5 hours); governed within 1..=`MAX_ELIGIBILITY_HOURS`."
      ],
      "type": "u8",
      "value": "5"
    },
    {
      "name": "deviceClassSeed",
      "docs": [
        "Seed of a device class PDA: `[DEVICE_CLASS_SEED, class id (u16 LE)]`."
      ],
      "type": "bytes",
      "value": "[100, 101, 118, 105, 99, 101, 95, 99, 108, 97, 115, 115]"
    },
    {
      "name": "escrowSeed",
      "docs": [
        "Seed of a rental's escrow vault (token account owned by the rental): `[ESCROW_SEED, rental]`."
      ],
      "type": "bytes",
      "value": "[101, 115, 99, 114, 111, 119]"
    },
    {
      "name": "ioDecimals",
      "docs": [
        "IO has 8 decimals; the configured IO mint must too."
      ],
      "type": "u8",
      "value": "8"
    },
    {
      "name": "maxAppealWindowSecs",
      "type": "u32",
      "value": "7776000"
    },
    {
      "name": "maxCoStakeBpsOfMin",
      "docs": [
        "A co-staker supplies at most half of a device's minimum stake (io.net: at most 50%)."
      ],
      "type": "u64",
      "value": "5000"
    },
    {
      "name": "maxDeviceClassNameLen",
      "docs": [
        "Longest device class name, in bytes."
      ],
      "type": "u32",
      "value": "32"
    },
    {
      "name": "maxEligibilityHours",
      "type": "u8",
      "value": "24"
    },
    {
      "name": "maxMultiplierBps",
      "docs": [
        "Highest multiplier governance may give a device class: 100x."
      ],
      "type": "u32",
      "value": "1000000"
    },
    {
      "name": "maxRentalHours",
      "docs": [
        "Longest rental, extensions included: one year of hours."
      ],
      "type": "u32",
      "value": "8760"
    },
    {
      "name": "maxRentalWorkers",
      "docs": [
        "Most workers one rental may have at once (bounds the rental account and the transactions",
        "that pass every worker)."
      ],
      "type": "u8",
      "value": "8"
    },
    {
      "name": "maxWorkerGpus",
      "docs": [
        "Most GPUs one worker may declare."
      ],
      "type": "u16",
      "value": "64"
    },
    {
      "name": "minAppealWindowSecs",
      "type": "u32",
      "value": "86400"
    },
    {
      "name": "minMultiplierBps",
      "docs": [
        "Lowest multiplier governance may give a device class but 0 (retired): 0.01x."
      ],
      "type": "u32",
      "value": "100"
    },
    {
      "name": "rentalSeed",
      "docs": [
        "Seed of a rental PDA: `[RENTAL_SEED, renter, nonce (u64 LE)]`."
      ],
      "type": "bytes",
      "value": "[114, 101, 110, 116, 97, 108]"
    },
    {
      "name": "rewardsAuthoritySeed",
      "docs": [
        "io_cloud's signer towards io_rewards (registered there as the weight authority)."
      ],
      "type": "bytes",
      "value": "[114, 101, 119, 97, 114, 100, 115, 95, 97, 117, 116, 104, 111, 114, 105, 116, 121]"
    },
    {
      "name": "slashCaseSeed",
      "docs": [
        "Seed of a slash case PDA (slashed IO waiting out its reconsideration window):",
        "`[SLASH_CASE_SEED, worker, case id (u32 LE)]`."
      ],
      "type": "bytes",
      "value": "[115, 108, 97, 115, 104, 95, 99, 97, 115, 101]"
    },
    {
      "name": "stakePerGpu",
      "docs": [
        "Stake per GPU at a multiplier of at most 1: 200 IO (io.net)."
      ],
      "type": "u64",
      "value": "20000000000"
    },
    {
      "name": "stakeVaultSeed",
      "docs": [
        "Seed of a worker's IO stake vault (token account owned by the worker): `[STAKE_VAULT_SEED, worker]`."
      ],
      "type": "bytes",
      "value": "[115, 116, 97, 107, 101, 95, 118, 97, 117, 108, 116]"
    },
    {
      "name": "unstakeCooldownSeconds",
      "docs": [
        "Unstaked IO is withdrawable 14 days after the request."
      ],
      "type": "i64",
      "value": "1209600"
    },
    {
      "name": "workerSeed",
      "docs": [
        "Seed of a worker PDA: `[WORKER_SEED, worker authority, device id (16 bytes)]`."
      ],
      "type": "bytes",
      "value": "[119, 111, 114, 107, 101, 114]"
    }
  ]
};
