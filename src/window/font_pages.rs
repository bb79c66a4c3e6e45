//! The system's font files mapped into a window, and their pages handed back once a frame is
//! drawn.
//!
//! fontdb maps each system font file a window draws with (memmap2: read-only, shared with the
//! file), and shaping and rasterising read it there. Linux then maps more than was read: each
//! page fault on a file mapping also maps the neighbours the page cache already holds, up to 64
//! KiB around it ("fault-around", on by default; `MADV_RANDOM` does not turn it off). Glyphs in
//! a large font are far apart, so a Japanese window that read 1.8 MiB of the two Noto Sans CJK
//! collections (cmap, hmtx, GSUB and GPOS to shape; CFF charstrings and subroutines to
//! rasterise) had 8.1 MiB of them resident, all counted in its RSS (`bench/README.md`).
//!
//! What was read is needed again only for a text shaped or a glyph rasterised anew (drawn glyphs
//! are cached as pixels), so after each frame [`release`] unmaps the pages of every mapped font
//! file (`MADV_DONTNEED`): they stay in the page cache, shared and reclaimable, and the next
//! touch maps them back. Only on Linux; elsewhere it does nothing.

use cosmic_text::fontdb::Database;
#[cfg(target_os = "linux")]
use cosmic_text::fontdb::Source;

/// Unmaps the pages of every font file `db` has mapped (see the module's doc).
#[cfg(target_os = "linux")]
pub fn release(db: &Database) {
    for bytes in mapped_files(db) {
        // SAFETY: the bytes are a file mapping that fontdb made, read-only and shared with the
        // file (`Source::SharedFile` from `Database::make_shared_face_data`, which maps with
        // memmap2; limber makes no `SharedFile` of its own), and page-aligned (checked in
        // `mapped_files`). `MADV_DONTNEED` on such a mapping drops this process's page table
        // entries only: the next read maps the same bytes of the file again, so what the slice
        // holds never changes.
        let result = unsafe {
            rustix::mm::madvise(
                bytes.as_ptr().cast_mut().cast(),
                bytes.len(),
                rustix::mm::Advice::LinuxDontNeed,
            )
        };
        if let Err(error) = result {
            tracing::debug!(%error, "could not hand back a font file's pages");
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn release(_db: &Database) {}

/// Each font file `db` has mapped, once, as its bytes: the sources fontdb shared between the
/// faces of a file when one of them was first drawn with. A source that does not start on a page
/// (not a mapping of fontdb's) is left out.
#[cfg(target_os = "linux")]
fn mapped_files(db: &Database) -> Vec<&[u8]> {
    let page = rustix::param::page_size();
    let mut files: Vec<&[u8]> = Vec::new();
    for face in db.faces() {
        let Source::SharedFile(_, data) = &face.source else {
            continue;
        };
        let bytes: &[u8] = (**data).as_ref();
        let mapped = !bytes.is_empty() && (bytes.as_ptr() as usize).is_multiple_of(page);
        if mapped
            && !files
                .iter()
                .any(|file| std::ptr::eq(file.as_ptr(), bytes.as_ptr()))
        {
            files.push(bytes);
        }
    }
    files
}

/// How many pages of the font files `db` has mapped are mapped in this process now (the present
/// bit of each page in `/proc/self/pagemap`).
#[cfg(all(test, target_os = "linux"))]
pub fn resident_pages(db: &Database) -> usize {
    use std::io::{Read, Seek, SeekFrom};
    let page = rustix::param::page_size();
    let mut pagemap = std::fs::File::open("/proc/self/pagemap").unwrap();
    mapped_files(db)
        .into_iter()
        .map(|bytes| {
            let pages = bytes.len().div_ceil(page);
            let mut entries = vec![0u8; pages * 8];
            let first = (bytes.as_ptr() as usize / page * 8) as u64;
            pagemap.seek(SeekFrom::Start(first)).unwrap();
            pagemap.read_exact(&mut entries).unwrap();
            entries
                .chunks_exact(8)
                .filter(|entry| entry[7] & 0x80 != 0)
                .count()
        })
        .sum()
}
