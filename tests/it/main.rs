//! The one integration-test binary: library-wide checks and the architecture's tidy rules.

mod library;
mod tidy;
