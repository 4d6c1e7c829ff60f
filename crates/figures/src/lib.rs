//! Numbers as people read them, and the sentences that carry them: the one wording of the
//! score breakdown ([`scorecard`]) and the debrief ([`debrief`]) that the author CLI prints as
//! text and the web app's Debrief view draws as HTML, so a learner's debrief and
//! `judgement-call play --responses` say the same things with the same figures. The words are
//! a [`Catalogue`]'s, in the reader's language (the CLI's is [`English`]); the names in a
//! sentence are its reader's ([`Names`]); a sentence is [`Text`], words with marked spans.

pub mod catalogue;
pub mod debrief;
pub mod names;
pub mod scorecard;
pub mod text;

pub use catalogue::{Argument, Catalogue, English, Fixed, Signed, Tenths};
pub use names::{Names, Reader};
pub use text::{Mark, Text};

/// `x` with `places` decimals and its sign (`+0.25`, `-1`), but a rounded zero unsigned.
pub fn signed(x: f64, places: usize) -> String {
    let text = format!("{x:+.places$}");
    // A rounded zero has no sign worth showing.
    if text.trim_start_matches(['+', '-']).chars().all(|c| c == '0' || c == '.') {
        format!("{:.places$}", 0.0)
    } else {
        text
    }
}

/// `n` of a thing, in words that agree: "1 scenario", "3 scenarios" (for nouns that take an s).
pub fn count(n: usize, singular: &str) -> String {
    format!("{n} {}", noun(n, singular))
}

/// A noun that agrees with `n`: "distractor" for 1, "distractors" otherwise (nouns that take an s).
pub fn noun(n: usize, singular: &str) -> String {
    format!("{singular}{}", if n == 1 { "" } else { "s" })
}

/// An overall score as every view and report shows it: to a tenth of a point, rounded so that
/// it never contradicts the verdict ("69.9" for a 69.96 that did not pass a mark of 70).
pub fn score(overall: f64, pass: u32) -> String {
    tenths(engine::score::rounded(overall, pass, 10))
}

/// A score in tenths of a point, as text: 724 is "72.4". Whole numbers only, so the modules
/// that show a score carry no floating-point formatting.
pub fn tenths(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::{count, noun, score, signed, tenths};

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1, "scenario"), "1 scenario");
        assert_eq!(count(0, "attempt"), "0 attempts");
        assert_eq!(count(2, "judgement"), "2 judgements");
        assert_eq!((noun(1, "distractor"), noun(2, "distractor")), ("distractor".into(), "distractors".into()));
    }

    #[test]
    fn scores_show_a_tenth_and_agree_with_the_verdict() {
        assert_eq!(score(72.44, 70), "72.4");
        assert_eq!(score(69.96, 70), "69.9");
        assert_eq!(score(100.0, 70), "100.0");
        assert_eq!(tenths(5), "0.5");
        // The figure `{:.1}` prints, away from the pass mark and from halves (which round up).
        assert_eq!(score(71.25, 50), "71.3");
        for overall in [0.0, 12.34, 55.56, 71.24, 99.94] {
            assert_eq!(score(overall, 50), format!("{overall:.1}"), "{overall}");
        }
    }

    #[test]
    fn signs_show_only_on_what_is_not_zero() {
        assert_eq!(signed(0.254, 2), "+0.25");
        assert_eq!(signed(-1.0, 0), "-1");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(0.0, 1), "0.0");
    }
}
