//! File paths as a person types them in a prompt: `~/` is their home folder, and Tab
//! completes the last part from what is on disk (as a shell does).

use std::path::{MAIN_SEPARATOR, Path, PathBuf};

/// Tab in a file prompt, doing `action`.
pub const fn complete_key<A: Copy>(action: A) -> super::keys::Binding<A> {
    super::keys::Binding::new(
        &[super::keys::Key::Plain(crossterm::event::KeyCode::Tab)],
        "Tab",
        action,
        tx!("key-complete-help"),
    )
}

/// A path typed by a person: `~/` is their home folder.
pub fn expand_home(path: &str) -> PathBuf {
    match path.strip_prefix("~/") {
        Some(rest) => directories::BaseDirs::new()
            .map_or_else(|| PathBuf::from(path), |d| d.home_dir().join(rest)),
        None => PathBuf::from(path),
    }
}

/// What Tab made of a typed path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The text to put in the field (unchanged when nothing fits).
    pub text: String,
    /// The names that still fit, when more than one does (at most [`MAX_SHOWN`]).
    pub choices: Vec<String>,
    /// How many names fit in all.
    pub matches: usize,
    /// Whether `text` differs from what was typed.
    pub changed: bool,
}

/// How many of the names that fit are listed.
pub const MAX_SHOWN: usize = 8;

/// Completes the last part of `typed` from the folder it names: one name that fits is
/// completed whole (a folder gets its `/`), several are completed as far as they agree.
/// Hidden names are offered only once a `.` is typed.
pub fn complete(typed: &str) -> Completion {
    let split = typed.rfind(['/', MAIN_SEPARATOR]).map_or(0, |i| i + 1);
    let (folder_text, prefix) = typed.split_at(split);
    let folder = if folder_text.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(folder_text)
    };
    let mut names: Vec<(String, bool)> = std::fs::read_dir(&folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let hidden_ok = !name.starts_with('.') || prefix.starts_with('.');
            (name.starts_with(prefix) && hidden_ok).then(|| (name, is_dir(&entry.path())))
        })
        .collect();
    names.sort();
    let mut completion = match names.as_slice() {
        [] => Completion {
            text: typed.to_owned(),
            choices: Vec::new(),
            matches: 0,
            changed: false,
        },
        [(name, dir)] => Completion {
            text: format!("{folder_text}{name}{}", if *dir { "/" } else { "" }),
            choices: Vec::new(),
            matches: 1,
            changed: false,
        },
        several => {
            let common = several
                .iter()
                .skip(1)
                .fold(several[0].0.as_str(), |common, (n, _)| {
                    let len = common
                        .char_indices()
                        .zip(n.chars())
                        .take_while(|((_, a), b)| a == b)
                        .last()
                        .map_or(0, |((i, a), _)| i + a.len_utf8());
                    &common[..len]
                });
            Completion {
                text: format!("{folder_text}{common}"),
                choices: several
                    .iter()
                    .take(MAX_SHOWN)
                    .map(|(n, dir)| format!("{n}{}", if *dir { "/" } else { "" }))
                    .collect(),
                matches: several.len(),
                changed: false,
            }
        }
    };
    completion.changed = completion.text != typed;
    completion
}

fn is_dir(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_dir())
}

/// The status line after a Tab that did not settle on one name.
pub fn completion_note(c: &Completion) -> Option<String> {
    match c.matches {
        0 => Some(crate::i18n::t!("complete-none")),
        1 if c.changed => None,
        1 => Some(crate::i18n::t!("complete-only")),
        n => {
            let more = if n > c.choices.len() { ", …" } else { "" };
            Some(crate::i18n::t!(
                "complete-several",
                count = n,
                names = format!("{}{more}", c.choices.join(", "))
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_completes_one_name_whole_and_several_as_far_as_they_agree() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("campaign.fieldsign"), b"x").unwrap();
        std::fs::write(dir.path().join("bundle-1.age"), b"x").unwrap();
        std::fs::write(dir.path().join("bundle-2.age"), b"x").unwrap();
        std::fs::create_dir(dir.path().join("stick")).unwrap();
        std::fs::write(dir.path().join(".hidden"), b"x").unwrap();
        let base = format!("{}/", dir.path().display());

        let one = complete(&format!("{base}ca"));
        assert_eq!(one.text, format!("{base}campaign.fieldsign"));
        assert_eq!(one.matches, 1);

        let folder = complete(&format!("{base}st"));
        assert_eq!(folder.text, format!("{base}stick/"));

        let several = complete(&format!("{base}b"));
        assert_eq!(several.text, format!("{base}bundle-"));
        assert_eq!(several.choices, vec!["bundle-1.age", "bundle-2.age"]);
        assert!(completion_note(&several).unwrap().contains("2 names fit"));

        let none = complete(&format!("{base}zz"));
        assert_eq!(none.text, format!("{base}zz"));
        assert_eq!(none.matches, 0);

        assert_eq!(complete(&base).matches, 4, "hidden names wait for a dot");
        assert_eq!(
            complete(&format!("{base}.h")).text,
            format!("{base}.hidden")
        );
    }
}
