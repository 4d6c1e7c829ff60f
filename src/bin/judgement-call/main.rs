//! `judgement-call`: the author CLI. Checks scenario files and, as the engine grows,
//! analyses, graphs, plays and packages them.
//!
//! Built natively only; on wasm this binary is an empty shell so that `cargo build
//! --target wasm32-unknown-unknown` of the whole package still succeeds.

#[cfg(not(target_arch = "wasm32"))]
mod check;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod out;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    let cli = Cli::parse();
    match cli.command {
        Command::Check { paths, format } => check::run(&paths, format),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Check, analyse and play Judgement Call scenario files.
#[cfg(not(target_arch = "wasm32"))]
#[derive(clap::Parser)]
#[command(name = "judgement-call", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[cfg(not(target_arch = "wasm32"))]
#[derive(clap::Subcommand)]
enum Command {
    /// Report every problem in scenario files (exit 1 when any has an error).
    Check {
        /// Scenario files, or folders to search for `*.scenario` files.
        #[arg(required = true)]
        paths: Vec<std::path::PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// How a command prints its results.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}
