//! Work that must not block the screen (the KDF, reading every record of a campaign, a
//! record's history, sealing a bundle) runs on a thread, and its result comes back to
//! `update` as a message addressed to the screen that started it. The result is the
//! value the job returned; only that screen knows (and checks) its type.
//!
//! Jobs that read the vault check a shared stop flag between records, so a lock (Ctrl-L,
//! idle) stops them within a record's time and then joins them: once `stop_all`
//! returns, no thread holds the vault and its keys can be dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use super::screen::Payload;

/// Which screen a job's result goes to. Each screen gets its own when it opens; the
/// locked phase (wizard, unlock) has one screen at a time and uses [`Owner::GATE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Owner(u64);

impl Owner {
    pub const GATE: Owner = Owner(0);
}

/// A finished job: its result and who asked for it.
pub struct JobDone {
    pub to: Owner,
    pub result: Payload,
}

/// The running jobs and the channel their results come back on.
pub struct Jobs {
    tx: Sender<JobDone>,
    rx: Receiver<JobDone>,
    stop: Arc<AtomicBool>,
    handles: Vec<JoinHandle<()>>,
    running: usize,
    last_owner: u64,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            stop: Arc::new(AtomicBool::new(false)),
            handles: Vec::new(),
            running: 0,
            last_owner: 0,
        }
    }
}

impl Jobs {
    /// A new owner for a screen about to open.
    pub fn new_owner(&mut self) -> Owner {
        self.last_owner += 1;
        Owner(self.last_owner)
    }

    /// Runs `work` on a thread; it gets the stop flag to check between steps, and what
    /// it returns goes to `owner`.
    pub fn spawn<T: Send + 'static>(
        &mut self,
        owner: Owner,
        work: impl FnOnce(&AtomicBool) -> T + Send + 'static,
    ) {
        let tx = self.tx.clone();
        let stop = Arc::clone(&self.stop);
        self.handles.retain(|h| !h.is_finished());
        self.handles.push(std::thread::spawn(move || {
            let result: Payload = Box::new(work(&stop));
            // The receiver is gone only when the app is quitting; nothing to report then.
            let _ = tx.send(JobDone { to: owner, result });
        }));
        self.running += 1;
    }

    /// A spawner whose jobs report to `owner`.
    pub fn for_owner(&mut self, owner: Owner) -> Spawner<'_> {
        Spawner { jobs: self, owner }
    }

    pub fn busy(&self) -> bool {
        self.running > 0
    }

    /// A finished job's result, if one is waiting.
    pub fn try_next(&mut self) -> Option<JobDone> {
        let done = self.rx.try_recv().ok()?;
        self.running = self.running.saturating_sub(1);
        Some(done)
    }

    /// Waits for the next result (tests, and the event loop when it has nothing else).
    pub fn wait_next(&mut self, timeout: std::time::Duration) -> Option<JobDone> {
        if self.running == 0 {
            return None;
        }
        let done = self.rx.recv_timeout(timeout).ok()?;
        self.running = self.running.saturating_sub(1);
        Some(done)
    }

    /// Stops every job, waits for their threads and drops their results, so that no
    /// thread holds the vault any more.
    pub fn stop_all(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        for handle in self.handles.drain(..) {
            // A job that panicked has already been reported by the panic hook.
            let _ = handle.join();
        }
        while self.rx.try_recv().is_ok() {}
        self.running = 0;
        self.stop = Arc::new(AtomicBool::new(false));
    }
}

/// Starts jobs on behalf of one screen: what a screen's context hands it.
pub struct Spawner<'a> {
    jobs: &'a mut Jobs,
    owner: Owner,
}

impl Spawner<'_> {
    pub fn spawn<T: Send + 'static>(
        &mut self,
        work: impl FnOnce(&AtomicBool) -> T + Send + 'static,
    ) {
        self.jobs.spawn(self.owner, work);
    }
}
