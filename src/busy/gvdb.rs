//! A small reader of GVDB files, the format GLib keeps settings in: dconf's databases
//! (`~/.config/dconf/user`, which holds every GNOME setting the user changed) and the compiled
//! schema list (`gschemas.compiled`, which says which settings exist).
//!
//! Reading the file ourselves costs a few microseconds and no process; `gsettings get` would start
//! a process and load GIO's modules for each look. Only what limber needs is here: find a key,
//! and decode a boolean or a list of strings. The file is anyone's to write, so every offset is
//! checked against its length and a damaged file is an error, never a panic.
//!
//! The layout (GLib's `gvdb-format.h`): a 24-byte header (`GVariant`, version, options, the root
//! table's start and end), then hash tables, each a header, bloom words, buckets and 24-byte items.
//! An item names its key as a piece of text plus the index of a parent item whose key comes
//! before it (dconf writes `/`, `org/`, `gnome/`… as parents), its type (`v` a value, `H` a table,
//! `L` a list of children) and where its data lies. Keys are found here by reading every item's
//! whole key, which needs no hash function and is quick for the few hundred keys a user changes.

/// A GVDB file held in memory.
pub struct Gvdb {
    bytes: Vec<u8>,
    /// Where the root table's items begin, and how many there are.
    items: (usize, usize),
}

/// What a key holds.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry<'a> {
    /// A serialized GVariant of type `v`: the value, a zero byte, its type.
    Value(&'a [u8]),
    /// A nested table (one schema in `gschemas.compiled`) or a list of children (dconf's folders).
    Table,
}

const HEADER: usize = 24;
const ITEM: usize = 24;
/// Deeper parent chains than this are a damaged file (a loop), not a real key.
const MAX_DEPTH: usize = 64;

impl Gvdb {
    /// Checks the header and finds the root table.
    pub fn parse(bytes: Vec<u8>) -> Result<Gvdb, String> {
        if bytes.len() < HEADER {
            return Err("too short for a GVDB file".into());
        }
        match &bytes[..8] {
            b"GVariant" => {}
            b"raVGtnai" => return Err("a GVDB file of the other byte order".into()),
            _ => return Err("not a GVDB file (no GVariant signature)".into()),
        }
        let file = Gvdb {
            bytes,
            items: (0, 0),
        };
        let version = file.u32_at(8)?;
        if version != 0 {
            return Err(format!("GVDB version {version} is not known"));
        }
        let (start, end) = file.pointer_at(16)?;
        if end - start < 8 {
            return Err("the root table is too short".into());
        }
        let bloom_words = file.u32_at(start)? as usize & ((1 << 27) - 1);
        let buckets = file.u32_at(start + 4)? as usize;
        let first_item = bloom_words
            .checked_add(buckets)
            .and_then(|words| words.checked_mul(4))
            .and_then(|bytes| bytes.checked_add(start + 8))
            .filter(|first| *first <= end)
            .ok_or("the root table's header does not fit in it")?;
        Ok(Gvdb {
            items: (first_item, (end - first_item) / ITEM),
            ..file
        })
    }

    /// What `key` holds, or None when the file does not have it.
    pub fn get(&self, key: &str) -> Result<Option<Entry<'_>>, String> {
        for index in 0..self.items.1 {
            if self.key_of(index)?.as_slice() == key.as_bytes() {
                let item = self.item(index);
                let (start, end) = self.pointer_at(item + 16)?;
                return Ok(Some(match self.bytes[item + 14] {
                    b'v' => Entry::Value(&self.bytes[start..end]),
                    _ => Entry::Table,
                }));
            }
        }
        Ok(None)
    }

    /// Where item `index` begins.
    fn item(&self, index: usize) -> usize {
        self.items.0 + index * ITEM
    }

    /// Item `index`'s whole key: its parents' keys, then its own piece.
    fn key_of(&self, index: usize) -> Result<Vec<u8>, String> {
        let mut pieces = Vec::new();
        let mut next = Some(index);
        while let Some(index) = next {
            if pieces.len() == MAX_DEPTH {
                return Err("a key's parents go round in a loop".into());
            }
            let item = self.item(index);
            let start = self.u32_at(item + 8)? as usize;
            let length = usize::from(u16::from_le_bytes([
                self.bytes[item + 12],
                self.bytes[item + 13],
            ]));
            pieces.push(self.slice(start, start + length)?);
            let parent = self.u32_at(item + 4)?;
            next = match parent {
                u32::MAX => None,
                parent if (parent as usize) < self.items.1 => Some(parent as usize),
                parent => return Err(format!("item {index} names a missing parent {parent}")),
            };
        }
        Ok(pieces.into_iter().rev().flatten().copied().collect())
    }

    fn u32_at(&self, at: usize) -> Result<u32, String> {
        let bytes = self.slice(at, at + 4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// A (start, end) pair stored at `at`, checked to lie within the file.
    fn pointer_at(&self, at: usize) -> Result<(usize, usize), String> {
        let (start, end) = (self.u32_at(at)? as usize, self.u32_at(at + 4)? as usize);
        self.slice(start, end)?;
        Ok((start, end))
    }

    fn slice(&self, start: usize, end: usize) -> Result<&[u8], String> {
        self.bytes
            .get(start..end)
            .ok_or_else(|| format!("bytes {start}..{end} lie outside the file"))
    }
}

/// A serialized variant (`v`) split into its type and its value's bytes.
fn variant(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let zero = bytes.iter().rposition(|&b| b == 0)?;
    Some((&bytes[zero + 1..], &bytes[..zero]))
}

/// The boolean a variant holds, if it holds one.
pub fn boolean(entry: &Entry<'_>) -> Option<bool> {
    let Entry::Value(bytes) = entry else {
        return None;
    };
    match variant(bytes)? {
        (b"b", [0]) => Some(false),
        (b"b", [1]) => Some(true),
        _ => None,
    }
}

/// The strings a variant of type `as` holds, if it holds such a list. GVariant ends an array of
/// strings with the end offset of each string, each offset 1, 2, 4 or 8 bytes wide depending on
/// the array's size.
pub fn strings(entry: &Entry<'_>) -> Option<Vec<String>> {
    let Entry::Value(bytes) = entry else {
        return None;
    };
    let (b"as", array) = variant(bytes)? else {
        return None;
    };
    if array.is_empty() {
        return Some(Vec::new());
    }
    let width = match array.len() {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xffff_ffff => 4,
        _ => 8,
    };
    let offset = |at: usize| -> Option<usize> {
        let bytes = array.get(at..at + width)?;
        let mut value = [0u8; 8];
        value[..width].copy_from_slice(bytes);
        usize::try_from(u64::from_le_bytes(value)).ok()
    };
    let offsets_start = offset(array.len().checked_sub(width)?)?;
    let offsets = array.get(offsets_start..)?;
    if offsets.len() % width != 0 {
        return None;
    }
    let mut start = 0;
    (0..offsets.len() / width)
        .map(|n| {
            let end = offset(offsets_start + n * width)?;
            // Each string keeps its terminating zero inside its bounds.
            let text = array.get(start..end)?.strip_suffix(&[0])?;
            start = end;
            String::from_utf8(text.to_vec()).ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compiled by `dconf compile` from a keyfile setting `show-banners=false` under
    /// `org/gnome/desktop/notifications` and `selected-breaks=["movement", "eyesight"]` under
    /// `org/gnome/desktop/break-reminders`: the same format as the user's database.
    const DCONF: &[u8] = include_bytes!("../../tests/data/dconf/user");

    fn database() -> Gvdb {
        Gvdb::parse(DCONF.to_vec()).unwrap()
    }

    #[test]
    fn a_boolean_is_found_by_its_whole_path() {
        let db = database();
        let banners = db
            .get("/org/gnome/desktop/notifications/show-banners")
            .unwrap()
            .unwrap();
        assert_eq!(boolean(&banners), Some(false));
        assert_eq!(
            db.get("/org/gnome/desktop/notifications/").unwrap(),
            Some(Entry::Table)
        );
        assert_eq!(
            db.get("show-banners").unwrap(),
            None,
            "a piece is not a key"
        );
        assert_eq!(db.get("/org/gnome/desktop/sound/x").unwrap(), None);
    }

    #[test]
    fn a_list_of_strings_is_decoded() {
        let db = database();
        let breaks = db
            .get("/org/gnome/desktop/break-reminders/selected-breaks")
            .unwrap()
            .unwrap();
        assert_eq!(
            strings(&breaks),
            Some(vec!["movement".to_string(), "eyesight".to_string()])
        );
        assert_eq!(boolean(&breaks), None, "not a boolean");
    }

    #[test]
    fn variants_of_other_types_are_not_read_as_booleans_or_lists() {
        assert_eq!(boolean(&Entry::Value(b"\x01\0i")), None);
        assert_eq!(boolean(&Entry::Value(b"\x02\0b")), None);
        assert_eq!(strings(&Entry::Value(b"\0as")), Some(vec![]));
        assert_eq!(
            strings(&Entry::Value(b"ab\0\x09\0as")),
            None,
            "offset past the end"
        );
        assert_eq!(strings(&Entry::Table), None);
    }

    #[test]
    fn damaged_files_are_errors_not_panics() {
        assert!(Gvdb::parse(b"GVariant".to_vec()).is_err(), "too short");
        assert!(Gvdb::parse(vec![0; 64]).is_err(), "no signature");
        let mut root_past_the_end = DCONF.to_vec();
        root_past_the_end[20] = 0xff;
        assert!(Gvdb::parse(root_past_the_end).is_err());
        // Every single byte changed, everywhere: an answer or an error, never a panic or a hang.
        for at in 0..DCONF.len() {
            for value in [0x00, 0x07, 0xff] {
                let mut bytes = DCONF.to_vec();
                bytes[at] = value;
                if let Ok(db) = Gvdb::parse(bytes) {
                    let _ = db.get("/org/gnome/desktop/notifications/show-banners");
                    if let Ok(Some(entry)) =
                        db.get("/org/gnome/desktop/break-reminders/selected-breaks")
                    {
                        let _ = strings(&entry);
                    }
                }
            }
        }
    }

    #[test]
    fn a_loop_of_parents_is_refused() {
        let mut bytes = DCONF.to_vec();
        // The last item ("/", no parent) made its own parent.
        let db = database();
        let last = db.item(db.items.1 - 1);
        bytes[last + 4..last + 8].copy_from_slice(&(db.items.1 as u32 - 1).to_le_bytes());
        let looped = Gvdb::parse(bytes).unwrap();
        assert!(looped.get("/nothing").is_err());
    }
}
