//! Every fenced `sh` block in README.md and docs/*.md runs, as written, against the real
//! binary, so the documentation cannot drift from what fieldsign does.
//!
//! Conventions (also in docs/architecture.md, "Documentation that runs"):
//! - A block fenced as ```` ```sh ```` runs; one fenced as ```` ```sh no-run ```` does not
//!   (benchmarks, `cargo`, `apt-get`, placeholder ids), and any other language is prose.
//! - The blocks of one file run in order, in one shell (`bash -euo pipefail`) and one
//!   temporary folder, so a later block sees what an earlier one made.
//! - `<!-- doc-scene: NAME -->` on the line before a fence first sources
//!   `tests/doc_scenes/NAME.sh` (the files and vaults the text takes for granted).
//! - `fieldsign` is the binary under test, reading its passphrase from a file;
//!   `init` gets the tests' fast KDF work factor.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One fenced block to run.
#[derive(Debug, PartialEq, Eq)]
struct Block {
    /// 1-based line of the opening fence, for the failure message.
    line: usize,
    scene: Option<String>,
    code: String,
}

/// The runnable `sh` blocks of a Markdown text.
fn runnable_blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = markdown.lines().enumerate();
    let mut previous = "";
    while let Some((at, line)) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            previous = line;
            continue;
        };
        let mut words = info.split_whitespace();
        let runs = words.next() == Some("sh") && !words.any(|w| w == "no-run");
        let mut code = String::new();
        for (_, inner) in lines.by_ref() {
            if inner.starts_with("```") {
                break;
            }
            code.push_str(inner);
            code.push('\n');
        }
        if runs {
            let scene = previous
                .trim()
                .strip_prefix("<!-- doc-scene:")
                .and_then(|rest| rest.strip_suffix("-->"))
                .map(|name| name.trim().to_owned());
            blocks.push(Block {
                line: at + 1,
                scene,
                code,
            });
        }
        previous = "";
    }
    blocks
}

/// A shell script running `blocks` in order; a failure names the block's line.
fn script(blocks: &[Block], scenes: &Path) -> String {
    let mut s = String::from(
        "set -euo pipefail\ntrap 'echo \"doc block at line $DOC_BLOCK failed\" >&2' ERR\n",
    );
    for block in blocks {
        writeln!(s, "DOC_BLOCK={}", block.line).expect("write to String");
        if let Some(scene) = &block.scene {
            writeln!(
                s,
                "source '{}'",
                scenes.join(format!("{scene}.sh")).display()
            )
            .expect("write to String");
        }
        s.push_str(&block.code);
    }
    s
}

/// A folder holding `fieldsign`: the binary under test, with the fast KDF for `init`.
fn wrapper_dir(root: &Path) -> PathBuf {
    let bin = root.join("bin");
    std::fs::create_dir(&bin).expect("create bin");
    let real = env!("CARGO_BIN_EXE_fieldsign");
    let wrapper = format!(
        "#!/bin/sh\nfor arg; do [ \"$arg\" = init ] && exec '{real}' \"$@\" --kdf-work-factor 10; done\nexec '{real}' \"$@\"\n"
    );
    let path = bin.join("fieldsign");
    std::fs::write(&path, wrapper).expect("write wrapper");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .expect("chmod wrapper");
    }
    bin
}

/// Runs the blocks in a fresh folder; `Err` holds the output when the script fails.
fn run_blocks(blocks: &[Block]) -> Result<(), String> {
    let root = tempfile::tempdir().expect("temp dir");
    let bin = wrapper_dir(root.path());
    let passphrase = root.path().join("passphrase");
    std::fs::write(&passphrase, "doc test passphrase words\n").expect("write passphrase");
    let work = root.path().join("work");
    std::fs::create_dir(&work).expect("create work dir");
    let scenes = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/doc_scenes");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(script(blocks, &scenes))
        .current_dir(&work)
        .env("PATH", path)
        .env("FIELDSIGN_VAULT", root.path().join("vault"))
        .env("FIELDSIGN_PASSPHRASE_FILE", &passphrase)
        .env_remove("FIELDSIGN_LANG")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .output()
        .expect("run bash");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("read docs/")
        .map(|entry| entry.expect("docs entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    docs.insert(0, root.join("README.md"));
    docs
}

#[test]
fn every_sh_block_in_the_docs_runs() {
    let mut failures = Vec::new();
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).expect("read doc");
        let blocks = runnable_blocks(&text);
        if blocks.is_empty() {
            continue;
        }
        if let Err(output) = run_blocks(&blocks) {
            failures.push(format!("{}:\n{output}", doc.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_scene_named_in_the_docs_exists() {
    let scenes = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/doc_scenes");
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).expect("read doc");
        for block in runnable_blocks(&text) {
            if let Some(scene) = block.scene {
                assert!(
                    scenes.join(format!("{scene}.sh")).is_file(),
                    "{}:{} names the scene {scene}, which tests/doc_scenes lacks",
                    doc.display(),
                    block.line
                );
            }
        }
    }
}

#[test]
fn blocks_are_found_with_their_scene_and_no_run_is_skipped() {
    let md = "text\n<!-- doc-scene: two -->\n```sh\nfieldsign list\n```\n```sh no-run\ncargo bench\n```\n```text\nout\n```\n\n```sh\necho a\necho b\n```\n";
    assert_eq!(
        runnable_blocks(md),
        vec![
            Block {
                line: 3,
                scene: Some("two".into()),
                code: "fieldsign list\n".into()
            },
            Block {
                line: 13,
                scene: None,
                code: "echo a\necho b\n".into()
            },
        ]
    );
}

#[test]
fn a_failing_block_is_reported_with_its_line() {
    let blocks = runnable_blocks("```sh\ntrue\n```\n\n```sh\nfieldsign list --no-such-flag\n```\n");
    let err = run_blocks(&blocks).expect_err("the second block fails");
    assert!(err.contains("doc block at line 5 failed"), "{err}");
}
