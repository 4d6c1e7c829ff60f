//! A tiny JSON value, reader and writer, so the web app needs no serde: the one JSON codec
//! of the app, for the progress export file and for cmi5; the workshop's session download
//! writes its text as it goes and escapes its strings with [`write_string`].
//!
//! cmi5 hands the app JSON (the `actor` launch parameter and the `LMS.LaunchData` document
//! with its context template) and takes JSON statements back. [`Json::parse`] reads any JSON
//! text, keeping object keys in order and numbers as written, and never panics (nesting is
//! capped); [`Json::write`] writes compact JSON with every string escaped.

use std::fmt;

/// A JSON value. Objects keep their keys in order; numbers keep their text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Why a text is not JSON: the byte offset and what was expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
    pub expected: &'static str,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not JSON: expected {} at byte {}", self.expected, self.at)
    }
}

impl std::error::Error for JsonError {}

/// How deep arrays and objects may nest before the reader gives up.
const MAX_DEPTH: usize = 64;

impl Json {
    /// A string value.
    pub fn str(text: impl Into<String>) -> Json {
        Json::String(text.into())
    }

    /// A number with at most `places` decimals.
    pub fn number(value: f64, places: usize) -> Json {
        Json::Number(crate::decimal(value, places))
    }

    /// An object from key–value pairs, in order.
    pub fn object<const N: usize>(pairs: [(&str, Json); N]) -> Json {
        Json::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    /// The value at `key`, when this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(pairs) => pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value of a number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The value at `key` of an object, inserted as `default` when missing; `None` when this
    /// is not an object.
    pub fn entry(&mut self, key: &str, default: Json) -> Option<&mut Json> {
        let Json::Object(pairs) = self else { return None };
        let at = match pairs.iter().position(|(k, _)| k == key) {
            Some(at) => at,
            None => {
                pairs.push((key.to_string(), default));
                pairs.len() - 1
            }
        };
        pairs.get_mut(at).map(|(_, v)| v)
    }

    /// Sets `key` of an object to `value`, replacing any value it had; nothing when this is
    /// not an object.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Some(slot) = self.entry(key, Json::Null) {
            *slot = value;
        }
    }

    /// Appends to the array at `key` of an object (creating it), unless an equal value is
    /// already there; nothing when `key` holds something other than an array.
    pub fn push(&mut self, key: &str, value: Json) {
        if let Some(Json::Array(items)) = self.entry(key, Json::Array(Vec::new()))
            && !items.contains(&value)
        {
            items.push(value);
        }
    }

    /// Compact JSON text.
    pub fn write(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    fn write_to(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            Json::Object(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_to(out);
                }
                out.push('}');
            }
        }
    }

    /// Reads a whole JSON text (white space around it allowed).
    pub fn parse(text: &str) -> Result<Json, JsonError> {
        let mut reader = Reader { text, bytes: text.as_bytes(), at: 0 };
        let value = reader.value(0)?;
        reader.space();
        if reader.at < reader.bytes.len() {
            return Err(reader.error("the end of the text"));
        }
        Ok(value)
    }
}

/// Writes `s` to `out` as a JSON string: quoted, with quotes, backslashes and control
/// characters escaped. For callers that write JSON text as they go rather than build a value.
pub fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, expected: &'static str) -> JsonError {
        JsonError { at: self.at, expected }
    }

    fn space(&mut self) {
        while self.bytes.get(self.at).is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("a JSON value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("less deeply nested values"));
        }
        self.space();
        match self.bytes.get(self.at) {
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("`,` or `]`"));
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut pairs = Vec::new();
                if self.eat(b'}') {
                    return Ok(Json::Object(pairs));
                }
                loop {
                    self.space();
                    if self.bytes.get(self.at) != Some(&b'"') {
                        return Err(self.error("a key in quotes"));
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.error("`:`"));
                    }
                    pairs.push((key, self.value(depth + 1)?));
                    if self.eat(b'}') {
                        return Ok(Json::Object(pairs));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("`,` or `}`"));
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("a JSON value")),
        }
    }

    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while r.bytes.get(r.at).is_some_and(u8::is_ascii_digit) {
                r.at += 1;
            }
            r.at > from
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        if self.bytes.get(self.at) == Some(&b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error("digits"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("digits after `.`"));
            }
        }
        if self.bytes.get(self.at).is_some_and(|b| matches!(b, b'e' | b'E')) {
            self.at += 1;
            if self.bytes.get(self.at).is_some_and(|b| matches!(b, b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("digits in the exponent"));
            }
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.at).unwrap_or_default()).unwrap_or("0");
        Ok(Json::Number(text.to_string()))
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while self.bytes.get(self.at).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // The run starts and stops at ASCII bytes, so it is a slice of the text itself,
            // which need not be checked for UTF-8 again.
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.bytes.get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = match self.bytes.get(self.at) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            self.unicode()?
                        }
                        _ => return Err(self.error("an escape")),
                    };
                    // Every escape leaves the reader on its last byte.
                    self.at += 1;
                    out.push(escaped);
                }
                _ => return Err(self.error("a closing quote")),
            }
        }
    }

    /// The code point of `\uXXXX` (with its low surrogate when it is a high one), from the
    /// first hex digit; leaves the reader on the last hex digit.
    fn unicode(&mut self) -> Result<char, JsonError> {
        let high = self.hex()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if self.bytes.get(self.at + 1..self.at + 3) != Some(b"\\u") {
                return Err(self.error("a low surrogate"));
            }
            self.at += 3;
            let low = self.hex()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("a low surrogate"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("a Unicode scalar value"))
    }

    /// Four hex digits from the reader's position; leaves it on the last one.
    fn hex(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error("four hex digits"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("four hex digits"))?;
        if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.error("four hex digits"));
        }
        let value = u32::from_str_radix(text, 16).map_err(|_| self.error("four hex digits"))?;
        self.at += 3;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trips_keeping_order_and_numbers() {
        let text = r#"{"b":[1,-2.5e3,true,false,null],"a":{"x":"y\n\"z\"\\é\u0001"},"c":[]}"#;
        let value = Json::parse(text).expect("valid JSON");
        assert_eq!(value.write(), text);
        assert_eq!(Json::parse(&value.write()), Ok(value.clone()));
        assert_eq!(value.get("b").map(|b| b.write()), Some("[1,-2.5e3,true,false,null]".to_string()));
    }

    #[test]
    fn escapes_are_read() {
        let value = Json::parse(r#" "a\u00e9\ud83d\ude00\/\t" "#).expect("valid JSON");
        assert_eq!(value, Json::str("aé😀/\t"));
        assert_eq!(Json::str("tab\tquote\"").write(), r#""tab\tquote\"""#);
    }

    #[test]
    fn anything_else_is_refused_without_panicking() {
        for bad in
            ["", "{", "[1,]", "{\"a\"}", "{a:1}", "01", "1.", "-", "\"\\x\"", "\"\\ud800\"", "tru", "[] []", "\"a"]
        {
            assert!(Json::parse(bad).is_err(), "{bad}");
        }
        assert!(Json::parse(&"[".repeat(100)).is_err());
        assert_eq!(Json::parse("{").unwrap_err().to_string(), "not JSON: expected a key in quotes at byte 1");
    }

    #[test]
    fn objects_are_edited_in_place() {
        let mut value = Json::object([("a", Json::str("1"))]);
        value.set("a", Json::str("2"));
        value.push("list", Json::str("x"));
        value.push("list", Json::str("x"));
        value.push("list", Json::str("y"));
        assert_eq!(value.write(), r#"{"a":"2","list":["x","y"]}"#);
        assert_eq!(value.get("a").and_then(Json::as_str), Some("2"));
        assert_eq!(Json::number(0.5, 2).as_f64(), Some(0.5));
    }
}
