//! `judgement-call`: the author CLI. Checks, analyses, graphs, scaffolds, plays and packages
//! scenario files, merges experts' ratings into a scenario's panel, runs a live workshop
//! room, and translates scenarios through XLIFF 2.0.

mod analyse;
mod check;
mod cohort;
mod files;
mod graph;
mod lrs;
mod new;
mod out;
mod package;
mod panel;
mod play;
mod room;
mod translate;

/// mimalloc rather than the system allocator: analysis builds and drops many small keys, and
/// the system allocator slows down sharply on large scenarios.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    use clap::Parser;
    let cli = Cli::parse();
    match cli.command {
        Command::Check { paths, format } => check::run(&paths, format),
        Command::Analyse { paths, format } => analyse::run(&paths, format),
        Command::Graph { file, format } => graph::run(&file, format),
        Command::New { id, dir } => new::run(&id, &dir),
        Command::Play { file, seed, responses, full } => {
            let length = if full { report::Length::Full } else { report::Length::Short };
            play::run(&file, seed, responses.as_deref(), length)
        }
        Command::Package { format, scenarios, all, output, dist } => {
            package::run(format, &scenarios, all, &output, dist.as_deref())
        }
        Command::Room { scenario, host, port, broker_port, dist } => {
            room::run(&scenario, host, port, broker_port, dist.as_deref())
        }
        Command::Panel { command } => panel::run(command),
        Command::Cohort {
            scenarios,
            from,
            lrs,
            activity,
            since,
            until,
            page_size,
            all_attempts,
            names,
            format,
            output,
        } => {
            let options = evidence::cohort::Options { all_attempts, names };
            let lrs =
                lrs.map(|endpoint| cohort::Lrs { endpoint, query: lrs::Query { activity, since, until, page_size } });
            cohort::run(&scenarios, &from, lrs.as_ref(), options, format, output.as_deref())
        }
        Command::Translate { command } => translate::run(command),
        Command::Stage { dir } => package::stage(&dir),
    }
}

/// Check, analyse and play Judgement Call scenario files.
#[derive(clap::Parser)]
#[command(name = "judgement-call", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

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
    /// Explore every playthrough: paths, endings, best and worst totals, and bot scores.
    Analyse {
        /// Scenario files, or folders to search for `*.scenario` files.
        #[arg(required = true)]
        paths: Vec<std::path::PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print a scenario's block graph, from its routes, as Graphviz DOT or a Mermaid flowchart.
    Graph {
        /// The scenario file.
        file: std::path::PathBuf,
        #[arg(long, value_enum, default_value_t = graph::GraphFormat::Dot)]
        format: graph::GraphFormat,
    },
    /// Create `<id>.scenario` from a commented skeleton that checks cleanly.
    New {
        /// The scenario's id: letters, digits, `-` and `_`.
        #[arg(value_parser = new::id)]
        id: String,
        /// The folder to create it in.
        #[arg(short = 'o', long = "output", value_name = "DIR", default_value = ".")]
        dir: std::path::PathBuf,
    },
    /// Play a scenario in the terminal, or replay a response log as a transcript.
    Play {
        /// The scenario file.
        file: std::path::PathBuf,
        /// Seeds the order options are shown in (default: from the clock; 1 with bare tokens).
        #[arg(long)]
        seed: Option<u64>,
        /// Replay this log instead of asking: a full `jc1 …` log, or just its response tokens.
        #[arg(long, value_name = "LOG", allow_hyphen_values = true)]
        responses: Option<String>,
        /// Print the whole score breakdown and debrief, not only the lesson and the next step.
        #[arg(long)]
        full: bool,
    },
    /// Package scenarios, or the whole library, as a SCORM 1.2, SCORM 2004 or cmi5 zip.
    Package {
        /// The standard the LMS speaks.
        #[arg(long, value_enum)]
        format: package::Standard,
        /// Scenario files; one launches straight into it, several become one entry each.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        scenarios: Vec<std::path::PathBuf>,
        /// Package the built-in library as one entry that opens the library.
        #[arg(long)]
        all: bool,
        /// The zip to write.
        #[arg(short = 'o', long = "output", value_name = "ZIP")]
        output: std::path::PathBuf,
        /// A built web app to ship as it is (default: the source tree's dist/, rebuilt with
        /// Trunk when missing or stale).
        #[arg(long, value_name = "DIR")]
        dist: Option<std::path::PathBuf>,
    },
    /// Run a live workshop room on this laptop: serve the web app to the local network with
    /// an MQTT broker, so participants vote from their phones; print the presenter link and
    /// the join link with its QR code. Ctrl-C closes the room.
    Room {
        /// The built-in scenario's id, such as `launch-support-scripts`.
        scenario: String,
        /// The address phones reach this laptop at (default: its address on the local
        /// network).
        #[arg(long, value_name = "IP")]
        host: Option<std::net::IpAddr>,
        /// The port the web app is served on.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// The port of the broker's WebSocket listener.
        #[arg(long, value_name = "PORT", default_value_t = 8081)]
        broker_port: u16,
        /// A built web app to serve (default: the source tree's dist/, rebuilt with Trunk
        /// when missing or stale).
        #[arg(long, value_name = "DIR")]
        dist: Option<std::path::PathBuf>,
    },
    /// Merge real experts' ratings files into a scenario's panel, or print a blank one.
    Panel {
        #[command(subcommand)]
        command: panel::PanelCommand,
    },
    /// A cohort's item analysis: what learners chose at each decision, how hard each was,
    /// how well it tells strong learners from weak ones, and where the key may be wrong.
    Cohort {
        /// The scenario files (statements about other scenarios are skipped and counted).
        #[arg(required = true)]
        scenarios: Vec<std::path::PathBuf>,
        /// Where the attempts are: jc1 logs or result codes (one a line, optionally
        /// `learner<TAB>`), cmi5 statements (a JSON array, NDJSON or LRS pages), or profile
        /// exports; the kind is read from the content. `-` reads standard input.
        #[arg(long, required_unless_present = "lrs", num_args = 1.., value_name = "SOURCE")]
        from: Vec<std::path::PathBuf>,
        /// Read cmi5 statements from this LRS's statements API too: its xAPI address, the one
        /// before `/statements` (e.g. `https://lrs.example.com/xAPI`). Credentials come from
        /// the environment: JC_LRS_USER and JC_LRS_PASSWORD, or JC_LRS_AUTH (a whole
        /// Authorization header value).
        #[arg(long, value_name = "URL")]
        lrs: Option<String>,
        /// With --lrs: only statements about this activity or with it in their context
        /// (the LMS's id for the unit, or the package's `urn:judgement-call:scenario:<id>`).
        #[arg(long, requires = "lrs", value_name = "IRI")]
        activity: Option<String>,
        /// With --lrs: only statements stored after this ISO 8601 time.
        #[arg(long, requires = "lrs", value_name = "TIME", value_parser = lrs::time)]
        since: Option<String>,
        /// With --lrs: only statements stored up to this ISO 8601 time.
        #[arg(long, requires = "lrs", value_name = "TIME", value_parser = lrs::time)]
        until: Option<String>,
        /// With --lrs: at most this many statements a page (the LRS's own default otherwise).
        #[arg(long, requires = "lrs", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        page_size: Option<u32>,
        /// Count every attempt, not only each learner's first.
        #[arg(long)]
        all_attempts: bool,
        /// Show learners by name rather than by a SHA-256 pseudonym.
        #[arg(long)]
        names: bool,
        #[arg(long, value_enum, default_value_t = cohort::CohortFormat::Text)]
        format: cohort::CohortFormat,
        /// Write the report here rather than to standard output.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: Option<std::path::PathBuf>,
    },
    /// Translate a scenario: its text out to XLIFF 2.0, and a translation back into a
    /// scenario file.
    Translate {
        #[command(subcommand)]
        command: translate::TranslateCommand,
    },
    /// Ready a build of the web app: every built-in scenario packed to
    /// `DIR/library/<id>.jcp`, and the site's map written into `DIR/boot.js` (Trunk runs it
    /// after each build; see Trunk.toml).
    #[command(hide = true)]
    Stage {
        /// Trunk's staging folder.
        dir: std::path::PathBuf,
    },
}

/// How a command prints its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}
