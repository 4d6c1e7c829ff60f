//! Fuzzes the whole front end: any text given to `engine::check` must come back as a
//! scenario or diagnostics, never a panic, and every diagnostic span must lie in the text.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (_, diagnostics) = engine::check(text);
    for d in &diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= text.len(), "span {:?} outside the text", d.span);
        let _ = engine::source::line_col(text, d.span.start);
    }
});
