//! QR codes drawn as SVG: a participant's result code, so a facilitator's phone camera can
//! read it off the participant's screen, and the link participants open to join; and the
//! join link drawn in a terminal's text. The encoder is our own small one (`encode`), level
//! M only. No image crates: the SVG is text, without an XML declaration, ready to sit
//! inside a page.

mod encode;

#[cfg(test)]
mod cross_check;

use std::fmt::Write;

pub use encode::{Matrix, matrix};

/// Light modules around the symbol on every side (ISO/IEC 18004 §6.3.7).
const QUIET_ZONE: usize = 4;

/// The smallest side, in pixels, a drawn code takes.
const MIN_PIXELS: usize = 160;

/// The SVG of a QR code holding `text` (a result code), with a quiet zone, dark on light,
/// titled for screen readers. `None` only if the text were too long for any QR code.
pub fn svg(text: &str) -> Option<String> {
    // Upper-case alphanumeric text fits QR's compact alphanumeric mode.
    draw(&text.to_ascii_uppercase(), &format!("QR code for {text}"))
}

/// The SVG of a QR code holding a link, as it is (links are case-sensitive), labelled
/// `label` for screen readers.
pub fn link_svg(link: &str, label: &str) -> Option<String> {
    draw(link, label)
}

/// The SVG of `text`'s code: a viewBox in modules, quiet zone included, shown at a whole
/// number of pixels a module and at least 160 pixels a side; a light square, then every
/// dark module in one path, each row's runs of dark modules as one rectangle.
fn draw(text: &str, label: &str) -> Option<String> {
    // Medium error correction survives a scratched or glare-covered screen.
    let code = matrix(text.as_bytes())?;
    let side = code.size() + 2 * QUIET_ZONE;
    let pixels = MIN_PIXELS.div_ceil(side) * side;
    let mut image = format!(
        "<svg role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{pixels}\" \
         height=\"{pixels}\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#ffffff\"/><path fill=\"#111111\" d=\"",
        escape(label)
    );
    for (x, y, run) in runs(&code) {
        // Writing to a String cannot fail.
        let _ = write!(image, "M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE);
    }
    image.push_str("\"/></svg>");
    Some(image)
}

/// Each row's runs of dark modules, as (column, row, length).
fn runs(code: &Matrix) -> Vec<(usize, usize, usize)> {
    let size = code.size();
    let mut runs = Vec::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            let run = (x..size).take_while(|&x| code.dark(x, y)).count();
            if run > 0 {
                runs.push((x, y, run));
            }
            x += run + 1;
        }
    }
    runs
}

/// The QR code of `text` (as it is, so a link keeps its case) for a terminal: two rows of
/// modules a line in Unicode half blocks, the quiet zone included, each line ending in a
/// newline. `None` only if the text were too long for any QR code.
///
/// Terminals are most often light text on a dark background, and a camera wants dark
/// modules on a light field. So the light modules (and the quiet zone) are printed, as the
/// text's colour, and the dark ones are left blank, the background showing through: `█`
/// for two light modules, `▀` light above dark, `▄` dark above light, a space for two dark.
/// On a light-background terminal the code comes out inverted, which most phone cameras
/// read too.
pub fn terminal(text: &str) -> Option<String> {
    let code = matrix(text.as_bytes())?;
    let side = code.size() + 2 * QUIET_ZONE;
    // Light, quiet zone included; below the last row is the terminal's own background.
    let light = |x: usize, y: usize| y < side && !code.dark(x.wrapping_sub(QUIET_ZONE), y.wrapping_sub(QUIET_ZONE));
    let mut out = String::with_capacity((side + 1) * side.div_ceil(2) * 3);
    for y in (0..side).step_by(2) {
        for x in 0..side {
            out.push(match (light(x, y), light(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    Some(out)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_becomes_a_labelled_svg() {
        let image = svg("1A2B-3C4D-5E6F-7G8H").expect("fits");
        assert!(image.contains("<svg role=\"img\" aria-label=\"QR code for 1A2B-3C4D-5E6F-7G8H\""));
        assert!(image.contains("#111111") && image.trim_end().ends_with("</svg>"));
        // Modules are drawn as path data, so the picture has content.
        assert!(image.contains("<path") || image.contains("<rect"), "{image}");
        assert!(image.starts_with("<svg "), "no XML declaration inside a page");
        assert!(svg(&"9".repeat(8000)).is_none(), "too long for any QR code");
        let link = link_svg("https://example.org/#/join/first-call/Tue", "Join <here>").expect("fits");
        assert!(link.contains("aria-label=\"Join &lt;here&gt;\""), "{link}");
    }

    #[test]
    fn the_path_draws_every_dark_module_once_at_least_160_pixels_wide() {
        for text in ["1A2B-3C4D-5E6F-7G8H", "http://192.168.1.5:8080/?room=abc#/join/first-call", ""] {
            let image = link_svg(text, "code").expect("fits");
            let code = matrix(text.as_bytes()).expect("fits");
            let side = code.size() + 8;
            assert!(image.contains(&format!("viewBox=\"0 0 {side} {side}\"")), "{image}");
            let width: usize =
                image.split("width=\"").nth(1).and_then(|w| w.split('"').next()).unwrap().parse().unwrap();
            assert!(width >= 160 && width.is_multiple_of(side), "{width}");
            assert!(image.contains("fill=\"#ffffff\"") && image.matches("<path").count() == 1);
            // Read the path back: every rectangle is one row high, none overlap, and the
            // modules they cover are exactly the dark ones.
            let data = image.split(" d=\"").nth(1).and_then(|d| d.split('"').next()).unwrap();
            let mut drawn = vec![false; code.size() * code.size()];
            for rect in data.split('z').filter(|r| !r.is_empty()) {
                let numbers: Vec<usize> = rect
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|n| !n.is_empty())
                    .map(|n| n.parse().unwrap())
                    .collect();
                let [x, y, run, 1, back] = numbers[..] else { panic!("{rect}") };
                assert_eq!(run, back);
                assert!(rect.starts_with('M') && rect.contains(&format!("h{run}v1h-{run}")), "{rect}");
                for x in x..x + run {
                    let at = (y - 4) * code.size() + x - 4;
                    assert!(!drawn[at], "drawn twice");
                    drawn[at] = true;
                }
            }
            let dark: Vec<bool> = (0..code.size())
                .flat_map(|y| (0..code.size()).map(move |x| (x, y)))
                .map(|(x, y)| code.dark(x, y))
                .collect();
            assert_eq!(drawn, dark);
            assert!(dark.iter().filter(|&&d| d).count() > 0);
        }
    }

    #[test]
    fn the_terminal_prints_light_modules_as_blocks_two_rows_a_line() {
        let link = "http://192.168.1.5:8080/#/join/first-call";
        let text = terminal(link).expect("fits");
        let code = matrix(link.as_bytes()).expect("fits");
        let side = code.size() + 8;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), side.div_ceil(2));
        assert!(text.ends_with('\n'));
        assert!(lines.iter().all(|line| line.chars().count() == side));
        // The quiet zone is light: two full lines of full blocks on top.
        assert!(lines[..2].iter().all(|line| line.chars().all(|c| c == '█')));
        // Decode the half blocks back into modules.
        for (n, line) in lines.iter().enumerate() {
            for (x, c) in line.chars().enumerate() {
                let (top, bottom) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("{other:?}"),
                };
                let light = |y: usize| !code.dark(x.wrapping_sub(4), y.wrapping_sub(4));
                assert_eq!(top, light(2 * n));
                assert_eq!(bottom, 2 * n + 1 < side && light(2 * n + 1), "line {n}, column {x}");
            }
        }
        assert!(terminal(&"a".repeat(3000)).is_none());
    }
}
