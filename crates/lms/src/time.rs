//! Time as the LMS standards write it: SCORM 1.2's `HH:MM:SS` and `HHHH:MM:SS.SS`, SCORM
//! 2004's timestamps and ISO 8601 durations, and xAPI's UTC timestamps.
//!
//! Nothing here reads a clock. The bridge passes moments in as [`Timestamp`]s (milliseconds
//! since the Unix epoch, as `Date.now()` gives them), and every function is a pure
//! rendering that refuses, with `None`, a time its format cannot write.

/// A moment: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

/// When the learner saw a decision and when they answered it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub shown: Timestamp,
    pub answered: Timestamp,
}

impl Timing {
    /// How long the learner took: the latency of the answer.
    pub fn latency(self) -> Duration {
        Duration::between(self.shown, self.answered)
    }
}

/// A length of time in milliseconds, never negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration(pub u64);

impl Duration {
    /// The time from `start` to `end`; zero when `end` is not after `start` (a clock that
    /// stepped back must not produce a negative duration).
    pub fn between(start: Timestamp, end: Timestamp) -> Duration {
        Duration(u64::try_from(end.0.saturating_sub(start.0)).unwrap_or(0))
    }
}

/// A date and time of day, broken into fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    millis: u32,
}

const MS_PER_DAY: i64 = 86_400_000;

impl Timestamp {
    /// The civil date and time in UTC, shifted by `offset` minutes east of UTC.
    fn civil(self, offset: i32) -> Civil {
        let local = self.0.saturating_add(i64::from(offset) * 60_000);
        let days = local.div_euclid(MS_PER_DAY);
        let ms = local.rem_euclid(MS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: (ms / 3_600_000) as u32,
            minute: (ms / 60_000 % 60) as u32,
            second: (ms / 1000 % 60) as u32,
            millis: (ms % 1000) as u32,
        }
    }
}

/// Howard Hinnant's `civil_from_days`: the proleptic Gregorian date `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// SCORM 1.2 `CMITime`, the time of day `HH:MM:SS` in the learner's time zone (`offset`
/// minutes east of UTC).
pub fn scorm12_time(at: Timestamp, offset: i32) -> String {
    let c = at.civil(offset);
    format!("{:02}:{:02}:{:02}", c.hour, c.minute, c.second)
}

/// SCORM 1.2 `CMITimespan`, `HHHH:MM:SS.SS`; `None` from 10,000 hours on.
pub fn scorm12_timespan(duration: Duration) -> Option<String> {
    let centis = duration.0 / 10;
    let hours = centis / 360_000;
    (hours <= 9999).then(|| {
        let minutes = centis / 6000 % 60;
        let seconds = centis / 100 % 60;
        format!("{hours:04}:{minutes:02}:{seconds:02}.{:02}", centis % 100)
    })
}

/// SCORM 2004 `timestamp`, `YYYY-MM-DDThh:mm:ss.ssZ` in UTC. The RTE's years run from 1970 to
/// 2038 and a time-zone designator requires the fractional seconds, so both are written and
/// any other year is `None`.
pub fn scorm2004_timestamp(at: Timestamp) -> Option<String> {
    let c = at.civil(0);
    (1970..=2038).contains(&c.year).then(|| {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:02}Z",
            c.year,
            c.month,
            c.day,
            c.hour,
            c.minute,
            c.second,
            c.millis / 10
        )
    })
}

/// An xAPI timestamp: ISO 8601 in UTC with milliseconds, `YYYY-MM-DDThh:mm:ss.sssZ`; `None`
/// outside the years 0000 to 9999.
pub fn xapi_timestamp(at: Timestamp) -> Option<String> {
    let c = at.civil(0);
    (0..=9999).contains(&c.year).then(|| {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            c.year, c.month, c.day, c.hour, c.minute, c.second, c.millis
        )
    })
}

/// An ISO 8601 duration in hours, minutes and seconds with at most two decimals, as SCORM
/// 2004's `timeinterval` and xAPI's `duration` take it: `PT1H2M3.45S`, `PT0S` for nothing.
pub fn iso_duration(duration: Duration) -> String {
    let centis = duration.0 / 10;
    let (hours, minutes, seconds, fraction) = (centis / 360_000, centis / 6000 % 60, centis / 100 % 60, centis % 100);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    if seconds > 0 || fraction > 0 || (hours == 0 && minutes == 0) {
        out.push_str(&seconds.to_string());
        if fraction > 0 {
            let digits = format!("{fraction:02}");
            out.push('.');
            out.push_str(digits.trim_end_matches('0'));
        }
        out.push('S');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-11-21T10:04:05.678Z.
    const AT: Timestamp = Timestamp(1_795_255_445_678);

    #[test]
    fn dates_follow_the_gregorian_calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(xapi_timestamp(AT).as_deref(), Some("2026-11-21T10:04:05.678Z"));
        assert_eq!(xapi_timestamp(Timestamp(-1)).as_deref(), Some("1969-12-31T23:59:59.999Z"));
    }

    #[test]
    fn scorm_2004_timestamps_keep_the_fraction_and_the_rte_years() {
        assert_eq!(scorm2004_timestamp(AT).as_deref(), Some("2026-11-21T10:04:05.67Z"));
        assert_eq!(scorm2004_timestamp(Timestamp(0)).as_deref(), Some("1970-01-01T00:00:00.00Z"));
        assert_eq!(scorm2004_timestamp(Timestamp(-1)), None);
        // 2039-01-01T00:00:00Z.
        assert_eq!(scorm2004_timestamp(Timestamp(2_177_452_800_000)), None);
    }

    #[test]
    fn scorm_12_times_are_local_times_of_day() {
        assert_eq!(scorm12_time(AT, 0), "10:04:05");
        assert_eq!(scorm12_time(AT, 60), "11:04:05");
        assert_eq!(scorm12_time(AT, -11 * 60), "23:04:05");
    }

    #[test]
    fn durations_render_in_each_format() {
        assert_eq!(scorm12_timespan(Duration(0)).as_deref(), Some("0000:00:00.00"));
        assert_eq!(scorm12_timespan(Duration(3_723_456)).as_deref(), Some("0001:02:03.45"));
        assert_eq!(scorm12_timespan(Duration(9999 * 3_600_000 + 3_599_999)).as_deref(), Some("9999:59:59.99"));
        assert_eq!(scorm12_timespan(Duration(10_000 * 3_600_000)), None);
        assert_eq!(iso_duration(Duration(0)), "PT0S");
        assert_eq!(iso_duration(Duration(3_723_456)), "PT1H2M3.45S");
        assert_eq!(iso_duration(Duration(60_000)), "PT1M");
        assert_eq!(iso_duration(Duration(1_234)), "PT1.23S");
        assert_eq!(iso_duration(Duration(500)), "PT0.5S");
        assert_eq!(iso_duration(Duration(7_200_000)), "PT2H");
        assert_eq!(Duration::between(Timestamp(5), Timestamp(2)), Duration(0));
        let timing = Timing { shown: Timestamp(1000), answered: Timestamp(13_500) };
        assert_eq!(timing.latency(), Duration(12_500));
    }
}
