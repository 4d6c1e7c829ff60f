//! A ratings file: one expert's ratings of every option of a scenario's rated decisions, in
//! plain text an expert can also fill in with a text editor. [`Ratings`] is the data (built
//! with [`Ratings::new`], [`Ratings::rate`] and [`Ratings::comment`]), [`Ratings::encode`]
//! and [`Ratings::decode`] its text, and [`blank`] an empty file to fill in. The format is
//! documented in docs/scoring.md, "The expert panel":
//!
//! ```text
//! jcr1 ratings
//! scenario: launch-support-scripts 5f0c2a91
//! rater: Dana Okafor
//! about: VP of Product. Weighs strategy and timing over short-term calm.
//!
//! == first-move
//! * call-maya: 6
//! * ship-anyway: 2
//! comment: Support's warning is the fact that matters here.
//! ```

use std::fmt;

use engine::Scenario;

/// The first line of every ratings file: the format and its version.
pub const FORMAT: &str = "jcr1 ratings";

/// One expert's ratings of a scenario's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ratings {
    /// The scenario's id.
    pub scenario: String,
    /// The content hash of the scenario file rated ([`Scenario::hash`], as in `jc1` logs).
    pub hash: u32,
    /// The rater's name, as they sign it.
    pub rater: String,
    /// Who the rater is and what they weigh, in a sentence or two.
    pub about: Option<String>,
    /// The rated decisions, in the order they were rated.
    pub decisions: Vec<DecisionRatings>,
}

/// One decision's ratings in a ratings file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionRatings {
    /// The decision's block id.
    pub decision: String,
    /// Each option's id and its rating (1 poor to 7 excellent; checked by the merge).
    pub options: Vec<(String, u8)>,
    /// What the rater wants the author to know about this decision; lines joined by `\n`.
    pub comment: Option<String>,
}

/// Why a text is not a ratings file, and on which line (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for DecodeError {}

impl Ratings {
    /// An empty ratings file of `scenario` for one rater: the name and the description on one
    /// line each (line breaks become spaces), an empty description left out.
    pub fn new(scenario: &Scenario, rater: &str, about: Option<&str>) -> Ratings {
        Ratings {
            scenario: scenario.meta.id.clone(),
            hash: scenario.hash,
            rater: one_line(rater),
            about: about.map(one_line).filter(|a| !a.is_empty()),
            decisions: Vec::new(),
        }
    }

    /// Rates `option` of `decision` (again, replacing the earlier rating).
    pub fn rate(&mut self, decision: &str, option: &str, rating: u8) {
        let entry = self.entry(decision);
        match entry.options.iter_mut().find(|(id, _)| id == option) {
            Some((_, value)) => *value = rating,
            None => entry.options.push((option.to_string(), rating)),
        }
    }

    /// Sets the rater's comment on `decision`; blank lines are dropped, and an empty comment
    /// removes it.
    pub fn comment(&mut self, decision: &str, text: &str) {
        let lines: Vec<String> = text.lines().map(one_line).filter(|l| !l.is_empty()).collect();
        self.entry(decision).comment = if lines.is_empty() { None } else { Some(lines.join("\n")) };
    }

    fn entry(&mut self, decision: &str) -> &mut DecisionRatings {
        let at = match self.decisions.iter().position(|d| d.decision == decision) {
            Some(at) => at,
            None => {
                self.decisions.push(DecisionRatings {
                    decision: decision.to_string(),
                    options: Vec::new(),
                    comment: None,
                });
                self.decisions.len() - 1
            }
        };
        &mut self.decisions[at]
    }

    /// The file's text. Decoding it gives these ratings back (names, descriptions and
    /// comments as [`Ratings::new`] and [`Ratings::comment`] leave them).
    pub fn encode(&self) -> String {
        let mut text =
            format!("{FORMAT}\nscenario: {} {:08x}\nrater: {}\n", self.scenario, self.hash, one_line(&self.rater));
        if let Some(about) = &self.about {
            text.push_str(&format!("about: {}\n", one_line(about)));
        }
        for decision in &self.decisions {
            text.push_str(&format!("\n== {}\n", decision.decision));
            for (option, rating) in &decision.options {
                text.push_str(&format!("* {option}: {rating}\n"));
            }
            for line in decision.comment.iter().flat_map(|c| c.lines()) {
                text.push_str(&format!("comment: {}\n", one_line(line)));
            }
        }
        text
    }

    /// Reads a ratings file. Blank lines and lines starting with `#` (notes) are skipped, and
    /// so is an option or a description left empty; anything else out of place is an error.
    pub fn decode(text: &str) -> Result<Ratings, DecodeError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.lines().enumerate().map(|(i, line)| (i + 1, line.trim()));
        let error = |line: usize, message: String| DecodeError { line, message };
        match lines.next() {
            Some((_, FORMAT)) => {}
            _ => return Err(error(1, format!("a ratings file starts with the line `{FORMAT}`"))),
        }
        let mut scenario: Option<(String, u32)> = None;
        let mut rater: Option<String> = None;
        let mut about: Option<String> = None;
        let mut decisions: Vec<DecisionRatings> = Vec::new();
        for (n, line) in lines {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(id) = line.strip_prefix("==") {
                let id = id.trim();
                if !engine::parse::is_id(id) {
                    return Err(error(n, format!("`== {id}` does not name a decision by its id")));
                }
                if decisions.iter().any(|d| d.decision == id) {
                    return Err(error(n, format!("decision `{id}` is rated twice")));
                }
                decisions.push(DecisionRatings { decision: id.to_string(), options: Vec::new(), comment: None });
                continue;
            }
            if let Some(rest) = line.strip_prefix('*') {
                let Some(decision) = decisions.last_mut() else {
                    return Err(error(n, "an option's rating comes under its decision's `== id` line".into()));
                };
                let (id, value) = rest.split_once(':').unwrap_or((rest, ""));
                let (id, value) = (id.trim(), value.trim());
                if !engine::parse::is_id(id) {
                    return Err(error(n, "an option's rating reads `* option-id: N`".into()));
                }
                if decision.options.iter().any(|(o, _)| o == id) {
                    return Err(error(n, format!("option `{id}` is rated twice")));
                }
                if value.is_empty() {
                    continue;
                }
                let rating = value
                    .parse::<u8>()
                    .map_err(|_| error(n, format!("`{value}` is not a rating: a whole number from 1 to 7")))?;
                decision.options.push((id.to_string(), rating));
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                return Err(error(n, format!("`{line}` is not a field, a `== decision` or a `* option: N` line")));
            };
            let value = value.trim();
            match (key.trim(), decisions.last_mut()) {
                ("comment", Some(decision)) => {
                    if !value.is_empty() {
                        let joined = match decision.comment.take() {
                            Some(before) => format!("{before}\n{value}"),
                            None => value.to_string(),
                        };
                        decision.comment = Some(joined);
                    }
                }
                ("scenario", None) if scenario.is_none() => {
                    let parts: Vec<&str> = value.split_whitespace().collect();
                    let hash = match parts.as_slice() {
                        [_, hash] if hash.len() == 8 => u32::from_str_radix(hash, 16).ok(),
                        _ => None,
                    };
                    match (parts.first(), hash) {
                        (Some(id), Some(hash)) if engine::parse::is_id(id) => scenario = Some((id.to_string(), hash)),
                        _ => {
                            return Err(error(
                                n,
                                "`scenario:` names the scenario's id and its content hash (8 hex digits)".into(),
                            ));
                        }
                    }
                }
                ("rater", None) if rater.is_none() => rater = Some(value.to_string()),
                ("about", None) if about.is_none() => about = Some(value.to_string()).filter(|a| !a.is_empty()),
                (key @ ("scenario" | "rater" | "about"), None) => {
                    return Err(error(n, format!("`{key}:` is given twice")));
                }
                (key @ ("scenario" | "rater" | "about"), Some(_)) => {
                    return Err(error(n, format!("`{key}:` belongs at the top, before the first decision")));
                }
                ("comment", None) => {
                    return Err(error(n, "a `comment:` comes under its decision's `== id` line".into()));
                }
                (key, _) => return Err(error(n, format!("`{key}:` is not a field of a ratings file"))),
            }
        }
        let Some((scenario, hash)) = scenario else {
            return Err(error(1, "the `scenario:` line is missing".into()));
        };
        let Some(rater) = rater else {
            return Err(error(1, "the `rater:` line is missing".into()));
        };
        Ok(Ratings { scenario, hash, rater, about, decisions })
    }
}

/// An empty ratings file of `scenario` for an expert to fill in: the instructions, each rated
/// decision's question and each option's text as notes, and an empty rating after every
/// option. `rater` fills in the name.
pub fn blank(scenario: &Scenario, rater: Option<&str>) -> String {
    let mut text = format!(
        "{FORMAT}\n\
         # Rate every option from 1 (a poor call) to 7 (an excellent call) after its `:`, judging\n\
         # it where the learner stands, on its own: options may share a rating. A `comment:` line\n\
         # under a decision is optional. Lines starting with # are notes. Sign with your name\n\
         # after `rater:`, and say who you are and what you weigh after `about:`.\n\
         scenario: {} {:08x}\nrater: {}\nabout:\n",
        scenario.meta.id,
        scenario.hash,
        rater.map(one_line).unwrap_or_default(),
    );
    for (id, decision) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
        text.push_str(&format!("\n== {}\n# {}\n", scenario.node(id).id, one_line(&decision.ask)));
        for option in &decision.options {
            text.push_str(&format!("# {}\n* {}:\n", one_line(&option.text), option.id));
        }
        text.push_str("comment:\n");
    }
    text
}

/// `text` on one line: every run of whitespace, line breaks included, one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCENARIO: &str = "id: s\ntitle: S\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d\nask: What now?\n* x: Do X\n  ratings: a 6, b 6, c 6\n* y: Do Y\n  ratings: a 2, b 2, c 2\n-> e\n\
        == decision list (considerations)\nask: What matters?\n* m: M\n  weight: 2\n* n: N\n  weight: -2\n-> e\n\
        == ending e\ntitle: E\n";

    fn scenario() -> Scenario {
        engine::read(SCENARIO).unwrap()
    }

    #[test]
    fn encoding_round_trips() {
        let mut ratings = Ratings::new(&scenario(), "  Dana\nOkafor ", Some("VP of\n Product."));
        ratings.rate("d", "x", 6);
        ratings.rate("d", "y", 3);
        ratings.rate("d", "y", 2);
        ratings.comment("d", "First line.\n\n  Second   line.");
        assert_eq!(ratings.rater, "Dana Okafor");
        assert_eq!(ratings.decisions[0].options, [("x".to_string(), 6), ("y".to_string(), 2)]);
        let text = ratings.encode();
        assert!(text.starts_with(&format!("jcr1 ratings\nscenario: s {:08x}\nrater: Dana Okafor\n", scenario().hash)));
        assert!(
            text.contains(
                "about: VP of Product.\n\n== d\n* x: 6\n* y: 2\ncomment: First line.\ncomment: Second line.\n"
            )
        );
        assert_eq!(Ratings::decode(&text), Ok(ratings));
    }

    #[test]
    fn a_blank_file_lists_the_rated_decisions_and_reads_back_empty() {
        let s = scenario();
        let text = blank(&s, Some("Dana"));
        assert!(text.contains("== d\n# What now?\n# Do X\n* x:\n# Do Y\n* y:\ncomment:\n"), "{text}");
        assert!(!text.contains("== list"), "a checklist takes no ratings");
        let read = Ratings::decode(&text).unwrap();
        assert_eq!((read.rater.as_str(), read.about.as_ref(), read.hash), ("Dana", None, s.hash));
        assert_eq!(read.decisions, [DecisionRatings { decision: "d".into(), options: vec![], comment: None }]);
    }

    #[test]
    fn decoding_says_what_is_wrong_and_where() {
        let head = "jcr1 ratings\nscenario: s 0000abcd\nrater: R\n";
        let cases = [
            ("jcr2 ratings\n", 1, "starts with the line"),
            ("jcr1 ratings\nrater: R\n", 1, "`scenario:` line is missing"),
            ("jcr1 ratings\nscenario: s abc\n", 2, "8 hex digits"),
            (&format!("{head}* x: 6\n"), 4, "under its decision"),
            (&format!("{head}== d\n* x: six\n"), 5, "not a rating"),
            (&format!("{head}== d\n* x: 900\n"), 5, "not a rating"),
            (&format!("{head}== d\n* x: 6\n* x: 5\n"), 6, "rated twice"),
            (&format!("{head}== d\n== d\n"), 5, "rated twice"),
            (&format!("{head}== d\nrater: S\n"), 5, "belongs at the top"),
            (&format!("{head}rater: S\n"), 4, "given twice"),
            (&format!("{head}colour: red\n"), 4, "not a field"),
            (&format!("{head}just words\n"), 4, "not a field"),
        ];
        for (text, line, message) in cases {
            let error = Ratings::decode(text).unwrap_err();
            assert_eq!(error.line, line, "{text}: {error}");
            assert!(error.message.contains(message), "{text}: {error}");
        }
    }
}
