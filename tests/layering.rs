//! The dependency direction of docs/architecture.md, checked: every `crate::…` path in
//! `src/` is read and each module may name only the modules below it; nothing below the
//! command line and the TUI names clap, ratatui, crossterm or anyhow.
//!
//! `LAYERING_SRC=/some/checkout/src cargo test --test layering` checks another tree (this
//! is how the report shows the check failing on the tree before the exchange split).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What each top-level module may use of the crate, lowest layer first. A module absent
/// here is a new one: the test asks for a line.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("plural", &[]),
    ("i18n", &["model"]),
    ("harden", &[]),
    ("clock", &["model"]),
    ("sync", &["model"]),
    ("input", &["model", "sync"]),
    ("vault", &["model", "sync", "clock", "plural"]),
    (
        "exchange",
        &["model", "sync", "vault", "input", "clock", "plural"],
    ),
    ("ingest", &["model", "sync", "vault", "input", "plural"]),
    ("dedupe", &["model", "sync", "vault", "plural"]),
    ("report", &["model", "sync", "vault", "dedupe", "plural"]),
    ("explain", &["model", "vault", "i18n"]),
    (
        "tui",
        &[
            "model", "sync", "vault", "exchange", "input", "clock", "plural", "ingest", "dedupe",
            "report", "i18n", "explain",
        ],
    ),
    (
        "cli",
        &[
            "model", "sync", "vault", "exchange", "input", "clock", "plural", "i18n", "ingest",
            "dedupe", "report", "harden", "tui", "explain",
        ],
    ),
];

/// Crates only the two front ends (and `main.rs`) may use.
const FRONT_END_CRATES: &[&str] = &["clap", "ratatui", "crossterm", "anyhow"];
const FRONT_ENDS: &[&str] = &["cli", "tui", "main", "lib"];

fn src_root() -> PathBuf {
    std::env::var_os("LAYERING_SRC").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        PathBuf::from,
    )
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ entries are readable").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/vault/store.rs` → `vault`.
fn module_of(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).expect("under src/");
    let first = relative.components().next().expect("a file name");
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_owned()
}

/// The code of a line, without a trailing `//` comment (doc and plain comments alike).
/// A `//` inside a string literal would cut it short, which can only hide a name, and
/// none of our strings hold `crate::` paths or these crate names after a `//`.
fn code_of(line: &str) -> &str {
    line.find("//").map_or(line, |at| &line[..at])
}

/// Every module named as `crate::NAME` in `code`, also inside `crate::{a, b::c}`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        // `fieldsign_crate::` or `$crate::` are other things.
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                names.push(leading_ident(item.trim()));
            }
        } else {
            names.push(leading_ident(rest));
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

fn leading_ident(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Whether `code` names the external crate `name` as a path (`name::…`), which is how
/// every use of one starts (`use clap::Args`, `#[derive(clap::ValueEnum)]`).
fn names_crate(code: &str, name: &str) -> bool {
    let mut rest = code;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + name.len()..];
        let starts_word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
        if starts_word && after.starts_with("::") {
            return true;
        }
        rest = after;
    }
    false
}

/// Every wrong-way use under `root`, as `file:line: what`.
fn violations(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let module = module_of(root, file);
        let text = std::fs::read_to_string(file).expect("source is UTF-8");
        let shown = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        let allowed: Option<BTreeSet<&str>> = LAYERS
            .iter()
            .find(|(m, _)| *m == module)
            .map(|(_, may)| may.iter().copied().collect());
        if allowed.is_none() && !FRONT_ENDS.contains(&module.as_str()) {
            found.push(format!("{shown}: module `{module}` has no line in LAYERS"));
        }
        for (number, line) in text.lines().enumerate() {
            let code = code_of(line);
            if let Some(allowed) = &allowed {
                for used in crate_paths(code) {
                    if used != module && !allowed.contains(used.as_str()) {
                        found.push(format!(
                            "src/{shown}:{}: `{module}` uses `crate::{used}`",
                            number + 1
                        ));
                    }
                }
            }
            if !FRONT_ENDS.contains(&module.as_str()) {
                for name in FRONT_END_CRATES {
                    if names_crate(code, name) {
                        found.push(format!(
                            "src/{shown}:{}: `{module}` uses `{name}`, which only cli/ and tui/ may",
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let found = violations(&src_root());
    assert!(
        found.is_empty(),
        "wrong-way imports (see docs/architecture.md):\n{}",
        found.join("\n")
    );
}

/// What a command file of `src/cli/` may use of its siblings: the shared helpers, never
/// another command file (commands that group several files' subcommands, like `import`,
/// live in `cli/mod.rs`, above them all). So the command files cannot form a cycle.
const CLI_SHARED: &[&str] = &["output", "files", "passphrase"];

fn cli_violations(root: &Path) -> Vec<String> {
    let cli = root.join("cli");
    let mut files = Vec::new();
    rust_files(&cli, &mut files);
    files.sort();
    let siblings: BTreeSet<String> = files
        .iter()
        .filter_map(|f| f.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    let mut found = Vec::new();
    for file in &files {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem == "mod" || CLI_SHARED.contains(&stem.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("source is UTF-8");
        for (number, line) in text.lines().enumerate() {
            let code = code_of(line);
            for prefix in ["super::", "crate::cli::"] {
                let mut rest = code;
                while let Some(at) = rest.find(prefix) {
                    rest = &rest[at + prefix.len()..];
                    let used = leading_ident(rest);
                    if siblings.contains(&used)
                        && used != stem
                        && !CLI_SHARED.contains(&used.as_str())
                    {
                        found.push(format!(
                            "src/cli/{stem}.rs:{}: uses the command file `{used}`",
                            number + 1
                        ));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn command_files_do_not_import_each_other() {
    let found = cli_violations(&src_root());
    assert!(
        found.is_empty(),
        "command files importing each other (move the shared part to cli/output.rs, cli/files.rs or cli/mod.rs):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_sees_every_form_of_a_path() {
    assert_eq!(
        crate_paths("use crate::vault::{Vault, VaultError};"),
        ["vault"]
    );
    assert_eq!(
        crate_paths("use crate::{model::Campaign, sync};"),
        ["model", "sync"]
    );
    assert_eq!(
        crate_paths("let k = crate::sync::keys::fingerprint(&crate::vault::x());"),
        ["sync", "vault"]
    );
    assert!(crate_paths("let c = fieldsign_crate::vault::x();").is_empty());
    assert_eq!(code_of("use a; // crate::vault"), "use a; ");
    assert!(names_crate("#[derive(clap::ValueEnum)]", "clap"));
    assert!(names_crate("use anyhow::Result;", "anyhow"));
    assert!(!names_crate(code_of("let clapped = 1; // clap::x"), "clap"));
    assert!(!names_crate("let clap_count = 2;", "clap"));
    assert!(!names_crate("ratatui_like::x()", "ratatui"));
}
