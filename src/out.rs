//! Writing to standard output without panicking when the reader goes away.
//!
//! `println!` panics when stdout is a closed pipe, as in `judgement-call check scenarios/ |
//! head -1`. Everything the CLI prints goes through [`print`] instead, which treats a broken
//! pipe as the reader having seen enough and exits quietly.

use std::io::{self, Write};
use std::process;

/// Writes `text` to stdout and flushes it, so prompts show before input is read. On a broken
/// pipe the process exits with success and no message; on any other write error it reports
/// the error and exits with 2.
pub fn print(text: &str) {
    let mut stdout = io::stdout().lock();
    if let Err(error) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        if error.kind() == io::ErrorKind::BrokenPipe {
            process::exit(0);
        }
        eprintln!("error: cannot write the output: {error}");
        process::exit(2);
    }
}

/// Writes `text` and a newline.
pub fn line(text: &str) {
    print(&format!("{text}\n"));
}
