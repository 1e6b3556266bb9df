use anchor_lang::prelude::*;

use crate::instructions::rental_report_down::{report, RentalReportWorker};

/// The orchestrator reports a down worker back up: it streams again from now.
pub fn handler(ctx: Context<RentalReportWorker>) -> Result<()> {
    report(ctx, true)
}
