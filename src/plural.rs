//! English counts and lists for messages: "1 match" / "21 matches", "Email and Phone".
//! A small local helper until messages are translated (a later issue); the command line
//! uses the same functions.

/// `n` with the word for one or for many: `count(1, "match", "matches")` is "1 match".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `n` with a word whose plural just adds "s": "1 line", "2 lines".
pub fn s(n: usize, word: &str) -> String {
    count(n, word, &format!("{word}s"))
}

/// "A", "A and B", "A, B and C".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_read_as_english() {
        assert_eq!(count(1, "match", "matches"), "1 match");
        assert_eq!(count(21, "match", "matches"), "21 matches");
        assert_eq!(s(0, "line"), "0 lines");
        assert_eq!(s(1, "amendment"), "1 amendment");
        assert_eq!(list(&["Email".into()]), "Email");
        assert_eq!(list(&["Email".into(), "Phone".into()]), "Email and Phone");
        assert_eq!(
            list(&["Name".into(), "Email".into(), "Phone".into()]),
            "Name, Email and Phone"
        );
    }
}
