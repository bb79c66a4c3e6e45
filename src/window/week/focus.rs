//! Keyboard focus in the week picture: a cursor on the grid that the arrow keys move, and Tab
//! between the grid and the buttons. Pure, unit tested.
//!
//! Nothing has the focus until a key is pressed, so the picture opens clean; the first arrow or
//! Tab puts the cursor on the current hour of today (or the nearest shown hour). Tab goes grid,
//! each button, grid again; Shift+Tab the other way. Arrows stop at the edges; Home and End go
//! to the first and last hour of the row; on the buttons, the arrows across move between them
//! and Up returns to the grid. Across means in reading order ([`across`]): in a right-to-left
//! language, whose grid and buttons are mirrored, Left goes to the next hour or button.

use winit::keyboard::NamedKey;

use crate::wording::Direction;

/// A key that moves the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// To the hour or button before, in reading order.
    Backward,
    /// To the hour or button after.
    Forward,
    Up,
    Down,
    Home,
    End,
    Tab,
    BackTab,
}

/// What an arrow across (`key`) does in a window that reads in `direction`; None for any other
/// key.
pub fn across(key: NamedKey, direction: Direction) -> Option<Move> {
    let forward = match direction {
        Direction::LeftToRight => NamedKey::ArrowRight,
        Direction::RightToLeft => NamedKey::ArrowLeft,
    };
    match key {
        NamedKey::ArrowLeft | NamedKey::ArrowRight if key == forward => Some(Move::Forward),
        NamedKey::ArrowLeft | NamedKey::ArrowRight => Some(Move::Backward),
        _ => None,
    }
}

/// Where the focus is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// On the cell under the cursor.
    Grid,
    Button(usize),
}

/// The focus, and the grid's cursor (kept while a button has the focus).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Focus {
    pub place: Option<Place>,
    /// (row, column).
    pub cell: (usize, usize),
}

impl Focus {
    /// No focus yet; the cursor waits on `start` (today, the current hour).
    pub fn new(start: (usize, usize)) -> Focus {
        Focus {
            place: None,
            cell: start,
        }
    }

    /// The cell with the focus, if the grid has it.
    pub fn focused_cell(&self) -> Option<(usize, usize)> {
        (self.place == Some(Place::Grid)).then_some(self.cell)
    }

    /// The button with the focus, if one has it.
    pub fn focused_button(&self) -> Option<usize> {
        match self.place {
            Some(Place::Button(index)) => Some(index),
            _ => None,
        }
    }

    /// Moves for `key` in a grid of `rows` × `columns` with `buttons` buttons after it.
    pub fn key(&mut self, key: Move, rows: usize, columns: usize, buttons: usize) {
        let (row, column) = self.cell;
        let last_row = rows.saturating_sub(1);
        let last_column = columns.saturating_sub(1);
        self.place = Some(match (self.place, key) {
            (None | Some(Place::Grid), Move::Tab) if self.place.is_some() && buttons > 0 => {
                Place::Button(0)
            }
            (None, Move::BackTab) if buttons > 0 => Place::Button(buttons - 1),
            (Some(Place::Grid), Move::BackTab) if buttons > 0 => Place::Button(buttons - 1),
            (None, _) => Place::Grid,
            (Some(Place::Grid), key) => {
                self.cell = match key {
                    Move::Backward => (row, column.saturating_sub(1)),
                    Move::Forward => (row, (column + 1).min(last_column)),
                    Move::Up => (row.saturating_sub(1), column),
                    Move::Down => ((row + 1).min(last_row), column),
                    Move::Home => (row, 0),
                    Move::End => (row, last_column),
                    Move::Tab | Move::BackTab => (row, column),
                };
                Place::Grid
            }
            (Some(Place::Button(index)), Move::Tab | Move::Forward) if index + 1 < buttons => {
                Place::Button(index + 1)
            }
            (Some(Place::Button(_)), Move::Tab | Move::Up) => Place::Grid,
            (Some(Place::Button(index)), Move::BackTab | Move::Backward) if index > 0 => {
                Place::Button(index - 1)
            }
            (Some(Place::Button(_)), Move::BackTab) => Place::Grid,
            (Some(Place::Button(index)), _) => Place::Button(index),
        });
        self.cell = (self.cell.0.min(last_row), self.cell.1.min(last_column));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pressed(keys: &[Move]) -> Focus {
        let mut focus = Focus::new((6, 3));
        for key in keys {
            focus.key(*key, 7, 10, 2);
        }
        focus
    }

    #[test]
    fn nothing_is_focused_until_a_key_and_the_first_arrow_lands_on_now() {
        assert_eq!(pressed(&[]).place, None);
        let focus = pressed(&[Move::Backward]);
        assert_eq!(focus.focused_cell(), Some((6, 3)));
    }

    #[test]
    fn arrows_move_one_cell_and_stop_at_the_edges() {
        // The first key only puts the cursor on now.
        let focus = pressed(&[Move::Down, Move::Up, Move::Backward, Move::Backward]);
        assert_eq!(focus.focused_cell(), Some((5, 1)));
        let focus = pressed(&[Move::Down; 12]);
        assert_eq!(focus.focused_cell(), Some((6, 3)));
        let focus = pressed(&[
            Move::Up,
            Move::Up,
            Move::Up,
            Move::Up,
            Move::Up,
            Move::Up,
            Move::Up,
            Move::Up,
        ]);
        assert_eq!(focus.focused_cell(), Some((0, 3)));
        let focus = pressed(&[Move::Forward, Move::End, Move::Forward]);
        assert_eq!(focus.focused_cell(), Some((6, 9)));
        let focus = pressed(&[Move::Forward, Move::Home]);
        assert_eq!(focus.focused_cell(), Some((6, 0)));
    }

    #[test]
    fn tab_goes_from_the_grid_through_the_buttons_and_back_keeping_the_cursor() {
        let focus = pressed(&[Move::Tab]);
        assert_eq!(focus.focused_cell(), Some((6, 3)));
        let focus = pressed(&[Move::Tab, Move::Backward, Move::Tab]);
        assert_eq!(focus.focused_button(), Some(0));
        let focus = pressed(&[Move::Tab, Move::Backward, Move::Tab, Move::Tab]);
        assert_eq!(focus.focused_button(), Some(1));
        let back = pressed(&[Move::Tab, Move::Backward, Move::Tab, Move::Tab, Move::Tab]);
        assert_eq!(back.focused_cell(), Some((6, 2)));
        let reverse = pressed(&[Move::BackTab]);
        assert_eq!(reverse.focused_button(), Some(1));
        let reverse = pressed(&[Move::BackTab, Move::BackTab, Move::BackTab]);
        assert_eq!(reverse.focused_cell(), Some((6, 3)));
    }

    #[test]
    fn the_arrow_across_that_goes_on_follows_the_reading_order() {
        use Direction::{LeftToRight, RightToLeft};
        assert_eq!(
            across(NamedKey::ArrowRight, LeftToRight),
            Some(Move::Forward)
        );
        assert_eq!(
            across(NamedKey::ArrowLeft, LeftToRight),
            Some(Move::Backward)
        );
        assert_eq!(
            across(NamedKey::ArrowLeft, RightToLeft),
            Some(Move::Forward)
        );
        assert_eq!(
            across(NamedKey::ArrowRight, RightToLeft),
            Some(Move::Backward)
        );
        assert_eq!(across(NamedKey::ArrowUp, RightToLeft), None);
    }

    #[test]
    fn on_the_buttons_left_and_right_move_and_up_returns_to_the_grid() {
        let focus = pressed(&[Move::Tab, Move::Tab, Move::Forward]);
        assert_eq!(focus.focused_button(), Some(1));
        let focus = pressed(&[
            Move::Tab,
            Move::Tab,
            Move::Forward,
            Move::Forward,
            Move::Backward,
        ]);
        assert_eq!(focus.focused_button(), Some(0));
        let focus = pressed(&[Move::Tab, Move::Tab, Move::Down, Move::Up]);
        assert_eq!(focus.focused_cell(), Some((6, 3)));
    }
}
