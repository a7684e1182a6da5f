//! Converting a database of the older layout (one sled tree per table, format 1) in
//! place into format 2 (one tree, a tag byte per table), all or nothing.
//!
//! The sealed values are copied byte for byte: their associated data binds the table
//! name and the key within the table, and both stay the same, so nothing is decrypted
//! or re-sealed and no key is needed. (Values in the older encodings — JSON operations,
//! folded records — stay readable; new writes use the compact ones.)
//!
//! Crash safety: the old trees are only read until the format marker, the last write,
//! is durable in the new tree. A crash or a full disk before that leaves the old trees
//! as they were and a partial new tree without the marker, which the next open clears
//! and fills again; a release that knows only the old layout ignores the new tree. Only
//! once the marker is durable are the old trees dropped, and a crash during that is
//! finished by the next open (it drops whatever old tree is left).

use super::store::{Store, StoreError, Tree};

/// Writes per sled batch while copying: bounded memory, whatever the vault's size.
const BATCH: usize = 20_000;

/// Copies every old tree into the engine tree and writes the format marker. Returns
/// how many entries were moved (`None`: nothing to convert, a new vault).
pub(super) fn to_one_tree(store: &Store) -> Result<Option<u64>, StoreError> {
    let (db, tree) = store.engine();
    let names = db.tree_names();
    let old: Vec<Tree> = Tree::ALL
        .into_iter()
        .filter(|t| names.iter().any(|n| n.as_ref() == t.name().as_bytes()))
        .collect();
    let result = copy(store, &old);
    if result.is_err() {
        // Best effort: give back the space of a partial copy (a full disk). The old
        // trees are untouched either way, and the next open starts over.
        let _ = tree.clear();
        let _ = store.make_durable();
    }
    result
}

fn copy(store: &Store, old: &[Tree]) -> Result<Option<u64>, StoreError> {
    let (db, tree) = store.engine();
    // A partial copy from an interrupted conversion: start over.
    tree.clear()?;
    let mut moved = 0u64;
    for &table in old {
        let source = db.open_tree(table.name())?;
        let mut batch = sled::Batch::default();
        let mut in_batch = 0;
        for entry in &source {
            let (key, value) = entry?;
            let mut tagged = Vec::with_capacity(1 + key.len());
            tagged.push(table.tag());
            tagged.extend_from_slice(&key);
            batch.insert(tagged, value);
            in_batch += 1;
            moved += 1;
            if in_batch == BATCH {
                tree.apply_batch(std::mem::take(&mut batch))?;
                in_batch = 0;
            }
        }
        tree.apply_batch(batch)?;
    }
    // Everything copied must be durable before the marker can be.
    store.make_durable()?;
    let (key, format) = Store::format_marker();
    tree.insert(key, format)?;
    store.make_durable()?;
    Ok((!old.is_empty()).then_some(moved))
}

/// Drops the trees of the older layout once the conversion is complete.
pub(super) fn drop_old_trees(store: &Store) -> Result<(), StoreError> {
    let (db, _) = store.engine();
    let names = db.tree_names();
    let mut dropped = false;
    for table in Tree::ALL {
        if names.iter().any(|n| n.as_ref() == table.name().as_bytes()) {
            db.drop_tree(table.name())?;
            dropped = true;
        }
    }
    if dropped {
        store.make_durable()?;
    }
    Ok(())
}
