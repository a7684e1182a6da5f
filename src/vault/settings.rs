//! The vault's settings: what a person chose once and expects kept, such as the
//! terminal UI's language. Sealed in the meta table like every other value (a
//! setting is not personal data, but nothing in a vault is stored in clear).

use super::store::{Tree, WriteSet};
use super::{Vault, VaultError, keys};

impl Vault {
    /// The language chosen in the terminal UI, as its tag (`uk`, `sr-Latn`), if one was.
    pub fn language(&self) -> Result<Option<String>, VaultError> {
        self.get_sealed(Tree::Meta, keys::LANGUAGE, "language setting")
    }

    /// Remembers the language chosen in the terminal UI (durable when this returns).
    pub fn set_language(&self, tag: &str) -> Result<(), VaultError> {
        let mut writes = WriteSet::default();
        self.put_sealed(&mut writes, Tree::Meta, keys::LANGUAGE, &tag.to_owned());
        Ok(self.store.commit(&writes)?)
    }
}

#[cfg(test)]
mod tests {
    use secrecy::SecretString;

    use super::*;

    #[test]
    fn the_language_is_kept_sealed_across_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let pass = SecretString::from("correct horse battery staple");
        let vault = Vault::create(dir.path(), &pass, 10).unwrap();
        assert_eq!(vault.language().unwrap(), None);
        vault.set_language("sr-Latn").unwrap();
        drop(vault);
        let vault = Vault::open(dir.path(), &pass).unwrap();
        assert_eq!(vault.language().unwrap().as_deref(), Some("sr-Latn"));
        drop(vault);
        // Sealed: the tag is nowhere in the vault's files as written.
        for entry in walk(dir.path()) {
            let bytes = std::fs::read(&entry).unwrap();
            assert!(
                !bytes.windows(7).any(|w| w == b"sr-Latn"),
                "{} holds the tag in clear",
                entry.display()
            );
        }
    }

    fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
        out
    }
}
