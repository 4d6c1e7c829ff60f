//! What one WebAssembly module tells another, as types with one text form that both ends
//! share: each message is encoded by the module that sends it and decoded by the one that
//! receives it, with the same code.

/// How far a saved playthrough has got, as the library's card shows it: the play module
/// works it out (the app does not link the engine's rules of play) and sends it to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The story has ended, with this overall score out of 100, in tenths of a point.
    Finished(u32),
    /// `answered` decisions of about `expected`.
    Playing { answered: usize, expected: usize },
    /// The save cannot be used: the scenario will start afresh.
    Unusable,
    /// The save replays, yet no position comes of it (it never happens).
    Unknown,
}

impl Progress {
    /// Its text form: `finished <tenths>`, `playing <answered> <expected>`, `unusable` or
    /// `unknown`.
    pub fn encode(self) -> String {
        match self {
            Progress::Finished(score) => format!("finished {score}"),
            Progress::Playing { answered, expected } => format!("playing {answered} {expected}"),
            Progress::Unusable => "unusable".to_string(),
            Progress::Unknown => "unknown".to_string(),
        }
    }

    /// Reads what [`Progress::encode`] wrote; anything else is [`Progress::Unknown`].
    pub fn decode(text: &str) -> Progress {
        let words: Vec<&str> = text.split(' ').collect();
        let number = |word: &str| word.parse::<usize>().ok();
        match words.as_slice() {
            ["finished", score] => score.parse().map(Progress::Finished).unwrap_or(Progress::Unknown),
            ["playing", answered, expected] => match (number(answered), number(expected)) {
                (Some(answered), Some(expected)) => Progress::Playing { answered, expected },
                _ => Progress::Unknown,
            },
            ["unusable"] => Progress::Unusable,
            _ => Progress::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_round_trips_and_refuses_anything_else() {
        for progress in [
            Progress::Finished(734),
            Progress::Playing { answered: 3, expected: 7 },
            Progress::Unusable,
            Progress::Unknown,
        ] {
            assert_eq!(Progress::decode(&progress.encode()), progress);
        }
        for text in ["", "finished", "finished x", "playing 1", "playing 1 -2", "finished 1 2", "1"] {
            assert_eq!(Progress::decode(text), Progress::Unknown, "{text:?}");
        }
    }
}
