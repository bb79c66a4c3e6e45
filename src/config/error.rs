//! A config problem and where it is: the file, and the line and column when it has a place.
//!
//! Positions are 1-based and count characters, not bytes, so they match what an editor shows.
//! Every message is passed through [`shorten_quoted`], so a value it quotes (ours, the TOML
//! parser's, serde's) is cut to about 80 characters however long the file made it: the message
//! also goes to a notification.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::echo::shorten_quoted;

/// A config problem: where, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    /// 1-based, when the problem has a place in the file.
    pub line: Option<usize>,
    /// 1-based, in characters, when the problem has a place in the file.
    pub column: Option<usize>,
    pub message: String,
}

/// A problem found in the text: the byte span it is about, and what is wrong.
pub(super) type Invalid = (Range<usize>, String);

impl ConfigError {
    /// A problem with the file as a whole (cannot be read, is a folder).
    pub(super) fn whole_file(path: &Path, message: String) -> ConfigError {
        ConfigError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: shorten_quoted(&message).into_owned(),
        }
    }

    /// A problem at byte `offset` of `text`.
    pub(super) fn at(path: &Path, text: &[u8], offset: usize, message: String) -> ConfigError {
        let (line, column) = line_column(text, offset);
        ConfigError {
            path: path.to_path_buf(),
            line: Some(line),
            column: Some(column),
            message: shorten_quoted(&message).into_owned(),
        }
    }
}

impl fmt::Display for ConfigError {
    /// `path:line:column: message`, the shape compilers use and editors jump to.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters_from_one() {
        assert_eq!(line_column(b"ab\ncd", 0), (1, 1));
        assert_eq!(line_column(b"ab\ncd", 4), (2, 2));
        assert_eq!(line_column("é = 1".as_bytes(), 3), (1, 3));
    }

    #[test]
    fn an_error_reads_like_a_compiler_message() {
        let placed = ConfigError::at(Path::new("c.toml"), b"a\nbc", 3, "wrong".into());
        assert_eq!(placed.to_string(), "c.toml:2:2: wrong");
        let whole = ConfigError::whole_file(Path::new("c.toml"), "unreadable".into());
        assert_eq!(whole.to_string(), "c.toml: unreadable");
    }
}
