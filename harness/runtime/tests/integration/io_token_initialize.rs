use anchor_lang::{AccountDeserialize, InstructionData, ToAccountMetas};
use anchor_spl::token::Mint;
use io_token::{
    constants::{CONFIG_SEED, IO_DECIMALS, MAX_SUPPLY, MINT_SEED},
    errors::IoTokenError,
    events::TokenInitialized,
    state::TokenConfig,
};
use ionet_harness::TestFixture;
use solana_sdk::{instruction::Instruction, pubkey::Pubkey, signature::Keypair, signer::Signer};

use crate::support::{code_of, custom_error, events};

pub fn initialize_ix(payer: Pubkey, authority: Pubkey) -> (Instruction, Pubkey, Pubkey) {
    let (config, _) = Pubkey::find_program_address(&[CONFIG_SEED], &io_token::ID);
    let (mint, _) = Pubkey::find_program_address(&[MINT_SEED], &io_token::ID);
    let ix = Instruction {
        program_id: io_token::ID,
        accounts: io_token::accounts::Initialize {
            payer,
            program: io_token::ID,
            program_data: io_common::program_data_address(&io_token::ID),
            authority,
            config,
            mint,
            token_program: anchor_spl::token::ID,
            system_program: anchor_lang::system_program::ID,
        }
        .to_account_metas(None),
        data: io_token::instruction::Initialize {}.data(),
    };
    (ix, config, mint)
}

#[test]
fn initialize_creates_the_mint_and_config_and_refuses_a_second_call() {
    let mut fx = TestFixture::new();
    let authority = Keypair::new();
    let payer = fx.payer().pubkey();
    let (ix, config_key, mint_key) = initialize_ix(payer, authority.pubkey());

    let outcome = fx.send_ok(std::slice::from_ref(&ix), &[&authority]);

    let mint_account = fx.bank.account(&mint_key).expect("mint exists");
    assert_eq!(mint_account.owner, anchor_spl::token::ID);
    let mint = Mint::try_deserialize(&mut mint_account.data.as_slice()).unwrap();
    assert_eq!(mint.decimals, IO_DECIMALS);
    assert_eq!(mint.mint_authority, Some(config_key).into());
    assert_eq!(mint.freeze_authority, None.into());
    assert_eq!(mint.supply, 0);

    let config_account = fx.bank.account(&config_key).expect("config exists");
    let config = TokenConfig::try_deserialize(&mut config_account.data.as_slice()).unwrap();
    assert_eq!(config.authority, authority.pubkey());
    assert_eq!(config.mint, mint_key);
    assert_eq!(config.seq, 1);

    let emitted = events::<TokenInitialized>(&outcome.logs);
    assert_eq!(emitted.len(), 1);
    assert_eq!(emitted[0].header.entity, config_key);
    assert_eq!(emitted[0].header.seq, 1);
    assert_eq!(emitted[0].mint, mint_key);
    assert_eq!(emitted[0].max_supply, MAX_SUPPLY);

    let err = fx.send_err(&[ix], &[&authority]);
    assert_eq!(
        custom_error(&err),
        code_of(IoTokenError::AlreadyInitialized)
    );
    let after = fx.bank.account(&config_key).unwrap();
    assert_eq!(
        after.data, config_account.data,
        "a refused call changes nothing"
    );
}
