//! At most a few messages a second about one thing, however often it happens.
//!
//! Something outside can repeat an event without end: a script that rewrites the config file in a
//! loop made 148,000 log lines in 40 seconds. A [`Throttle`] lets the first few of each second
//! through and counts the rest, so the next message that goes through can say how many were held
//! back; nothing is lost but the repetition.

use std::collections::VecDeque;
use std::time::Duration;

use super::clock::Mono;

/// The span in which at most `per_second` messages go through.
const WINDOW: Duration = Duration::from_secs(1);

#[derive(Clone, Debug)]
pub struct Throttle {
    per_second: usize,
    /// When the latest messages let through went, oldest first; at most `per_second`.
    passed: VecDeque<Mono>,
    /// Messages held back since the last one let through.
    held_back: u64,
}

impl Throttle {
    /// Lets at most `per_second` messages through in any second.
    pub fn new(per_second: usize) -> Throttle {
        Throttle {
            per_second,
            passed: VecDeque::with_capacity(per_second),
            held_back: 0,
        }
    }

    /// Whether a message may go out at `now`: `Some(n)` when it may, `n` being how many were held
    /// back since the last one that went out; `None` when it is held back (and counted).
    pub fn pass(&mut self, now: Mono) -> Option<u64> {
        while self
            .passed
            .front()
            .is_some_and(|&went| now.saturating_since(went) >= WINDOW)
        {
            self.passed.pop_front();
        }
        if self.passed.len() < self.per_second {
            self.passed.push_back(now);
            Some(std::mem::take(&mut self.held_back))
        } else {
            self.held_back = self.held_back.saturating_add(1);
            None
        }
    }

    /// When a message held back at `now` could go out: a second after the oldest of those that
    /// went in the last second (`now` when one could go now).
    pub fn next_pass(&self, now: Mono) -> Mono {
        match self.passed.front() {
            Some(&oldest) if self.passed.len() >= self.per_second => (oldest + WINDOW).max(now),
            _ => now,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_first_few_of_a_second_pass_and_the_next_says_how_many_were_held() {
        let mut throttle = Throttle::new(2);
        let at = |millis| Mono::ZERO + Duration::from_millis(millis);
        assert_eq!(throttle.pass(at(0)), Some(0));
        assert_eq!(throttle.pass(at(10)), Some(0));
        assert_eq!(throttle.pass(at(20)), None);
        assert_eq!(throttle.pass(at(999)), None);
        assert_eq!(throttle.next_pass(at(999)), at(1000));
        assert_eq!(throttle.pass(at(1000)), Some(2));
        assert_eq!(throttle.next_pass(at(1000)), at(1010));
        assert_eq!(throttle.pass(at(5000)), Some(0));
    }

    proptest! {
        #[test]
        fn no_second_lets_more_through_and_every_message_is_counted(
            gaps in proptest::collection::vec(0u64..400, 1..300),
        ) {
            let mut throttle = Throttle::new(3);
            let mut now = Mono::ZERO;
            let mut passed_at = Vec::new();
            let mut accounted = 0;
            for gap in &gaps {
                now = now + Duration::from_millis(*gap);
                if let Some(held_back) = throttle.pass(now) {
                    passed_at.push(now);
                    accounted += 1 + held_back;
                }
            }
            accounted += throttle.held_back;
            prop_assert_eq!(accounted, gaps.len() as u64);
            // Any four that passed span at least a second.
            for four in passed_at.windows(4) {
                prop_assert!(four[3].saturating_since(four[0]) >= WINDOW);
            }
        }
    }
}
