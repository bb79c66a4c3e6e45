//! Any bytes a client can send must give a request or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = limber::ipc::parse_request(data);
    let _ = limber::ipc::read_request(&mut &data[..]);
});
