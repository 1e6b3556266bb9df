use anchor_lang::prelude::*;
use anchor_spl::token::{Mint, Token, TokenAccount};
use io_common::{emit_event, EventHeader, SafeMath};

use crate::constants::*;
use crate::errors::IoTokenError;
use crate::events::{GenesisMinted, VestingCreated};
use crate::signed_cpi::mint_io;
use crate::state::{Allocation, TokenConfig, VestingSchedule};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct GenesisArgs {
    /// Beneficiary of the seed investors' vesting schedule.
    pub seed_investors: Pubkey,
    /// Beneficiary of the Series A vesting schedule.
    pub series_a: Pubkey,
    /// Beneficiary of the core contributors' vesting schedule.
    pub core_contributors: Pubkey,
}

// `init_if_needed` on the schedules and vaults lets a repeated genesis reach `validate`, which
// refuses it with `GenesisAlreadyDone` (a plain `init` would fail in the system program).
#[derive(Accounts)]
pub struct Genesis<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,

    pub authority: Signer<'info>,

    #[account(
        mut,
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = authority @ IoTokenError::Unauthorized,
        has_one = mint @ IoTokenError::WrongMint,
    )]
    pub config: Box<Account<'info, TokenConfig>>,

    #[account(mut)]
    pub mint: Box<Account<'info, Mint>>,

    /// Receives the community allocation (100M IO) at genesis.
    #[account(mut, token::mint = mint)]
    pub community_destination: Box<Account<'info, TokenAccount>>,

    /// The DAO treasury's IO account: receives R&D and ecosystem (128M IO) at genesis.
    #[account(mut, token::mint = mint)]
    pub treasury_destination: Box<Account<'info, TokenAccount>>,

    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + VestingSchedule::INIT_SPACE,
        seeds = [VESTING_SEED, &[Allocation::SeedInvestors as u8]],
        bump,
    )]
    pub seed_investors_vesting: Box<Account<'info, VestingSchedule>>,

    #[account(
        init_if_needed,
        payer = payer,
        seeds = [VESTING_VAULT_SEED, seed_investors_vesting.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = seed_investors_vesting,
        token::token_program = token_program,
    )]
    pub seed_investors_vault: Box<Account<'info, TokenAccount>>,

    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + VestingSchedule::INIT_SPACE,
        seeds = [VESTING_SEED, &[Allocation::SeriesA as u8]],
        bump,
    )]
    pub series_a_vesting: Box<Account<'info, VestingSchedule>>,

    #[account(
        init_if_needed,
        payer = payer,
        seeds = [VESTING_VAULT_SEED, series_a_vesting.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = series_a_vesting,
        token::token_program = token_program,
    )]
    pub series_a_vault: Box<Account<'info, TokenAccount>>,

    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + VestingSchedule::INIT_SPACE,
        seeds = [VESTING_SEED, &[Allocation::CoreContributors as u8]],
        bump,
    )]
    pub core_contributors_vesting: Box<Account<'info, VestingSchedule>>,

    #[account(
        init_if_needed,
        payer = payer,
        seeds = [VESTING_VAULT_SEED, core_contributors_vesting.key().as_ref()],
        bump,
        token::mint = mint,
        token::authority = core_contributors_vesting,
        token::token_program = token_program,
    )]
    pub core_contributors_vault: Box<Account<'info, TokenAccount>>,

    pub token_program: Program<'info, Token>,
    pub system_program: Program<'info, System>,
}

impl Genesis<'_> {
    fn validate(&self, args: &GenesisArgs) -> Result<()> {
        require!(
            self.config.minted().genesis == 0,
            IoTokenError::GenesisAlreadyDone
        );
        for beneficiary in [args.seed_investors, args.series_a, args.core_contributors] {
            require!(
                beneficiary != Pubkey::default(),
                IoTokenError::InvalidAuthority
            );
        }
        Ok(())
    }
}

#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<Genesis>, args: GenesisArgs) -> Result<()> {
    let now = Clock::get()?.unix_timestamp;
    let accounts = ctx.accounts;
    let minted = accounts.config.minted().after_genesis()?;

    mint_io(
        &accounts.token_program,
        &accounts.mint,
        &accounts.community_destination,
        &accounts.config,
        COMMUNITY_ALLOCATION,
    )?;
    mint_io(
        &accounts.token_program,
        &accounts.mint,
        &accounts.treasury_destination,
        &accounts.config,
        ECOSYSTEM_ALLOCATION,
    )?;

    let schedules = [
        (
            Allocation::SeedInvestors,
            args.seed_investors,
            &mut accounts.seed_investors_vesting,
            &accounts.seed_investors_vault,
            ctx.bumps.seed_investors_vesting,
            ctx.bumps.seed_investors_vault,
        ),
        (
            Allocation::SeriesA,
            args.series_a,
            &mut accounts.series_a_vesting,
            &accounts.series_a_vault,
            ctx.bumps.series_a_vesting,
            ctx.bumps.series_a_vault,
        ),
        (
            Allocation::CoreContributors,
            args.core_contributors,
            &mut accounts.core_contributors_vesting,
            &accounts.core_contributors_vault,
            ctx.bumps.core_contributors_vesting,
            ctx.bumps.core_contributors_vault,
        ),
    ];
    let mut vested: u64 = 0;
    for (allocation, beneficiary, schedule, vault, bump, vault_bump) in schedules {
        mint_io(
            &accounts.token_program,
            &accounts.mint,
            vault,
            &accounts.config,
            allocation.total(),
        )?;
        vested = vested.safe_add(allocation.total())?;
        schedule.set_inner(VestingSchedule {
            allocation,
            beneficiary,
            vault: vault.key(),
            total: allocation.total(),
            claimed: 0,
            start_time: now,
            first_unlock_month: VESTING_FIRST_UNLOCK_MONTH,
            parts: allocation.parts(),
            seq: 0,
            bump,
            vault_bump,
        });
        emit_event(&VestingCreated {
            header: EventHeader::next(schedule.key(), &mut schedule.seq)?,
            allocation,
            beneficiary,
            vault: vault.key(),
            total: allocation.total(),
            parts: allocation.parts(),
            first_unlock_month: VESTING_FIRST_UNLOCK_MONTH,
            start_time: now,
        });
    }
    // The five allocations are the genesis supply, exactly.
    let paid_out = COMMUNITY_ALLOCATION.safe_add(ECOSYSTEM_ALLOCATION)?;
    require_eq!(
        vested.safe_add(paid_out)?,
        GENESIS_SUPPLY,
        IoTokenError::CapExceeded
    );

    let config = &mut accounts.config;
    config.record(minted);
    config.genesis_time = now;
    emit_event(&GenesisMinted {
        header: EventHeader::next(config.key(), &mut config.seq)?,
        genesis_time: now,
        community_destination: accounts.community_destination.key(),
        treasury_destination: accounts.treasury_destination.key(),
        genesis_minted: minted.genesis,
        emission_minted: minted.emission,
        total_minted: minted.total()?,
    });
    Ok(())
}
