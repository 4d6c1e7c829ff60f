//! Finding, reading and loading scenario files named on the command line, and replacing
//! a file atomically.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use engine::{self, Scenario, Severity};

/// The file extension of scenario files.
pub const EXTENSION: &str = "scenario";

/// A scenario file read from disk.
pub struct SourceFile {
    /// The path as the user should see it.
    pub name: String,
    pub text: String,
}

/// Expands folders into their `*.scenario` files (sorted), keeping files as given.
/// Unreadable paths come back as errors with the path in the message.
/// [`collect`] for a command: on failure the error is printed and the command's exit code
/// (2, a file that cannot be read) comes back instead.
pub fn sources(paths: &[PathBuf]) -> Result<Vec<SourceFile>, ExitCode> {
    collect(paths).map_err(|message| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    })
}

pub fn collect(paths: &[PathBuf]) -> Result<Vec<SourceFile>, String> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut found).map_err(|e| format!("{}: {e}", path.display()))?;
        } else {
            found.push(path.clone());
        }
    }
    found
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            Ok(SourceFile { name: path.display().to_string(), text })
        })
        .collect()
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|e| e == EXTENSION) {
            found.push(path);
        }
    }
    Ok(())
}

/// Reads and loads one scenario file for a command that needs a valid scenario. On failure
/// the reason has already been printed to stderr (the rendered diagnostics, or why the file
/// cannot be read) and the exit code to end with comes back: 1 for a scenario with errors,
/// 2 for a file that cannot be read.
pub fn load(path: &Path) -> Result<Scenario, ExitCode> {
    read(path).map(|(_, scenario)| scenario)
}

/// [`load`], keeping the file's text (for a command that rewrites the file).
pub fn read(path: &Path) -> Result<(String, Scenario), ExitCode> {
    let text = fs::read_to_string(path).map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        ExitCode::from(2)
    })?;
    match engine::load(&text) {
        Ok(scenario) => Ok((text, scenario)),
        Err(diagnostics) => {
            let name = path.display().to_string();
            eprint!("{}", report::diagnostics(&name, &text, &diagnostics));
            let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            eprintln!("error: {name} has {errors} error(s); fix them first (see `judgement-call check`)");
            Err(ExitCode::FAILURE)
        }
    }
}

/// Writes `text` over `path` atomically: into a file beside it, then renamed over it, so
/// the file is either the old one or the new one, never half of each.
pub fn replace(path: &Path, text: &str) -> std::io::Result<()> {
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file}.{}.partial", std::process::id()));
    let result = fs::write(&temporary, text).and_then(|()| fs::rename(&temporary, path));
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}
