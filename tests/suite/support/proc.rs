//! Reading a process's memory from /proc, for the benchmarks.

/// A `Field:` value in KiB from `/proc/PID/smaps_rollup` (e.g. "Rss:", "Pss:").
pub fn memory_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}
