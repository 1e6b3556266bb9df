//! Whether a proposal passed: quorum as a share of locked IO, then yes > no.

use io_common::BPS;

/// The counts of a proposal when its voting period ends.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Voting power for, against, abstaining.
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    /// IO locked in the positions that voted (any side): what quorum counts.
    pub participating_io: u64,
}

/// Quorum: participating IO ≥ `quorum_bps` of the IO locked when the proposal was created.
pub fn quorum_met(tally: &Tally, total_locked_io: u64, quorum_bps: u16) -> bool {
    let needed = u128::from(total_locked_io) * u128::from(quorum_bps);
    u128::from(tally.participating_io) * u128::from(BPS) >= needed
}

/// Passed: quorum met and strictly more yes than no (abstentions count for quorum only).
pub fn passed(tally: &Tally, total_locked_io: u64, quorum_bps: u16) -> bool {
    quorum_met(tally, total_locked_io, quorum_bps) && tally.yes > tally.no
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_quorum_and_a_strict_majority() {
        let tally = Tally {
            yes: 10,
            no: 9,
            abstain: 100,
            participating_io: 2_000,
        };
        assert!(passed(&tally, 10_000, 2_000));
        assert!(!passed(&tally, 10_001, 2_000));
        let tie = Tally { no: 10, ..tally };
        assert!(!passed(&tie, 10_000, 2_000));
    }
}
