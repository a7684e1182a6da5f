//! Fitting a message into the rows a screen has for it: wrapped at spaces, measured in
//! the cells the buffer draws (every script; see `rtl::cells`), and, when it needs more
//! rows than there are, cut after a whole word with "…", so that a cut message never
//! reads as a typo (issue 11: `olena@example.or`, errors cut mid-word).

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use super::rtl::cells;

/// `text` in rows of at most `width` columns, at most `max_rows` of them. Lines break
/// at spaces; a word wider than a row (a path, an address) is broken where the row
/// ends; line breaks in `text` are kept. When rows are left over, the last one shown
/// ends with "…".
pub fn rows(text: &str, width: usize, max_rows: usize) -> Vec<String> {
    if width == 0 || max_rows == 0 {
        return Vec::new();
    }
    let mut all = Vec::new();
    for paragraph in text.split('\n') {
        wrap(paragraph, width, &mut all);
    }
    if all.len() <= max_rows {
        return all;
    }
    all.truncate(max_rows);
    if let Some(last) = all.last_mut() {
        *last = with_ellipsis(last, width);
    }
    all
}

fn wrap(paragraph: &str, width: usize, out: &mut Vec<String>) {
    let mut row = String::new();
    let mut used = 0;
    for word in paragraph.split(' ') {
        let w = cells(word);
        if used > 0 && used + 1 + w <= width {
            row.push(' ');
            row.push_str(word);
            used += 1 + w;
            continue;
        }
        if used > 0 {
            out.push(std::mem::take(&mut row));
            used = 0;
        }
        if w <= width {
            row.push_str(word);
            used = w;
            continue;
        }
        // Wider than a row: broken where each row ends.
        for g in word.graphemes(true) {
            let gw = g.width();
            if used + gw > width && used > 0 {
                out.push(std::mem::take(&mut row));
                used = 0;
            }
            row.push_str(g);
            used += gw;
        }
    }
    out.push(row);
}

/// `row` followed by "…" within `width` columns, cutting whole graphemes to make room.
fn with_ellipsis(row: &str, width: usize) -> String {
    let row = row.trim_end();
    if cells(row) < width {
        return format!("{row}…");
    }
    let mut out = String::new();
    let mut used = 0;
    for g in row.graphemes(true) {
        if used + g.width() + 1 > width {
            break;
        }
        out.push_str(g);
        used += g.width();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_keeps_line_breaks() {
        assert_eq!(
            rows("the vault is in use\nclose it", 10, 5),
            ["the vault", "is in use", "close it"]
        );
        // Columns, not chars: a Devanagari name takes fewer columns than chars.
        assert_eq!(rows("प्रिया शर्मा saved", 12, 3), ["प्रिया शर्मा", "saved"]);
        // Cells as the buffer draws them: "لا" is two (one per letter), although
        // unicode-width counts the pair as one column.
        assert_eq!(rows("لا لا", 4, 3), ["لا", "لا"]);
    }

    #[test]
    fn a_cut_ends_after_a_whole_word_with_an_ellipsis() {
        let text = "this file is not encrypted to this vault: it was made for someone else";
        let shown = rows(text, 20, 2);
        assert_eq!(shown, ["this file is not", "encrypted to this…"]);
        for row in &shown {
            assert!(cells(row) <= 20, "{row}");
        }
        // A full last row makes room for the ellipsis.
        assert_eq!(rows("abcd efgh ijkl", 4, 1), ["abc…"]);
    }

    #[test]
    fn a_word_wider_than_a_row_is_broken_where_the_row_ends() {
        assert_eq!(
            rows("in /tmp/abcdefghij/vault now", 8, 9),
            ["in", "/tmp/abc", "defghij/", "vault", "now"]
        );
        assert!(rows("x", 0, 3).is_empty());
    }
}
