//! The terminal UI in other languages, through the door a person uses: key scripts on
//! ratatui's `TestBackend` against a real vault. Snapshots of the unlock screen, home,
//! sheet entry (with a refused value) and the quit dialog in Russian, Arabic (right to
//! left), Hindi and Greek; the language chosen with `l` on home and kept in the vault;
//! and every language at 80×24 with no key hint, help line or message cut short.
//!
//! The language is one setting of the process, so these tests take turns (`LANGUAGE`)
//! and live in their own test binary.

#[path = "tui/harness.rs"]
mod harness;

use std::sync::{Mutex, MutexGuard};

use fieldsign::i18n::{self, Language};
use fieldsign::model::LineKind;
use fieldsign::tui::test_support::{FooterEntry, Overlay, Phase, footer_now};
use fieldsign::vault::{NewLine, Vault};
use harness::{PASSPHRASE, Tui, options, redacted, vault_with_event};

static LANGUAGE: Mutex<()> = Mutex::new(());

/// Holds the language for one test; English again afterwards.
struct Speaking(#[allow(dead_code)] MutexGuard<'static, ()>);

impl Speaking {
    fn new() -> Self {
        let guard = LANGUAGE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        i18n::set_named_on_purpose(false);
        i18n::select(Language::English);
        Self(guard)
    }
}

impl Drop for Speaking {
    fn drop(&mut self) {
        i18n::set_named_on_purpose(false);
        i18n::select(Language::English);
    }
}

macro_rules! snap {
    ($name:expr, $tui:expr) => {{
        let screen = $tui.screen();
        redacted().bind(|| insta::assert_snapshot!($name, screen));
    }};
}

#[test]
fn unlock_home_entry_and_the_quit_dialog_in_russian_arabic_hindi_and_greek() {
    let _speaking = Speaking::new();
    for language in [
        Language::Russian,
        Language::Arabic,
        Language::Hindi,
        Language::Greek,
    ] {
        i18n::select(language);
        let tag = language.tag();
        let (root, _, _) = vault_with_event();
        let opts = options(&root);
        let mut tui = Tui::start(root, opts, 80, 24);
        snap!(format!("unlock_{tag}"), tui);
        tui.keys(PASSPHRASE);
        tui.keys("<enter>");
        assert!(matches!(tui.app.phase, Phase::Open(_)));
        snap!(format!("home_{tag}"), tui);
        // Sheet entry, a name typed and an email refused.
        tui.keys("<enter>Ada Lovelace<tab>not-an-email<tab>");
        snap!(format!("entry_{tag}"), tui);
        tui.keys("<c-q>");
        assert!(matches!(tui.app.overlay, Some(Overlay::ConfirmQuit(_))));
        snap!(format!("confirm_quit_{tag}"), tui);
        let screen = tui.screen();
        // No English word of the frame is left on these screens.
        for english in ["Quit", "quit", "help", "lock", "Sheet", "Line", "saved"] {
            assert!(!screen.contains(english), "{tag}: {english:?} in\n{screen}");
        }
    }
}

#[test]
fn arabic_is_laid_out_right_to_left() {
    let _speaking = Speaking::new();
    i18n::select(Language::Arabic);
    let mut tui = Tui::unlocked();
    tui.keys("<enter>");
    let screen = tui.screen();
    let rows: Vec<&str> = screen.lines().collect();
    // The title bar's name is at the right edge; the form's labels end at the right,
    // their fields to the left of them.
    assert!(rows[0].trim_end().ends_with("fieldsign"), "{screen}");
    let name_row = rows
        .iter()
        .find(|r| r.contains("الاسم"))
        .expect("the name field's row");
    let label_at = name_row.find("الاسم").expect("label");
    assert!(
        name_row[..label_at].trim().is_empty() || name_row[..label_at].contains('_'),
        "the field is left of the label: {name_row:?}"
    );
    assert!(name_row.trim_end().ends_with('◂') || name_row.trim_end().ends_with('*'));
    // The footer reads from the right: its first entry (Enter, save) is rightmost.
    let footer = rows[23].trim_end();
    assert!(
        footer.ends_with("Tab") || footer.contains("Enter"),
        "{footer:?}"
    );
    let enter = footer.rfind("Enter").expect("Enter in the footer");
    let f1 = footer.find("F1").expect("F1 in the footer");
    assert!(enter > f1, "Enter right of F1: {footer:?}");
}

#[test]
fn the_language_chosen_on_home_is_kept_in_the_vault_and_used_at_the_next_unlock() {
    let _speaking = Speaking::new();
    let mut tui = Tui::unlocked();
    assert!(
        tui.screen().contains("l English"),
        "home offers the languages"
    );
    tui.keys("l");
    let list = tui.screen();
    for language in Language::ALL {
        assert!(
            list.contains(language.endonym()),
            "{language} listed:\n{list}"
        );
    }
    // From English (5th) down to Russian (14th).
    let from = Language::ALL
        .iter()
        .position(|l| *l == Language::English)
        .unwrap();
    let to = Language::ALL
        .iter()
        .position(|l| *l == Language::Russian)
        .unwrap();
    tui.keys(&"<down>".repeat(to - from));
    tui.keys("<enter>");
    let home = tui.screen();
    assert!(home.contains("Язык: русский"), "{home}");
    assert!(home.contains("Кампании и события"), "{home}");
    assert!(home.contains("l русский"), "{home}");

    // Kept, sealed, in the vault.
    let dir = tui.vault_dir();
    let Tui { root, app, .. } = tui;
    drop(app);
    let vault = Vault::open(&dir, &PASSPHRASE.to_owned().into()).expect("open");
    assert_eq!(vault.language().expect("setting").as_deref(), Some("ru"));
    drop(vault);

    // The next start shows the lock screen in the locale's language (the setting is
    // sealed), then the kept language once unlocked.
    i18n::select(Language::English);
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    assert!(tui.screen().contains("The vault is locked."));
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(tui.screen().contains("Кампании и события"));

    // `--lang` or FIELDSIGN_LANG named for this run wins over the kept language.
    let dir = tui.vault_dir();
    let Tui { root, app, .. } = tui;
    drop(app);
    let _ = dir;
    i18n::select(Language::Greek);
    i18n::set_named_on_purpose(true);
    let opts = options(&root);
    let mut tui = Tui::start(root, opts, 80, 24);
    tui.keys(PASSPHRASE);
    tui.keys("<enter>");
    assert!(tui.screen().contains("Εκστρατείες και εκδηλώσεις"));
}

#[test]
fn esc_leaves_the_language_as_it_was() {
    let _speaking = Speaking::new();
    let mut tui = Tui::unlocked();
    tui.keys("l<down><down><esc>");
    assert_eq!(i18n::language(), Language::English);
    assert!(tui.screen().contains("Campaigns and events"));
}

/// The screen drawn afresh into an empty buffer, read cell by cell (a two-cell
/// grapheme's second cell skipped). Not the `TestBackend`'s buffer: after a frame in
/// Hindi it keeps stale letters under two-cell graphemes ("हो"), which a terminal
/// covers but a read-back shows; what is tested here is the layout.
fn drawn(tui: &mut Tui) -> String {
    use ratatui::widgets::Widget;
    let _ = tui.screen(); // runs the draw step (cursor, sizes, scroll bounds)
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    (&tui.app).render(area, &mut buf);
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Text as read, whitespace runs made one space.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows inside the overlay's box, between its borders.
fn box_rows(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|row| {
            let start = row.find('│')?;
            let end = row.rfind('│')?;
            (end > start).then(|| row[start + '│'.len_utf8()..end].to_owned())
        })
        .collect()
}

/// What the help says from top to bottom, scrolled through with ↓ where it is taller
/// than the window, its rows joined (a wrapped line is one again).
fn whole_help(tui: &mut Tui) -> String {
    let mut rows = Vec::new();
    let mut window = box_rows(&drawn(tui));
    for _ in 0..200 {
        tui.keys("<down>");
        let next = box_rows(&drawn(tui));
        if next == window {
            break;
        }
        rows.push(window[0].clone());
        window = next;
    }
    rows.extend(window);
    collapse(&rows.join(" "))
}

/// The footer row is whole entries of what the footer offers, in order, F1 (help)
/// always among them: nothing is cut mid-word, nothing lost for a long translation
/// but the entries after the last that fits.
fn footer_is_whole(tui: &mut Tui, what: &str) {
    let screen = drawn(tui);
    let footer = screen.lines().nth(23).unwrap_or_default().to_owned();
    let entries = footer_now(&tui.app);
    let rtl = i18n::language().is_rtl();
    let text = |e: &FooterEntry| {
        if rtl {
            format!("{} {}", e.words, e.key)
        } else {
            format!("{} {}", e.key, e.words)
        }
    };
    let mut shown: Vec<String> = Vec::new();
    let mut rest = collapse(&footer);
    if rtl {
        // Read from the right: the first entry is rightmost.
        for entry in &entries {
            let entry = collapse(&text(entry));
            if let Some(before) = rest.strip_suffix(&entry) {
                rest = before.trim_end().to_owned();
                shown.push(entry);
            }
        }
    } else {
        for entry in &entries {
            let entry = collapse(&text(entry));
            if let Some(after) = rest.strip_prefix(&entry) {
                rest = after.trim_start().to_owned();
                shown.push(entry);
            }
        }
    }
    assert!(
        rest.is_empty(),
        "{what}: the footer holds a part of an entry, or one out of order: {rest:?} in {footer:?}"
    );
    for entry in entries.iter().filter(|e| e.always) {
        assert!(
            shown.contains(&collapse(&text(entry))),
            "{what}: {:?} is not in the footer {footer:?}",
            entry.key
        );
    }
}

#[test]
fn every_language_fits_80x24_without_a_hint_or_message_cut_short() {
    let _speaking = Speaking::new();
    for language in Language::ALL {
        i18n::select(language);
        let tag = language.tag();
        let (root, _, _) = vault_with_event();
        let opts = options(&root);
        let mut tui = Tui::start(root, opts, 80, 24);
        footer_is_whole(&mut tui, &format!("{tag} unlock"));
        tui.keys(PASSPHRASE);
        tui.keys("<enter>");
        footer_is_whole(&mut tui, &format!("{tag} home"));

        // Every line of the help is there in full, however it wrapped.
        for (screen, open) in [("home", ""), ("entry", "<enter>")] {
            tui.keys(open);
            footer_is_whole(&mut tui, &format!("{tag} {screen}"));
            tui.keys("<f1>");
            let help = whole_help(&mut tui);
            for (key, words) in fieldsign::tui::test_support::help_now(&tui.app) {
                assert!(
                    help.contains(&collapse(&words)) && help.contains(&key),
                    "{tag} {screen}: help lacks {key} {words:?}:\n{}",
                    drawn(&mut tui)
                );
            }
            footer_is_whole(&mut tui, &format!("{tag} {screen} help"));
            tui.keys("<esc>");
        }

        // A refused line: the status message is there in full, and so is the field's.
        tui.keys("<enter>");
        let screen = drawn(&mut tui);
        let status: String = screen.lines().skip(1).collect::<Vec<_>>().join(" ");
        let flash = tui
            .app
            .flash
            .as_ref()
            .map(|f| f.text.clone())
            .unwrap_or_default();
        assert!(!flash.is_empty(), "{tag}: Enter on a blank line says why");
        assert!(
            collapse(&status).contains(&collapse(&flash)),
            "{tag}: the message is cut:\n{screen}"
        );
        tui.keys("Ada<tab>x<tab>");
        footer_is_whole(&mut tui, &format!("{tag} entry refused"));
        let screen = drawn(&mut tui);
        // Cells as drawn, grapheme by grapheme (a shadda or a matra takes none).
        let cells = |row: &str| -> usize {
            unicode_segmentation::UnicodeSegmentation::graphemes(row, true)
                .map(unicode_width::UnicodeWidthStr::width)
                .sum()
        };
        assert!(
            !screen.lines().any(|l| cells(l) > 80),
            "{tag}: a row is wider than the window:\n{screen}"
        );
        tui.keys("<c-q>");
        footer_is_whole(&mut tui, &format!("{tag} quit dialog"));
    }
}

/// A copy of a vault with three lines typed on sheet 1 of the event (made once).
fn vault_with_lines() -> tempfile::TempDir {
    static TEMPLATE: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let template = TEMPLATE.get_or_init(|| {
        let (root, campaign, event) = vault_with_event();
        let vault =
            Vault::open(&root.path().join("vault"), &PASSPHRASE.to_owned().into()).expect("open");
        for (line, name) in [(1, "Olena"), (2, "José"), (3, "अमित")] {
            vault
                .add(
                    &campaign,
                    NewLine {
                        event: Some(event.id),
                        sheet: 1,
                        line,
                        kind: LineKind::Signature,
                        fields: [("name".to_owned(), name.to_owned())].into(),
                    },
                )
                .expect("add");
        }
        root
    });
    let root = tempfile::tempdir().expect("temp dir");
    copy_dir(template.path(), root.path());
    root
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Every screen (and the states of a screen that show other words) and how to reach it
/// at 80×24.
fn screens() -> Vec<(&'static str, Box<dyn Fn() -> Tui>)> {
    let at = |script: &'static str| -> Box<dyn Fn() -> Tui> {
        Box::new(move || {
            let root = vault_with_lines();
            let opts = options(&root);
            let mut tui = Tui::start(root, opts, 80, 24);
            tui.keys(PASSPHRASE);
            tui.keys("<enter>");
            tui.keys(script);
            tui
        })
    };
    let first = |script: &'static str| -> Box<dyn Fn() -> Tui> {
        Box::new(move || {
            let root = tempfile::tempdir().expect("temp dir");
            let opts = options(&root);
            let mut tui = Tui::start(root, opts, 80, 24);
            tui.keys(script);
            tui
        })
    };
    vec![
        ("first start", first("")),
        ("first start: too short", first("ab<tab>ab<enter>")),
        (
            "first start: campaign",
            first("a long passphrase<tab>a long passphrase<enter>"),
        ),
        (
            "unlock: wrong passphrase",
            Box::new(|| {
                let root = vault_with_lines();
                let opts = options(&root);
                let mut tui = Tui::start(root, opts, 80, 24);
                tui.keys("not it<enter>");
                tui
            }),
        ),
        ("home", at("")),
        ("home: languages", at("l")),
        ("home: join", at("j")),
        ("home: join, nothing typed", at("j<enter>")),
        ("home: create", at("c")),
        ("home: new event", at("n")),
        ("home: new event, no name", at("n<c-u><enter>")),
        ("home: petition", at("t")),
        ("home: dashboard", at("d")),
        ("export", at("x")),
        ("import", at("i")),
        ("import: no such file", at("i/nonexistent/file.age<enter>")),
        ("sheet entry", at("<enter>")),
        ("sheet entry: nothing typed", at("<enter><enter>")),
        ("sheet entry: refused", at("<enter>Ada<tab>x<enter>")),
        ("sheet entry: setup", at("<enter><c-t>")),
        ("sheet entry: saved", at("<enter>Ada<enter>")),
        ("sheet entry: leaving half typed", at("<enter>Ada<esc>")),
        ("sheet entry: quit dialog", at("<enter>Ada<c-q>")),
        ("sheet entry: privacy", at("<enter><c-p>")),
        ("browse", at("b")),
        ("browse: no match", at("bzzzz")),
        ("record", at("b<enter>")),
        ("record: history", at("b<enter>h")),
        ("record: amend", at("b<enter>a")),
        ("record: void", at("b<enter>v")),
        ("locked", at("<c-l>")),
    ]
}

/// The status message is on the screen whole (however it wrapped).
fn flash_is_whole(tui: &mut Tui, what: &str) {
    let Some(flash) = tui.app.flash.as_ref().map(|f| f.text.clone()) else {
        return;
    };
    let screen = drawn(tui);
    let above_footer: Vec<&str> = screen.lines().take(23).collect();
    assert!(
        collapse(&above_footer.join(" ")).contains(&collapse(&flash)),
        "{what}: the message {flash:?} is cut:\n{screen}"
    );
}

/// Nothing runs into the window's last column (every screen keeps it free: a text
/// there was cut off), and no row is wider than the window.
fn nothing_overflows(tui: &mut Tui, what: &str) {
    let screen = drawn(tui);
    for row in screen.lines() {
        let cells: usize = unicode_segmentation::UnicodeSegmentation::graphemes(row, true)
            .map(unicode_width::UnicodeWidthStr::width)
            .sum();
        assert!(
            cells <= 80,
            "{what}: a row is wider than the window:\n{screen}"
        );
        let last = unicode_segmentation::UnicodeSegmentation::graphemes(row, true)
            .next_back()
            .unwrap_or(" ");
        assert!(
            cells < 80 || "│┐┘┤".contains(last),
            "{what}: {row:?} runs into the last column:\n{screen}"
        );
    }
}

#[test]
fn every_screen_in_every_language_fits_80x24() {
    let _speaking = Speaking::new();
    let screens = screens();
    for language in Language::ALL {
        i18n::select(language);
        for (name, reach) in &screens {
            let what = format!("{} {name}", language.tag());
            let mut tui = reach();
            footer_is_whole(&mut tui, &what);
            flash_is_whole(&mut tui, &what);
            nothing_overflows(&mut tui, &what);
            i18n::select(language); // a screen's Esc or a kept setting must not change it
        }
    }
}
