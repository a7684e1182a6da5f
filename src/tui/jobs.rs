//! Work that must not block the screen (the KDF, reading every record of a campaign, a
//! record's history) runs on a thread and comes back to `update` as a message.
//!
//! Jobs that read the vault check a shared stop flag between records, so a lock (Ctrl-L,
//! idle) stops them within a record's time and then joins them: once `stop_all`
//! returns, no thread holds the vault and its keys can be dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

use crate::model::{CampaignId, RecordId};
use crate::vault::{DirLock, HistoryEntry, UnlockFailed, Vault, VaultError};

use super::rows::Row;

/// What a finished job hands back.
pub enum JobDone {
    Unlocked(Result<Vault, UnlockFailed>),
    /// The session of a lock is dropped and the database closed; here is the vault's
    /// lock back (`None` if it could not be kept).
    Relocked(Option<DirLock>),
    Created(Result<Vault, VaultError>),
    /// `Ok(None)`: stopped before the end.
    Rows {
        campaign: CampaignId,
        result: Result<Option<Vec<Row>>, VaultError>,
    },
    History {
        record: RecordId,
        result: Result<Option<Vec<HistoryEntry>>, VaultError>,
    },
    /// A bundle built for export, with what it holds (or why it could not be built).
    Exported {
        campaign: CampaignId,
        result: Result<(Vec<u8>, crate::exchange::bundle::ExportSummary), String>,
    },
    /// A bundle imported: the lines to show (or why it was refused).
    Imported {
        result: Result<Vec<String>, String>,
    },
}

/// The running jobs and the channel their results come back on.
pub struct Jobs {
    tx: Sender<JobDone>,
    rx: Receiver<JobDone>,
    stop: Arc<AtomicBool>,
    handles: Vec<JoinHandle<()>>,
    running: usize,
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
        }
    }
}

impl Jobs {
    /// Runs `work` on a thread; it gets the stop flag to check between steps.
    pub fn spawn(&mut self, work: impl FnOnce(&AtomicBool) -> JobDone + Send + 'static) {
        let tx = self.tx.clone();
        let stop = Arc::clone(&self.stop);
        self.handles.retain(|h| !h.is_finished());
        self.handles.push(std::thread::spawn(move || {
            // The receiver is gone only when the app is quitting; nothing to report then.
            let _ = tx.send(work(&stop));
        }));
        self.running += 1;
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

/// Reads every record of `campaign` into rows for browsing.
pub fn load_rows(jobs: &mut Jobs, vault: &Arc<Vault>, campaign: CampaignId) {
    let vault = Arc::clone(vault);
    jobs.spawn(move |stop| {
        let mut rows = Vec::new();
        let result = vault
            .scan_records(campaign, |record| {
                if let Some(row) = Row::from_record(&record) {
                    rows.push(row);
                }
                !stop.load(Ordering::Relaxed)
            })
            .map(|complete| complete.then_some(rows));
        JobDone::Rows { campaign, result }
    });
}

/// Reads the history of one record.
pub fn load_history(jobs: &mut Jobs, vault: &Arc<Vault>, record: RecordId) {
    let vault = Arc::clone(vault);
    jobs.spawn(move |stop| JobDone::History {
        record,
        result: vault.history(record, || stop.load(Ordering::Relaxed)),
    });
}
