//! Node addon: one `NativeBank` per harness context. Calls are synchronous (the bank runs on its
//! own tokio runtime); `harness/ts` wraps them in the bankrun-shaped async API.

use napi::bindgen_prelude::{BigInt, Buffer};
use napi_derive::napi;
use solana_sdk::{
    account::Account, clock::Clock, pubkey::Pubkey, signer::Signer,
    transaction::VersionedTransaction,
};

use ionet_harness::{Bank, BlockhashPace, TxOutcome};

fn pubkey(bytes: &[u8]) -> napi::Result<Pubkey> {
    Pubkey::try_from(bytes).map_err(|_| napi::Error::from_reason("expected a 32-byte public key"))
}

fn u64_of(value: &BigInt, what: &str) -> napi::Result<u64> {
    let (signed, value, lossless) = value.get_u64();
    if signed || !lossless {
        return Err(napi::Error::from_reason(format!(
            "{what} must fit in a u64"
        )));
    }
    Ok(value)
}

fn i64_of(value: &BigInt, what: &str) -> napi::Result<i64> {
    let (value, lossless) = value.get_i64();
    if !lossless {
        return Err(napi::Error::from_reason(format!(
            "{what} must fit in an i64"
        )));
    }
    Ok(value)
}

#[napi(object)]
pub struct NativeTxResult {
    /// The `TransactionError` as JSON (`{"InstructionError":[0,{"Custom":6000}]}`), or null.
    pub err: Option<String>,
    pub logs: Vec<String>,
    pub compute_units: BigInt,
}

impl From<TxOutcome> for NativeTxResult {
    fn from(outcome: TxOutcome) -> Self {
        Self {
            err: outcome
                .result
                .err()
                .map(|err| serde_json::to_string(&err).expect("error as json")),
            logs: outcome.logs,
            compute_units: BigInt::from(outcome.compute_units),
        }
    }
}

#[napi(object)]
pub struct NativeAccount {
    pub lamports: BigInt,
    pub data: Buffer,
    pub owner: Buffer,
    pub executable: bool,
    pub rent_epoch: BigInt,
}

impl From<Account> for NativeAccount {
    fn from(account: Account) -> Self {
        Self {
            lamports: BigInt::from(account.lamports),
            data: account.data.into(),
            owner: account.owner.to_bytes().to_vec().into(),
            executable: account.executable,
            rent_epoch: BigInt::from(account.rent_epoch),
        }
    }
}

#[napi(object)]
pub struct NativeKeyedAccount {
    pub pubkey: Buffer,
    pub account: NativeAccount,
}

#[napi(object)]
pub struct NativeClock {
    pub slot: BigInt,
    pub epoch_start_timestamp: BigInt,
    pub epoch: BigInt,
    pub leader_schedule_epoch: BigInt,
    pub unix_timestamp: BigInt,
}

#[napi(object)]
pub struct NativeRent {
    pub lamports_per_byte_year: BigInt,
    pub exemption_threshold: f64,
    pub burn_percent: u32,
}

#[napi]
pub struct NativeBank {
    /// `None` once closed.
    bank: Option<Bank>,
}

const CLOSED: &str = "the bank was closed";

impl NativeBank {
    fn bank_ref(&self) -> napi::Result<&Bank> {
        self.bank
            .as_ref()
            .ok_or_else(|| napi::Error::from_reason(CLOSED))
    }

    fn bank_mut(&mut self) -> napi::Result<&mut Bank> {
        self.bank
            .as_mut()
            .ok_or_else(|| napi::Error::from_reason(CLOSED))
    }
}

#[napi]
impl NativeBank {
    /// Starts a bank with the five programs, SPL Token, Token-2022 and ATA. With
    /// `blockhashesOnDemand`, a new blockhash is registered only by `advanceBlockhash` instead
    /// of every 6.4 ms (see `BlockhashPace`).
    #[allow(clippy::new_without_default)] // a JS constructor, not a Rust value type
    #[napi(constructor)]
    pub fn new(options: Option<NativeBankOptions>) -> Self {
        let on_demand = options
            .and_then(|o| o.blockhashes_on_demand)
            .unwrap_or(false);
        let pace = if on_demand {
            BlockhashPace::OnDemand
        } else {
            BlockhashPace::Continuous
        };
        Self {
            bank: Some(Bank::start_paced(pace)),
        }
    }

    /// Stops the bank (its runtime and the thread registering blockhashes) and frees it; any
    /// later call on it fails. The freeing (about 0.2 s: the runtime's threads, the accounts
    /// store) happens on a thread of its own, so the caller goes on at once.
    #[napi]
    pub fn close(&mut self) {
        if let Some(bank) = self.bank.take() {
            std::thread::spawn(move || drop(bank));
        }
    }

    /// Registers one new recent blockhash (a bank started with `blockhashesOnDemand`).
    #[napi]
    pub fn advance_blockhash(&mut self) -> napi::Result<()> {
        self.bank_mut()?.advance_blockhash();
        Ok(())
    }

    /// The genesis config's hash, base58: what identifies this chain.
    #[napi]
    pub fn genesis_hash(&self) -> napi::Result<String> {
        Ok(self.bank_ref()?.genesis_hash().to_string())
    }

    /// The funded payer's 64-byte secret key.
    #[napi]
    pub fn payer_secret_key(&self) -> napi::Result<Buffer> {
        Ok(self.bank_ref()?.payer().to_bytes().to_vec().into())
    }

    /// Program names and ids (32 bytes each) registered in this bank.
    #[napi]
    pub fn program_ids(&self) -> Vec<NativeKeyedProgram> {
        ionet_harness::PROGRAMS
            .iter()
            .map(|(name, id)| NativeKeyedProgram {
                name: name.to_string(),
                id: id.to_bytes().to_vec().into(),
            })
            .collect()
    }

    /// Processes and commits a wire-format (legacy or v0) transaction.
    #[napi]
    pub fn process_transaction(&mut self, wire: Buffer) -> napi::Result<NativeTxResult> {
        Ok(self.bank_mut()?.process(deserialize_tx(&wire)?).into())
    }

    /// Runs a wire-format transaction without committing it.
    #[napi]
    pub fn simulate_transaction(&mut self, wire: Buffer) -> napi::Result<NativeTxResult> {
        Ok(self.bank_mut()?.simulate(deserialize_tx(&wire)?).into())
    }

    #[napi]
    pub fn get_account(&mut self, address: Buffer) -> napi::Result<Option<NativeAccount>> {
        Ok(self.bank_mut()?.account(&pubkey(&address)?).map(Into::into))
    }

    #[napi]
    pub fn set_account(&mut self, address: Buffer, account: NativeAccount) -> napi::Result<()> {
        let account = Account {
            lamports: u64_of(&account.lamports, "lamports")?,
            data: account.data.to_vec(),
            owner: pubkey(&account.owner)?,
            executable: account.executable,
            rent_epoch: u64_of(&account.rent_epoch, "rentEpoch")?,
        };
        self.bank_mut()?.set_account(&pubkey(&address)?, account);
        Ok(())
    }

    /// Accounts owned by `owner` among every address the bank has seen.
    #[napi]
    pub fn get_program_accounts(&mut self, owner: Buffer) -> napi::Result<Vec<NativeKeyedAccount>> {
        Ok(self
            .bank_mut()?
            .program_accounts(&pubkey(&owner)?)
            .into_iter()
            .map(|(address, account)| NativeKeyedAccount {
                pubkey: address.to_bytes().to_vec().into(),
                account: account.into(),
            })
            .collect())
    }

    #[napi]
    pub fn get_latest_blockhash(&mut self) -> napi::Result<String> {
        Ok(self.bank_mut()?.latest_blockhash().to_string())
    }

    /// A blockhash not handed out before (waits at most one slot).
    #[napi]
    pub fn get_fresh_blockhash(&mut self) -> napi::Result<String> {
        Ok(self.bank_mut()?.fresh_blockhash().to_string())
    }

    #[napi]
    pub fn get_clock(&mut self) -> napi::Result<NativeClock> {
        let clock = self.bank_mut()?.clock();
        Ok(NativeClock {
            slot: BigInt::from(clock.slot),
            epoch_start_timestamp: BigInt::from(clock.epoch_start_timestamp),
            epoch: BigInt::from(clock.epoch),
            leader_schedule_epoch: BigInt::from(clock.leader_schedule_epoch),
            unix_timestamp: BigInt::from(clock.unix_timestamp),
        })
    }

    #[napi]
    pub fn set_clock(&mut self, clock: NativeClock) -> napi::Result<()> {
        let clock = Clock {
            slot: u64_of(&clock.slot, "slot")?,
            epoch_start_timestamp: i64_of(&clock.epoch_start_timestamp, "epochStartTimestamp")?,
            epoch: u64_of(&clock.epoch, "epoch")?,
            leader_schedule_epoch: u64_of(&clock.leader_schedule_epoch, "leaderScheduleEpoch")?,
            unix_timestamp: i64_of(&clock.unix_timestamp, "unixTimestamp")?,
        };
        self.bank_mut()?.set_clock(&clock);
        Ok(())
    }

    #[napi]
    pub fn warp_to_slot(&mut self, slot: BigInt) -> napi::Result<()> {
        let slot = u64_of(&slot, "slot")?;
        self.bank_mut()?
            .warp_to_slot(slot)
            .map_err(napi::Error::from_reason)
    }

    #[napi]
    pub fn get_slot(&mut self) -> napi::Result<BigInt> {
        Ok(BigInt::from(self.bank_mut()?.clock().slot))
    }

    #[napi]
    pub fn get_balance(&mut self, address: Buffer) -> napi::Result<BigInt> {
        Ok(BigInt::from(self.bank_mut()?.balance(&pubkey(&address)?)))
    }

    #[napi]
    pub fn get_rent(&mut self) -> napi::Result<NativeRent> {
        let rent = self.bank_mut()?.rent();
        Ok(NativeRent {
            lamports_per_byte_year: BigInt::from(rent.lamports_per_byte_year),
            exemption_threshold: rent.exemption_threshold,
            burn_percent: rent.burn_percent as u32,
        })
    }

    /// The payer's public key, base58.
    #[napi]
    pub fn payer(&self) -> napi::Result<String> {
        Ok(self.bank_ref()?.payer().pubkey().to_string())
    }
}

#[napi(object)]
pub struct NativeBankOptions {
    pub blockhashes_on_demand: Option<bool>,
}

#[napi(object)]
pub struct NativeKeyedProgram {
    pub name: String,
    pub id: Buffer,
}

fn deserialize_tx(wire: &[u8]) -> napi::Result<VersionedTransaction> {
    bincode::deserialize(wire)
        .map_err(|e| napi::Error::from_reason(format!("malformed transaction: {e}")))
}
