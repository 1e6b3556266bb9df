//! Where a worker's IO stands while a slash is reconsidered (io.net: slashed IO waits a month
//! for the owner's appeal before it is burned). A slash moves IO out of the stake into
//! `in_appeal`, still in the stake vault, shared pro rata between the owner's IO and the
//! co-staker's (io.net: a slash is shared); upholding it removes that IO (burned or sent to the
//! treasury), reversing it puts it back where it was taken from (the stake, what was cooling
//! down, or the co-stake). Nothing else moves it, so the vault always holds
//! `staked + unstaking + in_appeal + co_staked`.

use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath};

use crate::errors::IoCloudError;

/// A worker's IO in its stake vault, by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StakeBalances {
    /// The owner's, counting towards the minimum stake.
    pub staked: u64,
    /// The owner's, cooling down before withdrawal.
    pub unstaking: u64,
    /// Slashed and waiting out its reconsideration window.
    pub in_appeal: u64,
    /// The co-staker's.
    pub co_staked: u64,
}

/// Where a slash took its IO from, beyond the owner's stake.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SlashTaken {
    /// From the owner's IO cooling down.
    pub from_unstaking: u64,
    /// From the co-staker's IO.
    pub from_co_stake: u64,
}

impl StakeBalances {
    /// Everything in the vault by the books.
    pub fn total(&self) -> Result<u64> {
        self.staked
            .safe_add(self.unstaking)?
            .safe_add(self.in_appeal)?
            .safe_add(self.co_staked)
    }

    /// Slashes `amount` into appeal: the co-staker bears its pro rata part (rounded down, the
    /// owner bearing the rest), the owner's part comes from its stake first, then from what is
    /// cooling down.
    pub fn slash(&mut self, amount: u64) -> Result<SlashTaken> {
        require!(amount > 0, IoCloudError::ZeroAmount);
        let owner_slashable = self.staked.safe_add(self.unstaking)?;
        let slashable = owner_slashable.safe_add(self.co_staked)?;
        require!(amount <= slashable, IoCloudError::InsufficientStake);
        let from_co_stake: u64 = u128::from(amount)
            .safe_mul(u128::from(self.co_staked))?
            .safe_div(u128::from(slashable))?
            .safe_cast()?;
        // amount - floor(amount × co / total) <= owner_slashable since amount <= total.
        let from_owner = amount.safe_sub(from_co_stake)?;
        let from_staked = from_owner.min(self.staked);
        let from_unstaking = from_owner.safe_sub(from_staked)?;
        self.staked = self.staked.safe_sub(from_staked)?;
        self.unstaking = self.unstaking.safe_sub(from_unstaking)?;
        self.co_staked = self.co_staked.safe_sub(from_co_stake)?;
        self.in_appeal = self.in_appeal.safe_add(amount)?;
        Ok(SlashTaken {
            from_unstaking,
            from_co_stake,
        })
    }

    /// A slash of `amount` upheld: that IO leaves the vault.
    pub fn uphold(&mut self, amount: u64) -> Result<()> {
        self.in_appeal = self.in_appeal.safe_sub(amount)?;
        Ok(())
    }

    /// A slash of `amount` reversed, `taken` as the slash took it: what was cooling down cools
    /// down again (on its original schedule), the co-staker's part returns to it, the rest is
    /// staked again.
    pub fn reverse(&mut self, amount: u64, taken: SlashTaken) -> Result<()> {
        self.in_appeal = self.in_appeal.safe_sub(amount)?;
        self.unstaking = self.unstaking.safe_add(taken.from_unstaking)?;
        self.co_staked = self.co_staked.safe_add(taken.from_co_stake)?;
        let from_staked = amount
            .safe_sub(taken.from_unstaking)?
            .safe_sub(taken.from_co_stake)?;
        self.staked = self.staked.safe_add(from_staked)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_slash_takes_the_stake_first_and_waits_in_appeal() {
        let mut b = StakeBalances {
            staked: 100,
            unstaking: 50,
            ..StakeBalances::default()
        };
        let taken = b.slash(120).unwrap();
        assert_eq!(taken.from_unstaking, 20);
        assert_eq!((b.staked, b.unstaking, b.in_appeal), (0, 30, 120));
        b.reverse(120, taken).unwrap();
        assert_eq!((b.staked, b.unstaking, b.in_appeal), (100, 50, 0));
        b.slash(10).unwrap();
        b.uphold(10).unwrap();
        assert_eq!(b.total().unwrap(), 140);
        assert!(b.slash(141).is_err());
        assert!(b.slash(0).is_err());
        assert!(b.uphold(1).is_err());
    }

    #[test]
    fn a_co_staker_bears_its_pro_rata_part() {
        let mut b = StakeBalances {
            staked: 300,
            co_staked: 100,
            ..StakeBalances::default()
        };
        let taken = b.slash(40).unwrap();
        assert_eq!(taken.from_co_stake, 10);
        assert_eq!((b.staked, b.co_staked, b.in_appeal), (270, 90, 40));
        // 7 × 90 / 360 = 1.75: the co-staker's part rounds down, the owner bears the rest.
        assert_eq!(b.slash(7).unwrap().from_co_stake, 1);
        b.reverse(40, taken).unwrap();
        assert_eq!((b.staked, b.co_staked, b.in_appeal), (294, 99, 7));
    }

    #[derive(Clone, Debug)]
    enum Step {
        Stake(u32),
        CoStake(u32),
        Unstake(u32),
        Slash(u32),
        Resolve(usize, bool),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (1u32..=1_000_000).prop_map(Step::Stake),
            (1u32..=1_000_000).prop_map(Step::CoStake),
            (1u32..=1_000_000).prop_map(Step::Unstake),
            (1u32..=1_000_000).prop_map(Step::Slash),
            (0usize..8, any::<bool>()).prop_map(|(i, up)| Step::Resolve(i, up)),
        ]
    }

    proptest! {
        /// Over any sequence: vault = staked + unstaking + in appeal + co-staked, in appeal =
        /// Σ open cases, what left the vault is exactly the upheld cases, each slash takes the
        /// co-staker's pro rata part rounded down, and a reversal gives each back its part.
        #[test]
        fn appeal_accounting_conserves_the_vault(steps in proptest::collection::vec(step(), 1..80)) {
            let mut b = StakeBalances::default();
            let mut vault: u64 = 0;
            let mut open: Vec<(u64, SlashTaken)> = Vec::new();
            let (mut upheld, mut deposited) = (0u64, 0u64);
            for s in steps {
                let before = b;
                let outcome = match s {
                    Step::Stake(n) | Step::CoStake(n) => {
                        if matches!(s, Step::Stake(_)) { b.staked += u64::from(n) } else { b.co_staked += u64::from(n) }
                        vault += u64::from(n);
                        deposited += u64::from(n);
                        Ok(())
                    }
                    Step::Unstake(n) => {
                        let n = u64::from(n).min(b.staked);
                        b.staked -= n;
                        b.unstaking += n;
                        Ok(())
                    }
                    Step::Slash(n) => {
                        let amount = u64::from(n);
                        let slashable = u128::from(b.staked + b.unstaking + b.co_staked);
                        b.slash(amount).map(|taken| {
                            let share = u128::from(amount) * u128::from(before.co_staked);
                            assert!(u128::from(taken.from_co_stake) * slashable <= share);
                            assert!(share < (u128::from(taken.from_co_stake) + 1) * slashable);
                            open.push((amount, taken));
                        })
                    }
                    Step::Resolve(i, up) if i < open.len() => {
                        let (amount, taken) = open.remove(i);
                        if up {
                            vault -= amount;
                            upheld += amount;
                            b.uphold(amount)
                        } else {
                            let reversed = b.reverse(amount, taken);
                            prop_assert_eq!(b.unstaking, before.unstaking + taken.from_unstaking, "what was cooling down cools down again");
                            prop_assert_eq!(b.co_staked, before.co_staked + taken.from_co_stake, "the co-staker gets its part back");
                            reversed
                        }
                    }
                    Step::Resolve(..) => Ok(()),
                };
                if outcome.is_err() {
                    prop_assert_eq!(b, before, "a refused step changed the balances");
                }
                prop_assert_eq!(b.total().unwrap(), vault);
                prop_assert_eq!(b.in_appeal, open.iter().map(|(amount, _)| amount).sum::<u64>());
                prop_assert_eq!(deposited - upheld, vault);
            }
        }
    }
}
