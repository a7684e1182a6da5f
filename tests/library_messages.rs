//! Library messages say the problem and the remedy in words: no string in `src/` outside
//! the command line (`src/cli/`), the TUI (`src/tui/`) and `main.rs` names a command-line
//! flag (`--campaign`) or a `fieldsign …` command, since the same message is shown in the
//! TUI, where neither can be typed. The command line adds its own "how" (src/cli/hints.rs),
//! the TUI its keys (src/tui/hints.rs); a TUI text names a command only after saying to
//! quit first (the command cannot open the vault while the TUI holds it).
//!
//! Every string literal is read (comments and `#[cfg(test)]` modules are skipped), so a
//! message built by `format!` or kept in a constant is caught as well as an `#[error]`.
//! `LIBRARY_MESSAGES_SRC=/some/checkout/src cargo test --test library_messages` checks
//! another tree (the tree before this test, 88993c1, fails with 27 findings).

use std::path::{Path, PathBuf};

/// The commands of `fieldsign --help`: "fieldsign import …" in a message is a command.
const COMMANDS: &[&str] = &[
    "init", "passwd", "identity", "campaign", "event", "add", "amend", "void", "list", "enter",
    "import", "export", "verify", "device", "receipt", "purge", "report", "dedupe",
];

/// What follows a command that has subcommands.
const SUBCOMMANDS: &[&str] = &[
    "list", "create", "join", "show", "goal", "bundle", "receipt", "csv", "xlsx", "revoke",
    "export",
];

fn src_root() -> PathBuf {
    std::env::var_os("LIBRARY_MESSAGES_SRC").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        PathBuf::from,
    )
}

/// The library's files: all of `src/` but the two front ends and the binary.
fn library_files(dir: &Path, root: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ entries are readable").path();
        let relative = path.strip_prefix(root).expect("below src/");
        if ["cli", "tui", "main.rs"]
            .iter()
            .any(|front| relative == Path::new(front))
        {
            continue;
        }
        if path.is_dir() {
            library_files(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The source without its `#[cfg(test)]` modules (test inputs may hold anything): from
/// a `#[cfg(test)]` line followed by `mod …`, to the end of the file (by this crate's
/// layout, test modules come last).
fn without_tests(source: &str) -> &str {
    let mut offset = 0;
    let mut lines = source.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim_start().starts_with("mod "))
        {
            return &source[..offset];
        }
        offset += line.len();
    }
    source
}

/// The string literals of `source` (plain and raw), with the line each starts on.
/// Comments and character literals are stepped over.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' => {
                // A char literal ('"', '\'' …) or a lifetime: skip a char literal whole.
                if bytes.get(i + 1) == Some(&b'\\') {
                    if let Some(end) = source[i + 2..].find('\'') {
                        i += end + 3;
                        continue;
                    }
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 3;
                    continue;
                }
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] != b'_') =>
            {
                let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(i + 1 + hashes) == Some(&b'"') {
                    let start = i + 2 + hashes;
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = source[start..]
                        .find(&close)
                        .map_or(bytes.len(), |e| start + e);
                    found.push((line, source[start..end].to_owned()));
                    line += source[start..end].matches('\n').count();
                    i = end + close.len();
                    continue;
                }
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let text = &source[start..j.min(bytes.len())];
                found.push((line, text.to_owned()));
                line += text.matches('\n').count();
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// What in `text` a front end would say its own way: a flag or a `fieldsign` command.
fn cli_words(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, window) in chars.windows(3).enumerate() {
        let after_space = i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '-';
        if window[0] == '-' && window[1] == '-' && window[2].is_ascii_lowercase() && after_space {
            let flag: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '-')
                .collect();
            return Some(flag);
        }
    }
    // A command in backticks, or bare with a subcommand or a placeholder after it
    // ("fieldsign import receipt FILE"); "a fieldsign receipt", "fieldsign campaign
    // file v1" (a format's magic line) are nouns, not commands.
    if let Some(at) = text.find("`fieldsign ") {
        let command: String = text[at + 1..].chars().take_while(|c| *c != '`').collect();
        return Some(command);
    }
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    for triple in words.windows(3) {
        let placeholder = triple[2].chars().all(|c| c.is_ascii_uppercase()) && triple[2].len() > 1;
        if triple[0] == "fieldsign"
            && COMMANDS.contains(&triple[1])
            && (SUBCOMMANDS.contains(&triple[2]) || placeholder)
        {
            return Some(triple.join(" "));
        }
    }
    None
}

#[test]
fn the_scanner_finds_flags_and_commands_and_nothing_else() {
    let sample = "let a = \"use --campaign\"; let b = '\"'; let c = r#\"run `fieldsign import csv`\"#;\n// \"--vault in a comment\"\nlet d = \"fieldsign bundle v1\";";
    let found: Vec<String> = string_literals(sample)
        .iter()
        .filter_map(|(_, s)| cli_words(s))
        .collect();
    assert_eq!(found, ["--campaign", "fieldsign import csv"]);
    assert_eq!(cli_words("fieldsign receipt v1"), None);
    assert_eq!(cli_words("not a fieldsign campaign file; ask"), None);
    assert_eq!(cli_words("a well-known --- divider, x--y"), None);
    assert_eq!(
        cli_words("then fieldsign import receipt FILE"),
        Some("fieldsign import receipt".into())
    );
    assert_eq!(
        cli_words("run fieldsign campaign join FILE"),
        Some("fieldsign campaign join".into())
    );
}

#[test]
fn no_library_message_names_a_flag_or_a_command() {
    let root = src_root();
    let mut files = Vec::new();
    library_files(&root, &root, &mut files);
    files.sort();
    assert!(
        files.len() > 40,
        "found only {} files in {}",
        files.len(),
        root.display()
    );
    let mut findings = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("utf-8 source");
        for (line, literal) in string_literals(without_tests(&source)) {
            if let Some(word) = cli_words(&literal) {
                findings.push(format!(
                    "{}:{line}: {word}",
                    file.strip_prefix(&root).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        findings.is_empty(),
        "{} library message(s) name a command-line flag or command; say it in words and let \
         src/cli/hints.rs add the flag:\n{}",
        findings.len(),
        findings.join("\n")
    );
}

/// The TUI's messages that are not shown inside it: `TuiError` is printed by the command
/// line after the TUI has given the terminal back (or never took it).
const OUTSIDE_THE_TUI: &[&str] = &["the terminal failed", "stopped by a signal"];

/// TUI messages that name a flag of the *next* start, not something to run now: the
/// language chooser says `--lang` still chooses for one run.
const ABOUT_THE_NEXT_START: &[&str] = &["i18n/en/fieldsign.ftl: language-chosen"];

/// The TUI's own texts: the string literals of `src/tui/` (tests aside) and the
/// messages of the English file's terminal-UI section, each with where it is.
fn tui_texts() -> Vec<(String, String)> {
    let root = src_root();
    let mut files = Vec::new();
    let mut stack = vec![root.join("tui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/tui is readable") {
            let path = entry.expect("readable").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut texts = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).expect("utf-8 source");
        for (line, literal) in string_literals(without_tests(&source)) {
            let at = format!(
                "{}:{line}",
                file.strip_prefix(&root).unwrap_or(file).display()
            );
            texts.push((at, literal));
        }
    }
    let ftl = std::fs::read_to_string(root.join("../i18n/en/fieldsign.ftl")).expect("en ftl");
    let (_, tui) = ftl
        .split_once("## The terminal UI")
        .expect("the English file has a terminal-UI section");
    for line in tui.lines() {
        if line.starts_with(['#', ' ', '*', '[', '}']) || line.trim().is_empty() {
            // Continuation lines belong to the message above.
            if line.starts_with(' ')
                && let Some((_, text)) = texts.last_mut()
            {
                text.push(' ');
                text.push_str(line.trim());
            }
            continue;
        }
        if let Some((id, text)) = line.split_once(" = ") {
            texts.push((format!("i18n/en/fieldsign.ftl: {id}"), text.to_owned()));
        }
    }
    texts
}

/// Issue 11: "TUI messages tell the user to run CLI commands that cannot run while the
/// TUI holds the vault". A TUI text may name a command or a flag only after saying to
/// quit first (what cannot be done inside the TUI); everything else says the TUI's key.
#[test]
fn no_tui_message_names_a_command_without_saying_to_quit_first() {
    let texts = tui_texts();
    assert!(texts.len() > 200, "found only {} TUI texts", texts.len());
    let mut findings = Vec::new();
    for (at, text) in &texts {
        let Some(word) = cli_words(text) else {
            continue;
        };
        if OUTSIDE_THE_TUI.iter().any(|o| text.starts_with(o))
            || ABOUT_THE_NEXT_START.contains(&at.as_str())
        {
            continue;
        }
        let lower = text.to_lowercase();
        let command_at = lower.find(&word.to_lowercase()).unwrap_or(0);
        let quit_first = lower.find("quit").is_some_and(|q| q < command_at);
        if !quit_first {
            findings.push(format!("{at}: {word} in {text:?}"));
        }
    }
    assert!(
        findings.is_empty(),
        "TUI texts that name a command-line command or flag without saying to quit first \
         (the command cannot open the vault while the TUI holds it; say the TUI's key, \
         or \"quit, then …\"):\n{}",
        findings.join("\n")
    );
}
