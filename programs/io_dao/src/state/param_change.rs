use anchor_lang::prelude::*;
use io_cloud::constants::MAX_DEVICE_CLASS_NAME_LEN;
use io_cloud::events::CloudRole;
use io_cloud::state::SlashDestination;
use io_rewards::math::ide::IdeParams;
use io_token::events::AuthorityRole;

use crate::errors::IoDaoError;

/// The one change a proposal carries: one variant for each instruction that the governance key
/// of io_dao, io_credits, io_cloud, io_rewards or io_token gates, with that instruction's
/// arguments. Never the IO cap, never the emission schedule: no instruction changes them. Each
/// target program checks the bounds again when the change executes.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum ParamChange {
    /// io_dao: how long proposals take votes.
    DaoVotingPeriod { secs: i64 },
    /// io_dao: delay between passing and execution.
    DaoTimelock { secs: i64 },
    /// io_dao: quorum as basis points of locked IO.
    DaoQuorum { bps: u16 },
    /// io_dao: voting power needed to propose.
    DaoMinProposalPower { power: u64 },
    /// io_rewards: weight multiplier of busy workers, basis points (20,000 = 2×).
    RewardsBusyBoost { busy_boost_bps: u32 },
    /// io_rewards: share of the schedule emitted, basis points (≤ 10,000).
    RewardsEmissionScale { emission_scale_bps: u16 },
    /// io_rewards: the key that reports worker weights (io_cloud's PDA).
    RewardsWeightAuthority { weight_authority: Pubkey },
    /// io_credits: oldest accepted oracle price, seconds.
    CreditsMaxAge { secs: u32 },
    /// io_credits: widest accepted confidence, basis points of the price.
    CreditsMaxConfBps { bps: u16 },
    /// io_credits: circuit-breaker window, seconds.
    CreditsBreakerWindow { secs: u32 },
    /// io_credits: IOSD mintable per breaker window.
    CreditsBreakerLimit { iosd: u64 },
    /// io_credits: share of IO fees burned, basis points.
    CreditsIoFeeBurnBps { bps: u16 },
    /// io_credits: the reservation fee, basis points.
    CreditsReservationFeeBps { bps: u16 },
    /// io_credits: the Pyth feed id of IO/USD.
    CreditsPriceFeed { feed_id: [u8; 32] },
    /// io_credits: hands its governance to another key (a new DAO).
    CreditsGovernance { governance: Pubkey },
    /// io_credits: registers a tender and creates its fee vault (the executor pays the rent).
    CreditsTenderRegister {
        mint: Pubkey,
        fee_bps: u16,
        usd_pegged: bool,
    },
    /// io_credits: a tender's fee (rentals and fee payments alike) and whether it is accepted.
    CreditsTender {
        mint: Pubkey,
        fee_bps: u16,
        enabled: bool,
    },
    /// io_credits: pays `amount` of a tender's collected fees to `destination`.
    CreditsFeeWithdraw {
        mint: Pubkey,
        amount: u64,
        destination: Pubkey,
    },
    /// io_cloud: adds or changes a device class; `name` is UTF-8, padded with zero bytes.
    /// `enabled = false` closes the class to new registrations.
    CloudDeviceClass {
        class_id: u16,
        name: [u8; MAX_DEVICE_CLASS_NAME_LEN as usize],
        multiplier_bps: u32,
        enabled: bool,
    },
    /// io_cloud: hands a role (governance, orchestrator, uptime verifier, slashing authority).
    CloudRole { role: CloudRole, authority: Pubkey },
    /// io_cloud: where slashed IO goes; `treasury` is the IO account for `Treasury` (ignored,
    /// and best left default, for `Burn`).
    CloudSlashDestination {
        destination: SlashDestination,
        treasury: Pubkey,
    },
    /// io_cloud: consecutive good hourly proofs a worker needs to earn block rewards.
    CloudEligibilityHours { hours: u8 },
    /// io_cloud: how long slashed IO waits for an appeal and a decision.
    CloudAppealWindow { secs: u32 },
    /// io_cloud: upholds or reverses the slash of `case` within its window.
    CloudSlashDecision { case: Pubkey, uphold: bool },
    /// io_token: hands the config (admin) or emission authority to another key.
    TokenAuthority {
        role: AuthorityRole,
        authority: Pubkey,
    },
    /// io_rewards: the reward mode (schedule or the Incentive Dynamic Engine) and the engine's
    /// parameters, from the next hour boundary after execution.
    RewardsMode { params: IdeParams },
}

/// Which program a change targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Dao,
    Rewards,
    Credits,
    Cloud,
    Token,
}

impl ParamChange {
    pub fn target(&self) -> Target {
        use ParamChange::*;
        match self {
            DaoVotingPeriod { .. }
            | DaoTimelock { .. }
            | DaoQuorum { .. }
            | DaoMinProposalPower { .. } => Target::Dao,
            RewardsBusyBoost { .. }
            | RewardsEmissionScale { .. }
            | RewardsWeightAuthority { .. }
            | RewardsMode { .. } => Target::Rewards,
            CreditsMaxAge { .. }
            | CreditsMaxConfBps { .. }
            | CreditsBreakerWindow { .. }
            | CreditsBreakerLimit { .. }
            | CreditsIoFeeBurnBps { .. }
            | CreditsReservationFeeBps { .. }
            | CreditsPriceFeed { .. }
            | CreditsGovernance { .. }
            | CreditsTenderRegister { .. }
            | CreditsTender { .. }
            | CreditsFeeWithdraw { .. } => Target::Credits,
            CloudDeviceClass { .. }
            | CloudRole { .. }
            | CloudSlashDestination { .. }
            | CloudEligibilityHours { .. }
            | CloudAppealWindow { .. }
            | CloudSlashDecision { .. } => Target::Cloud,
            TokenAuthority { .. } => Target::Token,
        }
    }

    /// The checks a change must pass to be proposed at all: what no execution could accept
    /// (a key nobody holds, a name that is not text, nothing to withdraw). Bounds that governance
    /// may move are left to the target, which checks them at execution.
    pub fn validate(&self) -> Result<()> {
        use ParamChange::*;
        let key_set = |key: &Pubkey| *key != Pubkey::default();
        let ok = match self {
            RewardsWeightAuthority { weight_authority } => key_set(weight_authority),
            CreditsGovernance { governance } => key_set(governance),
            CloudRole { authority, .. } | TokenAuthority { authority, .. } => key_set(authority),
            CloudSlashDecision { case, .. } => key_set(case),
            CreditsFeeWithdraw {
                amount,
                destination,
                ..
            } => *amount > 0 && key_set(destination),
            CloudSlashDestination {
                destination: SlashDestination::Treasury,
                treasury,
            } => key_set(treasury),
            CloudDeviceClass { name, .. } => device_class_name(name).is_some(),
            _ => true,
        };
        require!(ok, IoDaoError::InvalidChange);
        Ok(())
    }
}

/// A device class name as the proposal stores it (UTF-8, zero-padded) back as text: `None` if it
/// is empty, not UTF-8, or has a zero byte before its end.
pub fn device_class_name(padded: &[u8; MAX_DEVICE_CLASS_NAME_LEN as usize]) -> Option<String> {
    let len = padded.iter().rposition(|&b| b != 0)? + 1;
    let text = &padded[..len];
    if text.contains(&0) {
        return None;
    }
    std::str::from_utf8(text).ok().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(text: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        out[..text.len()].copy_from_slice(text);
        out
    }

    #[test]
    fn device_class_names_round_trip_and_refuse_what_is_not_text() {
        assert_eq!(device_class_name(&padded(b"H100")).as_deref(), Some("H100"));
        assert_eq!(
            device_class_name(&padded(&[b'x'; 32])).map(|s| s.len()),
            Some(32)
        );
        assert_eq!(device_class_name(&[0; 32]), None);
        assert_eq!(device_class_name(&padded(b"a\0b")), None);
        assert_eq!(device_class_name(&padded(&[0xff, 0xfe])), None);
    }

    #[test]
    fn refuses_changes_no_execution_could_accept() {
        let nobody = Pubkey::default();
        let someone = Pubkey::new_unique();
        let refused = [
            ParamChange::RewardsWeightAuthority {
                weight_authority: nobody,
            },
            ParamChange::CreditsGovernance { governance: nobody },
            ParamChange::CloudRole {
                role: CloudRole::Orchestrator,
                authority: nobody,
            },
            ParamChange::TokenAuthority {
                role: AuthorityRole::Admin,
                authority: nobody,
            },
            ParamChange::CreditsFeeWithdraw {
                mint: someone,
                amount: 0,
                destination: someone,
            },
            ParamChange::CreditsFeeWithdraw {
                mint: someone,
                amount: 1,
                destination: nobody,
            },
            ParamChange::CloudSlashDestination {
                destination: SlashDestination::Treasury,
                treasury: nobody,
            },
            ParamChange::CloudDeviceClass {
                class_id: 1,
                name: [0; 32],
                multiplier_bps: 10_000,
                enabled: true,
            },
        ];
        for change in refused {
            assert!(change.validate().is_err(), "{change:?}");
        }
        let accepted = [
            ParamChange::CloudSlashDestination {
                destination: SlashDestination::Burn,
                treasury: nobody,
            },
            ParamChange::CreditsFeeWithdraw {
                mint: someone,
                amount: 1,
                destination: someone,
            },
            ParamChange::CloudDeviceClass {
                class_id: 1,
                name: padded(b"L40S"),
                multiplier_bps: 30_000,
                enabled: true,
            },
        ];
        for change in accepted {
            assert!(change.validate().is_ok(), "{change:?}");
        }
    }
}
