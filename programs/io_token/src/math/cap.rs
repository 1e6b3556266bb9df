//! The cap ledger: what may still be minted. It counts everything ever minted, never the mint's
//! current supply, so burning never reopens room; emission room retired by io_rewards (the
//! Incentive Dynamic Engine's surplus) is gone for good the same way.

use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::constants::{EMISSION_POOL, GENESIS_SUPPLY, MAX_SUPPLY};
use crate::errors::IoTokenError;

/// Cumulative amounts minted, as recorded in the token config.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Minted {
    pub genesis: u64,
    pub emission: u64,
    /// Emission room retired: never mintable.
    pub retired: u64,
}

impl Minted {
    pub fn total(&self) -> Result<u64> {
        self.genesis.safe_add(self.emission)
    }

    /// Room left under the 800M cap, less the retired emission room.
    pub fn room_left(&self) -> Result<u64> {
        MAX_SUPPLY.safe_sub(self.total()?)?.safe_sub(self.retired)
    }

    /// Emission room still open: the 300M pool less what was emitted or retired.
    fn emission_room(&self) -> Result<u64> {
        EMISSION_POOL
            .safe_sub(self.emission)?
            .safe_sub(self.retired)
    }

    /// The ledger after genesis, which mints `GENESIS_SUPPLY` exactly once.
    pub fn after_genesis(&self) -> Result<Minted> {
        require!(self.genesis == 0, IoTokenError::GenesisAlreadyDone);
        let next = Minted {
            genesis: GENESIS_SUPPLY,
            ..*self
        };
        require!(next.total()? <= MAX_SUPPLY, IoTokenError::CapExceeded);
        Ok(next)
    }

    /// The ledger after an emission mint of `amount`, refused beyond either limit.
    pub fn after_emission(&self, amount: u64) -> Result<Minted> {
        require!(amount > 0, IoTokenError::ZeroAmount);
        require!(
            amount <= self.emission_room()?,
            IoTokenError::EmissionPoolExceeded
        );
        let next = Minted {
            emission: self.emission.safe_add(amount)?,
            ..*self
        };
        require!(next.total()? <= MAX_SUPPLY, IoTokenError::CapExceeded);
        Ok(next)
    }

    /// The ledger after `amount` of emission room is retired, refused beyond the room left.
    pub fn after_retirement(&self, amount: u64) -> Result<Minted> {
        require!(amount > 0, IoTokenError::ZeroAmount);
        require!(
            amount <= self.emission_room()?,
            IoTokenError::EmissionPoolExceeded
        );
        Ok(Minted {
            retired: self.retired.safe_add(amount)?,
            ..*self
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use io_common::ONE_IO;
    use proptest::prelude::*;

    fn code(result: Result<Minted>) -> u32 {
        match result.expect_err("must be refused") {
            Error::AnchorError(e) => e.error_code_number,
            Error::ProgramError(e) => panic!("{e:?}"),
        }
    }

    fn code_of(error: IoTokenError) -> u32 {
        6000 + error as u32
    }

    #[test]
    fn genesis_mints_500m_once() {
        let after = Minted::default().after_genesis().unwrap();
        assert_eq!(after.genesis, 500_000_000 * ONE_IO);
        assert_eq!(
            code(after.after_genesis()),
            code_of(IoTokenError::GenesisAlreadyDone)
        );
    }

    #[test]
    fn emissions_stop_at_300m_and_the_total_at_800m() {
        let ledger = Minted::default().after_genesis().unwrap();
        let full = ledger.after_emission(EMISSION_POOL).unwrap();
        assert_eq!(full.total().unwrap(), MAX_SUPPLY);
        assert_eq!(full.room_left().unwrap(), 0);
        assert_eq!(
            code(full.after_emission(1)),
            code_of(IoTokenError::EmissionPoolExceeded)
        );
        assert_eq!(
            code(ledger.after_emission(0)),
            code_of(IoTokenError::ZeroAmount)
        );
    }

    #[test]
    fn retired_room_is_never_minted() {
        let ledger = Minted::default().after_genesis().unwrap();
        let retired = ledger.after_retirement(EMISSION_POOL - ONE_IO).unwrap();
        assert_eq!(retired.room_left().unwrap(), ONE_IO);
        let full = retired.after_emission(ONE_IO).unwrap();
        assert_eq!(
            code(full.after_emission(1)),
            code_of(IoTokenError::EmissionPoolExceeded)
        );
        assert_eq!(
            code(full.after_retirement(1)),
            code_of(IoTokenError::EmissionPoolExceeded)
        );
        assert_eq!(
            code(ledger.after_retirement(0)),
            code_of(IoTokenError::ZeroAmount)
        );
    }

    #[test]
    fn a_ledger_already_at_the_cap_refuses_with_cap_exceeded() {
        // Unreachable through the program (genesis is exactly 500M), checked as defence in depth.
        let odd = Minted {
            genesis: MAX_SUPPLY,
            ..Minted::default()
        };
        assert_eq!(
            code(odd.after_emission(1)),
            code_of(IoTokenError::CapExceeded)
        );
    }

    #[derive(Clone, Debug)]
    enum Op {
        Genesis,
        Emit(u64),
        Burn(u64),
        /// io_rewards retiring emission room.
        Retire(u64),
        /// A vesting claim at the end of this month after genesis.
        Claim(i64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            Just(Op::Genesis),
            (0i64..60).prop_map(Op::Claim),
            (1u64..=EMISSION_POOL / 2).prop_map(Op::Emit),
            (0u64..=EMISSION_POOL).prop_map(Op::Emit),
            (0u64..=MAX_SUPPLY).prop_map(Op::Burn),
            (0u64..=EMISSION_POOL / 2).prop_map(Op::Retire),
        ]
    }

    proptest! {
        /// Whatever the order of genesis, emission mints and burns, cumulative minting never
        /// passes the cap, emissions never pass the pool, and burns never add room.
        #[test]
        fn cumulative_minting_never_passes_the_cap(ops in prop::collection::vec(op(), 1..60)) {
            use crate::constants::{SECONDS_PER_MONTH, SEED_INVESTORS_ALLOCATION};
            use crate::math::vesting::unlocked_amount;

            let mut ledger = Minted::default();
            let mut supply: u64 = 0;
            let mut vault: u64 = 0;
            let mut claimed: u64 = 0;
            for op in ops {
                let room_before = ledger.room_left().unwrap();
                match op {
                    Op::Genesis => {
                        if let Ok(next) = ledger.after_genesis() {
                            supply += next.genesis - ledger.genesis;
                            vault = SEED_INVESTORS_ALLOCATION;
                            ledger = next;
                        }
                    }
                    Op::Emit(amount) => match ledger.after_emission(amount) {
                        Ok(next) => {
                            prop_assert!(amount <= room_before);
                            supply += amount;
                            ledger = next;
                        }
                        Err(_) => prop_assert!(amount == 0 || ledger.emission + ledger.retired + amount > EMISSION_POOL),
                    },
                    Op::Retire(amount) => match ledger.after_retirement(amount) {
                        Ok(next) => {
                            prop_assert_eq!(next.room_left().unwrap(), room_before - amount);
                            prop_assert_eq!(next.total().unwrap(), ledger.total().unwrap());
                            ledger = next;
                        }
                        Err(_) => prop_assert!(amount == 0 || ledger.emission + ledger.retired + amount > EMISSION_POOL),
                    },
                    Op::Burn(amount) => {
                        // Burns come out of circulating IO, never out of a vesting vault.
                        supply -= amount.min(supply - vault);
                        prop_assert_eq!(ledger.room_left().unwrap(), room_before);
                    }
                    Op::Claim(month) => {
                        if ledger.genesis > 0 {
                            let unlocked = unlocked_amount(
                                SEED_INVESTORS_ALLOCATION, 24, 13, 0, month * SECONDS_PER_MONTH,
                            );
                            let paid = unlocked.saturating_sub(claimed);
                            claimed += paid;
                            vault -= paid;
                            prop_assert!(claimed <= SEED_INVESTORS_ALLOCATION);
                            prop_assert_eq!(ledger.room_left().unwrap(), room_before);
                        }
                    }
                }
                prop_assert!(ledger.total().unwrap() <= MAX_SUPPLY);
                // Retired room is never minted: emitted + retired stay within the pool.
                prop_assert!(ledger.emission + ledger.retired <= EMISSION_POOL);
                prop_assert!(ledger.total().unwrap() + ledger.retired <= MAX_SUPPLY);
                prop_assert!(ledger.genesis <= GENESIS_SUPPLY);
                prop_assert!(supply <= ledger.total().unwrap());
                prop_assert!(vault <= supply);
            }
        }
    }
}
