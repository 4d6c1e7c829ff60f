//! The encoder checked against the `qrcode` crate (a test-only dependency), module for
//! module: result codes, join links, UTF-8 text, and data of every length at which level M
//! needs a larger version, in both modes.
//!
//! `qrcode` splits data into segments of mixed modes (numeric runs inside a link, say),
//! while ours uses one mode throughout; so its bit stream is built here in our mode
//! (`Bits::push_alphanumeric_data` or `push_byte_data`), and the two must agree on the
//! smallest version and on the symbol under each of the eight masks. Where `qrcode`'s own
//! choice of segments is ours anyway, its automatic `QrCode` is compared whole too.
//!
//! On the mask, `qrcode` departs from the standard in one point: its dark-module balance
//! penalty (N4) is linear, 2 points a percent, where the standard gives 10 points for each
//! whole 5 % (§7.8.3, Table 11), which we follow. So the check is that our N1 to N3 plus
//! `qrcode`'s N4 picks `qrcode`'s mask, and that `matrix` picks the lowest standard penalty.

use qrcode::bits::{Bits, encode_auto};
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, EcLevel, Version};
use qrcode::{QrCode, ec};

use super::encode::{Matrix, balance_penalty, codewords, masked, matrix, pattern_penalty, penalty};

const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

const ALPHANUMERIC: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// `qrcode`'s bit stream for `data` in our mode at `version`, or `None` if it does not fit.
fn their_bits(data: &[u8], version: u8) -> Option<Bits> {
    let mut bits = Bits::new(Version::Normal(i16::from(version)));
    if data.iter().all(|b| ALPHANUMERIC.contains(b)) {
        bits.push_alphanumeric_data(data).ok()?;
    } else {
        bits.push_byte_data(data).ok()?;
    }
    bits.push_terminator(EcLevel::M).ok()?;
    Some(bits)
}

fn their_version(data: &[u8]) -> Option<u8> {
    (1..=40).find(|&v| their_bits(data, v).is_some())
}

/// `qrcode`'s symbol for `data` at `version` under one mask, dark as `true`, row by row.
fn their_masked(data: &[u8], version: u8, mask: usize) -> Vec<bool> {
    let bits = their_bits(data, version).unwrap();
    let v = bits.version();
    let (data, correction) = ec::construct_codewords(&bits.into_bytes(), v, EcLevel::M).unwrap();
    let mut canvas = Canvas::new(v, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &correction);
    canvas.apply_mask(MASKS[mask]);
    canvas.into_colors().into_iter().map(|c| c == Color::Dark).collect()
}

fn modules(matrix: &Matrix) -> Vec<bool> {
    let size = matrix.size();
    (0..size).flat_map(|y| (0..size).map(move |x| (x, y))).map(|(x, y)| matrix.dark(x, y)).collect()
}

/// `qrcode`'s balance penalty: `|dark × 200 / total − 100|`.
fn their_balance(matrix: &Matrix) -> u32 {
    let all = modules(matrix);
    let dark = all.iter().filter(|&&d| d).count();
    (dark * 200 / all.len()).abs_diff(100) as u32
}

/// What the check found for one input.
#[derive(Default, Debug)]
struct Found {
    /// The version we chose, if the data fits.
    version: Option<u8>,
    /// `qrcode`'s automatic encoding chose our mode too, and was compared whole.
    whole: bool,
    /// The standard's balance penalty and `qrcode`'s picked different masks.
    masks_differ: bool,
}

/// Checks `data` against `qrcode`; see the module's doc.
fn check(data: &[u8]) -> Found {
    let what = String::from_utf8_lossy(data);
    let theirs = their_version(data);
    let Some((version, words)) = codewords(data) else {
        assert_eq!(theirs, None, "{what}: too long for us only");
        assert!(matrix(data).is_none());
        return Found::default();
    };
    assert_eq!(Some(version), theirs, "{what}: the smallest version");

    let ours: Vec<Matrix> = (0..8).map(|m| masked(version, &words, m)).collect();
    for (m, symbol) in ours.iter().enumerate() {
        assert_eq!(symbol.size(), 4 * usize::from(version) + 17);
        assert!(modules(symbol) == their_masked(data, version, m), "{what}: version {version}, mask {m}");
    }

    // qrcode's own choice of mask.
    let chosen = QrCode::with_bits(their_bits(data, version).unwrap(), EcLevel::M).unwrap();
    let chosen: Vec<bool> = chosen.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    let their_mask = ours.iter().position(|s| modules(s) == chosen).expect("one of the eight");
    let patterns: Vec<u32> = ours.iter().map(pattern_penalty).collect();
    let by_their_balance = (0..8).min_by_key(|&m| patterns[m] + their_balance(&ours[m])).unwrap();
    assert_eq!(by_their_balance, their_mask, "{what}: N1 to N3 agree with qrcode's");

    // Ours: the first mask with the lowest standard penalty.
    let auto = matrix(data).unwrap();
    let standard = |m: usize| {
        let dark = modules(&ours[m]).iter().filter(|&&d| d).count();
        patterns[m] + balance_penalty(dark, ours[m].size() * ours[m].size())
    };
    assert_eq!(penalty(&ours[0]), standard(0));
    let best = (0..8).min_by_key(|&m| standard(m)).unwrap();
    assert_eq!(auto, ours[best], "{what}");
    assert_eq!(usize::from(auto.mask()), best);
    assert_eq!(auto.version(), version);

    // Where qrcode's automatic segmentation is our single mode, its whole QR code.
    // (Its segmentation can also fail on data that fits in one mode, near a version's end.)
    let whole = encode_auto(data, EcLevel::M).is_ok_and(|auto| {
        auto.version() == Version::Normal(i16::from(version))
            && auto.into_bytes() == their_bits(data, version).unwrap().into_bytes()
    });
    if whole {
        let code = QrCode::with_error_correction_level(data, EcLevel::M).unwrap();
        assert_eq!(code.version(), Version::Normal(i16::from(version)));
        assert!(code.to_colors().into_iter().map(|c| c == Color::Dark).eq(chosen), "{what}");
    }
    Found { version: Some(version), whole, masks_differ: best != their_mask }
}

/// The longest data of `version` in one mode, `qrcode` being the judge: `fill(n)` makes
/// data of length `n`.
fn longest(version: u8, fill: &dyn Fn(usize) -> Vec<u8>) -> usize {
    let (mut fits, mut too_long) = (0, 4000);
    while too_long - fits > 1 {
        let mid = (fits + too_long) / 2;
        if their_bits(&fill(mid), version).is_some() { fits = mid } else { too_long = mid }
    }
    fits
}

/// Data of every length at which a larger version is needed: the longest of each version,
/// and one more.
fn boundaries(fill: &dyn Fn(usize) -> Vec<u8>) -> Vec<(u8, usize)> {
    let mut lengths = Vec::new();
    for version in 1..=40 {
        let n = longest(version, fill);
        assert_eq!(check(&fill(n)).version, Some(version), "{n} fit version {version}");
        let next = check(&fill(n + 1)).version;
        assert_eq!(next, (version < 40).then_some(version + 1), "{} need version {}", n + 1, version + 1);
        lengths.push((version, n));
    }
    lengths
}

#[test]
fn alphanumeric_at_every_version_boundary() {
    let fill = |n: usize| ALPHANUMERIC.iter().rev().copied().cycle().take(n).collect::<Vec<u8>>();
    let lengths = boundaries(&fill);
    // Table 7, level M, alphanumeric mode.
    let table = [(1, 20), (2, 38), (3, 61), (9, 262), (10, 311), (26, 1542), (27, 1637), (40, 3391)];
    for (version, n) in table {
        assert!(lengths.contains(&(version, n)), "version {version} holds {n}");
    }
}

#[test]
fn bytes_at_every_version_boundary() {
    let text = b"http://judgement-call.example/?room=0123456789abcdef#/join/first-call-";
    let fill = |n: usize| text.iter().copied().cycle().take(n).collect::<Vec<u8>>();
    let lengths = boundaries(&fill);
    // Table 7, level M, byte mode.
    let table = [(1, 14), (2, 26), (7, 122), (9, 180), (10, 213), (25, 997), (40, 2331)];
    for (version, n) in table {
        assert!(lengths.contains(&(version, n)), "version {version} holds {n}");
    }
}

#[test]
fn codes_links_and_text() {
    // Crockford base-32 result codes from a fixed pseudo-random sequence.
    let mut seed = 0x2545_f491_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed
    };
    let crockford = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut inputs: Vec<Vec<u8>> = ["", "A", "a", "1", " ", "1A2B-3C4D-5E6F-7G8H", "HELLO WORLD", "hello world"]
        .iter()
        .map(|s| s.as_bytes().to_vec())
        .collect();
    for len in (4..=48).step_by(4) {
        let code: Vec<u8> =
            (0..len).map(|i| if i % 5 == 4 { b'-' } else { crockford[next() as usize % crockford.len()] }).collect();
        inputs.push(code);
    }
    for _ in 0..6 {
        let room: String = (0..64).map(|_| char::from(b"0123456789abcdef"[next() as usize % 16])).collect();
        inputs.push(
            format!("http://192.168.1.5:8080/?broker=ws%3A%2F%2F192.168.1.5%3A8081&room={room}#/join/first-call")
                .into_bytes(),
        );
    }
    for text in [
        "https://example.org/#/join/first-call/Tue",
        "HTTP://192.168.1.5:8080/",
        "Café crème, s'il vous plaît",
        "判断力のワークショップ",
        "🧭 Judgement Call — первый звонок",
        "\u{0}\u{7f}\u{ff}",
    ] {
        inputs.push(text.as_bytes().to_vec());
    }
    inputs.push((0..=255).collect());

    let found: Vec<Found> = inputs.iter().map(|data| check(data)).collect();
    // Result codes are alphanumeric throughout, so qrcode encodes them as we do.
    assert!(found[5].whole, "{:?}", found[5]);
    assert!(found.iter().filter(|f| f.whole).count() >= 10);
    // "hello world" is where the standard's balance penalty and qrcode's pick different
    // masks (both choices checked above), so the standard's is the one in use.
    assert!(found[7].masks_differ && !found[5].masks_differ);
}
