//! The high-water mark: a small sealed file beside the database recording the replica
//! clock after the latest commit, so that a database that silently lost its newest
//! changes is noticed.
//!
//! Why: sled cannot tell damage to the newest part of its log (past its latest
//! snapshot) from a write that a crash tore, so on open it drops that part without an
//! error. Saved signatures would vanish silently, and this device would then hand out
//! the same operation numbers again for different content, which coordinators rightly
//! refuse as conflicts. The mark is written after each commit has been flushed, so it
//! never claims more than the database durably holds (a crash can only leave it older,
//! which is harmless); it is not itself fsynced, to keep saves at one fsync.
//!
//! On open, a clock behind the mark means lost changes: the clock is moved up to the
//! mark (so no operation number is ever reused), and the open fails once with
//! [`VaultError::LostChanges`] saying what happened; the next open proceeds.

use std::io::Write;
use std::path::Path;

use super::{Clock, Tree, Vault, VaultError, WriteSet, fsutil};

pub(super) const MARK_FILE: &str = "mark";
/// The tree name bound into the mark's sealing (it lives outside sled).
const MARK_AAD_TREE: &str = "mark-file";

impl Vault {
    /// Records `clock` as the newest durable state. Best effort: a failure only leaves
    /// an older mark, which can never cause a false alarm.
    pub(super) fn write_mark(&self, clock: Clock) {
        let Ok(plain) = serde_json::to_vec(&clock) else {
            return;
        };
        let sealed = self.sealer.seal(MARK_AAD_TREE, b"mark", &plain);
        let path = self.lock.dir.join(MARK_FILE);
        let tmp = path.with_extension("tmp");
        let written = fsutil::create_private(&tmp, true)
            .and_then(|mut file| file.write_all(&sealed))
            .and_then(|()| std::fs::rename(&tmp, &path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }

    /// Compares the stored clock with the mark; on a loss, repairs the clock and says so.
    pub(super) fn check_mark(&mut self, dir: &Path) -> Result<(), VaultError> {
        let Ok(sealed) = std::fs::read(dir.join(MARK_FILE)) else {
            return Ok(()); // no mark yet (a new or older vault), or unreadable: nothing known
        };
        let Some(mark) = self
            .sealer
            .open(MARK_AAD_TREE, b"mark", &sealed)
            .ok()
            .and_then(|plain| serde_json::from_slice::<Clock>(&plain).ok())
        else {
            return Ok(()); // a torn or damaged mark proves nothing
        };
        let clock = *self
            .clock
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if clock.seq >= mark.seq && clock.lamport >= mark.lamport {
            return Ok(());
        }
        let repaired = Clock {
            seq: clock.seq.max(mark.seq),
            lamport: clock.lamport.max(mark.lamport),
        };
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, super::keys::CLOCK, &repaired);
        self.store.commit(&writes)?;
        *self
            .clock
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = repaired;
        Err(VaultError::LostChanges {
            missing: mark.seq.saturating_sub(clock.seq),
        })
    }
}

#[cfg(test)]
mod tests {
    use age::secrecy::SecretString;

    use super::*;
    use crate::vault::{CampaignDraft, NewLine};

    fn add(vault: &Vault, line: u32) {
        let campaign = vault.resolve_campaign(None).unwrap();
        let event = vault.events(Some(campaign.id)).unwrap()[0].id;
        let new = NewLine {
            event: Some(event),
            sheet: 1,
            line,
            fields: [("name".to_owned(), format!("Марко Tail {line}"))].into(),
            ..NewLine::default()
        };
        vault.add(&campaign, new).unwrap();
    }

    fn seq(vault: &mut Vault) -> u64 {
        vault.clock.get_mut().unwrap().seq
    }

    #[test]
    fn a_lost_log_tail_is_reported_once_and_no_operation_number_is_reused() {
        let dir = tempfile::tempdir().unwrap();
        let vault_dir = dir.path().join("v");
        let pass = SecretString::from("pass phrase".to_owned());
        {
            let vault = Vault::create(&vault_dir, &pass, 10).unwrap();
            let (campaign, _) = vault
                .create_campaign(CampaignDraft {
                    title: "T".into(),
                    ..CampaignDraft::default()
                })
                .unwrap();
            vault.create_event(&campaign, "E", "", "").unwrap();
            add(&vault, 1);
            add(&vault, 2);
        }
        // Opening again makes sled snapshot everything so far; the next add is then
        // the only thing in the log's unsnapshotted tail.
        drop(Vault::open(&vault_dir, &pass).unwrap());
        let before = {
            let mut vault = Vault::open(&vault_dir, &pass).unwrap();
            add(&vault, 3);
            seq(&mut vault)
        };
        let log = vault_dir.join("db").join("db");
        let mut bytes = std::fs::read(&log).unwrap();
        let used = bytes.iter().rposition(|b| *b != 0).unwrap() + 1;
        bytes[used - 20] ^= 0x01;
        std::fs::write(&log, bytes).unwrap();

        let error = Vault::open(&vault_dir, &pass)
            .err()
            .expect("the loss is reported");
        assert!(
            matches!(error, VaultError::LostChanges { missing: 1 }),
            "{error:?}"
        );
        let mut vault = Vault::open(&vault_dir, &pass).expect("the next open proceeds");
        let campaign = vault.resolve_campaign(None).unwrap();
        assert_eq!(
            vault
                .records(campaign.id, crate::vault::ListFilter::default())
                .unwrap()
                .len(),
            2,
            "sled dropped the damaged tail"
        );
        assert_eq!(
            seq(&mut vault),
            before,
            "the clock was moved up to the mark"
        );
        add(&vault, 4);
        assert_eq!(seq(&mut vault), before + 1, "the lost number is not reused");
    }
}
