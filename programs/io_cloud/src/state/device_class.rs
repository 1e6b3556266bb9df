use anchor_lang::prelude::*;

use crate::constants::MAX_DEVICE_CLASS_NAME_LEN;

/// A GPU model of the governed table (PDA `[DEVICE_CLASS_SEED, class id u16 LE]`).
#[account]
#[derive(InitSpace)]
pub struct DeviceClass {
    /// The class id workers and rentals name.
    pub class_id: u16,
    /// Rewards and stake multiplier in basis points (H100 = 100,000 = 10x; L4 = 2,500). Zero: the
    /// class is retired (io.net): closed to new workers and rentals, and its workers earn nothing.
    pub multiplier_bps: u32,
    /// Whether new workers may register and rentals be booked in this class.
    pub enabled: bool,
    /// The GPU model, e.g. "NVIDIA H100 80GB".
    #[max_len(MAX_DEVICE_CLASS_NAME_LEN)]
    pub name: String,
    /// Event sequence number of this class.
    pub seq: u64,
    /// Canonical bump of this PDA.
    pub bump: u8,
}

impl DeviceClass {
    /// New workers may register, and rentals be booked, in this class: enabled, multiplier above 0.
    pub fn is_open(&self) -> bool {
        self.enabled && self.multiplier_bps > 0
    }
}
