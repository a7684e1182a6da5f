//! The age envelope around bundles and receipts: encrypt to recipients (binary or ASCII
//! armor), and decrypt with the vault's identity or an identity file, telling apart
//! "not an age file", "not for you" and "damaged".

use std::io::{BufRead, BufReader, Read, Write};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use zeroize::Zeroizing;

use super::keys::parse_recipient;

/// An age file could not be made or opened. Never holds plaintext.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EnvelopeError {
    #[error(
        "this is not a fieldsign bundle or receipt (not an age-encrypted file); check that you picked the file fieldsign wrote"
    )]
    NotAgeFile,
    #[error("this is a campaign file, not a bundle or receipt; join the campaign with it instead")]
    CampaignFile,
    #[error(
        "this file is not encrypted to this vault (nor to an identity file given with it): it was made for someone else. A receipt this vault wrote (as coordinator) opens only on the device it is for: hand it over as it is. Otherwise ask the sender to export it again for this campaign's coordinator"
    )]
    NotForUs,
    #[error(
        "this file is damaged or truncated (the encryption's integrity check failed); ask the sender for a fresh copy"
    )]
    Damaged,
    #[error("cannot encrypt: {0}")]
    Recipient(String),
}

/// Encrypts `plaintext` to every recipient (`age1…` or `ssh-ed25519 …`).
pub fn seal(
    plaintext: &[u8],
    recipients: &[String],
    armor: bool,
) -> Result<Vec<u8>, EnvelopeError> {
    let io = |e: std::io::Error| EnvelopeError::Recipient(e.to_string());
    let mut writer = seal_to(
        Vec::with_capacity(plaintext.len() + 1024),
        recipients,
        armor,
    )?;
    writer.write_all(plaintext).map_err(io)?;
    writer.finish().map_err(io)
}

/// An age file being written: [`Sealing::finish`] completes it (its last chunk and the
/// armor's end) and returns the output.
pub struct Sealing<W: Write>(age::stream::StreamWriter<ArmoredWriter<W>>);

impl<W: Write> Write for Sealing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl<W: Write> Sealing<W> {
    /// Writes the last chunk; returns the output.
    pub fn finish(self) -> std::io::Result<W> {
        self.0.finish().and_then(ArmoredWriter::finish)
    }
}

/// Starts an age file to every recipient, written into `out` as the plaintext comes
/// (encrypted in 64 KiB chunks: nothing is held whole).
pub fn seal_to<W: Write>(
    out: W,
    recipients: &[String],
    armor: bool,
) -> Result<Sealing<W>, EnvelopeError> {
    let parsed = recipients
        .iter()
        .map(|r| parse_recipient(r).map_err(|e| EnvelopeError::Recipient(e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    let encryptor =
        age::Encryptor::with_recipients(parsed.iter().map(|r| r.as_ref() as &dyn age::Recipient))
            .map_err(|e| EnvelopeError::Recipient(e.to_string()))?;
    let format = if armor {
        Format::AsciiArmor
    } else {
        Format::Binary
    };
    let io = |e: std::io::Error| EnvelopeError::Recipient(e.to_string());
    let armored = ArmoredWriter::wrap_output(out, format).map_err(io)?;
    Ok(Sealing(encryptor.wrap_output(armored).map_err(io)?))
}

/// Decrypts an age file (binary or armored) with any of `identities`.
pub fn open(
    bytes: &[u8],
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let mut reader = open_stream(bytes, identities)?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(bytes.len()));
    reader
        .read_to_end(&mut plaintext)
        .map_err(|_| EnvelopeError::Damaged)?;
    Ok(plaintext)
}

/// The plaintext of an age file, as a stream read through the decryptor.
pub type Plaintext<R> =
    age::stream::StreamReader<BufReader<ArmoredReader<BufReader<BufReader<R>>>>>;

/// Opens an age file (binary or armored) for reading with any of `identities`, without
/// reading more of it than its header. age authenticates the plaintext in 64 KiB
/// chunks: a damaged or truncated file makes a later `read` fail (which callers report
/// as [`EnvelopeError::Damaged`]), never yields bytes that were not encrypted so.
pub fn open_stream<R: Read>(
    input: R,
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Plaintext<R>, EnvelopeError> {
    let mut input = BufReader::with_capacity(64 << 10, input);
    let start = input.fill_buf().map_err(|_| EnvelopeError::Damaged)?;
    let start = start.trim_ascii_start();
    if start.starts_with(b"{\"format\":\"fieldsign-campaign\"") {
        return Err(EnvelopeError::CampaignFile);
    }
    if !start.starts_with(b"age-encryption.org/") && !start.starts_with(b"-----BEGIN AGE") {
        return Err(EnvelopeError::NotAgeFile);
    }
    let decryptor = age::Decryptor::new_buffered(BufReader::new(ArmoredReader::new(input)))
        .map_err(|e| match e {
            age::DecryptError::UnknownFormat => EnvelopeError::NotAgeFile,
            _ => EnvelopeError::Damaged,
        })?;
    if decryptor.is_scrypt() {
        return Err(EnvelopeError::NotForUs);
    }
    decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => EnvelopeError::NotForUs,
            _ => EnvelopeError::Damaged,
        })
}
