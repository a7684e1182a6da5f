//! Reading a bundle's plaintext as a stream, so that a bundle of a million operations
//! never has to be in memory at once (issue 10 §4).
//!
//! The format needs nothing new for this: the trailer's signature covers the SHA-256 of
//! every byte before the trailer line, and a hash can be computed while the bytes go
//! by. [`scan`] (the first pass) reads the plaintext once, line by line: it hashes the
//! body, parses every line and hands each event and operation to a [`Visitor`] (the
//! importer's checks against its vault), then checks the trailer. Nothing a line says
//! is acted on before the signature is known to be good — the visitor only *reads*,
//! and its first refusal is held back and reported only if the signature holds, so a
//! forged bundle is always called forged.
//!
//! A second pass ([`Replay`]) reads the plaintext again to merge it chunk by chunk. Its
//! bytes are not trusted either: the first pass kept the SHA-256 of every chunk of
//! lines ([`ChunkDigests`]: 32 bytes per [`CHUNK_LINES`] lines), and the second pass
//! hands out a chunk only once its bytes hash to what the first pass verified. A file
//! changed between the passes is refused at the first chunk that differs.
//!
//! Memory: one line (at most [`MAX_LINE`] bytes) in the first pass, one chunk of lines
//! (at most [`CHUNK_LINES`] lines, or [`CHUNK_BYTES`] bytes and one line) in the second.

use std::io::{self, BufRead, BufReader, Read};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::BundleDecodeError;
use super::format::{self, FORMAT, Header, Line, OLDEST_VERSION, Trailer, VERSION_DECISIONS};
use crate::model::Event;
use crate::sync::Op;
use crate::sync::keys::{decode_verifying_key, fingerprint};
use crate::sync::vector::VersionVector;

/// The longest line read: far above any line fieldsign writes (an operation's values
/// are at most a few kilobytes each), so that a crafted overlong value is still parsed
/// and refused for what it is; far below what would strain memory.
pub const MAX_LINE: usize = 16 << 20;
/// The most events one bundle may carry: they are kept in memory until the merge, and a
/// campaign has hundreds, not hundreds of thousands.
pub const MAX_EVENTS: usize = 100_000;
/// Lines per chunk digest, the header line counted as the first.
pub const CHUNK_LINES: usize = 2_000;
/// A chunk also ends once it holds this many bytes, whatever its number of lines.
pub const CHUNK_BYTES: usize = 8 << 20;

/// One line of a bundle's body.
pub enum Item {
    Event(Event),
    Op(Op),
}

/// What the first pass checks besides the format: `header` once, before any item (with
/// the signer's fingerprint), then `item` for each event and operation in file order,
/// as long as nothing was refused. Both run before the signature is checked (it is at
/// the end of the file), so they must change nothing.
pub trait Visitor {
    type Error;
    fn header(&mut self, header: &Header, fingerprint: &str) -> Result<(), Self::Error>;
    fn item(&mut self, item: Item) -> Result<(), Self::Error>;
}

/// Why the first pass refused a bundle.
#[derive(Debug)]
pub enum Refused<E> {
    /// The plaintext could not be read (the decryption failed on the way: a damaged or
    /// truncated file, or a read error).
    Unreadable(io::Error),
    /// The bundle itself is bad: its format, its signature, its counts.
    Decode(BundleDecodeError),
    /// The signed bundle is good, but the visitor refused it.
    Check(E),
}

impl<E> From<BundleDecodeError> for Refused<E> {
    fn from(e: BundleDecodeError) -> Self {
        Self::Decode(e)
    }
}

/// The SHA-256 of each chunk of the plaintext's lines, as the first pass read them.
#[derive(Debug, Clone, Default)]
pub struct ChunkDigests(Vec<[u8; 32]>);

/// A bundle the first pass verified: its header, the signer's fingerprint, and the
/// digests the second pass checks its bytes against.
pub struct Scanned {
    pub header: Header,
    pub fingerprint: String,
    pub digests: ChunkDigests,
}

/// What [`Lines::next_line`] found.
enum Got {
    /// A whole line, newline included, in the buffer (not hashed yet).
    Line,
    /// A line over [`MAX_LINE`] bytes: hashed and skipped.
    Overlong,
    /// The end of the plaintext, with `true` if the last line had no newline.
    End { unterminated: bool },
}

/// Lines of a plaintext, with the body hash (signature) and the chunk digests kept as
/// the bytes go by.
struct Lines<R> {
    reader: BufReader<R>,
    line: Zeroizing<Vec<u8>>,
    body: Sha256,
    chunk: Sha256,
    chunk_count: usize,
    chunk_bytes: usize,
    digests: Vec<[u8; 32]>,
}

impl<R: Read> Lines<R> {
    fn new(reader: R) -> Self {
        Self {
            reader: BufReader::with_capacity(64 << 10, reader),
            line: Zeroizing::new(Vec::new()),
            body: Sha256::new(),
            chunk: Sha256::new(),
            chunk_count: 0,
            chunk_bytes: 0,
            digests: Vec::new(),
        }
    }

    /// Reads the next line into `self.line`; bytes past [`MAX_LINE`] are hashed as
    /// body and dropped.
    fn next_line(&mut self) -> io::Result<Got> {
        self.line.clear();
        let mut overlong = false;
        loop {
            let available = self.reader.fill_buf()?;
            if available.is_empty() {
                return Ok(match (overlong, self.line.is_empty()) {
                    (true, _) => Got::Overlong,
                    (false, true) => Got::End {
                        unterminated: false,
                    },
                    (false, false) => Got::End { unterminated: true },
                });
            }
            let (take, done) = match available.iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            if overlong {
                let bytes = &available[..take];
                self.body.update(bytes);
                self.chunk.update(bytes);
                self.chunk_bytes += take;
            } else if self.line.len() + take > MAX_LINE {
                overlong = true;
                let bytes = &available[..take];
                self.body.update(&self.line[..]);
                self.chunk.update(&self.line[..]);
                self.body.update(bytes);
                self.chunk.update(bytes);
                self.chunk_bytes += self.line.len() + take;
                self.line.clear();
            } else {
                self.line.extend_from_slice(&available[..take]);
            }
            self.reader.consume(take);
            if done {
                return Ok(if overlong {
                    self.end_of_line();
                    Got::Overlong
                } else {
                    Got::Line
                });
            }
        }
    }

    /// Counts the line in `self.line` as body: into the signature's hash and the
    /// current chunk.
    fn hash_line(&mut self) {
        self.body.update(&self.line[..]);
        self.chunk.update(&self.line[..]);
        self.chunk_bytes += self.line.len();
        self.end_of_line();
    }

    /// Closes the current chunk when it is full.
    fn end_of_line(&mut self) {
        self.chunk_count += 1;
        if self.chunk_count == CHUNK_LINES || self.chunk_bytes >= CHUNK_BYTES {
            self.close_chunk();
        }
    }

    fn close_chunk(&mut self) {
        if self.chunk_count > 0 {
            let digest = std::mem::take(&mut self.chunk).finalize();
            self.digests.push(digest.into());
            self.chunk_count = 0;
            self.chunk_bytes = 0;
        }
    }

    /// The line without its newline.
    fn text(&self) -> &[u8] {
        self.line.strip_suffix(b"\n").unwrap_or(&self.line)
    }
}

/// The first line: the header, checked for kind and version before anything else.
fn read_header<R: Read>(lines: &mut Lines<R>) -> Result<Header, Refused<std::convert::Infallible>> {
    match lines.next_line().map_err(Refused::Unreadable)? {
        Got::Line => {}
        Got::Overlong | Got::End { .. } => return Err(BundleDecodeError::Truncated.into()),
    }
    format::check_kind(
        lines.text(),
        "header",
        FORMAT,
        OLDEST_VERSION..=VERSION_DECISIONS,
    )
    .map_err(BundleDecodeError::from)?;
    let Ok(Line::Header(header)) = serde_json::from_slice(lines.text()) else {
        return Err(BundleDecodeError::NotABundle.into());
    };
    lines.hash_line();
    Ok(header)
}

fn widen<E>(r: Refused<std::convert::Infallible>) -> Refused<E> {
    match r {
        Refused::Unreadable(e) => Refused::Unreadable(e),
        Refused::Decode(e) => Refused::Decode(e),
        Refused::Check(never) => match never {},
    }
}

/// The first pass: reads the whole plaintext, checks the signature over it, parses
/// every line and feeds each to `visitor`. Refusals come in the order a reader needs
/// them: a bad signature first (nothing else in a forged file is worth reporting), then
/// the header's text, a line that is not an event or an operation, counts that do not
/// match the header, and only then the visitor's own refusal.
pub fn scan<V: Visitor>(
    plaintext: impl Read,
    visitor: &mut V,
) -> Result<Scanned, Refused<V::Error>> {
    let mut lines = Lines::new(plaintext);
    let header = read_header(&mut lines).map_err(widen)?;
    let fingerprint = decode_verifying_key(&header.signing_key).map(|k| fingerprint(&k));
    let mut format_error = header_text_error(&header);
    let mut check_error = None;
    if let (None, Some(fingerprint)) = (&format_error, &fingerprint) {
        check_error = visitor.header(&header, fingerprint).err();
    }
    let mut carried = VersionVector::default();
    let (mut events, mut ops) = (0usize, 0usize);
    let mut index = 1; // the header was line 1
    let trailer = loop {
        index += 1;
        let got = lines.next_line().map_err(Refused::Unreadable)?;
        match got {
            Got::End { .. } => return Err(BundleDecodeError::Truncated.into()),
            Got::Overlong => {
                format_error.get_or_insert_with(|| overlong(index));
                continue;
            }
            Got::Line => {}
        }
        if let Some(trailer) = trailer_of(lines.text()) {
            break trailer;
        }
        lines.hash_line();
        if lines.text().is_empty() {
            continue;
        }
        let item = match serde_json::from_slice::<Line>(lines.text()) {
            Ok(Line::Event(e)) => {
                events += 1;
                if events > MAX_EVENTS {
                    format_error.get_or_insert_with(too_many_events);
                }
                Item::Event(e)
            }
            Ok(Line::Op(op)) => {
                ops += 1;
                carried.insert(op.replica, op.seq);
                if header.version < VERSION_DECISIONS && op.body.is_decision() {
                    format_error.get_or_insert_with(|| {
                        BundleDecodeError::Invalid(format!(
                            "it holds decisions, which a bundle of version {} cannot carry",
                            header.version
                        ))
                    });
                }
                Item::Op(op)
            }
            _ => {
                format_error.get_or_insert_with(|| not_an_item(index));
                continue;
            }
        };
        if format_error.is_none() && check_error.is_none() {
            check_error = visitor.item(item).err();
        }
    };
    // The trailer must be the last line.
    match lines.next_line().map_err(Refused::Unreadable)? {
        Got::End {
            unterminated: false,
        } => {}
        _ => return Err(BundleDecodeError::Truncated.into()),
    }
    lines.close_chunk();
    let hash = data_encoding::HEXLOWER.encode(&std::mem::take(&mut lines.body).finalize());
    if hash != trailer.payload_sha256 {
        return Err(BundleDecodeError::BadSignature.into());
    }
    format::verify_statement(
        &header.signing_key,
        &format::statement(&header, &hash),
        &trailer.signature,
    )
    .map_err(BundleDecodeError::from)?;
    let fingerprint = fingerprint.ok_or(BundleDecodeError::BadSignature)?;
    if let Some(e) = format_error {
        return Err(e.into());
    }
    if carried != header.ranges || ops != header.ops || events != header.events {
        return Err(BundleDecodeError::Invalid(
            "its header's op ranges or counts do not match the operations inside".into(),
        )
        .into());
    }
    if let Some(e) = check_error {
        return Err(Refused::Check(e));
    }
    Ok(Scanned {
        header,
        fingerprint,
        digests: ChunkDigests(lines.digests),
    })
}

/// The trailer, if `text` is the trailer line.
fn trailer_of(text: &[u8]) -> Option<Trailer> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TrailerLine {
        trailer: Trailer,
    }
    if !text.starts_with(b"{\"trailer\"") {
        return None;
    }
    serde_json::from_slice::<TrailerLine>(text)
        .ok()
        .map(|t| t.trailer)
}

/// The one free-text rule for the header's own strings (see `format`).
fn header_text_error(header: &Header) -> Option<BundleDecodeError> {
    let mut parts = vec![
        ("its header's created_at", header.created_at.as_str()),
        (
            "its header's device recipient",
            header.device_recipient.as_str(),
        ),
    ];
    parts.extend(
        header
            .recipients
            .iter()
            .map(|r| ("its header's recipient list", r.as_str())),
    );
    format::check_header_text(&parts)
        .err()
        .map(BundleDecodeError::Invalid)
}

fn not_an_item(index: usize) -> BundleDecodeError {
    BundleDecodeError::Invalid(format!("line {index} is not an event or an operation"))
}

fn overlong(index: usize) -> BundleDecodeError {
    BundleDecodeError::Invalid(format!(
        "line {index} is longer than {} MiB, far longer than any line fieldsign writes",
        MAX_LINE >> 20
    ))
}

fn too_many_events() -> BundleDecodeError {
    BundleDecodeError::Invalid(format!(
        "it carries more than {MAX_EVENTS} events, more than any campaign has"
    ))
}

/// Why the second pass stopped.
#[derive(Debug)]
pub enum ReplayError {
    /// The plaintext could not be read this time.
    Unreadable(io::Error),
    /// Its bytes differ from what the first pass verified: the file changed in between.
    Changed,
}

/// The second pass over a plaintext the first pass verified: hands out its items a
/// chunk at a time, each chunk only once its bytes match the first pass's digest.
pub struct Replay<R> {
    lines: Lines<R>,
    expected: std::vec::IntoIter<[u8; 32]>,
    seen: usize,
    at_trailer: bool,
    finished: bool,
}

impl<R: Read> Replay<R> {
    /// Starts the second pass: the header line must be the one verified.
    pub fn new(plaintext: R, digests: ChunkDigests) -> Self {
        Self {
            lines: Lines::new(plaintext),
            expected: digests.0.into_iter(),
            seen: 0,
            at_trailer: false,
            finished: false,
        }
    }

    /// The next chunk's items, once its bytes are verified; `None` after the last.
    pub fn next_chunk(&mut self) -> Option<Result<Vec<Item>, ReplayError>> {
        if self.finished {
            return None;
        }
        let result = self.read_chunk();
        if !matches!(result, Ok(Some(_))) {
            self.finished = true;
        }
        result.transpose()
    }

    fn read_chunk(&mut self) -> Result<Option<Vec<Item>>, ReplayError> {
        if self.at_trailer {
            return self.check_end().map(|()| None);
        }
        let mut items = Vec::new();
        let before = self.lines.digests.len();
        while self.lines.digests.len() == before {
            match self.lines.next_line().map_err(ReplayError::Unreadable)? {
                Got::Line => {}
                // The first pass refused overlong lines and ended at the trailer.
                Got::Overlong | Got::End { .. } => return Err(ReplayError::Changed),
            }
            if self.seen > 0 && trailer_of(self.lines.text()).is_some() {
                // The trailer ends the last chunk, which may be empty.
                self.at_trailer = true;
                self.lines.close_chunk();
                if self.lines.digests.len() == before {
                    return self.check_end().map(|()| None);
                }
                break;
            }
            self.seen += 1;
            let parsed = if self.seen == 1 {
                None // the header: its bytes are covered by the first digest
            } else {
                match serde_json::from_slice::<Line>(self.lines.text()) {
                    Ok(Line::Event(e)) => Some(Item::Event(e)),
                    Ok(Line::Op(op)) => Some(Item::Op(op)),
                    _ if self.lines.text().is_empty() => None,
                    _ => return Err(ReplayError::Changed),
                }
            };
            self.lines.hash_line();
            items.extend(parsed);
        }
        if self.expected.next() != self.lines.digests.last().copied() {
            return Err(ReplayError::Changed);
        }
        Ok(Some(items))
    }

    /// After the trailer: no digest of the first pass is left unmatched.
    fn check_end(&mut self) -> Result<(), ReplayError> {
        if self.expected.next().is_some() {
            return Err(ReplayError::Changed);
        }
        Ok(())
    }
}

/// The whole plaintext in memory: checks the signature, then parses every line and
/// checks that the header's ranges and counts describe exactly the operations inside
/// (the first pass with a visitor that keeps everything).
pub fn decode(plaintext: &[u8]) -> Result<format::Parsed, BundleDecodeError> {
    #[derive(Default)]
    struct Keep {
        events: Vec<Event>,
        ops: Vec<Op>,
    }
    impl Visitor for Keep {
        type Error = std::convert::Infallible;
        fn header(&mut self, _: &Header, _: &str) -> Result<(), Self::Error> {
            Ok(())
        }
        fn item(&mut self, item: Item) -> Result<(), Self::Error> {
            match item {
                Item::Event(e) => self.events.push(e),
                Item::Op(op) => self.ops.push(op),
            }
            Ok(())
        }
    }
    let mut keep = Keep::default();
    match scan(plaintext, &mut keep) {
        Ok(scanned) => Ok(format::Parsed {
            header: scanned.header,
            fingerprint: scanned.fingerprint,
            events: keep.events,
            ops: keep.ops,
        }),
        Err(Refused::Decode(e)) => Err(e),
        // Reading a slice cannot fail.
        Err(Refused::Unreadable(_)) => Err(BundleDecodeError::Truncated),
        Err(Refused::Check(never)) => match never {},
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use ed25519_dalek::SigningKey;

    use super::*;
    use crate::model::{CampaignId, DeviceId, EventId, LineKind, RecordId};
    use crate::sync::OpBody;
    use crate::sync::bundle::VERSION;
    use crate::sync::keys::encode_verifying_key;

    /// A signed plaintext of `n` adds (more than two chunks for `n` > 2 × `CHUNK_LINES`).
    fn bundle(n: u64) -> Vec<u8> {
        let key = SigningKey::from_bytes(&[7; 32]);
        let (device, campaign) = (DeviceId::random(), CampaignId::random());
        let ops: Vec<Op> = (1..=n)
            .map(|seq| Op {
                replica: device,
                seq,
                lamport: seq,
                campaign,
                record: RecordId::random(),
                at: 0,
                body: OpBody::Add {
                    event: EventId::random(),
                    sheet: 1,
                    line: 1,
                    line_kind: LineKind::Signature,
                    fields: BTreeMap::from([("name".to_owned(), format!("Name {seq:05}"))]),
                },
            })
            .collect();
        let mut ranges = VersionVector::default();
        ranges.set(device, {
            let mut r = crate::sync::vector::RangeSet::default();
            r.insert_range(1, n);
            r
        });
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            campaign,
            device,
            device_recipient: age::x25519::Identity::generate().to_public().to_string(),
            signing_key: encode_verifying_key(&key.verifying_key()),
            recipients: vec![],
            created_at: "2026-11-28T10:00:00Z".into(),
            ranges,
            events: 0,
            ops: ops.len(),
        };
        format::encode(&header, &[], &ops, &key).to_vec()
    }

    fn replayed(plaintext: &[u8], digests: ChunkDigests) -> (usize, Option<ReplayError>) {
        let mut replay = Replay::new(plaintext, digests);
        let mut ops = 0;
        while let Some(chunk) = replay.next_chunk() {
            match chunk {
                Ok(items) => ops += items.len(),
                Err(e) => return (ops, Some(e)),
            }
        }
        (ops, None)
    }

    #[test]
    fn the_second_pass_yields_every_op_in_chunks_of_verified_bytes() {
        let n = 2 * CHUNK_LINES as u64 + 17;
        let plaintext = bundle(n);
        let parsed = decode(&plaintext).expect("a good bundle");
        assert_eq!(parsed.ops.len() as u64, n);
        let scanned = scan(&plaintext[..], &mut Count).map_err(|_| ()).unwrap();
        assert_eq!(scanned.digests.0.len(), 3);
        let (ops, error) = replayed(&plaintext, scanned.digests.clone());
        assert_eq!((ops as u64, error.is_none()), (n, true));

        // The same length, one byte of the last chunk changed (as a file rewritten
        // between the passes would be): refused at that chunk, after the others.
        let mut changed = plaintext.clone();
        let at = changed.len() - 300;
        let at = at + changed[at..].iter().position(u8::is_ascii_digit).unwrap();
        changed[at] = if changed[at] == b'1' { b'2' } else { b'1' };
        let (ops, error) = replayed(&changed, scanned.digests.clone());
        assert!(matches!(error, Some(ReplayError::Changed)), "{error:?}");
        assert_eq!(ops, 2 * CHUNK_LINES - 1, "the header is not an item");
        // A file cut short, or with a line more, is refused too.
        let (_, error) = replayed(&plaintext[..plaintext.len() / 2], scanned.digests.clone());
        assert!(error.is_some());
        let mut longer = plaintext[..plaintext.len() / 2].to_vec();
        longer.extend_from_slice(&plaintext);
        assert!(replayed(&longer, scanned.digests).1.is_some());
    }

    #[test]
    fn a_damaged_end_is_found_after_every_op_was_read() {
        let plaintext = bundle(50);
        let mut bad = plaintext.clone();
        let at = bad.len() - 10;
        bad[at] ^= 0x01;
        assert!(matches!(
            scan(&bad[..], &mut Count),
            Err(Refused::Decode(
                BundleDecodeError::BadSignature | BundleDecodeError::Truncated
            ))
        ));
    }

    struct Count;

    impl Visitor for Count {
        type Error = ();
        fn header(&mut self, _: &Header, _: &str) -> Result<(), ()> {
            Ok(())
        }
        fn item(&mut self, _: Item) -> Result<(), ()> {
            Ok(())
        }
    }
}
