//! What commands print. `println!` panics when standard output has gone away, as it does in
//! `limber list | head -n 1` once `head` has its line; `say!` stops limber quietly instead, with
//! exit code 0, as command-line tools do: the reader has what it wanted.

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use crate::t;

/// Prints one line to standard output, like `println!`.
macro_rules! say {
    () => {
        $crate::commands::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::commands::output::line(format_args!($($arg)*))
    };
}

pub(crate) use say;

/// How the cells of a table's column line up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// `rows` as the lines of a table: each column as wide as its widest cell (in terminal columns,
/// so a translated heading widens its column and a Japanese character counts two), two spaces
/// between columns, no spaces at the ends.
pub fn table(rows: &[Vec<String>], align: &[Align]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .enumerate()
                .map(|(column, (cell, &width))| {
                    let padding = " ".repeat(width.saturating_sub(cell.width()));
                    match align.get(column).copied().unwrap_or(Align::Left) {
                        Align::Left => format!("{cell}{padding}"),
                        Align::Right => format!("{padding}{cell}"),
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

pub fn line(text: std::fmt::Arguments<'_>) {
    let mut out = io::stdout().lock();
    let written = out
        .write_fmt(text)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    check(written);
}

/// Stops limber if writing standard output failed: quietly, with exit code 0, when the reader
/// has gone; with exit code 1 and the reason otherwise.
pub fn check(written: io::Result<()>) {
    match written {
        Ok(()) => {}
        Err(error) if reader_gone(&error) => std::process::exit(0),
        Err(error) => {
            let problem = error.to_string();
            eprintln!(
                "limber: {}",
                t!("cli-cannot-write-output", problem = problem)
            );
            std::process::exit(1)
        }
    }
}

/// Whether the reader of standard output has gone: a broken pipe (`EPIPE`, and Windows'
/// `ERROR_NO_DATA`), or on Windows also `ERROR_PIPE_NOT_CONNECTED`, as Wine reports it.
fn reader_gone(error: &io::Error) -> bool {
    const ERROR_PIPE_NOT_CONNECTED: i32 = 233;
    error.kind() == io::ErrorKind::BrokenPipe
        || (cfg!(windows) && error.raw_os_error() == Some(ERROR_PIPE_NOT_CONNECTED))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_in_terminal_columns_whatever_the_script() {
        let rows = vec![
            vec!["名前".to_string(), "位置".to_string()],
            vec!["abcdef".to_string(), "椅子で".to_string()],
        ];
        let lines = table(&rows, &[Align::Left, Align::Left]);
        assert_eq!(lines, ["名前    位置", "abcdef  椅子で"]);
        let right = table(&rows, &[Align::Right, Align::Left]);
        assert_eq!(right[0], "  名前  位置");
    }
}
