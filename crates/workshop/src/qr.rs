//! QR codes drawn as SVG: a participant's result code, so a facilitator's phone camera can
//! read it off the participant's screen, and the link participants open to join. No image
//! crates: the SVG is text, without an XML declaration, ready to sit inside a page.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

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

fn draw(text: &str, label: &str) -> Option<String> {
    // Medium error correction survives a scratched or glare-covered screen.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render()
        .min_dimensions(160, 160)
        .dark_color(svg::Color("#111111"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build();
    let image = image.find("<svg ").map_or(image.as_str(), |at| &image[at..]);
    Some(image.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{}\" ", escape(label)), 1))
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
}
