//! The bench of the power-cut tests: a vault on the power-cut file system, a writer
//! started as a child process, the cut (at a random moment or at an acknowledgement),
//! the boot, and the tally of what was lost.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::common::{TEST_WORK_FACTOR, TestVault};
use crate::lazyfs::{Mount, PowerSwitch};

/// A small, seedable generator (xorshift64*): a failing run replays from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn from_env() -> Self {
        let seed = std::env::var("FIELDSIGN_POWERCUT_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos());
                u64::try_from(nanos % u128::from(u64::MAX)).unwrap_or(1) | 1
            });
        eprintln!("power-cut test seed: FIELDSIGN_POWERCUT_SEED={seed}");
        Self(seed)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    }
}

/// When the power goes.
#[derive(Clone, Copy, Debug)]
pub enum Cut {
    /// After this long (the writer is killed, then whatever was durable is what remains).
    After(Duration),
    /// The instant the writer prints its n-th acknowledgement (1-based): the durable image
    /// is taken as soon as the line is read, before the writer can sync anything more.
    AtAck(usize),
}

impl Cut {
    /// Every other round at an acknowledgement (1 to `max_ack`), the others at a random
    /// moment up to `max_ms`.
    pub fn pick(rng: &mut Rng, round: u32, max_ms: u64, max_ack: u64) -> Self {
        if round.is_multiple_of(2) {
            Cut::AtAck(usize::try_from(1 + rng.below(max_ack)).unwrap_or(1))
        } else {
            Cut::After(Duration::from_millis(rng.below(max_ms)))
        }
    }
}

/// A vault whose folder is on the power-cut file system (its passphrase file is not).
pub struct Rig {
    pub vault: TestVault,
    pub mount: Mount,
    _mount_point: TempDir, // dropped after the mount
}

impl Rig {
    /// Mounts the file system and initializes a vault on it; `None` (after saying so
    /// loudly) where FUSE cannot be mounted. On CI that is a failure, not a skip.
    pub fn mount(what: &str) -> Option<Self> {
        let rig = Self::mount_empty(what)?;
        rig.vault
            .ok(&["init", "--kdf-work-factor", TEST_WORK_FACTOR]);
        Some(rig)
    }

    /// As [`Rig::mount`], without a vault yet (its folder is `self.vault.vault`).
    pub fn mount_empty(what: &str) -> Option<Self> {
        let mount_point = tempfile::tempdir().expect("temp dir");
        let mounted = if Path::new("/dev/fuse").exists() {
            Mount::new(mount_point.path()).map_err(|e| format!("mounting FUSE failed: {e}"))
        } else {
            Err("there is no /dev/fuse".to_owned())
        };
        let mount = match mounted {
            Ok(mount) => mount,
            Err(why) => {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "the power-cut test of {what} cannot run on CI: {why}"
                );
                // Written past the test harness's capture, so that it is seen.
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIP: the power-cut test of {what} did NOT run: {why}. It needs /dev/fuse \
                     and root (Debian: fuse3); nothing about power cuts was checked."
                );
                return None;
            }
        };
        let mut vault = TestVault::uninitialized();
        vault.vault = mount.path().join("vault");
        Some(Self {
            vault,
            mount,
            _mount_point: mount_point,
        })
    }

    /// Moves on to a new, initialized vault beside the old one on the same mount.
    pub fn fresh_vault(&mut self, n: u32) {
        self.vault.vault = self.mount.path().join(format!("vault-{n}"));
        // `campaign create --out` does not overwrite the previous vault's campaign file.
        let _ = std::fs::remove_file(self.vault.path("campaign.fieldsign"));
        self.vault
            .ok(&["init", "--kdf-work-factor", TEST_WORK_FACTOR]);
    }

    /// Starts `command` (in its own process group, stdout and stderr watched for lines
    /// that `is_ack`), cuts the power as `cut` says, makes sure every process of the group
    /// is gone, and boots the durable image. Returns the acknowledgements printed before
    /// the cut, in the order they were read.
    pub fn run_and_cut(
        &mut self,
        mut command: Command,
        is_ack: fn(&str) -> bool,
        cut: Cut,
        tally: &mut Tally,
    ) -> Vec<String> {
        command
            .env_remove("FIELDSIGN_VAULT")
            .env_remove("FIELDSIGN_PASSPHRASE_FILE")
            .process_group(0)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("start the writer");
        let cut_at = match cut {
            Cut::AtAck(n) => Some(n),
            Cut::After(_) => None,
        };
        let seen = Arc::new(Mutex::new(Seen::default()));
        let (events, ended) = mpsc::channel();
        let stdout: Box<dyn Read + Send> = Box::new(child.stdout.take().expect("piped stdout"));
        let stderr: Box<dyn Read + Send> = Box::new(child.stderr.take().expect("piped stderr"));
        let watchers: Vec<JoinHandle<()>> = [stdout, stderr]
            .into_iter()
            .map(|stream| {
                let (seen, events, switch) = (seen.clone(), events.clone(), self.mount.switch());
                std::thread::spawn(move || watch(stream, is_ack, cut_at, &seen, &switch, &events))
            })
            .collect();
        drop(events);
        match cut {
            Cut::After(delay) => {
                std::thread::sleep(delay);
                let stopped = child.try_wait().expect("poll the writer");
                kill_group(&mut child);
                // The processes are gone: what is durable now is what the cut leaves.
                self.mount.switch().cut();
                for w in watchers {
                    w.join().expect("output watcher");
                }
                if let Some(status) = stopped.filter(|s| !s.success()) {
                    panic!(
                        "the writer failed by itself ({status}) before the cut: {}",
                        lock(&seen).other.join("\n")
                    );
                }
                tally.cuts_at_random += 1;
            }
            Cut::AtAck(n) => {
                // Until the cut, or both streams closed without n acknowledgements.
                while ended.recv().is_ok() && !self.mount.was_cut() {}
                if !self.mount.was_cut() {
                    let status = child.wait().expect("reap the writer");
                    let seen = lock(&seen);
                    panic!(
                        "the writer stopped ({status}) after {} of {n} acknowledgements, before the cut: {}",
                        seen.acks.len(),
                        seen.other.join("\n")
                    );
                }
                kill_group(&mut child);
                for w in watchers {
                    w.join().expect("output watcher");
                }
                tally.cuts_at_ack += 1;
            }
        }
        let acks = std::mem::take(&mut lock(&seen).acks);
        tally.acknowledged += acks.len();
        self.mount.restart().expect("boot the durable image");
        acks
    }
}

/// What the writer printed: acknowledgements (up to the cut) and everything else.
#[derive(Default)]
struct Seen {
    acks: Vec<String>,
    other: Vec<String>,
}

fn lock(seen: &Mutex<Seen>) -> std::sync::MutexGuard<'_, Seen> {
    seen.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Reads one output stream line by line; cuts the power the instant the acknowledgement
/// numbered `cut_at` is read, before anything else happens. Says on `events` when it
/// cut and when its stream ended.
fn watch(
    stream: Box<dyn Read + Send>,
    is_ack: fn(&str) -> bool,
    cut_at: Option<usize>,
    seen: &Mutex<Seen>,
    switch: &PowerSwitch,
    events: &mpsc::Sender<()>,
) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    // Only lines that end in a newline were printed whole.
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
        let text = line.trim();
        let mut seen = lock(seen);
        if line.ends_with('\n') && is_ack(text) {
            if switch.was_cut() {
                break; // read after the cut: it does not count
            }
            seen.acks.push(text.to_owned());
            if cut_at == Some(seen.acks.len()) {
                switch.cut();
                let _ = events.send(());
            }
        } else {
            seen.other.push(text.to_owned());
        }
        drop(seen);
        line.clear();
    }
    let _ = events.send(());
}

/// SIGKILLs the process group of `child` (if still there) and waits until all of it is
/// gone, so that nothing holds a file on the mount.
fn kill_group(child: &mut Child) {
    let pid = rustix::process::Pid::from_raw(i32::try_from(child.id()).unwrap()).unwrap();
    let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    child.wait().expect("reap the writer");
    let deadline = Instant::now() + Duration::from_secs(30);
    while rustix::process::test_kill_process_group(pid).is_ok() {
        assert!(
            Instant::now() < deadline,
            "the killed writer did not go away"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// What the cuts of one test did and found.
#[derive(Default)]
pub struct Tally {
    pub cuts_at_random: u32,
    pub cuts_at_ack: u32,
    pub acknowledged: usize,
    pub losses: Vec<String>,
}

impl Tally {
    pub fn lost(&mut self, what: String) {
        eprintln!("LOST: {what}");
        self.losses.push(what);
    }

    /// Opens the vault after a boot and lists every record. A vault that says it lost
    /// its newest changes (the high-water mark caught it) counts as a loss and is opened
    /// again; a vault that does not open at all fails the test.
    pub fn open(&mut self, t: &TestVault, round: u32) -> Option<Vec<serde_json::Value>> {
        for attempt in 0..2 {
            let out = t.run(&["list", "--all", "--format", "json"]);
            if out.status.success() {
                return Some(serde_json::from_slice(&out.stdout).expect("json list"));
            }
            let stderr = String::from_utf8_lossy(&out.stderr);
            if attempt == 0 && stderr.contains("lost its newest changes") {
                self.lost(format!("round {round}: on open, {}", stderr.trim()));
                continue;
            }
            panic!("round {round}: after the power cut the vault does not open: {stderr}");
        }
        None
    }

    /// Prints the tally and fails the test if anything acknowledged was lost.
    pub fn finish(self, what: &str) {
        eprintln!(
            "{what}: {} power cuts ({} at an acknowledgement, {} at a random moment), {} acknowledged saves, {} lost",
            self.cuts_at_random + self.cuts_at_ack,
            self.cuts_at_ack,
            self.cuts_at_random,
            self.acknowledged,
            self.losses.len(),
        );
        assert!(
            self.losses.is_empty(),
            "{what}: {} of {} acknowledged saves were lost to a power cut (the saves did not \
             reach a real fsync before they were reported):\n{}",
            self.losses.len(),
            self.acknowledged,
            self.losses.join("\n")
        );
        assert!(
            self.acknowledged > 0,
            "{what}: nothing was acknowledged: the test proved nothing"
        );
    }
}

/// Copies a folder tree (a vault into the mount).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
