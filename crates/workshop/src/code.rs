//! Participant result codes: a playthrough squeezed into a short, typeable, checksummed code
//! that a participant reads off their phone and a facilitator pastes into the room.
//!
//! A code is Crockford base-32 (no I, L, O or U; case and dashes ignored when read), grouped
//! in fours. Its bits are: the format version (5), a tag of the scenario's id (10), a tag of
//! the scenario's content (5), the number of responses (5), and each response packed as
//! tightly as its decision allows (an option index, 3 bits per rating, a ranking's Lehmer code,
//! one bit per item, 2 bits of confidence), padded to whole characters. Two check characters
//! follow: the position-weighted sum of the characters modulo the prime 1021, which catches
//! every single mistyped character and every swap of two neighbours. Decoding replays the
//! responses against the scenario, so a code that does not fit it is refused.

use std::fmt;

use engine::playthrough::{Answer, Confidence, Cursor, Playthrough, Response, Step};
use engine::scenario::{Decision, DecisionKind, Scenario};

/// The version of the code format, the first five bits of every code.
pub const VERSION: u64 = 1;

/// Crockford's base-32 alphabet: digits and letters without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Why a pasted code was refused, in words a facilitator can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// No code at all.
    Empty,
    /// A character that no code contains.
    BadCharacter(char),
    /// Too short to hold a code, or cut off.
    Incomplete,
    /// The check characters do not match: most likely a typo.
    Typo,
    /// Made by another version of Judgement Call.
    OtherVersion(u64),
    /// Made for a different scenario.
    OtherScenario,
    /// Made for another version of this scenario's text.
    OtherScenarioVersion,
    /// The responses do not fit this scenario's decisions.
    DoesNotFit,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("the code is empty"),
            CodeError::BadCharacter(c) => write!(f, "`{c}` is not a character codes use"),
            CodeError::Incomplete => f.write_str("the code is incomplete: some characters are missing"),
            CodeError::Typo => f.write_str("the code has a typo: its check characters do not match"),
            CodeError::OtherVersion(v) => write!(f, "the code was made by another version of Judgement Call ({v})"),
            CodeError::OtherScenario => f.write_str("the code is for a different scenario"),
            CodeError::OtherScenarioVersion => f.write_str("the code is for another version of this scenario"),
            CodeError::DoesNotFit => f.write_str("the code's answers do not fit this scenario's decisions"),
        }
    }
}

impl std::error::Error for CodeError {}

/// The code of a playthrough of `scenario`: at most 40 characters for six decisions.
pub fn encode(scenario: &Scenario, playthrough: &Playthrough) -> Result<String, CodeError> {
    let mut bits = Bits::default();
    bits.push(VERSION, 5);
    bits.push(id_tag(scenario), 10);
    bits.push(content_tag(scenario), 5);
    let count = playthrough.responses.len();
    if count > 31 {
        return Err(CodeError::DoesNotFit);
    }
    bits.push(count as u64, 5);
    let (mut cursor, _) = Cursor::start(scenario, 0).map_err(|_| CodeError::DoesNotFit)?;
    for response in &playthrough.responses {
        let Step::Decide { decision, .. } = cursor.step() else { return Err(CodeError::DoesNotFit) };
        pack(&mut bits, decision, response).ok_or(CodeError::DoesNotFit)?;
        cursor.advance(response).map_err(|_| CodeError::DoesNotFit)?;
    }
    let body = bits.to_base32();
    Ok(group(&format!("{body}{}", check_characters(&body))))
}

/// Reads a code for `scenario`, back into a playthrough (seeded 0: order does not matter).
pub fn decode(scenario: &Scenario, code: &str) -> Result<Playthrough, CodeError> {
    let symbols = symbols(code)?;
    if symbols.len() < 7 {
        return Err(CodeError::Incomplete);
    }
    let (body, check) = symbols.split_at(symbols.len() - 2);
    if check_value(body) != u64::from(check[0]) << 5 | u64::from(check[1]) {
        return Err(CodeError::Typo);
    }
    let mut bits = Bits::default();
    for &v in body {
        bits.push(u64::from(v), 5);
    }
    let mut reader = Reader { bits: &bits, at: 0 };
    let version = reader.take(5).ok_or(CodeError::Incomplete)?;
    if version != VERSION {
        return Err(CodeError::OtherVersion(version));
    }
    if reader.take(10) != Some(id_tag(scenario)) {
        return Err(CodeError::OtherScenario);
    }
    if reader.take(5) != Some(content_tag(scenario)) {
        return Err(CodeError::OtherScenarioVersion);
    }
    let count = reader.take(5).ok_or(CodeError::Incomplete)?;
    let mut playthrough = Playthrough::new(scenario, 0);
    let (mut cursor, _) = Cursor::start(scenario, 0).map_err(|_| CodeError::DoesNotFit)?;
    for _ in 0..count {
        let Step::Decide { decision, .. } = cursor.step() else { return Err(CodeError::DoesNotFit) };
        let response = unpack(&mut reader, decision).ok_or(CodeError::DoesNotFit)?;
        cursor.advance(&response).map_err(|_| CodeError::DoesNotFit)?;
        playthrough.responses.push(response);
    }
    // What is left is the padding to a whole character: under five bits, all zero.
    let rest = bits.len() - reader.at;
    if rest >= 5 || (reader.at..bits.len()).any(|i| bits.get(i)) {
        return Err(CodeError::DoesNotFit);
    }
    Ok(playthrough)
}

/// The position-weighted sum of the characters' values modulo 1021, a prime above every
/// weight and value: changing one character, or swapping two different neighbours, always
/// changes it.
fn check_value(symbols: &[u8]) -> u64 {
    symbols.iter().enumerate().map(|(i, &v)| (i as u64 + 1) * u64::from(v)).sum::<u64>() % 1021
}

/// The two check characters of a code's body.
fn check_characters(body: &str) -> String {
    let symbols: Vec<u8> =
        body.bytes().filter_map(|b| ALPHABET.iter().position(|&a| a == b)).map(|v| v as u8).collect();
    let check = check_value(&symbols);
    [check >> 5, check & 31].iter().map(|&v| char::from(ALPHABET[v as usize])).collect()
}

/// A code as typed, as character values: case, dashes and spaces ignored; O read as 0, I
/// and L as 1.
fn symbols(code: &str) -> Result<Vec<u8>, CodeError> {
    let mut out = Vec::new();
    for c in code.chars().filter(|c| !matches!(c, '-' | ' ' | '\t')) {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        };
        let value = u8::try_from(c)
            .ok()
            .and_then(|b| ALPHABET.iter().position(|&a| a == b))
            .ok_or(CodeError::BadCharacter(c))?;
        out.push(value as u8);
    }
    if out.is_empty() {
        return Err(CodeError::Empty);
    }
    Ok(out)
}

/// A 10-bit tag of the scenario's id, so a code for another scenario is caught.
fn id_tag(scenario: &Scenario) -> u64 {
    u64::from(fnv(scenario.meta.id.as_bytes())) & 0x3ff
}

/// A 5-bit tag of the scenario's text, so a code from an edited scenario is caught.
fn content_tag(scenario: &Scenario) -> u64 {
    u64::from(scenario.hash) & 0x1f
}

fn fnv(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5_u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// Bits needed for a value below `n` (0 when there is only one).
fn width(n: u64) -> u32 {
    if n <= 1 { 0 } else { 64 - (n - 1).leading_zeros() }
}

fn factorial(n: usize) -> Option<u64> {
    (1..=n as u64).try_fold(1u64, |f, k| f.checked_mul(k))
}

fn pack(bits: &mut Bits, decision: &Decision, response: &Response) -> Option<()> {
    let n = decision.options.len();
    match (&response.answer, decision.kind) {
        (Answer::Pick(i), DecisionKind::Pick) if *i < n => bits.push(*i as u64, width(n as u64)),
        (Answer::Rate(ratings), DecisionKind::Rate) if ratings.len() == n => {
            for &r in ratings {
                bits.push(u64::from(r.checked_sub(1).filter(|v| *v < 7)?), 3);
            }
        }
        (Answer::Rank(order), DecisionKind::Rank) if order.len() == n => {
            // The Lehmer code: for each place, how many of the options still unplaced come
            // before the one placed there, read as one mixed-radix number.
            let mut left: Vec<usize> = (0..n).collect();
            let mut value = 0u64;
            for &option in order {
                let at = left.iter().position(|&o| o == option)?;
                value = value.checked_mul(left.len() as u64)?.checked_add(at as u64)?;
                left.remove(at);
            }
            bits.push(value, width(factorial(n)?));
        }
        (Answer::Tick(ticks), DecisionKind::Considerations | DecisionKind::Pivot) if ticks.len() == n => {
            for &t in ticks {
                bits.push(u64::from(t), 1);
            }
        }
        _ => return None,
    }
    match (decision.confidence.is_some(), response.confidence) {
        (true, Some(c)) => bits.push(u64::from(c.level()), 2),
        (false, None) => {}
        _ => return None,
    }
    Some(())
}

fn unpack(reader: &mut Reader, decision: &Decision) -> Option<Response> {
    let n = decision.options.len();
    let answer = match decision.kind {
        DecisionKind::Pick => {
            let i = reader.take(width(n as u64))? as usize;
            (i < n).then_some(Answer::Pick(i))?
        }
        DecisionKind::Rate => {
            Answer::Rate((0..n).map(|_| reader.take(3).filter(|v| *v < 7).map(|v| v as u8 + 1)).collect::<Option<_>>()?)
        }
        DecisionKind::Rank => {
            let total = factorial(n)?;
            let mut value = reader.take(width(total))?;
            if value >= total {
                return None;
            }
            // Undo the mixed-radix number from the last place back to the first.
            let mut places = vec![0usize; n];
            for (slot, radix) in places.iter_mut().rev().zip(1..=n as u64) {
                *slot = (value % radix) as usize;
                value /= radix;
            }
            let mut left: Vec<usize> = (0..n).collect();
            Answer::Rank(places.iter().map(|&at| left.remove(at)).collect())
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            Answer::Tick((0..n).map(|_| reader.take(1).map(|b| b == 1)).collect::<Option<_>>()?)
        }
    };
    let confidence = match decision.confidence {
        Some(_) => Some(Confidence::from_level(reader.take(2)? as u8)?),
        None => None,
    };
    Some(Response::new(answer, confidence))
}

/// Groups of four characters joined by dashes, easier to read aloud and type.
fn group(code: &str) -> String {
    code.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// A growable string of bits, most significant first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Bits {
    bits: Vec<bool>,
}

impl Bits {
    fn push(&mut self, value: u64, width: u32) {
        for shift in (0..width).rev() {
            self.bits.push(value >> shift & 1 == 1);
        }
    }

    fn len(&self) -> usize {
        self.bits.len()
    }

    fn get(&self, i: usize) -> bool {
        self.bits.get(i).copied().unwrap_or(false)
    }

    fn to_base32(&self) -> String {
        self.bits
            .chunks(5)
            .map(|chunk| {
                let value = chunk.iter().fold(0usize, |v, &b| v << 1 | usize::from(b)) << (5 - chunk.len());
                char::from(ALPHABET[value])
            })
            .collect()
    }
}

/// Reads bits from the front.
struct Reader<'a> {
    bits: &'a Bits,
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, width: u32) -> Option<u64> {
        let end = self.at.checked_add(width as usize)?;
        if end > self.bits.len() {
            return None;
        }
        let value = (self.at..end).fold(0u64, |v, i| v << 1 | u64::from(self.bits.get(i)));
        self.at = end;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  -> d2\n* y: Y\n  ratings: a 2, b 2, c 2\n  -> d2\n* z: Z\n  ratings: a 4, b 4, c 4\n  -> d2\n\
        == decision d2 (rate)\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n* y: Y\n  ratings: a 2, b 2, c 2\n* z: Z\n  ratings: a 4, b 4, c 4\n* w: W\n  ratings: a 3, b 3, c 3\n* v: V\n  ratings: a 5, b 5, c 5\n-> d3\n\
        == decision d3 (rank)\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n* y: Y\n  ratings: a 2, b 2, c 2\n* z: Z\n  ratings: a 4, b 4, c 4\n* w: W\n  ratings: a 3, b 3, c 3\n* v: V\n  ratings: a 5, b 5, c 5\n-> d4\n\
        == decision d4 (considerations)\nask: ?\n* a: A\n  weight: +2\n* b: B\n  weight: +2\n* c: C\n  weight: -2\n* d: D\n  weight: -2\n* e: E\n  weight: +1\n* f: F\n  weight: -1\n* g: G\n  weight: +1\n* h: H\n  weight: -1\n-> d5\n\
        == decision d5\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  -> d6\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> d6\n* z: Z\n  ratings: a 4, b 4, c 4\n  -> d6\n* w: W\n  ratings: a 2, b 2, c 2\n  -> d6\n\
        == decision d6 (pivot)\nask: ?\n* a: A\n  weight: +2\n* b: B\n  weight: -2\n* c: C\n  weight: +1\n* d: D\n  weight: -1\n* e: E\n  weight: -1\n* f: F\n  weight: +1\n-> end\n\
        == ending e\ntitle: E\n";

    fn full() -> (Scenario, Playthrough) {
        let scenario = engine::load(STORY).expect("loads");
        let mut playthrough = Playthrough::new(&scenario, 0);
        playthrough.responses = vec![
            Response::new(Answer::Pick(2), Some(Confidence::Sure)),
            Response::new(Answer::Rate(vec![7, 1, 4, 2, 6]), None),
            Response::new(Answer::Rank(vec![4, 0, 2, 3, 1]), Some(Confidence::Unsure)),
            Response::new(Answer::Tick(vec![true, true, false, false, true, false, true, true]), None),
            Response::new(Answer::Pick(3), Some(Confidence::FairlySure)),
            Response::new(Answer::Tick(vec![true, false, true, false, false, true]), None),
        ];
        (scenario, playthrough)
    }

    #[test]
    fn a_six_decision_playthrough_fits_in_forty_characters_and_round_trips() {
        let (scenario, playthrough) = full();
        let code = encode(&scenario, &playthrough).expect("encodes");
        assert!(code.len() <= 40, "{} characters: {code}", code.len());
        assert_eq!(decode(&scenario, &code), Ok(playthrough.clone()));
        // Read back as typed: lower case, no dashes, O for 0.
        let typed = code.replace('-', "").to_lowercase().replace('0', "o");
        assert_eq!(decode(&scenario, &typed), Ok(playthrough));
    }

    #[test]
    fn a_partial_playthrough_has_a_code_too() {
        let (scenario, mut playthrough) = full();
        playthrough.responses.truncate(2);
        let code = encode(&scenario, &playthrough).expect("encodes");
        assert_eq!(decode(&scenario, &code), Ok(playthrough));
    }

    #[test]
    fn every_single_character_typo_is_caught() {
        let (scenario, playthrough) = full();
        let code = encode(&scenario, &playthrough).expect("encodes").replace('-', "");
        for at in 0..code.len() {
            for &replacement in ALPHABET {
                let original = code.as_bytes()[at];
                if replacement == original {
                    continue;
                }
                let mut typo = code.clone().into_bytes();
                typo[at] = replacement;
                let typo = String::from_utf8(typo).expect("ascii");
                assert!(decode(&scenario, &typo).is_err(), "{typo} (from {code}) was accepted");
            }
        }
    }

    #[test]
    fn bad_codes_are_refused_with_a_reason() {
        let (scenario, playthrough) = full();
        let code = encode(&scenario, &playthrough).expect("encodes");
        assert_eq!(decode(&scenario, ""), Err(CodeError::Empty));
        assert_eq!(decode(&scenario, "AB#C"), Err(CodeError::BadCharacter('#')));
        assert_eq!(decode(&scenario, "ABC"), Err(CodeError::Incomplete));
        assert!(decode(&scenario, &code[..code.len() - 3]).is_err());
        let other = engine::load(&STORY.replace("id: room", "id: other-room")).expect("loads");
        assert_eq!(decode(&other, &encode(&scenario, &playthrough).expect("encodes")), Err(CodeError::OtherScenario));
        let edited = engine::load(&STORY.replace("title: Room", "title: Room, edited")).expect("loads");
        if content_tag(&edited) != content_tag(&scenario) {
            assert_eq!(decode(&edited, &code), Err(CodeError::OtherScenarioVersion));
        }
        // A code in a future format is refused as such, not as a typo.
        let mut bits = Bits::default();
        bits.push(2, 5);
        bits.push(id_tag(&scenario), 10);
        bits.push(content_tag(&scenario), 5);
        bits.push(0, 5);
        let body = bits.to_base32();
        let future = format!("{body}{}", check_characters(&body));
        assert_eq!(decode(&scenario, &future), Err(CodeError::OtherVersion(2)));
    }
}
