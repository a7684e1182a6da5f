//! Identity files an import may decrypt with besides the vault's own key: age
//! identities or an unencrypted OpenSSH ed25519 key, read size-limited from disk.

use zeroize::Zeroizing;

/// An identity file could not be used. Names the file, never its content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IdentityError {
    #[error(
        "the identity file {0} holds no usable identity: give an age identity (age-keygen) or an unencrypted OpenSSH ed25519 private key"
    )]
    Unusable(String),
}

/// Reads identities from a file: age identities (`AGE-SECRET-KEY-1…`, as written by
/// `age-keygen` or `fieldsign identity export`) or an unencrypted OpenSSH private key.
pub fn identities_from_file(
    path: &std::path::Path,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, IdentityError> {
    let name = path.display().to_string();
    let bad = || IdentityError::Unusable(name.clone());
    let bytes = Zeroizing::new(
        crate::input::read_limited(path, crate::input::Limit::SMALL_TEXT).map_err(|_| bad())?,
    );
    if let Ok(list) = age::IdentityFile::from_buffer(bytes.as_slice())
        .and_then(|file| file.into_identities().map_err(std::io::Error::other))
        && !list.is_empty()
    {
        return Ok(list);
    }
    match age::ssh::Identity::from_buffer(bytes.as_slice(), None) {
        Ok(age::ssh::Identity::Unencrypted(key)) => {
            Ok(vec![Box::new(age::ssh::Identity::Unencrypted(key))])
        }
        Ok(age::ssh::Identity::Encrypted(_)) => Err(IdentityError::Unusable(format!(
            "{name} (it is passphrase-protected; make an unprotected copy with `ssh-keygen -p` on a safe machine)"
        ))),
        _ => Err(bad()),
    }
}
