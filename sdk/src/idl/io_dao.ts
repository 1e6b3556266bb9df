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
  "instructions": [
    {
      "name": "daoInitialize",
      "docs": [
        "Creates the DAO config and the lock vault."
      ],
      "discriminator": [
        127,
        3,
        217,
        185,
        239,
        160,
        137,
        249
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
          "address": "CnmWKnA7mdw4bcPTwAuxMvyuGjoSDBCY9SZ7BYzfSZVz"
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
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  97,
                  111,
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
          "name": "ioMint"
        },
        {
          "name": "lockVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  111,
                  99,
                  107,
                  95,
                  118,
                  97,
                  117,
                  108,
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
      "args": [
        {
          "name": "args",
          "type": {
            "defined": {
              "name": "daoInitializeArgs"
            }
          }
        }
      ]
    },
    {
      "name": "positionExtend",
      "docs": [
        "Extends a position's lock (never shortens it)."
      ],
      "discriminator": [
        3,
        149,
        114,
        65,
        20,
        54,
        82,
        115
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              },
              {
                "kind": "account",
                "path": "position.nonce",
                "account": "position"
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
              "name": "positionExtendArgs"
            }
          }
        }
      ]
    },
    {
      "name": "positionLock",
      "docs": [
        "Locks IO into a new veIO position."
      ],
      "discriminator": [
        176,
        194,
        185,
        226,
        69,
        77,
        12,
        6
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
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
                  100,
                  97,
                  111,
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
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "lockVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "source",
          "writable": true
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              },
              {
                "kind": "arg",
                "path": "args.nonce"
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
              "name": "positionLockArgs"
            }
          }
        }
      ]
    },
    {
      "name": "positionStartUnlock",
      "docs": [
        "Starts the unlock of a constant lock."
      ],
      "discriminator": [
        29,
        43,
        93,
        124,
        24,
        141,
        30,
        154
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "position"
          ]
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              },
              {
                "kind": "account",
                "path": "position.nonce",
                "account": "position"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "positionWithdraw",
      "docs": [
        "Withdraws an expired position with no live vote, closing it."
      ],
      "discriminator": [
        0,
        222,
        41,
        160,
        106,
        47,
        233,
        240
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true,
          "relations": [
            "position"
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
                  100,
                  97,
                  111,
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
          "name": "ioMint",
          "relations": [
            "config"
          ]
        },
        {
          "name": "lockVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "destination",
          "docs": [
            "Not the lock vault: a transfer to itself would close the position and strand its IO."
          ],
          "writable": true
        },
        {
          "name": "position",
          "docs": [
            "Closed to the owner once withdrawn."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              },
              {
                "kind": "account",
                "path": "position.nonce",
                "account": "position"
              }
            ]
          }
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "proposalCreate",
      "docs": [
        "Proposes one parameter change."
      ],
      "discriminator": [
        220,
        60,
        73,
        224,
        30,
        108,
        79,
        159
      ],
      "accounts": [
        {
          "name": "proposer",
          "writable": true,
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
                  100,
                  97,
                  111,
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
          "name": "position",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "proposer"
              },
              {
                "kind": "account",
                "path": "position.nonce",
                "account": "position"
              }
            ]
          }
        },
        {
          "name": "proposal",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  114,
                  111,
                  112,
                  111,
                  115,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "config.proposalCount",
                "account": "daoConfig"
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
              "name": "proposalCreateArgs"
            }
          }
        }
      ]
    },
    {
      "name": "proposalExecute",
      "docs": [
        "Executes a passed proposal after its timelock, at most once."
      ],
      "discriminator": [
        11,
        199,
        235,
        200,
        187,
        186,
        18,
        4
      ],
      "accounts": [
        {
          "name": "executor",
          "docs": [
            "Anyone may execute a passed proposal after its timelock (pays if a target account grows)."
          ],
          "writable": true,
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
                  100,
                  97,
                  111,
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
          "name": "proposal",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  114,
                  111,
                  112,
                  111,
                  115,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "proposal.id",
                "account": "proposal"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "proposalFinalize",
      "docs": [
        "Ends the vote: passed proposals enter their timelock."
      ],
      "discriminator": [
        2,
        169,
        153,
        100,
        153,
        114,
        187,
        114
      ],
      "accounts": [
        {
          "name": "config",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  100,
                  97,
                  111,
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
          "name": "proposal",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  114,
                  111,
                  112,
                  111,
                  115,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "proposal.id",
                "account": "proposal"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "proposalVeto",
      "docs": [
        "Vetoes a proposal before it executes."
      ],
      "discriminator": [
        18,
        13,
        215,
        94,
        211,
        10,
        216,
        134
      ],
      "accounts": [
        {
          "name": "vetoAuthority",
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
                  100,
                  97,
                  111,
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
          "name": "proposal",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  114,
                  111,
                  112,
                  111,
                  115,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "proposal.id",
                "account": "proposal"
              }
            ]
          }
        }
      ],
      "args": []
    },
    {
      "name": "proposalVote",
      "docs": [
        "Casts a position's vote, once."
      ],
      "discriminator": [
        154,
        156,
        238,
        88,
        131,
        15,
        198,
        112
      ],
      "accounts": [
        {
          "name": "voter",
          "writable": true,
          "signer": true
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  111,
                  115,
                  105,
                  116,
                  105,
                  111,
                  110
                ]
              },
              {
                "kind": "account",
                "path": "voter"
              },
              {
                "kind": "account",
                "path": "position.nonce",
                "account": "position"
              }
            ]
          }
        },
        {
          "name": "proposal",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  112,
                  114,
                  111,
                  112,
                  111,
                  115,
                  97,
                  108
                ]
              },
              {
                "kind": "account",
                "path": "proposal.id",
                "account": "proposal"
              }
            ]
          }
        },
        {
          "name": "vote",
          "docs": [
            "`init_if_needed` so that a second vote reaches the handler and is refused as",
            "`AlreadyVoted` (a plain `init` would fail in the system program)."
          ],
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  118,
                  111,
                  116,
                  101
                ]
              },
              {
                "kind": "account",
                "path": "proposal"
              },
              {
                "kind": "account",
                "path": "position"
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
              "name": "proposalVoteArgs"
            }
          }
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "daoConfig",
      "discriminator": [
        55,
        209,
        87,
        224,
        30,
        202,
        192,
        246
      ]
    },
    {
      "name": "position",
      "discriminator": [
        170,
        188,
        143,
        228,
        122,
        64,
        247,
        208
      ]
    },
    {
      "name": "proposal",
      "discriminator": [
        26,
        94,
        189,
        187,
        116,
        136,
        53,
        33
      ]
    },
    {
      "name": "voteRecord",
      "discriminator": [
        112,
        9,
        123,
        165,
        234,
        9,
        157,
        167
      ]
    }
  ],
  "events": [
    {
      "name": "daoInitialized",
      "discriminator": [
        12,
        175,
        194,
        199,
        20,
        194,
        184,
        41
      ]
    },
    {
      "name": "daoParamsChanged",
      "discriminator": [
        248,
        71,
        221,
        207,
        134,
        205,
        200,
        78
      ]
    },
    {
      "name": "positionExtended",
      "discriminator": [
        61,
        203,
        137,
        60,
        22,
        214,
        17,
        37
      ]
    },
    {
      "name": "positionLocked",
      "discriminator": [
        104,
        146,
        72,
        115,
        248,
        123,
        152,
        127
      ]
    },
    {
      "name": "positionVoted",
      "discriminator": [
        61,
        187,
        6,
        49,
        201,
        80,
        7,
        21
      ]
    },
    {
      "name": "positionWithdrawn",
      "discriminator": [
        207,
        105,
        38,
        76,
        190,
        32,
        8,
        81
      ]
    },
    {
      "name": "proposalCreated",
      "discriminator": [
        186,
        8,
        160,
        108,
        81,
        13,
        51,
        206
      ]
    },
    {
      "name": "proposalExecuted",
      "discriminator": [
        92,
        213,
        189,
        201,
        101,
        83,
        111,
        83
      ]
    },
    {
      "name": "proposalFinalized",
      "discriminator": [
        159,
        104,
        210,
        220,
        86,
        209,
        61,
        51
      ]
    },
    {
      "name": "proposalVoted",
      "discriminator": [
        237,
        153,
        165,
        162,
        162,
        46,
        243,
        224
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidParameter",
      "msg": "A parameter is outside its bounds"
    },
    {
      "code": 6001,
      "name": "zeroAmount",
      "msg": "The amount must be greater than zero"
    },
    {
      "code": 6002,
      "name": "lockTooShort",
      "msg": "A lock must last at least 1 day"
    },
    {
      "code": 6003,
      "name": "lockTooLong",
      "msg": "A lock may last at most 4 years"
    },
    {
      "code": 6004,
      "name": "lockCannotShorten",
      "msg": "A lock can only be extended, never shortened"
    },
    {
      "code": 6005,
      "name": "notPositionOwner",
      "msg": "Only the position's owner may do this"
    },
    {
      "code": 6006,
      "name": "notConstantLock",
      "msg": "Only a constant lock can start its unlock"
    },
    {
      "code": 6007,
      "name": "alreadyUnlocking",
      "msg": "This position is already unlocking"
    },
    {
      "code": 6008,
      "name": "lockNotExpired",
      "msg": "The lock has not expired yet"
    },
    {
      "code": 6009,
      "name": "positionHasLiveVote",
      "msg": "The position voted on a proposal whose vote has not ended"
    },
    {
      "code": 6010,
      "name": "insufficientPower",
      "msg": "The position's voting power is below the minimum to propose"
    },
    {
      "code": 6011,
      "name": "noVotingPower",
      "msg": "The position has no voting power"
    },
    {
      "code": 6012,
      "name": "votingClosed",
      "msg": "The voting period of this proposal is over"
    },
    {
      "code": 6013,
      "name": "votingOpen",
      "msg": "The voting period of this proposal has not ended"
    },
    {
      "code": 6014,
      "name": "alreadyVoted",
      "msg": "This position has already voted on this proposal"
    },
    {
      "code": 6015,
      "name": "alreadyFinalized",
      "msg": "The proposal has already been finalized"
    },
    {
      "code": 6016,
      "name": "proposalNotSucceeded",
      "msg": "The proposal did not pass"
    },
    {
      "code": 6017,
      "name": "alreadyExecuted",
      "msg": "The proposal has already been executed"
    },
    {
      "code": 6018,
      "name": "timelockNotOver",
      "msg": "The timelock of this proposal has not passed"
    },
    {
      "code": 6019,
      "name": "proposalExpired",
      "msg": "The proposal's execution window has passed"
    },
    {
      "code": 6020,
      "name": "proposalVetoed",
      "msg": "The proposal was vetoed"
    },
    {
      "code": 6021,
      "name": "notVetoAuthority",
      "msg": "Only the veto authority may veto"
    },
    {
      "code": 6022,
      "name": "wrongTarget",
      "msg": "The target program or its accounts do not match the proposal"
    },
    {
      "code": 6023,
      "name": "wrongIoMint",
      "msg": "The mint is not the DAO's IO mint"
    },
    {
      "code": 6024,
      "name": "wrongLockVault",
      "msg": "The account is not the DAO's lock vault"
    },
    {
      "code": 6025,
      "name": "duplicateAccount",
      "msg": "The same account was passed in two roles"
    },
    {
      "code": 6026,
      "name": "invalidChange",
      "msg": "No execution could accept this change (a key nobody holds, a name that is not text, nothing to withdraw)"
    }
  ],
  "types": [
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
      "name": "daoConfig",
      "docs": [
        "The DAO (PDA `[DAO_CONFIG_SEED]`); it owns the lock vault."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "ioMint",
            "docs": [
              "The IO mint positions lock."
            ],
            "type": "pubkey"
          },
          {
            "name": "lockVault",
            "docs": [
              "The token account holding all locked IO (PDA `[LOCK_VAULT_SEED]`)."
            ],
            "type": "pubkey"
          },
          {
            "name": "vetoAuthority",
            "docs": [
              "May veto a proposal before it executes (default key: nobody)."
            ],
            "type": "pubkey"
          },
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "daoParams"
              }
            }
          },
          {
            "name": "totalLocked",
            "docs": [
              "IO locked in all positions."
            ],
            "type": "u64"
          },
          {
            "name": "proposalCount",
            "docs": [
              "Proposals created so far (the next proposal's id)."
            ],
            "type": "u64"
          },
          {
            "name": "seq",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          },
          {
            "name": "lockVaultBump",
            "type": "u8"
          },
          {
            "name": "governanceBump",
            "docs": [
              "Bump of the governance signer PDA `[GOVERNANCE_SEED]`."
            ],
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "daoInitializeArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "daoParams"
              }
            }
          },
          {
            "name": "vetoAuthority",
            "docs": [
              "May veto proposals before execution; the default key for nobody."
            ],
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "daoInitialized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the DAO config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "ioMint",
            "type": "pubkey"
          },
          {
            "name": "governance",
            "docs": [
              "The signer PDA governed programs must accept parameter changes from."
            ],
            "type": "pubkey"
          },
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "daoParams"
              }
            }
          },
          {
            "name": "vetoAuthority",
            "type": "pubkey"
          }
        ]
      }
    },
    {
      "name": "daoParams",
      "docs": [
        "The DAO's parameters; they change only through its own proposals."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "votingPeriodSecs",
            "docs": [
              "How long a proposal takes votes."
            ],
            "type": "i64"
          },
          {
            "name": "timelockSecs",
            "docs": [
              "Delay between a proposal passing and its execution."
            ],
            "type": "i64"
          },
          {
            "name": "quorumBps",
            "docs": [
              "Quorum: share of locked IO (basis points) that must take part."
            ],
            "type": "u16"
          },
          {
            "name": "minProposalPower",
            "docs": [
              "Voting power a position needs to propose."
            ],
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "daoParamsChanged",
      "docs": [
        "The DAO's own parameters changed (by an executed proposal)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the DAO config."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "daoParams"
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
      "name": "lockKind",
      "docs": [
        "How a position's lock runs down."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "cliff"
          },
          {
            "name": "constant"
          }
        ]
      }
    },
    {
      "name": "paramChange",
      "docs": [
        "The one change a proposal carries: one variant for each instruction that the governance key",
        "of io_dao, io_credits, io_cloud, io_rewards or io_token gates, with that instruction's",
        "arguments. Never the IO cap, never the emission schedule: no instruction changes them. Each",
        "target program checks the bounds again when the change executes."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "daoVotingPeriod",
            "fields": [
              {
                "name": "secs",
                "type": "i64"
              }
            ]
          },
          {
            "name": "daoTimelock",
            "fields": [
              {
                "name": "secs",
                "type": "i64"
              }
            ]
          },
          {
            "name": "daoQuorum",
            "fields": [
              {
                "name": "bps",
                "type": "u16"
              }
            ]
          },
          {
            "name": "daoMinProposalPower",
            "fields": [
              {
                "name": "power",
                "type": "u64"
              }
            ]
          },
          {
            "name": "rewardsBusyBoost",
            "fields": [
              {
                "name": "busyBoostBps",
                "type": "u32"
              }
            ]
          },
          {
            "name": "rewardsEmissionScale",
            "fields": [
              {
                "name": "emissionScaleBps",
                "type": "u16"
              }
            ]
          },
          {
            "name": "rewardsWeightAuthority",
            "fields": [
              {
                "name": "weightAuthority",
                "type": "pubkey"
              }
            ]
          },
          {
            "name": "creditsMaxAge",
            "fields": [
              {
                "name": "secs",
                "type": "u32"
              }
            ]
          },
          {
            "name": "creditsMaxConfBps",
            "fields": [
              {
                "name": "bps",
                "type": "u16"
              }
            ]
          },
          {
            "name": "creditsBreakerWindow",
            "fields": [
              {
                "name": "secs",
                "type": "u32"
              }
            ]
          },
          {
            "name": "creditsBreakerLimit",
            "fields": [
              {
                "name": "iosd",
                "type": "u64"
              }
            ]
          },
          {
            "name": "creditsIoFeeBurnBps",
            "fields": [
              {
                "name": "bps",
                "type": "u16"
              }
            ]
          },
          {
            "name": "creditsReservationFeeBps",
            "fields": [
              {
                "name": "bps",
                "type": "u16"
              }
            ]
          },
          {
            "name": "creditsPriceFeed",
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
            "name": "creditsGovernance",
            "fields": [
              {
                "name": "governance",
                "type": "pubkey"
              }
            ]
          },
          {
            "name": "creditsTenderRegister",
            "fields": [
              {
                "name": "mint",
                "type": "pubkey"
              },
              {
                "name": "feeBps",
                "type": "u16"
              },
              {
                "name": "usdPegged",
                "type": "bool"
              }
            ]
          },
          {
            "name": "creditsTender",
            "fields": [
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
          },
          {
            "name": "creditsFeeWithdraw",
            "fields": [
              {
                "name": "mint",
                "type": "pubkey"
              },
              {
                "name": "amount",
                "type": "u64"
              },
              {
                "name": "destination",
                "type": "pubkey"
              }
            ]
          },
          {
            "name": "cloudDeviceClass",
            "fields": [
              {
                "name": "classId",
                "type": "u16"
              },
              {
                "name": "name",
                "type": {
                  "array": [
                    "u8",
                    32
                  ]
                }
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
          },
          {
            "name": "cloudRole",
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
          },
          {
            "name": "cloudSlashDestination",
            "fields": [
              {
                "name": "destination",
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
          },
          {
            "name": "cloudEligibilityHours",
            "fields": [
              {
                "name": "hours",
                "type": "u8"
              }
            ]
          },
          {
            "name": "cloudAppealWindow",
            "fields": [
              {
                "name": "secs",
                "type": "u32"
              }
            ]
          },
          {
            "name": "cloudSlashDecision",
            "fields": [
              {
                "name": "case",
                "type": "pubkey"
              },
              {
                "name": "uphold",
                "type": "bool"
              }
            ]
          },
          {
            "name": "tokenAuthority",
            "fields": [
              {
                "name": "role",
                "type": {
                  "defined": {
                    "name": "authorityRole"
                  }
                }
              },
              {
                "name": "authority",
                "type": "pubkey"
              }
            ]
          },
          {
            "name": "rewardsMode",
            "fields": [
              {
                "name": "params",
                "type": {
                  "defined": {
                    "name": "ideParams"
                  }
                }
              }
            ]
          }
        ]
      }
    },
    {
      "name": "position",
      "docs": [
        "A veIO position (PDA `[POSITION_SEED, owner, nonce]`)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "nonce",
            "docs": [
              "Chosen by the owner to hold several positions."
            ],
            "type": "u64"
          },
          {
            "name": "amount",
            "docs": [
              "IO locked (base units)."
            ],
            "type": "u64"
          },
          {
            "name": "kind",
            "type": {
              "defined": {
                "name": "lockKind"
              }
            }
          },
          {
            "name": "lockEnd",
            "docs": [
              "Cliff: end of the lock. Constant: end of the unlock once started, else 0."
            ],
            "type": "i64"
          },
          {
            "name": "lockSecs",
            "docs": [
              "Constant: the duration the lock keeps until unlocked. Cliff: the duration it was set to."
            ],
            "type": "i64"
          },
          {
            "name": "votedUntil",
            "docs": [
              "The position can't be withdrawn before this time: the end of the latest vote it cast."
            ],
            "type": "i64"
          },
          {
            "name": "seq",
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
      "name": "positionExtendArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "lockSecs",
            "docs": [
              "The new lock, counted from now (cliff) or as the held duration (constant)."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "positionExtended",
      "docs": [
        "A lock was extended or a constant lock started its unlock."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the position."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "lockEnd",
            "type": "i64"
          },
          {
            "name": "lockSecs",
            "type": "i64"
          },
          {
            "name": "votingPower",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "positionLockArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "nonce",
            "docs": [
              "Distinguishes the owner's positions (part of the PDA seeds)."
            ],
            "type": "u64"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "kind",
            "type": {
              "defined": {
                "name": "lockKind"
              }
            }
          },
          {
            "name": "lockSecs",
            "docs": [
              "1 day to 4 years."
            ],
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "positionLocked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the position."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "kind",
            "type": {
              "defined": {
                "name": "lockKind"
              }
            }
          },
          {
            "name": "lockEnd",
            "type": "i64"
          },
          {
            "name": "lockSecs",
            "type": "i64"
          },
          {
            "name": "votingPower",
            "type": "u64"
          },
          {
            "name": "totalLocked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "positionVoted",
      "docs": [
        "A position voted: it can't be withdrawn before `voted_until` (the end of the latest vote it",
        "took part in)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the position."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "proposal",
            "type": "pubkey"
          },
          {
            "name": "votedUntil",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "positionWithdrawn",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the (now closed) position."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "totalLocked",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "proposal",
      "docs": [
        "A proposal to change one governed parameter (PDA `[PROPOSAL_SEED, id]`)."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "id",
            "type": "u64"
          },
          {
            "name": "proposer",
            "type": "pubkey"
          },
          {
            "name": "proposerPosition",
            "docs": [
              "The position whose power allowed the proposal."
            ],
            "type": "pubkey"
          },
          {
            "name": "change",
            "type": {
              "defined": {
                "name": "paramChange"
              }
            }
          },
          {
            "name": "descriptionHash",
            "docs": [
              "Hash of the off-chain description."
            ],
            "type": {
              "array": [
                "u8",
                32
              ]
            }
          },
          {
            "name": "createdAt",
            "type": "i64"
          },
          {
            "name": "votingEndsAt",
            "type": "i64"
          },
          {
            "name": "executableAt",
            "docs": [
              "Set when it passes: the earliest execution time."
            ],
            "type": "i64"
          },
          {
            "name": "totalLockedAtCreation",
            "docs": [
              "IO locked in the DAO when the proposal was created: the quorum base."
            ],
            "type": "u64"
          },
          {
            "name": "yes",
            "type": "u64"
          },
          {
            "name": "no",
            "type": "u64"
          },
          {
            "name": "abstain",
            "type": "u64"
          },
          {
            "name": "participatingIo",
            "docs": [
              "IO locked in the positions that voted."
            ],
            "type": "u64"
          },
          {
            "name": "state",
            "type": {
              "defined": {
                "name": "proposalState"
              }
            }
          },
          {
            "name": "seq",
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
      "name": "proposalCreateArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "change",
            "type": {
              "defined": {
                "name": "paramChange"
              }
            }
          },
          {
            "name": "descriptionHash",
            "docs": [
              "Hash of the off-chain description."
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
      "name": "proposalCreated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the proposal."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "id",
            "type": "u64"
          },
          {
            "name": "proposer",
            "type": "pubkey"
          },
          {
            "name": "change",
            "type": {
              "defined": {
                "name": "paramChange"
              }
            }
          },
          {
            "name": "votingEndsAt",
            "type": "i64"
          },
          {
            "name": "totalLockedAtCreation",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "proposalExecuted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the proposal."
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
                "name": "paramChange"
              }
            }
          },
          {
            "name": "executor",
            "type": "pubkey"
          },
          {
            "name": "executedAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "proposalFinalized",
      "docs": [
        "Voting ended (succeeded / defeated) or the proposal was vetoed."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the proposal."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "state",
            "type": {
              "defined": {
                "name": "proposalState"
              }
            }
          },
          {
            "name": "yes",
            "type": "u64"
          },
          {
            "name": "no",
            "type": "u64"
          },
          {
            "name": "abstain",
            "type": "u64"
          },
          {
            "name": "participatingIo",
            "type": "u64"
          },
          {
            "name": "executableAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "proposalState",
      "docs": [
        "Where a proposal stands."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "voting"
          },
          {
            "name": "succeeded"
          },
          {
            "name": "defeated"
          },
          {
            "name": "executed"
          },
          {
            "name": "vetoed"
          }
        ]
      }
    },
    {
      "name": "proposalVoteArgs",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "side",
            "type": {
              "defined": {
                "name": "voteSide"
              }
            }
          }
        ]
      }
    },
    {
      "name": "proposalVoted",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "header",
            "docs": [
              "entity = the proposal."
            ],
            "type": {
              "defined": {
                "name": "eventHeader"
              }
            }
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "voter",
            "type": "pubkey"
          },
          {
            "name": "side",
            "type": {
              "defined": {
                "name": "voteSide"
              }
            }
          },
          {
            "name": "power",
            "type": "u64"
          },
          {
            "name": "yes",
            "type": "u64"
          },
          {
            "name": "no",
            "type": "u64"
          },
          {
            "name": "abstain",
            "type": "u64"
          },
          {
            "name": "participatingIo",
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
      "name": "voteRecord",
      "docs": [
        "One position's vote on one proposal (PDA `[VOTE_SEED, proposal, position]`): at most one."
      ],
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "proposal",
            "type": "pubkey"
          },
          {
            "name": "position",
            "type": "pubkey"
          },
          {
            "name": "side",
            "type": {
              "defined": {
                "name": "voteSide"
              }
            }
          },
          {
            "name": "power",
            "docs": [
              "Voting power, fixed at the time of the vote."
            ],
            "type": "u64"
          },
          {
            "name": "votedAt",
            "type": "i64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "voteSide",
      "docs": [
        "How a position voted."
      ],
      "type": {
        "kind": "enum",
        "variants": [
          {
            "name": "yes"
          },
          {
            "name": "no"
          },
          {
            "name": "abstain"
          }
        ]
      }
    }
  ],
  "constants": [
    {
      "name": "daoConfigSeed",
      "docs": [
        "The DAO config PDA."
      ],
      "type": "bytes",
      "value": "[100, 97, 111, 95, 99, 111, 110, 102, 105, 103]"
    },
    {
      "name": "executionWindowSecs",
      "docs": [
        "After its timelock a passed proposal may be executed for this long, then it expires."
      ],
      "type": "i64",
      "value": "1209600"
    },
    {
      "name": "governanceSeed",
      "docs": [
        "The DAO's signer PDA: the `governance` key the governed programs accept parameter changes from."
      ],
      "type": "bytes",
      "value": "[103, 111, 118, 101, 114, 110, 97, 110, 99, 101]"
    },
    {
      "name": "lockVaultSeed",
      "docs": [
        "The token account holding every locked IO (authority: the DAO config)."
      ],
      "type": "bytes",
      "value": "[108, 111, 99, 107, 95, 118, 97, 117, 108, 116]"
    },
    {
      "name": "maxLockSecs",
      "docs": [
        "Longest lock: 4 years of 365 days."
      ],
      "type": "i64",
      "value": "126144000"
    },
    {
      "name": "minLockSecs",
      "docs": [
        "Shortest lock: 1 day."
      ],
      "type": "i64",
      "value": "86400"
    },
    {
      "name": "positionSeed",
      "docs": [
        "A veIO position: `[POSITION_SEED, owner, nonce (u64 LE)]`."
      ],
      "type": "bytes",
      "value": "[112, 111, 115, 105, 116, 105, 111, 110]"
    },
    {
      "name": "proposalSeed",
      "docs": [
        "A proposal: `[PROPOSAL_SEED, id (u64 LE)]`."
      ],
      "type": "bytes",
      "value": "[112, 114, 111, 112, 111, 115, 97, 108]"
    },
    {
      "name": "voteSeed",
      "docs": [
        "A vote record: `[VOTE_SEED, proposal, position]`."
      ],
      "type": "bytes",
      "value": "[118, 111, 116, 101]"
    }
  ]
};
