use anchor_lang::error::{Error, Source};
use anchor_lang::prelude::*;
use core::panic::Location;

use crate::errors::CommonError;

/// `error` with its origin at `at`: Anchor logs "AnchorError thrown in <file>:<line>" for it.
fn failed(error: CommonError, at: &'static Location<'static>) -> Error {
    Error::from(error).with_source(Source {
        filename: at.file(),
        line: at.line(),
    })
}

/// `value`, or `MathOverflow` with its origin at `at` (the caller's, taken in its own body).
fn checked<T>(value: Option<T>, at: &'static Location<'static>) -> Result<T> {
    value.ok_or_else(|| failed(CommonError::MathOverflow, at))
}

/// Checked arithmetic: `CommonError::MathOverflow` on overflow or division by zero, its origin
/// the calling line (each method takes `Location::caller()` in its own `#[track_caller]` body;
/// inside a closure such as `ok_or_else`'s it would name the closure's caller in `core`).
pub trait SafeMath: Sized {
    fn safe_add(self, rhs: Self) -> Result<Self>;
    fn safe_sub(self, rhs: Self) -> Result<Self>;
    fn safe_mul(self, rhs: Self) -> Result<Self>;
    fn safe_div(self, rhs: Self) -> Result<Self>;
    /// The quotient rounded toward positive infinity.
    fn safe_div_ceil(self, rhs: Self) -> Result<Self>;
}

/// Whether a truncated quotient rounds up to the ceiling: the division left a remainder and the
/// exact quotient is positive (remainder and divisor of the same sign).
fn signed_rounds_up<T: PartialOrd + Default>(remainder: T, divisor: T) -> bool {
    let zero = T::default();
    remainder != zero && ((remainder < zero) == (divisor < zero))
}

fn unsigned_rounds_up<T: PartialEq + Default>(remainder: T, _divisor: T) -> bool {
    remainder != T::default()
}

macro_rules! impl_safe_math {
    ($rounds_up:ident: $($t:ty),*) => {$(
        impl SafeMath for $t {
            #[track_caller]
            fn safe_add(self, rhs: Self) -> Result<Self> {
                checked(self.checked_add(rhs), Location::caller())
            }
            #[track_caller]
            fn safe_sub(self, rhs: Self) -> Result<Self> {
                checked(self.checked_sub(rhs), Location::caller())
            }
            #[track_caller]
            fn safe_mul(self, rhs: Self) -> Result<Self> {
                checked(self.checked_mul(rhs), Location::caller())
            }
            #[track_caller]
            fn safe_div(self, rhs: Self) -> Result<Self> {
                checked(self.checked_div(rhs), Location::caller())
            }
            #[track_caller]
            fn safe_div_ceil(self, rhs: Self) -> Result<Self> {
                let at = Location::caller();
                let quotient = checked(self.checked_div(rhs), at)?;
                let remainder = checked(self.checked_rem(rhs), at)?;
                // Division truncates toward zero: one more when that was rounding down.
                if $rounds_up(remainder, rhs) {
                    checked(quotient.checked_add(1), at)
                } else {
                    Ok(quotient)
                }
            }
        }
    )*};
}

impl_safe_math!(unsigned_rounds_up: u8, u16, u32, u64, u128, usize);
impl_safe_math!(signed_rounds_up: i8, i16, i32, i64, i128);

/// Checked integer conversion: `CommonError::CastOverflow`, its origin the calling line, when the
/// value does not fit the target type (the programs' one way to narrow or change sign).
pub trait SafeCast: Sized {
    fn safe_cast<T: TryFrom<Self>>(self) -> Result<T>;
}

impl<S> SafeCast for S {
    #[track_caller]
    fn safe_cast<T: TryFrom<S>>(self) -> Result<T> {
        match T::try_from(self) {
            Ok(value) => Ok(value),
            Err(_) => Err(failed(CommonError::CastOverflow, Location::caller())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use anchor_lang::error::ErrorOrigin;

    /// The file and line an error names as its origin.
    fn origin(error: Error) -> (String, u32) {
        match error {
            Error::AnchorError(error) => match &error.error_origin {
                Some(ErrorOrigin::Source(source)) => (source.filename.to_string(), source.line),
                other => panic!("no source origin: {other:?}"),
            },
            Error::ProgramError(error) => panic!("not an AnchorError: {error:?}"),
        }
    }

    fn code(error: Error) -> u32 {
        match error {
            Error::AnchorError(error) => error.error_code_number,
            Error::ProgramError(error) => panic!("not an AnchorError: {error:?}"),
        }
    }

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert_eq!(2u64.safe_add(3).unwrap(), 5);
        assert!(u64::MAX.safe_add(1).is_err());
        assert!(0u64.safe_sub(1).is_err());
        assert!(u128::MAX.safe_mul(2).is_err());
        assert!(1i64.safe_div(0).is_err());
        assert!(i64::MIN.safe_div(-1).is_err());
        assert!(u8::MAX.safe_add(1).is_err());
        assert!(i32::MIN.safe_sub(1).is_err());
        assert!(usize::MAX.safe_mul(2).is_err());
        assert_eq!(code(u16::MAX.safe_add(1).unwrap_err()), 9000);
    }

    #[test]
    fn each_failure_names_the_calling_line() {
        let here = line!();
        let failures = [
            u64::MAX.safe_add(1).unwrap_err(),
            0u32.safe_sub(1).unwrap_err(),
            i128::MAX.safe_mul(2).unwrap_err(),
            1u8.safe_div(0).unwrap_err(),
            1u64.safe_div_ceil(0).unwrap_err(),
            u64::MAX.safe_cast::<u32>().unwrap_err(),
        ];
        for (i, failure) in failures.into_iter().enumerate() {
            assert_eq!(origin(failure), (file!().to_string(), here + 2 + i as u32));
        }
    }

    #[test]
    fn div_ceil_rounds_toward_positive_infinity() {
        assert_eq!(7u64.safe_div_ceil(2).unwrap(), 4);
        assert_eq!(8u64.safe_div_ceil(2).unwrap(), 4);
        assert_eq!(0u64.safe_div_ceil(5).unwrap(), 0);
        assert_eq!(u64::MAX.safe_div_ceil(1).unwrap(), u64::MAX);
        assert_eq!(u64::MAX.safe_div_ceil(2).unwrap(), u64::MAX / 2 + 1);
        assert_eq!(7i64.safe_div_ceil(2).unwrap(), 4);
        assert_eq!((-7i64).safe_div_ceil(2).unwrap(), -3);
        assert_eq!(7i64.safe_div_ceil(-2).unwrap(), -3);
        assert_eq!((-7i64).safe_div_ceil(-2).unwrap(), 4);
        assert!(i64::MIN.safe_div_ceil(-1).is_err());
        // The ceiling is the least q with q >= a / b: q * b >= a when b > 0, q * b <= a when b < 0.
        for a in -50i64..=50 {
            for b in (-7i64..=7).filter(|b| *b != 0) {
                let ceiling = (-60i64..=60)
                    .find(|q| if b > 0 { q * b >= a } else { q * b <= a })
                    .unwrap();
                assert_eq!(a.safe_div_ceil(b).unwrap(), ceiling, "{a} / {b}");
            }
        }
    }

    #[test]
    fn casts_are_checked() {
        assert_eq!(300u64.safe_cast::<u16>().unwrap(), 300);
        assert_eq!(code(300u64.safe_cast::<u8>().unwrap_err()), 9001);
        assert!((-1i64).safe_cast::<u64>().is_err());
        assert_eq!(u128::from(u64::MAX).safe_cast::<u64>().unwrap(), u64::MAX);
        assert!((u128::from(u64::MAX) + 1).safe_cast::<u64>().is_err());
        let widened: u128 = 5u64.safe_cast().unwrap();
        assert_eq!(widened, 5);
    }
}
