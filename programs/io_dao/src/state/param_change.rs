use anchor_lang::prelude::*;

/// The one parameter change a proposal carries. Only governed parameters appear here: never the
/// IO cap, never the emission schedule. Each target program checks the bounds again.
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
    /// io_cloud: a device class's reward and stake multiplier, basis points.
    CloudDeviceMultiplier { class_id: u16, multiplier_bps: u32 },
    /// io_credits: the fee a tender pays, basis points (rentals and fee payments alike).
    CreditsTenderFee { mint: Pubkey, fee_bps: u16 },
}

/// Which program a change targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Dao,
    Rewards,
    Credits,
    Cloud,
}

impl ParamChange {
    pub fn target(&self) -> Target {
        match self {
            ParamChange::DaoVotingPeriod { .. }
            | ParamChange::DaoTimelock { .. }
            | ParamChange::DaoQuorum { .. }
            | ParamChange::DaoMinProposalPower { .. } => Target::Dao,
            ParamChange::RewardsBusyBoost { .. } | ParamChange::RewardsEmissionScale { .. } => {
                Target::Rewards
            }
            ParamChange::CloudDeviceMultiplier { .. } => Target::Cloud,
            _ => Target::Credits,
        }
    }
}
