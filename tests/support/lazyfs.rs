//! A file system that can lose power, for tests (the idea of `LazyFS`, written anew).
//!
//! It is mounted with FUSE on a thread of the test process and keeps two images of the
//! same tree in memory: `live`, what every process sees, and `durable`, what a disk would
//! still hold after a power cut. Every change goes to `live` only. What moves a change
//! into `durable` (the model, also in docs/reliability.md):
//!
//! - `fsync`/`fdatasync` of a file: that file's whole content, size and mode as they are now;
//! - `fsync` of a folder: that folder's list of names (create, rename, unlink, mkdir and
//!   rmdir inside it) as it is now. A name whose file was never synced comes back as an
//!   empty file (an empty folder), as a real disk may show it;
//! - nothing else: not `write`, not `close` (FUSE `flush`), not `sync_file_range` — which
//!   FUSE never even sees, and that is the point — not a rename's other folder.
//!
//! [`PowerSwitch::cut`] is the power cut: it takes the durable image as it is at that
//! instant and answers every later request with `EIO` (the machine is off), so nothing a
//! process does afterwards can count. [`Mount::restart`] then unmounts and mounts that
//! image again, as a machine that boots after the cut (the kernel's caches go with the old
//! mount). Every open file is `direct_io`, so the kernel keeps no page cache of its own
//! that could hide or reorder writes.

#![allow(dead_code)] // each test uses a different subset

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime};

use fuser::{
    BackgroundSession, Config, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags,
    Generation, INodeNo, LockOwner, MountOption, OpenFlags, RenameFlags, ReplyAttr, ReplyCreate,
    ReplyData, ReplyDirectory, ReplyEmpty, ReplyEntry, ReplyOpen, ReplyStatfs, ReplyWrite, Request,
    TimeOrNow, WriteFlags,
};

/// How long the kernel may cache names and attributes. Only the kernel changes the tree
/// while it is mounted, so its caches stay right; a restart is a new mount.
const TTL: Duration = Duration::from_secs(1);
const ROOT: u64 = 1;

#[derive(Clone, Debug)]
enum Body {
    File(Vec<u8>),
    Dir(BTreeMap<OsString, u64>),
}

#[derive(Clone, Debug)]
struct Node {
    body: Body,
    perm: u16,
    uid: u32,
    gid: u32,
    mtime: SystemTime,
}

impl Node {
    fn new(body: Body, perm: u16, req: &Request) -> Self {
        Self {
            body,
            perm,
            uid: req.uid(),
            gid: req.gid(),
            mtime: SystemTime::now(),
        }
    }

    /// What a disk shows for a name made durable before its own content was.
    fn emptied(&self) -> Self {
        let body = match self.body {
            Body::File(_) => Body::File(Vec::new()),
            Body::Dir(_) => Body::Dir(BTreeMap::new()),
        };
        Self {
            body,
            ..self.clone()
        }
    }
}

/// One state of the whole tree, by inode number; the root is inode 1.
#[derive(Clone, Debug)]
pub struct Image {
    nodes: HashMap<u64, Node>,
}

impl Image {
    fn empty() -> Self {
        let root = Node {
            body: Body::Dir(BTreeMap::new()),
            perm: 0o755,
            uid: rustix::process::getuid().as_raw(),
            gid: rustix::process::getgid().as_raw(),
            mtime: SystemTime::now(),
        };
        Self {
            nodes: HashMap::from([(ROOT, root)]),
        }
    }

    /// Drops the nodes no name leads to (unlinked files that were still open).
    fn collect_garbage(&mut self) {
        let mut reachable = HashSet::from([ROOT]);
        let mut stack = vec![ROOT];
        while let Some(ino) = stack.pop() {
            if let Some(Node {
                body: Body::Dir(entries),
                ..
            }) = self.nodes.get(&ino)
            {
                for child in entries.values() {
                    if reachable.insert(*child) {
                        stack.push(*child);
                    }
                }
            }
        }
        self.nodes.retain(|ino, _| reachable.contains(ino));
    }
}

/// What the file system saw, to tell in a report what the program under test did.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub writes: u64,
    pub file_syncs: u64,
    pub dir_syncs: u64,
}

struct State {
    live: Image,
    durable: Image,
    next_ino: u64,
    /// Set by the power cut: the durable image at that instant.
    cut: Option<Image>,
    counts: Counts,
}

type Shared = Arc<Mutex<State>>;

fn lock(shared: &Shared) -> MutexGuard<'_, State> {
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Cuts the power of one mount; cheap to clone into a thread that watches for the moment.
#[derive(Clone)]
pub struct PowerSwitch(Shared);

impl PowerSwitch {
    /// The power goes off now: what is durable at this instant is all that remains.
    pub fn cut(&self) {
        let mut state = lock(&self.0);
        if state.cut.is_none() {
            state.cut = Some(state.durable.clone());
        }
    }

    pub fn was_cut(&self) -> bool {
        lock(&self.0).cut.is_some()
    }
}

/// The file system mounted on a folder, served by a thread of this process.
pub struct Mount {
    path: PathBuf,
    shared: Shared,
    session: Option<BackgroundSession>,
}

impl Mount {
    /// Mounts an empty file system on `path` (an existing, empty folder).
    pub fn new(path: &Path) -> io::Result<Self> {
        Self::with_image(path, Image::empty(), ROOT + 1)
    }

    fn with_image(path: &Path, image: Image, next_ino: u64) -> io::Result<Self> {
        let shared = Arc::new(Mutex::new(State {
            live: image.clone(),
            durable: image,
            next_ino,
            cut: None,
            counts: Counts::default(),
        }));
        let mut config = Config::default();
        config.mount_options = vec![
            MountOption::FSName("fieldsign-powercut".into()),
            MountOption::NoAtime,
        ];
        let session = fuser::Session::new(LazyFs(shared.clone()), path, &config)?.spawn()?;
        Ok(Self {
            path: path.to_owned(),
            shared,
            session: Some(session),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn switch(&self) -> PowerSwitch {
        PowerSwitch(self.shared.clone())
    }

    /// A quiet moment: the kernel has written everything back, so all of it is durable.
    pub fn sync_everything(&self) {
        let mut state = lock(&self.shared);
        state.durable = state.live.clone();
    }

    pub fn counts(&self) -> Counts {
        lock(&self.shared).counts
    }

    /// Whether the power was cut since the last (re)start.
    pub fn was_cut(&self) -> bool {
        lock(&self.shared).cut.is_some()
    }

    /// What is durable now (to boot from again later, as a saved disk image).
    pub fn durable_image(&self) -> Image {
        lock(&self.shared).durable.clone()
    }

    /// Cuts the power (unless already cut), then boots again: unmounts and mounts what
    /// was durable at the cut. Every process using the mount must be gone first.
    pub fn restart(&mut self) -> io::Result<()> {
        let image = {
            let mut state = lock(&self.shared);
            state.cut.take().unwrap_or_else(|| state.durable.clone())
        };
        self.boot(image)
    }

    /// Unmounts and mounts `image` in its place, all of it durable.
    pub fn boot(&mut self, mut image: Image) -> io::Result<()> {
        let next_ino = lock(&self.shared).next_ino;
        self.unmount()?;
        image.collect_garbage();
        *self = Self::with_image(&self.path, image, next_ino)?;
        Ok(())
    }

    fn unmount(&mut self) -> io::Result<()> {
        match self.session.take() {
            Some(session) => session.umount_and_join(),
            None => Ok(()),
        }
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = self.unmount();
    }
}

struct LazyFs(Shared);

/// The running state, or `EIO` once the power is off.
macro_rules! on {
    ($self:ident, $reply:ident) => {{
        let state = lock(&$self.0);
        if state.cut.is_some() {
            $reply.error(Errno::EIO);
            return;
        }
        state
    }};
}

impl State {
    fn node(&self, ino: INodeNo) -> Result<&Node, Errno> {
        self.live.nodes.get(&ino.0).ok_or(Errno::ENOENT)
    }

    fn entries(&mut self, dir: INodeNo) -> Result<&mut BTreeMap<OsString, u64>, Errno> {
        match self.live.nodes.get_mut(&dir.0).map(|n| &mut n.body) {
            Some(Body::Dir(entries)) => Ok(entries),
            Some(Body::File(_)) => Err(Errno::ENOTDIR),
            None => Err(Errno::ENOENT),
        }
    }

    fn file(&mut self, ino: INodeNo) -> Result<&mut Vec<u8>, Errno> {
        let node = self.live.nodes.get_mut(&ino.0).ok_or(Errno::ENOENT)?;
        node.mtime = SystemTime::now();
        match &mut node.body {
            Body::File(data) => Ok(data),
            Body::Dir(_) => Err(Errno::EISDIR),
        }
    }

    fn attr(&self, ino: u64) -> Result<FileAttr, Errno> {
        let node = self.live.nodes.get(&ino).ok_or(Errno::ENOENT)?;
        let (kind, size, nlink) = match &node.body {
            Body::File(data) => (FileType::RegularFile, data.len() as u64, 1),
            Body::Dir(_) => (FileType::Directory, 0, 2),
        };
        Ok(FileAttr {
            ino: INodeNo(ino),
            size,
            blocks: size.div_ceil(512),
            atime: node.mtime,
            mtime: node.mtime,
            ctime: node.mtime,
            crtime: node.mtime,
            kind,
            perm: node.perm,
            nlink,
            uid: node.uid,
            gid: node.gid,
            rdev: 0,
            blksize: 4096,
            flags: 0,
        })
    }

    /// Adds `node` as `name` in `parent`; fails if the name is taken.
    fn link_new(&mut self, parent: INodeNo, name: &OsStr, node: Node) -> Result<FileAttr, Errno> {
        let ino = self.next_ino;
        let entries = self.entries(parent)?;
        if entries.contains_key(name) {
            return Err(Errno::EEXIST);
        }
        entries.insert(name.to_owned(), ino);
        self.next_ino += 1;
        self.live.nodes.insert(ino, node);
        self.attr(ino)
    }

    fn lookup(&mut self, parent: INodeNo, name: &OsStr) -> Result<u64, Errno> {
        self.entries(parent)?
            .get(name)
            .copied()
            .ok_or(Errno::ENOENT)
    }

    fn remove(&mut self, parent: INodeNo, name: &OsStr, dir: bool) -> Result<(), Errno> {
        let ino = self.lookup(parent, name)?;
        match (&self.node(INodeNo(ino))?.body, dir) {
            (Body::Dir(_), false) => return Err(Errno::EISDIR),
            (Body::File(_), true) => return Err(Errno::ENOTDIR),
            (Body::Dir(entries), true) if !entries.is_empty() => return Err(Errno::ENOTEMPTY),
            _ => {}
        }
        // The node stays in `live` while a process may still have it open.
        self.entries(parent)?.remove(name);
        Ok(())
    }

    fn rename(
        &mut self,
        from: (INodeNo, &OsStr),
        to: (INodeNo, &OsStr),
        flags: RenameFlags,
    ) -> Result<(), Errno> {
        let ino = self.lookup(from.0, from.1)?;
        let replaced = self.lookup(to.0, to.1).ok();
        if flags.contains(RenameFlags::RENAME_EXCHANGE) {
            let other = replaced.ok_or(Errno::ENOENT)?;
            self.entries(from.0)?.insert(from.1.to_owned(), other);
            self.entries(to.0)?.insert(to.1.to_owned(), ino);
            return Ok(());
        }
        if let Some(old) = replaced {
            if flags.contains(RenameFlags::RENAME_NOREPLACE) {
                return Err(Errno::EEXIST);
            }
            match (
                &self.node(INodeNo(ino))?.body,
                &self.node(INodeNo(old))?.body,
            ) {
                (Body::File(_), Body::Dir(_)) => return Err(Errno::EISDIR),
                (Body::Dir(_), Body::File(_)) => return Err(Errno::ENOTDIR),
                (Body::Dir(_), Body::Dir(e)) if !e.is_empty() => return Err(Errno::ENOTEMPTY),
                _ => {}
            }
        }
        self.entries(from.0)?.remove(from.1);
        self.entries(to.0)?.insert(to.1.to_owned(), ino);
        Ok(())
    }

    /// `fsync`/`fdatasync` of a file: its content and size become durable.
    fn sync_file(&mut self, ino: INodeNo) -> Result<(), Errno> {
        let node = self.node(ino)?.clone();
        if let Body::Dir(_) = node.body {
            return self.sync_dir(ino);
        }
        self.counts.file_syncs += 1;
        self.durable.nodes.insert(ino.0, node);
        Ok(())
    }

    /// `fsync` of a folder: its names become durable (not the content behind them).
    fn sync_dir(&mut self, ino: INodeNo) -> Result<(), Errno> {
        let Body::Dir(entries) = self.node(ino)?.body.clone() else {
            return Err(Errno::ENOTDIR);
        };
        self.counts.dir_syncs += 1;
        for child in entries.values() {
            if !self.durable.nodes.contains_key(child) {
                let emptied = self.live.nodes[child].emptied();
                self.durable.nodes.insert(*child, emptied);
            }
        }
        let mut node = self.live.nodes[&ino.0].clone();
        node.body = Body::Dir(entries);
        self.durable.nodes.insert(ino.0, node);
        Ok(())
    }
}

fn answer_entry(result: Result<FileAttr, Errno>, reply: ReplyEntry) {
    match result {
        Ok(attr) => reply.entry(&TTL, &attr, Generation(0)),
        Err(e) => reply.error(e),
    }
}

fn answer(result: Result<(), Errno>, reply: ReplyEmpty) {
    match result {
        Ok(()) => reply.ok(),
        Err(e) => reply.error(e),
    }
}

impl Filesystem for LazyFs {
    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        let mut state = on!(self, reply);
        let found = state.lookup(parent, name).and_then(|ino| state.attr(ino));
        answer_entry(found, reply);
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, _fh: Option<FileHandle>, reply: ReplyAttr) {
        let state = on!(self, reply);
        match state.attr(ino.0) {
            Ok(attr) => reply.attr(&TTL, &attr),
            Err(e) => reply.error(e),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        _uid: Option<u32>,
        _gid: Option<u32>,
        size: Option<u64>,
        _atime: Option<TimeOrNow>,
        _mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        _fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        let mut state = on!(self, reply);
        let mut changed = Ok(());
        if let Some(size) = size {
            changed = usize::try_from(size)
                .map_err(|_| Errno::EFBIG)
                .and_then(|size| state.file(ino).map(|data| data.resize(size, 0)));
        }
        if let (Ok(()), Some(mode), Some(node)) = (changed, mode, state.live.nodes.get_mut(&ino.0))
        {
            node.perm = (mode & 0o7777) as u16;
        }
        match changed.and_then(|()| state.attr(ino.0)) {
            Ok(attr) => reply.attr(&TTL, &attr),
            Err(e) => reply.error(e),
        }
    }

    fn mknod(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        _rdev: u32,
        reply: ReplyEntry,
    ) {
        let mut state = on!(self, reply);
        if rustix::fs::FileType::from_raw_mode(mode) != rustix::fs::FileType::RegularFile {
            reply.error(Errno::EPERM); // regular files only: enough for a database
            return;
        }
        let node = Node::new(Body::File(Vec::new()), perm(mode, umask), req);
        answer_entry(state.link_new(parent, name, node), reply);
    }

    fn mkdir(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        reply: ReplyEntry,
    ) {
        let mut state = on!(self, reply);
        let node = Node::new(Body::Dir(BTreeMap::new()), perm(mode, umask), req);
        answer_entry(state.link_new(parent, name, node), reply);
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let mut state = on!(self, reply);
        answer(state.remove(parent, name, false), reply);
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        let mut state = on!(self, reply);
        answer(state.remove(parent, name, true), reply);
    }

    fn rename(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        let mut state = on!(self, reply);
        answer(
            state.rename((parent, name), (newparent, newname), flags),
            reply,
        );
    }

    fn open(&self, _req: &Request, ino: INodeNo, flags: OpenFlags, reply: ReplyOpen) {
        let mut state = on!(self, reply);
        let opened = match state.file(ino) {
            Ok(data) if flags.0 & rustix::fs::OFlags::TRUNC.bits().cast_signed() != 0 => {
                data.clear();
                Ok(())
            }
            other => other.map(|_| ()),
        };
        match opened {
            Ok(()) => reply.opened(FileHandle(0), FopenFlags::FOPEN_DIRECT_IO),
            Err(e) => reply.error(e),
        }
    }

    fn create(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        umask: u32,
        _flags: i32,
        reply: ReplyCreate,
    ) {
        let mut state = on!(self, reply);
        let node = Node::new(Body::File(Vec::new()), perm(mode, umask), req);
        match state.link_new(parent, name, node) {
            Ok(attr) => {
                reply.created(
                    &TTL,
                    &attr,
                    Generation(0),
                    FileHandle(0),
                    FopenFlags::FOPEN_DIRECT_IO,
                );
            }
            Err(e) => reply.error(e),
        }
    }

    fn read(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        let state = on!(self, reply);
        match state.node(ino).map(|n| &n.body) {
            Ok(Body::File(data)) => {
                let start = usize::try_from(offset)
                    .unwrap_or(usize::MAX)
                    .min(data.len());
                let end = start.saturating_add(size as usize).min(data.len());
                reply.data(&data[start..end]);
            }
            Ok(Body::Dir(_)) => reply.error(Errno::EISDIR),
            Err(e) => reply.error(e),
        }
    }

    fn write(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        bytes: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        let mut state = on!(self, reply);
        state.counts.writes += 1;
        let written = usize::try_from(offset)
            .map_err(|_| Errno::EFBIG)
            .and_then(|start| {
                let data = state.file(ino)?;
                let end = start + bytes.len();
                if data.len() < end {
                    data.resize(end, 0);
                }
                data[start..end].copy_from_slice(bytes);
                Ok(bytes.len())
            });
        match written {
            Ok(n) => reply.written(u32::try_from(n).unwrap_or(u32::MAX)),
            Err(e) => reply.error(e),
        }
    }

    /// `close`: not a sync.
    fn flush(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _lock: LockOwner,
        reply: ReplyEmpty,
    ) {
        reply.ok();
    }

    fn fsync(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let mut state = on!(self, reply);
        answer(state.sync_file(ino), reply);
    }

    fn opendir(&self, _req: &Request, ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        let mut state = on!(self, reply);
        match state.entries(ino) {
            Ok(_) => reply.opened(FileHandle(0), FopenFlags::empty()),
            Err(e) => reply.error(e),
        }
    }

    fn readdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectory,
    ) {
        let mut state = on!(self, reply);
        let names: Vec<(OsString, u64)> = match state.entries(ino) {
            Ok(entries) => entries.iter().map(|(n, i)| (n.clone(), *i)).collect(),
            Err(e) => return reply.error(e),
        };
        let mut all = vec![(OsString::from("."), ino.0, FileType::Directory)];
        all.push((OsString::from(".."), ROOT, FileType::Directory));
        for (name, child) in names {
            let kind = match state.live.nodes.get(&child).map(|n| &n.body) {
                Some(Body::Dir(_)) => FileType::Directory,
                _ => FileType::RegularFile,
            };
            all.push((name, child, kind));
        }
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        for (i, (name, child, kind)) in all.into_iter().enumerate().skip(skip) {
            if reply.add(INodeNo(child), i as u64 + 1, kind, name) {
                break;
            }
        }
        reply.ok();
    }

    fn fsyncdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        _datasync: bool,
        reply: ReplyEmpty,
    ) {
        let mut state = on!(self, reply);
        answer(state.sync_dir(ino), reply);
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        let _state = on!(self, reply);
        reply.statfs(1 << 22, 1 << 21, 1 << 21, 1 << 20, 1 << 19, 4096, 255, 4096);
    }

    fn access(&self, _req: &Request, _ino: INodeNo, _mask: fuser::AccessFlags, reply: ReplyEmpty) {
        let _state = on!(self, reply);
        reply.ok();
    }
}

fn perm(mode: u32, umask: u32) -> u16 {
    (mode & !umask & 0o7777) as u16
}
