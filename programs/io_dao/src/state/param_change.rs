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
}
