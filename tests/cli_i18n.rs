//! The command line in the person's language, through the real binary: chosen by
//! `--lang`, `FIELDSIGN_LANG` or the locale (`LANG=uk_UA.UTF-8`), with the language's
//! plural forms and digits; a language it does not have, asked for by name, is a usage
//! error that changes nothing.

mod common;

use std::fmt::Write as _;

use assert_cmd::Command;
use common::TestVault;

/// The binary for `t` with no language setting at all; the test adds its own.
fn bare(t: &TestVault) -> Command {
    let mut cmd = t.cmd();
    for var in [
        "FIELDSIGN_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANGUAGE",
        "LANG",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A refusal: exit status 1, one line on stderr, nothing on stdout, no secret shown.
fn assert_refused(out: &std::process::Output, secret: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(out.stdout.is_empty());
    assert!(secret.is_empty() || !err.contains(secret), "{err}");
}

fn rows(n: usize) -> String {
    let mut csv = String::from("sheet,line,name\n");
    for i in 0..n {
        let _ = writeln!(csv, "{},{},Person {i}", i / 10 + 1, i % 10 + 1);
    }
    csv
}

#[test]
fn lang_uk_gives_ukrainian_errors() {
    let t = TestVault::uninitialized();
    let out = bare(&t)
        .env("LANG", "uk_UA.UTF-8")
        .arg("list")
        .output()
        .unwrap();
    assert_refused(&out, "");
    let err = stderr(&out);
    assert!(err.starts_with("помилка: у "), "{err}");
    assert!(err.contains("немає сховища"), "{err}");
    assert!(!err.contains("no vault"), "{err}");
}

#[test]
fn fieldsign_lang_ar_gives_arabic_errors_and_beats_the_locale() {
    let t = TestVault::new();
    let wrong = t.write("wrong", "not the passphrase\n");
    let out = Command::cargo_bin("fieldsign")
        .unwrap()
        .env_remove("FIELDSIGN_PASSPHRASE_FILE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("FIELDSIGN_LANG", "ar")
        .env("LANG", "uk_UA.UTF-8")
        .arg("--vault")
        .arg(&t.vault)
        .args(["--passphrase-file", &wrong, "list"])
        .output()
        .unwrap();
    assert_refused(&out, "not the passphrase");
    let err = stderr(&out);
    assert!(err.starts_with("خطأ: عبارة المرور غير صحيحة"), "{err}");
}

#[test]
fn the_flag_beats_fieldsign_lang_and_lc_all_beats_lang() {
    let t = TestVault::uninitialized();
    let out = bare(&t)
        .env("FIELDSIGN_LANG", "ar")
        .args(["--lang", "el", "list"])
        .output()
        .unwrap();
    assert!(stderr(&out).starts_with("σφάλμα: "), "{}", stderr(&out));
    let out = bare(&t)
        .env("LC_ALL", "C.UTF-8")
        .env("LANG", "ru_RU.UTF-8")
        .arg("list")
        .output()
        .unwrap();
    assert!(
        stderr(&out).starts_with("error: no vault at"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_language_fieldsign_lacks_is_refused_by_name_and_changes_nothing() {
    let t = TestVault::new();
    t.campaign_and_event();
    let before = t.snapshot();
    let out = bare(&t)
        .args([
            "--lang",
            "de",
            "event",
            "create",
            "--campaign",
            "Free them",
            "--name",
            "X",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("no messages in the language de"), "{err}");
    assert!(err.contains("sr-Latn"), "{err}");
    assert_eq!(t.snapshot(), before);
    // A locale in a language fieldsign lacks is no error: English.
    let out = bare(&t)
        .env("LANG", "de_DE.UTF-8")
        .arg("campaign")
        .arg("list")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn command_output_uses_each_languages_plural_forms_and_digits() {
    let t = TestVault::new();
    let (campaign, event) = t.campaign_and_event();
    let import = |lang: &str, n: usize, name: &str| {
        let file = t.write(name, &rows(n));
        let out = bare(&t)
            .env("FIELDSIGN_LANG", lang)
            .args([
                "import",
                "csv",
                "--campaign",
                &campaign,
                "--event",
                &event,
                &file,
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stderr(&out)
    };
    // Sheets 1–3 then 1–1 again: `import csv` numbers rows itself, retyping is allowed here.
    assert!(import("ru", 21, "a.csv").starts_with("Импортировано 21 подпись в «"));
    assert!(import("ru", 2, "b.csv").starts_with("Импортировано 2 подписи в «"));
    assert!(import("uk", 5, "c.csv").starts_with("Імпортовано 5 підписів до «"));
    assert!(import("pl", 22, "d.csv").starts_with("Zaimportowano 22 podpisy do „"));
    assert!(import("cs", 5, "e.csv").starts_with("Importováno 5 podpisů do „"));
    assert!(import("ar", 2, "f.csv").starts_with("استُورد توقيعان إلى «"));
    assert!(import("ar", 11, "g.csv").starts_with("استُورد ١١ توقيعًا إلى «"));
    assert!(import("sr-Latn", 3, "h.csv").starts_with("Uvezeno 3 potpisa u „"));
    assert!(import("en", 1, "i.csv").starts_with("Imported 1 signature into \""));
    let out = bare(&t)
        .env("LANG", "sr_RS.UTF-8@latin")
        .args(["event", "list", "--campaign", &campaign])
        .output()
        .unwrap();
    assert!(out.status.success());
    // Numbers in sentences follow the language: Arabic-Indic digits, Russian spaces.
    let bundle = t.path("b.age");
    let out = bare(&t)
        .env("FIELDSIGN_LANG", "ar")
        .args(["export", "bundle", "--campaign", &campaign, "--out"])
        .arg(&bundle)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(said.starts_with("كُتب "), "{said}");
    assert!(said.contains("٬"), "bytes grouped the Arabic way: {said}");
    assert!(!said.contains(" bytes"), "{said}");
}

#[test]
fn names_that_match_nothing_are_refused_in_the_language_without_repeating_them() {
    let t = TestVault::new();
    t.campaign_and_event();
    let out = bare(&t)
        .env("FIELDSIGN_LANG", "ru")
        .args(["event", "list", "--campaign", "Олена Шевченко"])
        .output()
        .unwrap();
    assert_refused(&out, "Олена");
    let err = stderr(&out);
    assert!(
        err.starts_with("ошибка: ни одна кампания не соответствует"),
        "{err}"
    );
    let out = bare(&t)
        .env("FIELDSIGN_LANG", "hi")
        .args(["void", "zzzzzzzzzzzzzzzz"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).starts_with("त्रुटि: "), "{}", stderr(&out));
}
