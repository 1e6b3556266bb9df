use anchor_lang::prelude::*;
use io_common::{emit_event, EventHeader};

use crate::constants::*;
use crate::errors::IoCloudError;
use crate::events::DeviceClassSet as DeviceClassSetEvent;
use crate::state::{CloudConfig, DeviceClass};

#[derive(AnchorSerialize, AnchorDeserialize, Clone, Debug)]
pub struct DeviceClassSetArgs {
    pub class_id: u16,
    /// The GPU model, at most 32 bytes.
    pub name: String,
    /// Multiplier in basis points (H100 = 100,000; L4 = 2,500), within 0.01x..100x, or 0 to
    /// retire the class (closed to new workers and rentals; its workers earn nothing).
    pub multiplier_bps: u32,
    pub enabled: bool,
}

#[derive(Accounts)]
#[instruction(args: DeviceClassSetArgs)]
pub struct DeviceClassSet<'info> {
    #[account(mut)]
    pub payer: Signer<'info>,

    pub governance: Signer<'info>,

    #[account(
        seeds = [CONFIG_SEED],
        bump = config.bump,
        has_one = governance @ IoCloudError::Unauthorized,
    )]
    pub config: Box<Account<'info, CloudConfig>>,

    #[account(
        init_if_needed,
        payer = payer,
        space = 8 + DeviceClass::INIT_SPACE,
        seeds = [DEVICE_CLASS_SEED, &args.class_id.to_le_bytes()],
        bump,
    )]
    pub device_class: Box<Account<'info, DeviceClass>>,

    pub system_program: Program<'info, System>,
}

impl DeviceClassSet<'_> {
    fn validate(&self, args: &DeviceClassSetArgs) -> Result<()> {
        // Zero retires the class; any other multiplier is at least the floor.
        require!(
            args.multiplier_bps == 0 || args.multiplier_bps >= MIN_MULTIPLIER_BPS,
            IoCloudError::MultiplierTooLow
        );
        require!(
            args.multiplier_bps <= MAX_MULTIPLIER_BPS,
            IoCloudError::MultiplierTooHigh
        );
        require!(
            !args.name.is_empty() && args.name.len() <= MAX_DEVICE_CLASS_NAME_LEN as usize,
            IoCloudError::InvalidDeviceClassName
        );
        Ok(())
    }
}

/// Governance adds a device class to the table or changes one. Registered workers pick up a
/// new multiplier through `worker_refresh`.
#[access_control(ctx.accounts.validate(&args))]
pub fn handler(ctx: Context<DeviceClassSet>, args: DeviceClassSetArgs) -> Result<()> {
    let class = &mut ctx.accounts.device_class;
    class.class_id = args.class_id;
    class.name = args.name;
    class.multiplier_bps = args.multiplier_bps;
    class.enabled = args.enabled;
    class.bump = ctx.bumps.device_class;
    emit_event(&DeviceClassSetEvent {
        header: EventHeader::next(class.key(), &mut class.seq)?,
        class_id: class.class_id,
        name: class.name.clone(),
        multiplier_bps: class.multiplier_bps,
        enabled: class.enabled,
    });
    Ok(())
}
