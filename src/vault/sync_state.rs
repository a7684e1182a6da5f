//! Replication state kept in the vault: what it holds (a version vector), what each
//! campaign's coordinator has acknowledged (from receipts), and the devices it has
//! pinned (from bundles).
//!
//! ```text
//! meta    "held/" ‖ replica   → RangeSet of seqs held from that replica
//! meta    "acked/" ‖ campaign → VersionVector from the latest receipts, united
//! meta    "authentic/" ‖ replica → RangeSet of seqs received signed by that replica
//! devices device id           → KnownDevice
//! ops     replica ‖ seq (BE)  → StoredOp
//! ```
//!
//! The held vector is updated inside the same transaction as the operations (see
//! `records::write_ops`), so it can never disagree with the log.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::keys::{self, OpKey};
use super::{Tree, Vault, VaultError, WriteSet};
use crate::model::{CampaignId, DeviceId, RecordId, UnixTime};
use crate::sync::Op;
use crate::sync::vector::{RangeSet, VersionVector};

/// An entry of the operation log: the operation, or what is left of it after `purge`.
#[derive(Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum StoredOp {
    Full(Op),
    Purged { purged: PurgedOp },
}

/// An acknowledged operation whose values were removed by `purge`: its place in the
/// log and a hash of its content, so the same operation arriving again is recognized
/// as known rather than as a conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurgedOp {
    pub replica: DeviceId,
    pub seq: u64,
    pub campaign: CampaignId,
    pub sha256: String,
    /// The record it changed and its Lamport time, so a record's history can still
    /// show that it was there. Absent in stubs written before they were kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lamport: Option<u64>,
}

impl PurgedOp {
    /// The stub that replaces `op` when it is purged.
    pub fn of(op: &Op) -> Self {
        Self {
            replica: op.replica,
            seq: op.seq,
            campaign: op.campaign,
            sha256: op_hash(op),
            record: Some(op.record),
            lamport: Some(op.lamport),
        }
    }
}

/// The content hash of an operation, as kept by [`PurgedOp`].
pub fn op_hash(op: &Op) -> String {
    let json = zeroize::Zeroizing::new(serde_json::to_vec(op).unwrap_or_default());
    data_encoding::HEXLOWER.encode(&Sha256::digest(&json))
}

impl StoredOp {
    /// The entry's place in the log.
    pub fn key(&self) -> OpKey {
        match self {
            Self::Full(op) => OpKey::new(op.replica, op.seq),
            Self::Purged { purged } => OpKey::new(purged.replica, purged.seq),
        }
    }

    pub fn campaign(&self) -> CampaignId {
        match self {
            Self::Full(op) => op.campaign,
            Self::Purged { purged } => purged.campaign,
        }
    }

    /// Whether `op` is this very operation (same content), even if this was purged.
    pub fn same_as(&self, op: &Op) -> bool {
        match self {
            Self::Full(stored) => stored == op,
            Self::Purged { purged } => purged.sha256 == op_hash(op),
        }
    }
}

/// A device whose bundles this vault has accepted: its key is pinned on first use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownDevice {
    pub device: DeviceId,
    /// base64 ed25519 public key, as in bundle headers.
    pub signing_key: String,
    pub fingerprint: String,
    /// The device's age recipient, for receipts.
    pub recipient: String,
    pub first_seen: UnixTime,
    pub last_seen: UnixTime,
    pub revoked: Option<UnixTime>,
    /// Campaigns it sent bundles for.
    pub campaigns: BTreeSet<CampaignId>,
    /// Replicas whose operations it has sent (its own, and any it relayed).
    pub replicas: BTreeSet<DeviceId>,
    pub bundles: u64,
    /// New operations its bundles brought.
    pub ops: u64,
}

impl Vault {
    /// What this vault holds, per replica.
    pub fn held_vector(&self) -> Result<VersionVector, VaultError> {
        let mut vector = VersionVector::default();
        for entry in self.store.scan_prefix(Tree::Meta, keys::held_prefix()) {
            let (key, sealed) = entry?;
            let Some(replica) = keys::parse_held(&key) else {
                continue;
            };
            let set: RangeSet = self.open_json(Tree::Meta, &key, &sealed, "version vector")?;
            vector.set(replica, set);
        }
        Ok(vector)
    }

    /// Vaults made before the held vector existed: build it once from the log's keys.
    pub(super) fn ensure_held_vector(&self) -> Result<(), VaultError> {
        if self.store.get(Tree::Meta, keys::HELD_READY)?.is_some() {
            return Ok(());
        }
        let mut held = VersionVector::default();
        for entry in self.store.scan_prefix(Tree::Ops, b"") {
            let (key, _) = entry?;
            if let Some(key) = OpKey::decode(&key) {
                held.insert(key.replica, key.seq);
            }
        }
        let mut writes = WriteSet::default();
        for (replica, set) in held.iter() {
            self.put_sealed(&mut writes, Tree::Meta, &keys::held(replica), set);
        }
        self.put_sealed(&mut writes, Tree::Meta, keys::HELD_READY, &true);
        self.store.commit(&writes)?;
        Ok(())
    }

    /// The seqs held from one replica.
    pub fn held_from(&self, replica: DeviceId) -> Result<RangeSet, VaultError> {
        Ok(self
            .get_sealed(Tree::Meta, &keys::held(replica), "version vector")?
            .unwrap_or_default())
    }

    /// Adds `ops` to the held vector, as part of the transaction that stores them.
    pub(super) fn note_held(&self, writes: &mut WriteSet, ops: &[Op]) -> Result<(), VaultError> {
        let mut by_replica: BTreeMap<DeviceId, RangeSet> = BTreeMap::new();
        for op in ops {
            by_replica.entry(op.replica).or_default().insert(op.seq);
        }
        for (replica, new) in by_replica {
            let mut held = self.held_from(replica)?;
            held.union(&new);
            self.put_sealed(writes, Tree::Meta, &keys::held(replica), &held);
        }
        Ok(())
    }

    /// The seqs of `replica` this vault received in bundles signed by `replica` itself:
    /// what a receipt to that device may acknowledge.
    ///
    /// Vaults written before bundle format 2 did not record this. For a replica that no
    /// other device ever relayed, everything held came from its own bundles; for one
    /// that another device did speak for, only what its own later bundles re-sent.
    pub fn authenticated_from(&self, replica: DeviceId) -> Result<RangeSet, VaultError> {
        let stored: RangeSet = self
            .get_sealed(Tree::Meta, &keys::authentic(replica), "version vector")?
            .unwrap_or_default();
        let spoken_for = self
            .known_devices()?
            .iter()
            .any(|d| d.device != replica && d.replicas.contains(&replica));
        if spoken_for {
            Ok(stored)
        } else {
            let mut held = self.held_from(replica)?;
            held.union(&stored);
            Ok(held)
        }
    }

    /// Adds `seqs` of `replica`, received under its own signature, to a transaction.
    /// Returns false (and writes nothing) when they were all recorded already.
    pub fn note_authenticated(
        &self,
        writes: &mut WriteSet,
        replica: DeviceId,
        seqs: &RangeSet,
    ) -> Result<bool, VaultError> {
        let key = keys::authentic(replica);
        let mut stored: RangeSet = self
            .get_sealed(Tree::Meta, &key, "version vector")?
            .unwrap_or_default();
        let before = stored.clone();
        stored.union(seqs);
        if stored == before {
            return Ok(false);
        }
        self.put_sealed(writes, Tree::Meta, &key, &stored);
        Ok(true)
    }

    /// The log entry `(replica, seq)`, if held.
    pub fn stored_op(&self, replica: DeviceId, seq: u64) -> Result<Option<StoredOp>, VaultError> {
        match self
            .store
            .get(Tree::Ops, &OpKey::new(replica, seq).encode())?
        {
            Some(sealed) => self
                .log_entry(&OpKey::new(replica, seq).encode(), &sealed)
                .map(Some),
            None => Ok(None),
        }
    }

    /// The one reader of the operation log: opens a stored entry, whichever kind it is
    /// (an operation, or the stub `purge` left of one), and checks that it is the entry
    /// its key names.
    pub(super) fn log_entry(&self, key: &[u8], sealed: &[u8]) -> Result<StoredOp, VaultError> {
        let damaged = || VaultError::Damaged {
            what: "operation",
            key: super::describe_key(key),
        };
        let op_key = OpKey::decode(key).ok_or_else(damaged)?;
        let plain = self
            .sealer
            .open(Tree::Ops.name(), key, sealed)
            .map_err(|_| damaged())?;
        let entry = super::codec::decode(op_key, &plain).ok_or_else(damaged)?;
        if entry.key() != op_key {
            return Err(damaged());
        }
        Ok(entry)
    }

    /// Seals a log entry for its key, in the compact encoding.
    pub(super) fn seal_log_entry(&self, entry: &StoredOp) -> Vec<u8> {
        let plain = zeroize::Zeroizing::new(super::codec::encode(entry));
        self.sealer
            .seal(Tree::Ops.name(), &entry.key().encode(), &plain)
    }

    /// Seals an operation for the log (as [`Vault::seal_log_entry`], without a copy).
    pub(super) fn seal_op(&self, op: &Op) -> Vec<u8> {
        let plain = zeroize::Zeroizing::new(super::codec::encode_op(op));
        self.sealer.seal(
            Tree::Ops.name(),
            &OpKey::new(op.replica, op.seq).encode(),
            &plain,
        )
    }

    /// Calls `each` with every entry of the operation log, in key order, until it
    /// returns `false`. Returns whether it reached the end.
    pub(super) fn scan_log(
        &self,
        mut each: impl FnMut(StoredOp) -> Result<bool, VaultError>,
    ) -> Result<bool, VaultError> {
        for entry in self.store.scan_prefix(Tree::Ops, b"") {
            let (key, sealed) = entry?;
            if !each(self.log_entry(&key, &sealed)?)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Calls `each` with every log entry of `replica` whose seq is in `seqs`, in order.
    /// Reads only those keys (range scans), never the whole log.
    pub fn for_each_op_in(
        &self,
        replica: DeviceId,
        seqs: &RangeSet,
        mut each: impl FnMut(StoredOp) -> Result<(), VaultError>,
    ) -> Result<(), VaultError> {
        for &[start, end] in seqs.ranges() {
            let last = OpKey::new(replica, end).encode();
            let first = OpKey::new(replica, start).encode();
            for entry in self.store.range_from(Tree::Ops, &first) {
                let (key, sealed) = entry?;
                if key.as_ref() > last.as_slice() {
                    break;
                }
                each(self.log_entry(&key, &sealed)?)?;
            }
        }
        Ok(())
    }

    /// Operations of `campaign` in `vector`, in replica then seq order; purged ones are
    /// skipped (their content is gone).
    pub fn ops_in(
        &self,
        campaign: CampaignId,
        vector: &VersionVector,
    ) -> Result<Vec<Op>, VaultError> {
        let mut out = Vec::new();
        for (replica, seqs) in vector.iter() {
            self.for_each_op_in(replica, seqs, |stored| {
                if let StoredOp::Full(op) = stored
                    && op.campaign == campaign
                {
                    out.push(op);
                }
                Ok(())
            })?;
        }
        Ok(out)
    }

    /// What `campaign`'s coordinator has acknowledged, from the receipts imported here.
    pub fn acknowledged(&self, campaign: CampaignId) -> Result<VersionVector, VaultError> {
        Ok(self
            .get_sealed(Tree::Meta, &keys::acked(campaign), "acknowledgement")?
            .unwrap_or_default())
    }

    /// Remembers that a bundle of `campaign` was written to a file just now (home
    /// shows when the last one was).
    pub fn note_bundle_written(&self, campaign: CampaignId) -> Result<(), VaultError> {
        let mut writes = WriteSet::default();
        let now = self.time().now();
        self.put_sealed(
            &mut writes,
            Tree::Meta,
            &keys::bundle_written(campaign),
            &now,
        );
        Ok(self.store.commit(&writes)?)
    }

    /// When this vault last wrote a bundle of `campaign`, if it ever did.
    pub fn last_bundle_written(
        &self,
        campaign: CampaignId,
    ) -> Result<Option<crate::model::UnixTime>, VaultError> {
        self.get_sealed(Tree::Meta, &keys::bundle_written(campaign), "bundle time")
    }

    /// How many operations this device wrote for `campaign` that its coordinator has
    /// not acknowledged: what is not yet sent (in no bundle a receipt answered).
    pub fn unacknowledged_own(&self, campaign: CampaignId) -> Result<usize, VaultError> {
        let own = self.device_id();
        let mut held = VersionVector::default();
        held.set(own, self.held_from(own)?);
        Ok(self
            .ops_in(campaign, &held.difference(&self.acknowledged(campaign)?))?
            .len())
    }

    /// Adds a receipt's vector to what `campaign`'s coordinator has acknowledged.
    /// Returns how many operations held here are newly acknowledged.
    pub fn record_acknowledgement(
        &self,
        campaign: CampaignId,
        vector: &VersionVector,
    ) -> Result<u64, VaultError> {
        let mut acked = self.acknowledged(campaign)?;
        let held = self.held_vector()?;
        let before = held.difference(&acked).count();
        let previous = acked.clone();
        acked.union(vector);
        if acked == previous {
            // A receipt already recorded (or older): nothing to write.
            return Ok(0);
        }
        let after = held.difference(&acked).count();
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, &keys::acked(campaign), &acked);
        self.store.commit(&writes)?;
        Ok(before - after)
    }

    pub fn known_device(&self, device: DeviceId) -> Result<Option<KnownDevice>, VaultError> {
        self.get_sealed(Tree::Devices, device.as_bytes(), "device")
    }

    /// Every pinned device, most recently seen first.
    pub fn known_devices(&self) -> Result<Vec<KnownDevice>, VaultError> {
        let mut all = Vec::new();
        for entry in self.store.scan_prefix(Tree::Devices, b"") {
            let (key, sealed) = entry?;
            if key.len() == 10 {
                all.push(self.open_json::<KnownDevice>(Tree::Devices, &key, &sealed, "device")?);
            }
        }
        all.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then(a.device.cmp(&b.device)));
        Ok(all)
    }

    /// Adds a device entry to a transaction (import pins devices with their ops).
    pub fn put_device(&self, writes: &mut WriteSet, device: &KnownDevice) {
        self.put_sealed(writes, Tree::Devices, device.device.as_bytes(), device);
    }

    /// Adds an event that arrived in a bundle to a transaction.
    pub fn put_event(&self, writes: &mut WriteSet, event: &crate::model::Event) {
        self.put_sealed(writes, Tree::Events, event.id.as_bytes(), event);
    }

    /// Finds a pinned device by fingerprint (or a unique prefix of 8 or more
    /// characters) or by device id.
    pub fn find_device(&self, query: &str) -> Result<KnownDevice, VaultError> {
        let q = query.trim().to_lowercase();
        let all = self.known_devices()?;
        let matches: Vec<&KnownDevice> = all
            .iter()
            .filter(|d| {
                d.device.to_string() == q
                    || d.fingerprint == q
                    || (q.len() >= 8 && d.fingerprint.starts_with(&q))
            })
            .collect();
        match matches.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(VaultError::UnknownDevice(q)),
            _ => Err(VaultError::AmbiguousDevice(q)),
        }
    }

    /// Marks a device revoked: its later bundles are refused. Ops already merged stay.
    pub fn revoke_device(&self, query: &str) -> Result<KnownDevice, VaultError> {
        let mut device = self.find_device(query)?;
        if device.revoked.is_none() {
            device.revoked = Some(self.time.now());
            let mut writes = WriteSet::default();
            self.put_device(&mut writes, &device);
            self.store.commit(&writes)?;
        }
        Ok(device)
    }
}
