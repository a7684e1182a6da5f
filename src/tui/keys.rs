//! Key bindings as data: each screen declares one table of [`Binding`]s per mode, and
//! the handling (which action a key runs), the footer and the F1 help are all read from
//! it, so they cannot disagree. The keys that work everywhere are [`GLOBAL`].
//!
//! The texts here are the words a person reads: each is a [`Text`], a message id of
//! `i18n/<language>/fieldsign.ftl` written with [`tx!`](crate::tx) (checked against
//! the English file when compiling, like `t!`) and looked up when it is drawn, so the
//! footer and the help follow the language even after it is switched. Key names
//! ("Enter", "Ctrl-L") are the same in every language: they are written on the keys.

use std::borrow::Cow;
use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Words in a key table: a key's name as printed on the keyboard, or a message looked
/// up in the current language each time it is shown.
#[derive(Clone, Copy)]
pub enum Text {
    /// A key name, the same in every language ("Enter", "Ctrl-L", "↑ ↓").
    Key(&'static str),
    /// A message: `tx!("id")` builds it.
    Message(fn() -> String),
    /// Nothing (a binding the help does not list on its own).
    None,
}

impl Text {
    /// The words in the current language.
    pub fn get(self) -> Cow<'static, str> {
        match self {
            Text::Key(name) => Cow::Borrowed(name),
            Text::Message(message) => Cow::Owned(message()),
            Text::None => Cow::Borrowed(""),
        }
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.get())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.get())
    }
}

/// Two texts are the same when they read the same (now, in this language).
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}
impl Eq for Text {}

/// One key a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key without Control or Alt (Shift is part of the character).
    Plain(KeyCode),
    /// Control with a letter.
    Ctrl(char),
    /// Control with a named key (Ctrl-Home, Ctrl-End).
    CtrlCode(KeyCode),
    /// Any text typed into the focused field: letters, digits, Backspace, ← →. Only
    /// described in the footer and help; the screen's field handles such keys itself.
    Typing,
}

impl Key {
    pub fn matches(self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Plain(code) => !ctrl && !alt && key.code == code,
            Key::Ctrl(c) => {
                ctrl && matches!(key.code, KeyCode::Char(k) if k.eq_ignore_ascii_case(&c))
            }
            Key::CtrlCode(code) => ctrl && key.code == code,
            Key::Typing => false,
        }
    }

    /// A key event that this key stands for (tests press it).
    pub fn event(self) -> Option<KeyEvent> {
        match self {
            Key::Plain(code) => Some(KeyEvent::new(
                code,
                if code == KeyCode::BackTab {
                    KeyModifiers::SHIFT
                } else {
                    KeyModifiers::NONE
                },
            )),
            Key::Ctrl(c) => Some(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
            Key::CtrlCode(code) => Some(KeyEvent::new(code, KeyModifiers::CONTROL)),
            Key::Typing => None,
        }
    }
}

/// What a key does on a screen, or that it names a key of [`GLOBAL`] in this screen's
/// words (sheet entry's footer says "F1 all keys").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Does<A> {
    Act(A),
    Global(Global),
    /// Typing into the focused field ([`Key::Typing`]): the screen's `typed` handles it.
    Typing,
}

/// A key (or a few keys that do the same), how it is written, and what it does: in a
/// few words for the footer (if it belongs there) and in full for the help.
#[derive(Debug, Clone, Copy)]
pub struct Binding<A: 'static> {
    pub keys: &'static [Key],
    pub label: Text,
    pub does: Does<A>,
    pub help: Text,
    /// Shown in the footer, in this order (lower first), with these words.
    pub footer: Option<(u8, Text)>,
    /// How the footer writes the key, where shorter than `label` ("Tab" for
    /// "Tab / Shift-Tab").
    pub footer_label: Option<&'static str>,
    /// Listed in the help; `false` for a key another binding's label already names
    /// ("↑ ↓" covers the binding of ↓).
    pub in_help: bool,
    /// Kept in the footer however long the other entries' words are (F1; home's
    /// language key, which someone who cannot read the screen's words must find).
    pub always: bool,
}

impl<A: Copy> Binding<A> {
    pub const fn new(keys: &'static [Key], label: &'static str, action: A, help: Text) -> Self {
        Self {
            keys,
            label: Text::Key(label),
            does: Does::Act(action),
            help,
            footer: None,
            footer_label: None,
            in_help: true,
            always: false,
        }
    }

    /// A global key named in this screen's footer with other words.
    pub const fn global(global: Global, label: &'static str, words: Text) -> Self {
        let mut b = Self {
            keys: &[],
            label: Text::Key(label),
            does: Does::Global(global),
            help: Text::None,
            footer: None,
            footer_label: None,
            in_help: false,
            always: matches!(global, Global::Help),
        };
        b.footer = Some((u8::MAX, words));
        b
    }

    /// Typing into the screen's text field, as the footer and help describe it.
    /// `label` is a word ("type"), not a key name: a message.
    pub const fn typing(label: Text, help: Text) -> Self {
        Self {
            keys: &[Key::Typing],
            label,
            does: Does::Typing,
            help,
            footer: None,
            footer_label: None,
            in_help: true,
            always: false,
        }
    }

    /// Kept in the footer when the other entries leave no room ([`fit_footer`]).
    #[must_use]
    pub const fn always(mut self) -> Self {
        self.always = true;
        self
    }

    /// Named by another binding's label, so not listed in the help on its own.
    #[must_use]
    pub const fn hidden(mut self) -> Self {
        self.in_help = false;
        self
    }

    /// Also shown in the footer, at `rank`, as `words`.
    #[must_use]
    pub const fn footer(mut self, rank: u8, words: Text) -> Self {
        self.footer = Some((rank, words));
        self
    }

    /// Shown in the footer as `label` (shorter than the help's), at `rank`, as `words`.
    #[must_use]
    pub const fn footer_as(mut self, rank: u8, label: &'static str, words: Text) -> Self {
        self.footer = Some((rank, words));
        self.footer_label = Some(label);
        self
    }
}

/// The keys that move between a form's fields (the form handles them).
pub const FIELD_KEYS: &[Key] = &[
    Key::Plain(KeyCode::Tab),
    Key::Plain(KeyCode::BackTab),
    Key::Plain(KeyCode::Down),
    Key::Plain(KeyCode::Up),
];

impl<A: Copy> Binding<A> {
    /// Enter, doing `action`.
    pub const fn enter(action: A, help: Text) -> Self {
        Self::new(&[Key::Plain(KeyCode::Enter)], "Enter", action, help)
    }

    /// Esc, doing `action`.
    pub const fn esc(action: A, help: Text) -> Self {
        Self::new(&[Key::Plain(KeyCode::Esc)], "Esc", action, help)
    }

    /// Tab (and Shift-Tab, ↓ ↑): to the next field of a form.
    pub const fn next_field(action: A) -> Self {
        Self::new(FIELD_KEYS, "Tab", action, tx!("key-next-field-help"))
    }
}

/// The action `key` runs on a screen with `table`, if the table binds it.
pub fn action<A: Copy>(table: &[Binding<A>], key: KeyEvent) -> Option<A> {
    table.iter().find_map(|b| match b.does {
        Does::Act(a) if b.keys.iter().any(|k| k.matches(key)) => Some(a),
        _ => None,
    })
}

/// How a binding is shown, without its action: what the footer and help draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    pub keys: &'static [Key],
    pub label: Text,
    pub help: Text,
    pub footer: Option<(u8, Text)>,
    pub footer_label: Text,
    /// Names a global key (its keys are [`GLOBAL`]'s).
    pub global: Option<Global>,
    pub in_help: bool,
    pub always: bool,
}

pub fn shown<A: Copy>(table: &[Binding<A>]) -> Vec<Shown> {
    table
        .iter()
        .map(|b| Shown {
            keys: match b.does {
                Does::Global(g) => global(g).keys,
                Does::Act(_) | Does::Typing => b.keys,
            },
            label: b.label,
            help: b.help,
            footer: b.footer,
            footer_label: b.footer_label.map_or(b.label, Text::Key),
            global: match b.does {
                Does::Global(g) => Some(g),
                Does::Act(_) | Does::Typing => None,
            },
            in_help: b.in_help,
            always: b.always,
        })
        .collect()
}

/// One entry of the footer: the key as written, its words, and whether it is kept
/// when room is short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FooterEntry {
    pub key: String,
    pub words: String,
    pub always: bool,
}

impl FooterEntry {
    /// The cells it takes: a space, the key, a space, the words, a space.
    pub fn cells(&self) -> usize {
        super::cells(&self.key) + super::cells(&self.words) + 3
    }
}

/// The footer's entries in their order, in the current language.
pub fn footer(keys: &[Shown]) -> Vec<FooterEntry> {
    let mut entries: Vec<(u8, Text, Text, bool)> = keys
        .iter()
        .filter_map(|k| {
            k.footer
                .map(|(rank, words)| (rank, k.footer_label, words, k.always))
        })
        .collect();
    entries.sort_by_key(|(rank, _, _, _)| *rank);
    entries
        .into_iter()
        .map(|(_, k, w, always)| FooterEntry {
            key: k.get().into_owned(),
            words: w.get().into_owned(),
            always,
        })
        .collect()
}

/// The entries that fit in `width` cells: in order, whole, while they fit, with room
/// kept for every `always` entry (so F1 stays however long a language's words are).
pub fn fit_footer(entries: &[FooterEntry], width: usize) -> Vec<&FooterEntry> {
    let mut reserved: usize = entries
        .iter()
        .filter(|e| e.always)
        .map(FooterEntry::cells)
        .sum();
    let mut used = 0;
    let mut full = false;
    let mut out = Vec::new();
    for entry in entries {
        let cells = entry.cells();
        if entry.always {
            reserved -= cells;
            if used + cells <= width {
                used += cells;
                out.push(entry);
            }
        } else if !full && used + cells + reserved <= width {
            used += cells;
            out.push(entry);
        } else {
            full = true;
        }
    }
    out
}

/// The help's entries (key, what it does), in the table's order; the global keys a
/// footer names are listed with the global ones instead.
pub fn help(keys: &[Shown]) -> Vec<(String, String)> {
    keys.iter()
        .filter(|k| k.in_help)
        .map(|k| (k.label.get().into_owned(), k.help.get().into_owned()))
        .collect()
}

/// The keys that work on every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Global {
    Privacy,
    Lock,
    Quit,
    Help,
}

/// The global keys, in the order the help lists them.
pub const GLOBAL: &[Binding<Global>] = &[
    Binding::new(
        &[Key::Ctrl('p')],
        "Ctrl-P",
        Global::Privacy,
        tx!("key-privacy-help"),
    ),
    Binding::new(
        &[Key::Ctrl('l')],
        "Ctrl-L",
        Global::Lock,
        tx!("key-lock-help"),
    )
    .footer(1, tx!("key-lock")),
    Binding::new(
        &[Key::Ctrl('q'), Key::Ctrl('c')],
        "Ctrl-Q",
        Global::Quit,
        tx!("key-quit-help"),
    )
    .footer(2, tx!("key-quit")),
    Binding::new(
        &[Key::Plain(KeyCode::F(1)), Key::Plain(KeyCode::Char('?'))],
        "F1 / ?",
        Global::Help,
        tx!("key-help-help"),
    )
    .footer(0, tx!("key-help"))
    .always(),
];

/// The global binding of `g`.
pub fn global(g: Global) -> &'static Binding<Global> {
    GLOBAL
        .iter()
        .find(|b| b.does == Does::Act(g))
        .unwrap_or(&GLOBAL[0])
}

/// How a global key is written in a footer ("F1", not "F1 / ?": `?` is not always
/// help).
pub fn global_footer_label(g: Global) -> Text {
    match g {
        Global::Help => Text::Key("F1"),
        _ => global(g).label,
    }
}

/// What the overlay asking "quit anyway?" answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuitAnswer {
    Quit,
    Back,
}

pub const CONFIRM_QUIT: &[Binding<QuitAnswer>] = &[
    Binding::new(
        &[
            Key::Plain(KeyCode::Char('y')),
            Key::Plain(KeyCode::Char('Y')),
        ],
        "y",
        QuitAnswer::Quit,
        tx!("key-quit"),
    )
    .footer(0, tx!("key-quit-lose")),
    Binding::new(
        &[
            Key::Plain(KeyCode::Char('n')),
            Key::Plain(KeyCode::Char('N')),
            Key::Plain(KeyCode::Esc),
        ],
        "n / Esc",
        QuitAnswer::Back,
        tx!("key-go-back-to-it"),
    )
    .footer(1, tx!("key-go-back-to-it")),
];

/// The help overlay: close it, or scroll it where a language's lines do not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpKey {
    Close,
    Up,
    Down,
    PageUp,
    PageDown,
}

/// The help overlay's keys while it fits the window: only closing it.
pub const HELP_OVERLAY: &[Binding<HelpKey>] = &[CLOSE_HELP];

/// The help overlay's keys while it is taller than the window (a long translation).
pub const HELP_SCROLL: &[Binding<HelpKey>] = &[
    CLOSE_HELP,
    Binding::new(
        &[Key::Plain(KeyCode::Up), Key::Plain(KeyCode::Char('k'))],
        "↑ ↓",
        HelpKey::Up,
        tx!("key-scroll-help"),
    )
    .footer_as(1, "↑↓", tx!("key-scroll")),
    Binding::new(
        &[Key::Plain(KeyCode::Down), Key::Plain(KeyCode::Char('j'))],
        "↓",
        HelpKey::Down,
        Text::None,
    )
    .hidden(),
    Binding::new(
        &[Key::Plain(KeyCode::PageUp)],
        "PgUp / PgDn",
        HelpKey::PageUp,
        tx!("key-page-help"),
    ),
    Binding::new(
        &[Key::Plain(KeyCode::PageDown)],
        "PgDn",
        HelpKey::PageDown,
        Text::None,
    )
    .hidden(),
];

const CLOSE_HELP: Binding<HelpKey> = Binding::new(
    &[
        Key::Plain(KeyCode::Esc),
        Key::Plain(KeyCode::F(1)),
        Key::Plain(KeyCode::Char('?')),
        Key::Plain(KeyCode::Char('q')),
    ],
    "Esc / F1",
    HelpKey::Close,
    tx!("key-close-help-help"),
)
.footer(0, tx!("key-close-help"));

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum A {
        Save,
        Next,
    }

    const fn words(f: fn() -> String) -> Text {
        Text::Message(f)
    }

    const TABLE: &[Binding<A>] = &[
        Binding::new(
            &[Key::Plain(KeyCode::Tab)],
            "Tab",
            A::Next,
            words(|| "next field".into()),
        ),
        Binding::new(
            &[Key::Plain(KeyCode::Enter)],
            "Enter",
            A::Save,
            words(|| "save".into()),
        )
        .footer(0, words(|| "save".into())),
        Binding::global(Global::Help, "F1", words(|| "all keys".into())),
    ];

    #[test]
    fn a_key_runs_the_action_of_its_binding_and_nothing_else_runs_one() {
        let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(action(TABLE, enter), Some(A::Save));
        let ctrl_enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::CONTROL);
        assert_eq!(action(TABLE, ctrl_enter), None);
        let f1 = KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE);
        assert_eq!(action(TABLE, f1), None, "a global key is the app's");
    }

    #[test]
    fn footer_is_ranked_and_help_keeps_the_table_order_without_globals() {
        let keys = shown(TABLE);
        let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, w)| ((*k).to_owned(), (*w).to_owned()))
                .collect()
        };
        let footer: Vec<(String, String)> = footer(&keys)
            .into_iter()
            .map(|e| (e.key, e.words))
            .collect();
        assert_eq!(footer, pairs(&[("Enter", "save"), ("F1", "all keys")]));
        assert_eq!(
            help(&keys),
            pairs(&[("Tab", "next field"), ("Enter", "save")])
        );
    }

    fn entry(key: &str, words: &str, always: bool) -> FooterEntry {
        FooterEntry {
            key: key.to_owned(),
            words: words.to_owned(),
            always,
        }
    }

    #[test]
    fn the_footer_keeps_room_for_the_entries_that_always_show() {
        let entries = [
            entry("Enter", "save", false),        // 12 cells
            entry("Tab", "next field", false),    // 16
            entry("Ctrl-N", "next sheet", false), // 19
            entry("F1", "all keys", true),        // 13
            entry("Ctrl-Q", "quit", false),       // 13
        ];
        let keys = |width| -> Vec<&str> {
            fit_footer(&entries, width)
                .iter()
                .map(|e| e.key.as_str())
                .collect()
        };
        assert_eq!(keys(80), ["Enter", "Tab", "Ctrl-N", "F1", "Ctrl-Q"]);
        // Ctrl-N would fit before F1, but then F1 would not: it is left out, and so is
        // every later entry that is not kept always (no gaps in the ranking).
        assert_eq!(keys(50), ["Enter", "Tab", "F1"]);
        assert_eq!(keys(25), ["Enter", "F1"]);
        assert_eq!(keys(13), ["F1"]);
        assert!(keys(5).is_empty());
    }

    #[test]
    fn ctrl_letters_match_either_case() {
        let k = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::CONTROL);
        assert!(Key::Ctrl('q').matches(k));
        assert!(!Key::Ctrl('q').matches(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE)));
    }
}
