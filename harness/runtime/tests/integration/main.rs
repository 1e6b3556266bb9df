//! Integration tests through the real bank: one binary, one module per area.

mod harness_clock;
mod harness_cpi_and_logs;
mod io_token_initialize;
mod support;
