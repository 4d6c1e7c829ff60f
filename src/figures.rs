//! Numbers as people read them, the same in the author CLI and the web app's Debrief view,
//! so a learner's debrief and `judgement-call play --responses` print the same figures.

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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::signed;

    #[test]
    fn signs_show_only_on_what_is_not_zero() {
        assert_eq!(signed(0.254, 2), "+0.25");
        assert_eq!(signed(-1.0, 0), "-1");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(0.0, 1), "0.0");
    }
}
