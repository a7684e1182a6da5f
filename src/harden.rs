//! Process hardening done once at start: no core dumps, so that a crash never writes
//! the unlocked vault key or typed names to disk.

use std::io;

/// Forbids core dumps of this process: the core size limit goes to 0 and, on Linux, the
/// process is marked not dumpable (which also keeps other unprivileged processes of the
/// same user from attaching a debugger or reading its memory through `/proc`).
///
/// Call it first thing in `main`, before any secret is read.
pub fn disable_core_dumps() -> io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )?;
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        set_dumpable_behavior(DumpableBehavior::NotDumpable)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_dumps_are_off_after_the_call() {
        disable_core_dumps().unwrap();
        #[cfg(unix)]
        {
            let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
            assert_eq!(limit.current, Some(0));
            assert_eq!(limit.maximum, Some(0));
        }
        #[cfg(any(target_os = "linux", target_os = "android"))]
        assert_eq!(
            rustix::process::dumpable_behavior().unwrap(),
            rustix::process::DumpableBehavior::NotDumpable
        );
    }
}
