use anchor_lang::prelude::*;

/// Errors shared by all programs. The offset keeps them clear of each program's own codes (6000+).
#[error_code(offset = 9000)]
pub enum CommonError {
    #[msg("Arithmetic overflow or division by zero")]
    MathOverflow,
    #[msg("Value does not fit the target integer type")]
    CastOverflow,
}

/// Checked arithmetic returning `CommonError::MathOverflow` and logging the caller's location.
pub trait SafeMath: Sized {
    fn safe_add(self, rhs: Self) -> Result<Self>;
    fn safe_sub(self, rhs: Self) -> Result<Self>;
    fn safe_mul(self, rhs: Self) -> Result<Self>;
    fn safe_div(self, rhs: Self) -> Result<Self>;
}

#[track_caller]
fn overflow() -> Error {
    let at = std::panic::Location::caller();
    msg!("math overflow at {}:{}", at.file(), at.line());
    error!(CommonError::MathOverflow)
}

macro_rules! impl_safe_math {
    ($($t:ty),*) => {$(
        impl SafeMath for $t {
            #[track_caller]
            fn safe_add(self, rhs: Self) -> Result<Self> {
                self.checked_add(rhs).ok_or_else(overflow)
            }
            #[track_caller]
            fn safe_sub(self, rhs: Self) -> Result<Self> {
                self.checked_sub(rhs).ok_or_else(overflow)
            }
            #[track_caller]
            fn safe_mul(self, rhs: Self) -> Result<Self> {
                self.checked_mul(rhs).ok_or_else(overflow)
            }
            #[track_caller]
            fn safe_div(self, rhs: Self) -> Result<Self> {
                self.checked_div(rhs).ok_or_else(overflow)
            }
        }
    )*};
}

impl_safe_math!(u64, u128, i64, i128);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_is_an_error_not_a_wrap() {
        assert_eq!(2u64.safe_add(3).unwrap(), 5);
        assert!(u64::MAX.safe_add(1).is_err());
        assert!(0u64.safe_sub(1).is_err());
        assert!(u128::MAX.safe_mul(2).is_err());
        assert!(1i64.safe_div(0).is_err());
    }
}
