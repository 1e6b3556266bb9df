//! Process limits the bank needs.

/// Open files the accounts hash needs: `warp_to_slot` hashes all accounts into 65,536 bins with a
/// temporary file each, held open together (as on a validator, which asks for 1M).
const WANTED_OPEN_FILES: libc::rlim_t = 1 << 20;

/// Raises the open-file limit as far as the process may (root may raise the hard limit too).
/// Returns the soft limit in force afterwards.
pub fn raise_open_file_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain libc calls on a stack value.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 0;
        }
        if limit.rlim_cur >= WANTED_OPEN_FILES {
            return limit.rlim_cur;
        }
        let both = libc::rlimit {
            rlim_cur: WANTED_OPEN_FILES,
            rlim_max: WANTED_OPEN_FILES.max(limit.rlim_max),
        };
        if libc::setrlimit(libc::RLIMIT_NOFILE, &both) == 0 {
            return both.rlim_cur;
        }
        limit.rlim_cur = limit.rlim_max;
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
    }
    limit.rlim_cur
}
