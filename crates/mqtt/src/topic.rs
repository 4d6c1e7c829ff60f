//! Topic names and topic filters (MQTT 3.1.1 §4.7): which strings are valid, and whether a
//! filter matches a name, so a client can route an incoming PUBLISH to its subscriptions.

/// Whether `topic` is a valid topic name to publish to: at least one character, no wildcard
/// (`+` or `#`), no U+0000, at most 65,535 bytes (§4.7.3, §1.5.3).
pub fn valid_topic(topic: &str) -> bool {
    !topic.is_empty() && topic.len() <= usize::from(u16::MAX) && !topic.contains(['+', '#', '\0'])
}

/// Whether `filter` is a valid topic filter to subscribe with: at least one character, no
/// U+0000, at most 65,535 bytes, and each wildcard alone in its level, `#` only in the last
/// (§4.7.1, §4.7.3): `a/+/c`, `a/#` and `#` are valid, `a+`, `a/#/c` and `a#` are not.
pub fn valid_filter(filter: &str) -> bool {
    if filter.is_empty() || filter.len() > usize::from(u16::MAX) || filter.contains('\0') {
        return false;
    }
    let mut levels = filter.split('/').peekable();
    while let Some(level) = levels.next() {
        let last = levels.peek().is_none();
        let wild = level.contains(['+', '#']);
        if wild && level != "+" && !(level == "#" && last) {
            return false;
        }
    }
    true
}

/// Whether the topic filter `filter` matches the topic name `topic` (§4.7.1, §4.7.2): `+`
/// matches exactly one level (an empty one too), `#` the parent level and any number of
/// levels below it (`sport/#` matches `sport`, `sport/` and `sport/tennis/player1`), and a
/// filter starting with a wildcard does not match a name starting with `$`. An invalid
/// filter or name matches nothing.
pub fn matches(filter: &str, topic: &str) -> bool {
    if !valid_filter(filter) || !valid_topic(topic) {
        return false;
    }
    if topic.starts_with('$') && filter.starts_with(['+', '#']) {
        return false;
    }
    let mut filter = filter.split('/');
    let mut topic = topic.split('/');
    loop {
        match (filter.next(), topic.next()) {
            (Some("#"), _) | (None, None) => return true,
            (Some("+"), Some(_)) => {}
            (Some(f), Some(t)) if f == t => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{matches, valid_filter, valid_topic};

    #[test]
    fn topic_names_hold_no_wildcards() {
        assert!(valid_topic("sport/tennis/player1"));
        assert!(valid_topic("/"));
        assert!(valid_topic("$SYS/broker"));
        assert!(!valid_topic(""));
        assert!(!valid_topic("sport/+"));
        assert!(!valid_topic("sport/#"));
        assert!(!valid_topic("a\0b"));
        assert!(valid_topic(&"a".repeat(65_535)));
        assert!(!valid_topic(&"a".repeat(65_536)));
    }

    #[test]
    fn wildcards_fill_their_level() {
        for good in ["#", "+", "sport/#", "sport/+/player1", "+/+", "/+", "+/tennis/#", "a//b"] {
            assert!(valid_filter(good), "{good}");
        }
        for bad in ["", "sport/tennis#", "sport/tennis/#/ranking", "sport+", "#/a", "a/++", "a\0"] {
            assert!(!valid_filter(bad), "{bad}");
        }
    }

    #[test]
    fn the_spec_examples_match() {
        // §4.7.1.2
        for topic in ["sport/tennis/player1", "sport/tennis/player1/ranking", "sport/tennis/player1/score/wimbledon"] {
            assert!(matches("sport/tennis/player1/#", topic), "{topic}");
        }
        assert!(matches("sport/#", "sport"));
        assert!(matches("sport/#", "sport/"));
        assert!(matches("#", "sport/tennis"));
        // §4.7.1.3
        assert!(matches("sport/tennis/+", "sport/tennis/player1"));
        assert!(matches("sport/tennis/+", "sport/tennis/player2"));
        assert!(!matches("sport/tennis/+", "sport/tennis/player1/ranking"));
        assert!(!matches("sport/+", "sport"));
        assert!(matches("sport/+", "sport/"));
        assert!(matches("+/+", "/finance"));
        assert!(matches("/+", "/finance"));
        assert!(!matches("+", "/finance"));
        // §4.7.2
        assert!(!matches("#", "$SYS/broker"));
        assert!(!matches("+/monitor/Clients", "$SYS/monitor/Clients"));
        assert!(matches("$SYS/#", "$SYS/monitor/Clients"));
        assert!(matches("$SYS/monitor/+", "$SYS/monitor/Clients"));
        // Levels compare exactly.
        assert!(matches("a/b", "a/b"));
        assert!(!matches("a/b", "a/b/c"));
        assert!(!matches("a/b/c", "a/b"));
        assert!(!matches("a/b", "A/b"));
        assert!(!matches("a//b", "a/b"));
        // Invalid filters and names match nothing.
        assert!(!matches("a/#/b", "a/x/b"));
        assert!(!matches("a/+", "a/+"));
        assert!(!matches("", ""));
    }
}
