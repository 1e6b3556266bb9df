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
  "instructions": [
    {
      "name": "configSetParam",
      "docs": [
        "Changes one governed parameter within its bounds; only governance."
      ],
      "discriminator": [
        217,
        250,
        104,
        111,
        168,
        208,
        129,
        169
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
              "name": "configSetParamArgs"
            }
          }
        }
      ]
    },
    {
      "name": "creditsBuy",
      "docs": [
        "Burns IO and mints IOSD at the conservative Pyth price (slippage bound, breaker)."
      ],
      "discriminator": [
        194,
        40,
        61,
        120,
        179,
        149,
        128,
        164
      ],
      "accounts": [
        {
          "name": "buyer",
          "docs": [
            "Owner of the IO account; its IO is burned."
          ],
          "signer": true
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
          "name": "ioMint",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "buyerIo",
          "writable": true
        },
        {
          "name": "iosdMint",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "iosdDestination",
          "docs": [
            "Receives the IOSD: any IOSD account (credits can be bought for someone else)."
          ],
          "writable": true
        },
        {
          "name": "priceUpdate",
          "docs": [
            "verification level, age and confidence are all checked by `oracle`."
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "creditsBuyArgs"
            }
          }
        }
      ]
    },
    {
      "name": "creditsSpend",
      "docs": [
        "Burns IOSD from a holder who signs (directly or through io_cloud's CPI)."
      ],
      "discriminator": [
        186,
        70,
        70,
        72,
        32,
        115,
        226,
        37
      ],
      "accounts": [
        {
          "name": "holder",
          "docs": [
            "Owner of the IOSD account (signs directly, or through io_cloud's CPI)."
          ],
          "signer": true
        },
        {
          "name": "holderIosd",
          "writable": true
        },
        {
          "name": "iosdMint",
          "writable": true,
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
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "creditsSpendArgs"
            }
          }
        }
      ]
    },
    {
      "name": "feePay",
      "docs": [
        "Pays a fee into a tender's vault; burns the governed share of IO fees."
      ],
      "discriminator": [
        99,
        77,
        13,
        165,
        19,
        114,
        202,
        163
      ],
      "accounts": [
        {
          "name": "payer",
          "docs": [
            "Owner of the source account (a renter, or io_cloud's rental PDA through CPI)."
          ],
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
          "name": "tender",
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
            ]
          }
        },
        {
          "name": "mint",
          "docs": [
            "Writable: IO fees are partly burned."
          ],
          "writable": true
        },
        {
          "name": "source",
          "writable": true
        },
        {
          "name": "vault",
          "writable": true,
          "relations": [
            "tender"
          ]
        },
        {
          "name": "tokenProgram"
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "feePayArgs"
            }
          }
        }
      ]
    },
    {
      "name": "feeRelease",
      "docs": [
        "Moves IO fees into io_rewards' fee reserve; only io_rewards' config PDA."
      ],
      "discriminator": [
        50,
        69,
        106,
        122,
        37,
        183,
        42,
        191
      ],
      "accounts": [
        {
          "name": "rewardsConfig",
          "docs": [
            "io_rewards' config PDA, signing through CPI: only the rewards program, in its Incentive",
            "Dynamic Engine mode, draws IO fees to pay suppliers."
          ],
          "signer": true,
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
          "name": "payout",
          "accounts": [
            {
              "name": "tender",
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
                ]
              }
            },
            {
              "name": "mint"
            },
            {
              "name": "vault",
              "writable": true,
              "relations": [
                "tender"
              ]
            },
            {
              "name": "destination",
              "writable": true
            },
            {
              "name": "tokenProgram"
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "feeReleaseArgs"
            }
          }
        }
      ]
    },
    {
      "name": "feeWithdraw",
      "docs": [
        "Moves the treasury's share out of a fee vault; only governance."
      ],
      "discriminator": [
        235,
        155,
        45,
        148,
        187,
        198,
        29,
        179
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
          "name": "payout",
          "accounts": [
            {
              "name": "tender",
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
                ]
              }
            },
            {
              "name": "mint"
            },
            {
              "name": "vault",
              "writable": true,
              "relations": [
                "tender"
              ]
            },
            {
              "name": "destination",
              "writable": true
            },
            {
              "name": "tokenProgram"
            }
          ]
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "feeWithdrawArgs"
            }
          }
        }
      ]
    },
    {
      "name": "initialize",
      "docs": [
        "Creates the IOSD mint and the config. Refused once the config exists."
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
          "address": "AfH7hfY9zdLDSJLSwfnCHgNUEENkGSG4r8cdXerttM4k"
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
          "name": "iosdMint",
          "docs": [
            "with the NonTransferable extension, only while the config is not yet initialized."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  105,
                  111,
                  115,
                  100,
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
          "name": "ioMint",
          "docs": [
            "io_token's IO mint (an SPL Token mint)."
          ]
        },
        {
          "name": "token2022Program",
          "address": "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb"
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
      "name": "tenderRegister",
      "docs": [
        "Registers a tender with its fee rate and creates its fee vault; only governance."
      ],
      "discriminator": [
        98,
        175,
        225,
        50,
        246,
        188,
        144,
        149
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
          "name": "mint",
          "docs": [
            "Any SPL Token or Token-2022 mint except IOSD (checked before the vault is created)."
          ]
        },
        {
          "name": "tender",
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
            ]
          }
        },
        {
          "name": "vault",
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
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              },
              {
                "kind": "account",
                "path": "mint"
              }
            ]
          }
        },
        {
          "name": "tokenProgram"
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
              "name": "tenderRegisterArgs"
            }
          }
        }
      ]
    },
    {
      "name": "tenderSet",
      "docs": [
        "Changes a tender's fee rate or enabled flag; only governance."
      ],
      "discriminator": [
        48,
        173,
        250,
        165,
        180,
        75,
        213,
        39
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
          "name": "tender",
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
            ]
          }
        }
      ],
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "tenderSetArgs"
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
    }
  ],
  "events": [
    {
      "name": "creditsBought",
      "discriminator": [
        176,
        237,
        13,
        63,
        123,
        84,
        185,
        118
      ]
    },
    {
      "name": "creditsInitialized",
      "discriminator": [
        140,
        196,
        167,
        79,
        157,
        191,
        225,
        177
      ]
    },
    {
      "name": "creditsParamsChanged",
      "discriminator": [
        85,
        205,
        81,
        251,
        6,
        176,
        156,
        76
      ]
    },
    {
      "name": "creditsSpent",
      "discriminator": [
        118,
        38,
        248,
        135,
        219,
        159,
        130,
        226
      ]
    },
    {
      "name": "feeCollected",
      "discriminator": [
        12,
        28,
        17,
        248,
        244,
        36,
        8,
        73
      ]
    },
    {
      "name": "feeWithdrawn",
      "discriminator": [
        167,
        107,
        0,
        35,
        67,
        79,
        125,
        118
      ]
    },
    {
      "name": "tenderRegistered",
      "discriminator": [
        58,
        0,
        159,
        113,
        80,
        249,
        38,
        188
      ]
    },
    {
      "name": "tenderUpdated",
      "discriminator": [
        218,
        94,
        181,
        172,
        18,
        234,
        235,
        124
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "alreadyInitialized",
      "msg": "The credits program is already initialized"
    },
    {
      "code": 6001,
      "name": "unauthorized",
      "msg": "Only the config's governance may do this"
    },
    {
      "code": 6002,
      "name": "zeroAmount",
      "msg": "The amount must be greater than zero"
    },
    {
      "code": 6003,
      "name": "duplicateAccount",
      "msg": "The same account was passed in two roles"
    },
    {
      "code": 6004,
      "name": "wrongIoMint",
      "msg": "The IO mint is not io_token's mint"
    },
    {
      "code": 6005,
      "name": "slippageExceeded",
      "msg": "The IOSD out would be below the caller's minimum"
    },
    {
      "code": 6006,
      "name": "zeroCreditsOut",
      "msg": "The IO amount buys no IOSD at this price"
    },
    {
      "code": 6007,
      "name": "circuitBreakerTripped",
      "msg": "The mint would take IOSD minted in the breaker window above its limit"
    },
    {
      "code": 6008,
      "name": "insufficientCredits",
      "msg": "The holder has fewer credits than the amount"
    },
    {
      "code": 6009,
      "name": "insufficientIo",
      "msg": "The buyer has less IO than the amount"
    },
    {
      "code": 6010,
      "name": "wrongMint",
      "msg": "A token account or mint is not the one this instruction expects"
    },
    {
      "code": 6011,
      "name": "notTokenOwner",
      "msg": "The signer does not own the token account"
    },
    {
      "code": 6012,
      "name": "wrongVault",
      "msg": "The vault is not the tender's fee vault"
    },
    {
      "code": 6013,
      "name": "wrongTokenProgram",
      "msg": "The token program is not the tender's"
    },
    {
      "code": 6014,
      "name": "priceAccountInvalid",
      "msg": "The price account is not a PriceUpdateV2"
    },
    {
      "code": 6015,
      "name": "priceWrongOwner",
      "msg": "The price account is not owned by the Pyth receiver program"
    },
    {
      "code": 6016,
      "name": "priceWrongFeed",
      "msg": "The price is for another feed than the configured IO/USD feed"
    },
    {
      "code": 6017,
      "name": "priceNotFullyVerified",
      "msg": "The price update is only partially verified"
    },
    {
      "code": 6018,
      "name": "priceStale",
      "msg": "The price is older than max_age_s"
    },
    {
      "code": 6019,
      "name": "priceConfidenceTooWide",
      "msg": "The price's confidence interval is wider than max_conf_bps"
    },
    {
      "code": 6020,
      "name": "priceNotPositive",
      "msg": "The price, its EMA or the conservative price is not positive"
    },
    {
      "code": 6021,
      "name": "priceExponentUnsupported",
      "msg": "The price exponent is outside the supported range"
    },
    {
      "code": 6022,
      "name": "feedIdInvalid",
      "msg": "The feed id must not be all zeros"
    },
    {
      "code": 6023,
      "name": "maxAgeOutOfBounds",
      "msg": "max_age_s is outside its bounds"
    },
    {
      "code": 6024,
      "name": "maxConfOutOfBounds",
      "msg": "max_conf_bps is outside its bounds"
    },
    {
      "code": 6025,
      "name": "breakerWindowOutOfBounds",
      "msg": "breaker_window_s is outside its bounds"
    },
    {
      "code": 6026,
      "name": "breakerWindowNotMultiple",
      "msg": "breaker_window_s must be a multiple of BREAKER_SLOTS"
    },
    {
      "code": 6027,
      "name": "breakerLimitOutOfBounds",
      "msg": "breaker_limit is outside its bounds"
    },
    {
      "code": 6028,
      "name": "burnShareOutOfBounds",
      "msg": "The burned share of IO fees is above 100%"
    },
    {
      "code": 6029,
      "name": "reservationFeeOutOfBounds",
      "msg": "The reservation fee is above its bound"
    },
    {
      "code": 6030,
      "name": "tenderFeeOutOfBounds",
      "msg": "The tender fee is above its bound"
    },
    {
      "code": 6031,
      "name": "invalidGovernance",
      "msg": "The governance must be a real key"
    },
    {
      "code": 6032,
      "name": "tenderAlreadyRegistered",
      "msg": "The tender is already registered"
    },
    {
      "code": 6033,
      "name": "iosdNotATender",
      "msg": "IOSD is not transferable and can't be a tender"
    },
    {
      "code": 6034,
      "name": "tenderDisabled",
      "msg": "The tender is disabled"
    },
    {
      "code": 6035,
      "name": "treasuryExceeded",
      "msg": "The withdrawal exceeds the treasury's share of the fee vault"
    },
    {
      "code": 6036,
      "name": "ioNotUsdPegged",
      "msg": "IO is not a USD-pegged tender"
    },
    {
      "code": 6037,
      "name": "notIoTender",
      "msg": "Only the IO tender's fees can pay block rewards"
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
      "name": "configSetParamArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "param",
            "type": {
              "defined": {
                "name": "creditsParam"
              }
            }
          }
        ]
      }
    },
    {
      "name": "creditsBought",
      "docs": [
        "IO was burned and IOSD minted at the conservative oracle price."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the credits config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "buyer",
            "type": "pubkey"
          },
          {
            "name": "destination",
            "docs": [
              "The IOSD token account credited."
            ],
            "type": "pubkey"
          },
          {
            "name": "ioAmount",
            "type": "u64"
          },
          {
            "name": "iosdAmount",
            "type": "u64"
          },
          {
            "name": "price",
            "docs": [
              "The conservative price used: `price × 10^exponent` USD per IO."
            ],
            "type": "u64"
          },
          {
            "name": "exponent",
            "type": "i32"
          },
          {
            "name": "publishTime",
            "type": "i64"
          },
          {
            "name": "windowMinted",
            "docs": [
              "IOSD minted in the breaker window after this mint, and the limit."
            ],
            "type": "u64"
          },
          {
            "name": "windowLimit",
            "type": "u64"
          },
          {
            "name": "ioBurned",
            "docs": [
              "Running totals."
            ],
            "type": "u64"
          },
          {
            "name": "iosdMinted",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "creditsBuyArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "ioAmount",
            "docs": [
              "IO base units to burn."
            ],
            "type": "u64"
          },
          {
            "name": "minIosdOut",
            "docs": [
              "The least IOSD (base units) the buyer accepts; below it the buy is refused."
            ],
            "type": "u64"
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
      "name": "creditsInitialized",
      "docs": [
        "The IOSD mint and the credits config were created."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the credits config."
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
            "name": "iosdMint",
            "type": "pubkey"
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "creditsParams"
              }
            }
          },
          {
            "name": "initializedAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "creditsParam",
      "docs": [
        "One typed parameter change (the shape a DAO proposal carries)."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "priceFeedId",
            "fields": [
              {
                "name": "feedId",
                "type": {
                  "array": [
                    "u8",
                    32
                  ]
                }
              }
            ]
          },
          {
            "name": "maxAgeS",
            "fields": [
              {
                "name": "value",
                "type": "u32"
              }
            ]
          },
          {
            "name": "maxConfBps",
            "fields": [
              {
                "name": "value",
                "type": "u16"
              }
            ]
          },
          {
            "name": "breakerWindowS",
            "fields": [
              {
                "name": "value",
                "type": "u32"
              }
            ]
          },
          {
            "name": "breakerLimit",
            "fields": [
              {
                "name": "value",
                "type": "u64"
              }
            ]
          },
          {
            "name": "ioFeeBurnBps",
            "fields": [
              {
                "name": "value",
                "type": "u16"
              }
            ]
          },
          {
            "name": "reservationFeeBps",
            "fields": [
              {
                "name": "value",
                "type": "u16"
              }
            ]
          },
          {
            "name": "governance",
            "fields": [
              {
                "name": "governance",
                "type": "pubkey"
              }
            ]
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
      "name": "creditsParamsChanged",
      "docs": [
        "Governance changed a parameter (or handed itself over); all parameters after the change."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the credits config."
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
            "name": "params",
            "type": {
              "defined": {
                "name": "creditsParams"
              }
            }
          },
          {
            "name": "windowMinted",
            "docs": [
              "IOSD held by the breaker window after the change (a window change re-cuts it)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "creditsSpendArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "docs": [
              "IOSD base units to burn."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "creditsSpent",
      "docs": [
        "A holder burned IOSD to pay a fee."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the credits config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "holder",
            "type": "pubkey"
          },
          {
            "name": "source",
            "docs": [
              "The IOSD token account debited."
            ],
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "sourceBalance",
            "docs": [
              "What the source holds after the spend."
            ],
            "type": "u64"
          },
          {
            "name": "iosdSpent",
            "docs": [
              "Running total of IOSD spent (burned)."
            ],
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
      "name": "feeCollected",
      "docs": [
        "Fee revenue reached a tender's vault; for IO, the governed share was burned."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the tender."
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
            "name": "payer",
            "type": "pubkey"
          },
          {
            "name": "received",
            "docs": [
              "New revenue accounted by this call (the payment plus anything sent to the vault directly)."
            ],
            "type": "u64"
          },
          {
            "name": "burned",
            "type": "u64"
          },
          {
            "name": "feesReceived",
            "type": "u64"
          },
          {
            "name": "feesBurned",
            "type": "u64"
          },
          {
            "name": "feesWithdrawn",
            "type": "u64"
          },
          {
            "name": "vaultBalance",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "feePayArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "amount",
            "docs": [
              "The fee, in base units of the tender (computed with `math::fees`)."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "feeReleaseArgs",
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
      "name": "feeWithdrawArgs",
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
      "name": "feeWithdrawn",
      "docs": [
        "Governance withdrew the treasury's share from a fee vault."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the tender."
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
            "name": "destination",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "feesWithdrawn",
            "type": "u64"
          },
          {
            "name": "vaultBalance",
            "type": "u64"
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
              "Sets every parameter from now on: the DAO's PDA (seeds `[b\"governance\"]` of io_dao)."
            ],
            "type": "pubkey"
          },
          {
            "name": "params",
            "docs": [
              "The starting parameters, checked against their bounds."
            ],
            "type": {
              "defined": {
                "name": "creditsParams"
              }
            }
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
      "name": "tenderRegisterArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "feeBps",
            "docs": [
              "Fee on a payment in this tender, in basis points (2% = 200 for USDC, 0 for IO)."
            ],
            "type": "u16"
          },
          {
            "name": "usdPegged",
            "docs": [
              "One base unit is one micro-USD (USDC); refused for IO."
            ],
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "tenderRegistered",
      "docs": [
        "A tender and its fee vault were registered."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the tender."
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
            "name": "tokenProgram",
            "type": "pubkey"
          },
          {
            "name": "vault",
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
            "type": "bool"
          },
          {
            "name": "feeBps",
            "type": "u16"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "tenderSetArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "feeBps",
            "type": "u16"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "tenderUpdated",
      "docs": [
        "Governance changed a tender's fee rate or enabled flag."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the tender."
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
            "name": "feeBps",
            "type": "u16"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "breakerSlots",
      "docs": [
        "The breaker window is cut into this many equal slots; the ring holds one more (the slot in",
        "progress), so a mint is checked against everything minted in the last full window."
      ],
      "type": "u32",
      "value": "24"
    },
    {
      "name": "configSeed",
      "docs": [
        "Seed of the credits config PDA, which is also the IOSD mint authority."
      ],
      "type": "bytes",
      "value": "[99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "feeVaultSeed",
      "docs": [
        "Seed of a tender's fee vault (token account) PDA: `[FEE_VAULT_SEED, tender mint]`."
      ],
      "type": "bytes",
      "value": "[102, 101, 101, 95, 118, 97, 117, 108, 116]"
    },
    {
      "name": "iosdDecimals",
      "docs": [
        "IOSD has 6 decimals: one base unit is one micro-USD."
      ],
      "type": "u8",
      "value": "6"
    },
    {
      "name": "iosdMintSeed",
      "docs": [
        "Seed of the IOSD mint PDA."
      ],
      "type": "bytes",
      "value": "[105, 111, 115, 100, 95, 109, 105, 110, 116]"
    },
    {
      "name": "maxBreakerLimit",
      "type": "u64",
      "value": "1000000000000000"
    },
    {
      "name": "maxBreakerWindowS",
      "type": "u32",
      "value": "2592000"
    },
    {
      "name": "maxIoFeeBurnBps",
      "docs": [
        "Largest share of IO fees that may be burned: all of it."
      ],
      "type": "u16",
      "value": "10000"
    },
    {
      "name": "maxMaxAgeS",
      "type": "u32",
      "value": "3600"
    },
    {
      "name": "maxMaxConfBps",
      "type": "u16",
      "value": "1000"
    },
    {
      "name": "maxReservationFeeBps",
      "docs": [
        "Largest reservation fee: 1%."
      ],
      "type": "u16",
      "value": "100"
    },
    {
      "name": "maxTenderFeeBps",
      "docs": [
        "Largest tender fee: 10%."
      ],
      "type": "u16",
      "value": "1000"
    },
    {
      "name": "minBreakerLimit",
      "docs": [
        "`breaker_limit` bounds, in IOSD base units: 1 IOSD to 1,000,000,000 IOSD per window."
      ],
      "type": "u64",
      "value": "1000000"
    },
    {
      "name": "minBreakerWindowS",
      "docs": [
        "`breaker_window_s` bounds (and it must be a multiple of `BREAKER_SLOTS`)."
      ],
      "type": "u32",
      "value": "3600"
    },
    {
      "name": "minMaxAgeS",
      "docs": [
        "`max_age_s` bounds: a price at most this old is accepted."
      ],
      "type": "u32",
      "value": "5"
    },
    {
      "name": "minMaxConfBps",
      "docs": [
        "`max_conf_bps` bounds: the largest `conf / price` accepted."
      ],
      "type": "u16",
      "value": "1"
    },
    {
      "name": "tenderSeed",
      "docs": [
        "Seed of a tender PDA: `[TENDER_SEED, tender mint]`."
      ],
      "type": "bytes",
      "value": "[116, 101, 110, 100, 101, 114]"
    }
  ]
};
