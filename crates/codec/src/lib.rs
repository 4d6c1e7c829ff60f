//! The persisted formats: how the engine's values are written to bytes or text and read
//! back, for every host alike.
//!
//! [`pack`] is the compact binary form of a validated scenario that the web app plays the
//! built-in library from (`jcp1`); [`lines`] is the text form of the app's other records (a
//! facilitator's presentation and the workshop's record, a learner's journal); [`json`] reads
//! and writes the JSON of the progress export and of cmi5, and escapes the strings of the
//! workshop's session download. A playthrough's own compact form (`jc1`) is the engine's,
//! since the engine's tests and the CLI speak it. Nothing here does IO: callers hand in and
//! take out bytes or text.

pub mod json;
pub mod lines;
pub mod pack;

/// A number as text with at most `places` decimals, without trailing zeros or a negative
/// zero (`0.75`, `100`, `-0.5`): how JSON and the SCORM data model get their numbers.
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.') } else { &text };
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimals_are_plain_and_short() {
        assert_eq!(decimal(0.75, 4), "0.75");
        assert_eq!(decimal(100.0, 2), "100");
        assert_eq!(decimal(2.0 / 3.0, 4), "0.6667");
        assert_eq!(decimal(-0.00001, 2), "0");
        assert_eq!(decimal(-0.5, 2), "-0.5");
    }
}
