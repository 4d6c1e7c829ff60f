//! The one integration-test binary: the language reference construct by construct, golden
//! diagnostics, property tests, library-wide checks and the architecture's tidy rules.

mod diagnostics;
mod docs;
mod language;
mod library;
mod properties;
mod tidy;
