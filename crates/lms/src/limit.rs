//! The strict limits of the LMS standards, checked before any value is handed to a bridge.
//!
//! LMS runtimes differ: scorm-again accepts a 64,000-character SCORM 1.2 `suspend_data` and
//! identifiers with spaces, Moodle refuses both. Judgement Call holds itself to the strict
//! reading of each standard, so a value that would break a limit becomes a [`LimitError`]
//! that names the element, the value and the rule, and is never written.

use std::fmt;

/// A value that one of the standards' limits forbids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LimitError {
    /// The data-model element or statement field, such as `cmi.suspend_data`.
    pub element: String,
    /// The value that was refused, shortened to 80 characters for messages.
    pub value: String,
    pub limit: Limit,
}

/// Which rule a value breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Longer than the element allows, in characters.
    Length { length: usize, max: usize },
    /// Not in the element's format; the text says which format, e.g. "SCORM 1.2 CMITimespan".
    Format(&'static str),
    /// A number outside the element's range, e.g. "0 to 100".
    Range(&'static str),
    /// A word outside the element's vocabulary.
    Vocabulary(&'static [&'static str]),
    /// More options than the response format can name.
    Options { count: usize, max: usize },
    /// Written before the element it depends on (SCORM 2004: an interaction's or objective's
    /// `id` first, `type` before responses, indices without gaps).
    Order(&'static str),
    /// An element the mapping has no rule for: a bug in the mapping, never written blind.
    Unknown,
}

impl LimitError {
    pub fn new(element: impl Into<String>, value: &str, limit: Limit) -> LimitError {
        let value = match value.char_indices().nth(80) {
            Some((at, _)) => format!("{}…", &value[..at]),
            None => value.to_string(),
        };
        LimitError { element: element.into(), value, limit }
    }
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} cannot be `{}`: ", self.element, self.value)?;
        match &self.limit {
            Limit::Length { length, max } => write!(f, "{length} characters, more than the {max} allowed"),
            Limit::Format(format) => write!(f, "not a valid {format}"),
            Limit::Range(range) => write!(f, "outside the range {range}"),
            Limit::Vocabulary(words) => write!(f, "not one of {}", words.join(", ")),
            Limit::Options { count, max } => write!(f, "{count} options, more than the {max} the format can name"),
            Limit::Order(rule) => write!(f, "written out of order: {rule}"),
            Limit::Unknown => f.write_str("not an element this mapping writes"),
        }
    }
}

impl std::error::Error for LimitError {}

/// Refuses text longer than `max` characters.
pub fn length(element: &str, value: &str, max: usize) -> Result<(), LimitError> {
    let length = value.chars().count();
    if length > max { Err(LimitError::new(element, value, Limit::Length { length, max })) } else { Ok(()) }
}

/// Refuses a word outside `words`.
pub fn vocabulary(element: &str, value: &str, words: &'static [&'static str]) -> Result<(), LimitError> {
    if words.contains(&value) { Ok(()) } else { Err(LimitError::new(element, value, Limit::Vocabulary(words))) }
}

/// Refuses a value that does not pass `valid`, naming `format`.
pub fn format(element: &str, value: &str, valid: bool, format: &'static str) -> Result<(), LimitError> {
    if valid { Ok(()) } else { Err(LimitError::new(element, value, Limit::Format(format))) }
}

/// The strictest portable identifier: ASCII letters, digits, `_`, `.` and `-`, at least one
/// character. Every SCORM 1.2 `CMIIdentifier` and SCORM 2004 `short_identifier_type` this
/// mapping writes is one.
pub fn is_identifier(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// A decimal in plain notation: an optional `-`, `int` digits at most (at least one), and an
/// optional fraction of at least one digit.
pub fn is_decimal(value: &str, int: usize) -> bool {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !whole.is_empty()
        && whole.len() <= int
        && all_digits(whole)
        && fraction.is_none_or(|f| !f.is_empty() && all_digits(f))
}

/// Refuses a decimal outside `min..=max` or not in plain notation with at most `int` whole
/// digits.
pub fn decimal(
    element: &str,
    value: &str,
    int: usize,
    min: f64,
    max: f64,
    range: &'static str,
) -> Result<(), LimitError> {
    format(element, value, is_decimal(value, int), "decimal number")?;
    match value.parse::<f64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(()),
        _ => Err(LimitError::new(element, value, Limit::Range(range))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_checked_for_notation_and_range() {
        for ok in ["0", "100", "99.5", "-1", "0.125"] {
            assert!(is_decimal(ok, 3), "{ok}");
        }
        for bad in ["", ".5", "5.", "1e3", "1000", "+1", "1.2.3", "- 1"] {
            assert!(!is_decimal(bad, 3), "{bad}");
        }
        assert!(decimal("cmi.core.score.raw", "100", 3, 0.0, 100.0, "0 to 100").is_ok());
        let error = decimal("cmi.core.score.raw", "150", 3, 0.0, 100.0, "0 to 100").expect_err("out of range");
        assert_eq!(error.limit, Limit::Range("0 to 100"));
        assert_eq!(error.to_string(), "cmi.core.score.raw cannot be `150`: outside the range 0 to 100");
    }

    #[test]
    fn identifiers_are_portable_ascii_without_spaces() {
        assert!(is_identifier("launch-support.d1_b"));
        for bad in ["", "q 1", "café", "a/b", "a:b"] {
            assert!(!is_identifier(bad), "{bad}");
        }
    }

    #[test]
    fn errors_shorten_long_values() {
        let long = "x".repeat(5000);
        let error = length("cmi.suspend_data", &long, 4096).expect_err("too long");
        assert_eq!(error.limit, Limit::Length { length: 5000, max: 4096 });
        assert_eq!(error.value.chars().count(), 81);
        assert!(length("cmi.suspend_data", &"é".repeat(4096), 4096).is_ok(), "characters, not bytes");
        assert!(vocabulary("cmi.core.exit", "suspend", &["suspend", ""]).is_ok());
        assert!(vocabulary("cmi.core.exit", "normal", &["suspend", ""]).is_err());
    }
}
