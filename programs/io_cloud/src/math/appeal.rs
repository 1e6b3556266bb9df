//! Where a worker's IO stands while a slash is reconsidered (io.net: slashed IO waits a month
//! for the owner's appeal before it is burned). A slash moves IO out of the stake into
//! `in_appeal`, still in the stake vault; upholding it removes that IO (burned or sent to the
//! treasury), reversing it puts it back where it was taken from (the stake, or what was cooling
//! down). Nothing else moves it, so the vault always holds `staked + unstaking + in_appeal`.

use anchor_lang::prelude::*;
use io_common::SafeMath;

use crate::errors::IoCloudError;

/// A worker's IO in its stake vault, by state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StakeBalances {
    /// Counts towards the minimum stake.
    pub staked: u64,
    /// Cooling down before withdrawal.
    pub unstaking: u64,
    /// Slashed and waiting out its reconsideration window.
    pub in_appeal: u64,
}

impl StakeBalances {
    /// Everything in the vault by the books.
    pub fn total(&self) -> Result<u64> {
        self.staked
            .safe_add(self.unstaking)?
            .safe_add(self.in_appeal)
    }

    /// Slashes `amount` into appeal: from the stake first, then from what is cooling down;
    /// returns how much came from what was cooling down.
    pub fn slash(&mut self, amount: u64) -> Result<u64> {
        require!(amount > 0, IoCloudError::ZeroAmount);
        let slashable = self.staked.safe_add(self.unstaking)?;
        require!(amount <= slashable, IoCloudError::InsufficientStake);
        let from_staked = amount.min(self.staked);
        let from_unstaking = amount.safe_sub(from_staked)?;
        self.staked = self.staked.safe_sub(from_staked)?;
        self.unstaking = self.unstaking.safe_sub(from_unstaking)?;
        self.in_appeal = self.in_appeal.safe_add(amount)?;
        Ok(from_unstaking)
    }

    /// A slash of `amount` upheld: that IO leaves the vault.
    pub fn uphold(&mut self, amount: u64) -> Result<()> {
        self.in_appeal = self.in_appeal.safe_sub(amount)?;
        Ok(())
    }

    /// A slash of `amount` reversed, `from_unstaking` of it taken from what was cooling down:
    /// that part cools down again (on its original schedule), the rest is staked again.
    pub fn reverse(&mut self, amount: u64, from_unstaking: u64) -> Result<()> {
        self.in_appeal = self.in_appeal.safe_sub(amount)?;
        self.unstaking = self.unstaking.safe_add(from_unstaking)?;
        self.staked = self.staked.safe_add(amount.safe_sub(from_unstaking)?)?;
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
            in_appeal: 0,
        };
        assert_eq!(b.slash(120).unwrap(), 20);
        assert_eq!((b.staked, b.unstaking, b.in_appeal), (0, 30, 120));
        b.reverse(120, 20).unwrap();
        assert_eq!((b.staked, b.unstaking, b.in_appeal), (100, 50, 0));
        b.slash(10).unwrap();
        b.uphold(10).unwrap();
        assert_eq!(b.total().unwrap(), 140);
        assert!(b.slash(141).is_err());
        assert!(b.slash(0).is_err());
        assert!(b.uphold(1).is_err());
    }

    #[derive(Clone, Debug)]
    enum Step {
        Stake(u32),
        Unstake(u32),
        Slash(u32),
        Resolve(usize, bool),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (1u32..=1_000_000).prop_map(Step::Stake),
            (1u32..=1_000_000).prop_map(Step::Unstake),
            (1u32..=1_000_000).prop_map(Step::Slash),
            (0usize..8, any::<bool>()).prop_map(|(i, up)| Step::Resolve(i, up)),
        ]
    }

    proptest! {
        /// Over any sequence: vault = staked + unstaking + in appeal, in appeal = Σ open cases,
        /// and what left the vault is exactly the upheld cases.
        #[test]
        fn appeal_accounting_conserves_the_vault(steps in proptest::collection::vec(step(), 1..80)) {
            let mut b = StakeBalances::default();
            let mut vault: u64 = 0;
            let mut open: Vec<(u64, u64)> = Vec::new();
            let (mut upheld, mut deposited) = (0u64, 0u64);
            for s in steps {
                let before = b;
                let outcome = match s {
                    Step::Stake(n) => {
                        b.staked += u64::from(n);
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
                    Step::Slash(n) => b.slash(u64::from(n)).map(|cooling| open.push((u64::from(n), cooling))),
                    Step::Resolve(i, up) if i < open.len() => {
                        let (amount, cooling) = open.remove(i);
                        if up {
                            vault -= amount;
                            upheld += amount;
                            b.uphold(amount)
                        } else {
                            let unstaking = b.unstaking;
                            let reversed = b.reverse(amount, cooling);
                            prop_assert_eq!(b.unstaking, unstaking + cooling, "what was cooling down cools down again");
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
