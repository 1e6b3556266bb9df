use anchor_lang::prelude::*;
use io_common::{SafeCast, SafeMath, SECONDS_PER_HOUR};

use crate::constants::{MAX_RENTAL_HOURS, MAX_RENTAL_WORKERS, RENTAL_SEED};
use crate::errors::IoCloudError;
use crate::events::{AssignmentView, RentalTotals};
use crate::instructions::RentalBookArgs;
use crate::math::streaming::{accrued, payable, Charges};
use io_credits::math::fees::supplier_fee;

/// Where a rental is in its life.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub enum RentalState {
    /// Paid into escrow, waiting for the orchestrator to assign workers.
    Booked,
    /// Streaming to its workers until `end_time`.
    Active,
    /// Terminated early by the renter: `end_time` moved to max(termination, start + 1 hour).
    Terminated,
    /// Terminated before any worker was assigned: everything refunded.
    Cancelled,
}

/// A worker as the orchestrator assigns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AssignedWorker {
    pub worker: Pubkey,
    /// The worker's authority: its pay goes to this wallet's token account of the tender.
    pub owner: Pubkey,
    pub gpus: u16,
}

/// One payout to a worker: what reaches it and the supplier fee taken from the same gross.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Payout {
    /// Into the worker's payout account.
    pub net: u64,
    /// Into the tender's fee vault.
    pub fee: u64,
}

impl Payout {
    /// Everything this payout takes out of the escrow.
    pub fn gross(&self) -> Result<u64> {
        self.net.safe_add(self.fee)
    }
}

/// One worker's stream within a rental.
#[derive(AnchorSerialize, AnchorDeserialize, Clone, Copy, Debug, PartialEq, Eq, InitSpace)]
pub struct Assignment {
    /// The worker account.
    pub worker: Pubkey,
    /// The worker's authority (owner of its payout token accounts).
    pub owner: Pubkey,
    /// GPUs this worker serves; its rate is price per GPU-second × these.
    pub gpus: u16,
    /// When this worker was assigned (to the rental or to this slot by a replacement).
    pub assigned_at: i64,
    /// Time up to which `active_seconds` and `down_seconds` are counted.
    pub since: i64,
    /// Seconds streamed (up, before the end) and not forfeited.
    pub active_seconds: u64,
    /// Seconds reported down (not paid; the renter gets them back at close).
    pub down_seconds: u64,
    /// Seconds served within a first hour the worker did not complete (not paid).
    pub forfeited_seconds: u64,
    /// Base units paid to this worker, net of its supplier fees.
    pub paid: u64,
    /// Reported down by the orchestrator.
    pub down: bool,
    /// Supplier fees taken from this worker's pay (`fee_of(paid + fees)` at the rental's rate).
    pub fees: u64,
}

impl Assignment {
    fn new(worker: &AssignedWorker, now: i64) -> Self {
        Self {
            worker: worker.worker,
            owner: worker.owner,
            gpus: worker.gpus,
            assigned_at: now,
            since: now,
            active_seconds: 0,
            down_seconds: 0,
            forfeited_seconds: 0,
            paid: 0,
            down: false,
            fees: 0,
        }
    }

    pub fn view(&self) -> AssignmentView {
        AssignmentView {
            worker: self.worker,
            gpus: self.gpus,
            active_seconds: self.active_seconds,
            down_seconds: self.down_seconds,
            forfeited_seconds: self.forfeited_seconds,
            paid: self.paid,
            down: self.down,
            fees: self.fees,
        }
    }

    /// Counts the seconds from `since` to `min(now, end)` as streamed or down.
    fn checkpoint(&mut self, now: i64, end: i64) -> Result<()> {
        let until = now.min(end);
        if until <= self.since {
            return Ok(());
        }
        let elapsed: u64 = until.safe_sub(self.since)?.safe_cast()?;
        if self.down {
            self.down_seconds = self.down_seconds.safe_add(elapsed)?;
        } else {
            self.active_seconds = self.active_seconds.safe_add(elapsed)?;
        }
        self.since = until;
        Ok(())
    }

    /// A worker stopping within its first hour of service forfeits that time.
    fn forfeit_unfinished_first_hour(&mut self) -> Result<()> {
        if self.active_seconds < SECONDS_PER_HOUR as u64 {
            self.forfeited_seconds = self.forfeited_seconds.safe_add(self.active_seconds)?;
            self.active_seconds = 0;
        }
        Ok(())
    }

    /// What the escrow has paid for this slot: to the worker and in its fees.
    pub fn gross_paid(&self) -> Result<u64> {
        self.paid.safe_add(self.fees)
    }

    /// Pays what is payable now and not yet paid, its supplier fee at `fee_bps` taken on the
    /// slot's cumulative gross (so its fees round up by less than one base unit in all).
    fn pay_due(&mut self, price_per_gpu_hour: u64, ended: bool, fee_bps: u16) -> Result<Payout> {
        let before = self.gross_paid()?;
        let after = payable(price_per_gpu_hour, self.gpus, self.active_seconds, ended)?;
        let fee = supplier_fee(before, after, fee_bps)?;
        let net = after.safe_sub(before)?.safe_sub(fee)?;
        self.paid = self.paid.safe_add(net)?;
        self.fees = self.fees.safe_add(fee)?;
        Ok(Payout { net, fee })
    }
}

/// A cluster booking (PDA `[RENTAL_SEED, renter, nonce u64 LE]`); its tender sits in the escrow
/// (PDA `[ESCROW_SEED, rental]`), a token account the rental owns.
///
/// Conservation: `principal + fees = paid + supplier_fees + refunded + fees + escrow` (paid net
/// to the workers), i.e. the escrow holds `principal − paid − supplier_fees − refunded`
/// (`escrow_balance`). The first fields sit at fixed offsets for the SDK's memcmp filters
/// (renter 8, state 40, device class 41, tender mint 43); assignment `i`'s worker sits at
/// `214 + 123 × i`.
#[account]
#[derive(InitSpace, Debug, PartialEq)]
pub struct Rental {
    /// Who booked and pays; receives refunds and the accounts' rent.
    pub renter: Pubkey,
    pub state: RentalState,
    /// Device class booked.
    pub device_class: u16,
    /// The tender paid in.
    pub tender_mint: Pubkey,
    /// The renter's number for this booking (seed).
    pub nonce: u64,
    /// GPUs booked; the assigned workers' GPUs add up to this.
    pub gpus: u16,
    /// Hours booked, extensions included.
    pub hours: u32,
    /// Price per GPU-hour in the tender's base units.
    pub price_per_gpu_hour: u64,
    /// Preferred region (ASCII, zero padded; all zero = any), for the orchestrator.
    pub region: [u8; 8],
    /// The escrow token account.
    pub escrow: Pubkey,
    /// Clock time of the booking.
    pub booked_at: i64,
    /// When workers were assigned and streaming began (0 before).
    pub start_time: i64,
    /// When streaming stops (0 before the start).
    pub end_time: i64,
    /// Base units deposited into escrow (price × GPUs × hours).
    pub principal: u64,
    /// Fees taken from the tender into the fee vault (tender fee + reservation fee).
    pub fees: u64,
    /// Reservation fees paid in IOSD (burned; not part of the tender's accounting).
    pub reservation_fees_iosd: u64,
    /// Base units paid to workers, net of their supplier fees.
    pub paid: u64,
    /// Base units refunded to the renter.
    pub refunded: u64,
    /// Event sequence number of this rental.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
    /// The workers streaming (or streamed) for this rental, one slot each.
    #[max_len(MAX_RENTAL_WORKERS)]
    pub assignments: Vec<Assignment>,
    /// IO base units of fees funding its workers' busy boost (set at assignment).
    pub boost_budget: u64,
    /// Busy-boost allowance granted to the workers of each slot so far (see `grant_boost`).
    #[max_len(MAX_RENTAL_WORKERS)]
    pub boost_granted: Vec<u64>,
    /// The workers' supplier fee rate, fixed at booking: io_credits' reservation rate plus the
    /// tender's rate then.
    pub supplier_fee_bps: u16,
    /// Supplier fees taken from the workers' pay into the fee vault.
    pub supplier_fees: u64,
}

impl Rental {
    /// What the escrow holds: `principal − paid − supplier_fees − refunded`.
    pub fn escrow_balance(&self) -> Result<u64> {
        self.principal
            .safe_sub(self.paid)?
            .safe_sub(self.supplier_fees)?
            .safe_sub(self.refunded)
    }

    /// The totals events carry.
    pub fn totals(&self) -> Result<RentalTotals> {
        Ok(RentalTotals {
            state: self.state,
            start_time: self.start_time,
            end_time: self.end_time,
            hours: self.hours,
            deposited: self.deposited()?,
            fees: self.fees,
            paid: self.paid,
            supplier_fees: self.supplier_fees,
            refunded: self.refunded,
            escrow: self.escrow_balance()?,
        })
    }

    /// Every slot as events report it.
    pub fn views(&self) -> Vec<AssignmentView> {
        self.assignments.iter().map(Assignment::view).collect()
    }

    /// Everything the renter paid in the tender.
    pub fn deposited(&self) -> Result<u64> {
        self.principal.safe_add(self.fees)
    }

    /// The rental has streamed to its end and may be closed.
    pub fn has_ended(&self, now: i64) -> bool {
        matches!(self.state, RentalState::Active | RentalState::Terminated) && now >= self.end_time
    }

    pub fn is_running(&self, now: i64) -> Result<()> {
        require!(
            matches!(self.state, RentalState::Active | RentalState::Terminated),
            IoCloudError::RentalNotActive
        );
        require!(now < self.end_time, IoCloudError::RentalEnded);
        Ok(())
    }

    /// The slot of `worker` in this rental.
    pub fn slot_of(&self, worker: &Pubkey) -> Result<usize> {
        self.assignments
            .iter()
            .position(|a| a.worker == *worker)
            .ok_or_else(|| error!(IoCloudError::WorkerNotAssigned))
    }

    /// A booking before its first deposit: no hours, nothing paid, no event yet; its workers
    /// will pay `supplier_fee_bps` on their pay.
    pub fn booked(
        renter: Pubkey,
        args: &RentalBookArgs,
        tender_mint: Pubkey,
        escrow: Pubkey,
        supplier_fee_bps: u16,
        now: i64,
        bump: u8,
    ) -> Self {
        Self {
            renter,
            state: RentalState::Booked,
            device_class: args.device_class,
            tender_mint,
            nonce: args.nonce,
            gpus: args.gpus,
            hours: 0,
            price_per_gpu_hour: args.price_per_gpu_hour,
            region: args.region,
            escrow,
            booked_at: now,
            start_time: 0,
            end_time: 0,
            principal: 0,
            fees: 0,
            reservation_fees_iosd: 0,
            paid: 0,
            refunded: 0,
            seq: 0,
            bump,
            assignments: Vec::new(),
            boost_budget: 0,
            boost_granted: Vec::new(),
            supplier_fee_bps,
            supplier_fees: 0,
        }
    }

    /// The one way GPU time is paid for: `hours` more hours (a booking's first, or an
    /// extension) charged as `charges`; a running rental's end moves by as much.
    pub fn deposit(&mut self, hours: u32, charges: &Charges, now: i64) -> Result<()> {
        match self.state {
            RentalState::Booked => {}
            RentalState::Active => require!(now < self.end_time, IoCloudError::RentalEnded),
            RentalState::Terminated => return err!(IoCloudError::RentalTerminated),
            RentalState::Cancelled => return err!(IoCloudError::RentalNotActive),
        }
        let total = self.hours.checked_add(hours);
        require!(
            hours > 0 && total.is_some_and(|h| h <= MAX_RENTAL_HOURS),
            IoCloudError::InvalidHours
        );
        if self.state == RentalState::Active {
            self.checkpoint_all(now)?;
            let more = i64::from(hours).safe_mul(SECONDS_PER_HOUR)?;
            self.end_time = self.end_time.safe_add(more)?;
        }
        self.hours = total.unwrap_or(self.hours);
        self.principal = self.principal.safe_add(charges.principal)?;
        self.fees = self.fees.safe_add(charges.fees()?)?;
        self.reservation_fees_iosd = self
            .reservation_fees_iosd
            .safe_add(charges.reservation_fee_iosd)?;
        Ok(())
    }

    /// Assigns the first workers and starts the stream.
    pub fn start(&mut self, workers: &[AssignedWorker], now: i64) -> Result<()> {
        require!(
            self.state == RentalState::Booked,
            IoCloudError::RentalNotBooked
        );
        require!(
            !workers.is_empty() && workers.len() <= usize::from(MAX_RENTAL_WORKERS),
            IoCloudError::InvalidWorkerCount
        );
        let mut gpus: u64 = 0;
        for (i, worker) in workers.iter().enumerate() {
            require!(
                !workers[..i].iter().any(|w| w.worker == worker.worker),
                IoCloudError::DuplicateAccount
            );
            gpus = gpus.safe_add(u64::from(worker.gpus))?;
        }
        require!(gpus == u64::from(self.gpus), IoCloudError::GpuCountMismatch);
        let duration = i64::from(self.hours).safe_mul(SECONDS_PER_HOUR)?;
        self.end_time = now.safe_add(duration)?;
        self.start_time = now;
        self.state = RentalState::Active;
        self.assignments = workers.iter().map(|w| Assignment::new(w, now)).collect();
        self.boost_granted = vec![0; workers.len()];
        Ok(())
    }

    fn checkpoint_all(&mut self, now: i64) -> Result<()> {
        let end = self.end_time;
        for assignment in self.assignments.iter_mut() {
            assignment.checkpoint(now, end)?;
        }
        Ok(())
    }

    fn account(&mut self, payout: &Payout) -> Result<()> {
        self.paid = self.paid.safe_add(payout.net)?;
        self.supplier_fees = self.supplier_fees.safe_add(payout.fee)?;
        Ok(())
    }

    /// Brings every stream up to `now` and pays each worker what is due; returns the payout per
    /// slot (possibly all zero).
    pub fn pay_streamed(&mut self, now: i64) -> Result<Vec<Payout>> {
        require!(
            matches!(self.state, RentalState::Active | RentalState::Terminated),
            IoCloudError::RentalNotActive
        );
        self.checkpoint_all(now)?;
        let ended = now >= self.end_time;
        let (price, fee_bps) = (self.price_per_gpu_hour, self.supplier_fee_bps);
        let mut payouts = Vec::with_capacity(self.assignments.len());
        for slot in 0..self.assignments.len() {
            let payout = self.assignments[slot].pay_due(price, ended, fee_bps)?;
            self.account(&payout)?;
            payouts.push(payout);
        }
        Ok(payouts)
    }

    /// `pay_streamed`, refused when nothing is due (a second settle at the same time).
    pub fn settle(&mut self, now: i64) -> Result<Vec<Payout>> {
        let mut next = self.clone();
        let payouts = next.pay_streamed(now)?;
        require!(
            payouts.iter().any(|p| p.net > 0 || p.fee > 0),
            IoCloudError::NothingToSettle
        );
        *self = next;
        Ok(payouts)
    }

    /// Ends the rental early. Before any assignment everything is refunded (`Cancelled`);
    /// after, the end moves to max(now, start + 1 hour) (the first hour is not refundable) and
    /// the renter gets back all that can no longer stream. Returns the refund.
    pub fn terminate(&mut self, now: i64) -> Result<u64> {
        match self.state {
            RentalState::Booked => {
                let refund = self.escrow_balance()?;
                self.refunded = self.refunded.safe_add(refund)?;
                self.state = RentalState::Cancelled;
                return Ok(refund);
            }
            RentalState::Active => require!(now < self.end_time, IoCloudError::RentalEnded),
            RentalState::Terminated => return err!(IoCloudError::RentalTerminated),
            RentalState::Cancelled => return err!(IoCloudError::RentalNotActive),
        }
        self.checkpoint_all(now)?;
        let first_hour_end = self.start_time.safe_add(SECONDS_PER_HOUR)?;
        let end = now.max(first_hour_end).min(self.end_time);
        // Reserve what every slot could still earn if it streamed until the new end.
        let mut reserve: u64 = 0;
        for assignment in &self.assignments {
            let left: u64 = end.safe_sub(assignment.since)?.safe_cast()?;
            let seconds = assignment.active_seconds.safe_add(left)?;
            let most = accrued(self.price_per_gpu_hour, assignment.gpus, seconds)?;
            reserve = reserve.safe_add(most.safe_sub(assignment.gross_paid()?)?)?;
        }
        let refund = self.escrow_balance()?.safe_sub(reserve)?;
        self.end_time = end;
        self.state = RentalState::Terminated;
        self.refunded = self.refunded.safe_add(refund)?;
        Ok(refund)
    }

    /// The orchestrator reports a worker down: it stops streaming; if it had not completed its
    /// first hour of service, that time is forfeited.
    pub fn report_down(&mut self, slot: usize, now: i64) -> Result<()> {
        self.is_running(now)?;
        let end = self.end_time;
        let assignment = self.slot_mut(slot)?;
        require!(!assignment.down, IoCloudError::WorkerAlreadyDown);
        assignment.checkpoint(now, end)?;
        assignment.forfeit_unfinished_first_hour()?;
        assignment.down = true;
        Ok(())
    }

    /// The orchestrator reports a down worker back up: it streams again from now.
    pub fn report_up(&mut self, slot: usize, now: i64) -> Result<()> {
        self.is_running(now)?;
        let end = self.end_time;
        let assignment = self.slot_mut(slot)?;
        require!(assignment.down, IoCloudError::WorkerNotDown);
        assignment.checkpoint(now, end)?;
        assignment.down = false;
        Ok(())
    }

    /// Replaces the worker of `slot` (same GPU count). The outgoing worker is paid what is due
    /// (nothing if it stops within its first hour); returns that payout and the old slot.
    pub fn replace(
        &mut self,
        slot: usize,
        next: &AssignedWorker,
        now: i64,
    ) -> Result<(Payout, Assignment)> {
        self.is_running(now)?;
        require!(
            !self.assignments.iter().any(|a| a.worker == next.worker),
            IoCloudError::DuplicateAccount
        );
        let (end, price, fee_bps) = (
            self.end_time,
            self.price_per_gpu_hour,
            self.supplier_fee_bps,
        );
        let assignment = self.slot_mut(slot)?;
        require!(assignment.gpus == next.gpus, IoCloudError::GpuCountMismatch);
        assignment.checkpoint(now, end)?;
        assignment.forfeit_unfinished_first_hour()?;
        let payout = assignment.pay_due(price, false, fee_bps)?;
        let outgoing = *assignment;
        *assignment = Assignment::new(next, now);
        self.account(&payout)?;
        Ok((payout, outgoing))
    }

    /// After the end (or a cancellation): pays what is due and refunds the rest. Returns the
    /// payout per slot and the refund.
    pub fn close_out(&mut self, now: i64) -> Result<(Vec<Payout>, u64)> {
        let payouts = match self.state {
            RentalState::Cancelled => vec![Payout::default(); self.assignments.len()],
            _ => {
                require!(self.has_ended(now), IoCloudError::RentalNotEnded);
                self.pay_streamed(now)?
            }
        };
        let refund = self.escrow_balance()?;
        self.refunded = self.refunded.safe_add(refund)?;
        Ok((payouts, refund))
    }

    fn slot_mut(&mut self, slot: usize) -> Result<&mut Assignment> {
        self.assignments
            .get_mut(slot)
            .ok_or_else(|| error!(IoCloudError::WorkerNotAssigned))
    }

    /// Signer seeds of this rental (the escrow's owner).
    pub fn signer_seeds<'a>(&'a self, nonce: &'a [u8; 8]) -> [&'a [u8]; 4] {
        [
            RENTAL_SEED,
            self.renter.as_ref(),
            nonce,
            std::slice::from_ref(&self.bump),
        ]
    }
}
