//! TOML arrays whose wrong-type error says what to write.
//!
//! Serde's own wording for a missing array is "expected a sequence", which is a programmer's word;
//! a person who wrote `positions = "chair"` or `[stretches.custom]` needs to hear "square
//! brackets" or "double brackets" instead.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

use crate::t;

/// How to write the list, for the error shown when something else stands in its place.
pub(super) trait Shape {
    /// What to write, in the language spoken now.
    fn expected() -> String;
}

/// A list of values in square brackets: `["chair", "floor"]`.
pub(super) enum Brackets {}

impl Shape for Brackets {
    fn expected() -> String {
        t!("config-expected-list")
    }
}

/// An array of tables: each entry its own `[[stretches.custom]]` header.
pub(super) enum Tables {}

impl Shape for Tables {
    fn expected() -> String {
        t!("config-expected-tables")
    }
}

/// A TOML array of `T`, written the way `S` describes.
pub(super) struct List<T, S = Brackets> {
    pub items: Vec<T>,
    shape: PhantomData<S>,
}

impl<T, S> Default for List<T, S> {
    fn default() -> Self {
        List {
            items: Vec::new(),
            shape: PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>, S: Shape> Deserialize<'de> for List<T, S> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor<T, S>(PhantomData<(T, S)>);

        impl<'de, T: Deserialize<'de>, S: Shape> Visitor<'de> for ListVisitor<T, S> {
            type Value = List<T, S>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&S::expected())
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(List {
                    items,
                    shape: PhantomData,
                })
            }
        }

        deserializer.deserialize_seq(ListVisitor(PhantomData))
    }
}
