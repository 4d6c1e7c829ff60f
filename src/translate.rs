//! `judgement-call translate`: a scenario's text out to XLIFF 2.0 for translators (`export`,
//! carrying an earlier translation forward with `--update`) and a translation back into a
//! scenario file (`import`), checked, with nothing else changed. The work is
//! `translation`'s; docs/translating.md is the guide.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use translation::xliff;

use crate::{files, out};

/// What `translate` does.
#[derive(clap::Subcommand)]
pub enum TranslateCommand {
    /// Write a scenario's translatable text as XLIFF 2.0, one unit per piece with a stable id
    /// (exit 1 when the scenario has errors, 2 when a file cannot be read or written).
    Export {
        /// The scenario file.
        file: PathBuf,
        /// The language to translate into, a BCP 47 tag such as `fr` or `pt-BR`.
        #[arg(long, value_name = "LANG", value_parser = language)]
        to: String,
        /// An earlier translation to carry forward: its translations are kept, and those whose
        /// source changed since are marked for review (state `initial`, with a note of what
        /// the source was).
        #[arg(long, value_name = "XLIFF")]
        update: Option<PathBuf>,
        /// Start every untranslated unit from its source text, for tools that need a target.
        #[arg(long)]
        fill: bool,
        /// Write the XLIFF here rather than to standard output.
        #[arg(short = 'o', long = "output", value_name = "XLIFF")]
        output: Option<PathBuf>,
    },
    /// Write the scenario translated by an XLIFF file: every unit's text replaced, ids and
    /// structure kept, `language:` set, and the result checked (exit 2, and nothing written,
    /// when the translation does not fit the scenario).
    Import {
        /// The scenario file the translation was exported from.
        file: PathBuf,
        /// The translation.
        xliff: PathBuf,
        /// The translated scenario's id (default: the source's).
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// Take units translated from an older source as they are.
        #[arg(long)]
        allow_stale: bool,
        /// Write the translated scenario here rather than to standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

pub fn run(command: TranslateCommand) -> ExitCode {
    match command {
        TranslateCommand::Export { file, to, update, fill, output } => {
            export(&file, &to, update.as_deref(), fill, output.as_deref())
        }
        TranslateCommand::Import { file, xliff, id, allow_stale, output } => {
            import(&file, &xliff, translation::Options { id: id.as_deref(), allow_stale }, output.as_deref())
        }
    }
}

/// A BCP 47 tag in shape, for `--to`, as the scenario language reads `language:`.
fn language(tag: &str) -> Result<String, String> {
    if engine::validate::is_language_tag(tag) {
        Ok(tag.to_string())
    } else {
        Err(format!("`{tag}` is not a BCP 47 language tag such as `fr` or `pt-BR`"))
    }
}

fn read_xliff(path: &Path) -> Result<xliff::Document, ExitCode> {
    let text = fs::read_to_string(path).map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        ExitCode::from(2)
    })?;
    xliff::read(&text).map_err(|e| {
        eprintln!("error: {}: {e}", path.display());
        ExitCode::from(2)
    })
}

/// Prints `text`, or writes it to `output` atomically.
fn emit(text: &str, output: Option<&Path>) -> Result<(), ExitCode> {
    match output {
        None => {
            out::print(text);
            Ok(())
        }
        Some(path) => files::replace(path, text).map_err(|e| {
            eprintln!("error: {}: {e}; nothing written", path.display());
            ExitCode::from(2)
        }),
    }
}

fn export(path: &Path, to: &str, update: Option<&Path>, fill: bool, output: Option<&Path>) -> ExitCode {
    let (text, scenario) = match files::read(path) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let previous = match update.map(read_xliff).transpose() {
        Ok(previous) => previous,
        Err(code) => return code,
    };
    if let Some(previous) = &previous
        && previous.scenario != scenario.meta.id
    {
        eprintln!(
            "error: the earlier translation is of `{}`, not `{}`; nothing written",
            previous.scenario, scenario.meta.id
        );
        return ExitCode::from(2);
    }
    let exported = translation::export(&text, &scenario, to, previous.as_ref(), fill);
    if let Err(code) = emit(&xliff::write(&exported.document), output) {
        return code;
    }
    let units = exported.document.entries.len();
    let translated = exported.document.entries.iter().filter(|e| e.target.is_some()).count();
    eprintln!("{}: {units} units to translate into {to}, {translated} with a translation", path.display());
    if previous.is_some() {
        eprintln!("  {} carried over unchanged", exported.carried);
        if !exported.changed.is_empty() {
            eprintln!(
                "  {} whose source changed, marked for review: {}",
                exported.changed.len(),
                exported.changed.join(", ")
            );
        }
        if !exported.dropped.is_empty() {
            eprintln!(
                "  {} no longer in the scenario, dropped: {}",
                exported.dropped.len(),
                exported.dropped.join(", ")
            );
        }
    }
    ExitCode::SUCCESS
}

fn import(path: &Path, xliff_path: &Path, options: translation::Options, output: Option<&Path>) -> ExitCode {
    let (text, scenario) = match files::read(path) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let document = match read_xliff(xliff_path) {
        Ok(document) => document,
        Err(code) => return code,
    };
    let imported = match translation::import(&text, &scenario, &document, options) {
        Ok(imported) => imported,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {}: {problem}", xliff_path.display());
                if let translation::Problem::Invalid { text, diagnostics } = problem {
                    eprint!("{}", report::diagnostics(&format!("{} (translated)", path.display()), text, diagnostics));
                }
            }
            eprintln!("error: nothing written");
            return ExitCode::from(2);
        }
    };
    if let Err(code) = emit(&imported.text, output) {
        return code;
    }
    eprintln!("{}: {} units translated into {}", xliff_path.display(), imported.units, document.target_language);
    if imported.unreviewed > 0 {
        eprintln!("  {} still marked `initial` (not yet reviewed)", imported.unreviewed);
    }
    if !imported.stale.is_empty() {
        eprintln!("  warning: {} taken from an older source: {}", imported.stale.len(), imported.stale.join(", "));
    }
    ExitCode::SUCCESS
}
