//! `lodestar-cli`: the same program as `lodestar`, built as a console
//! program, for Windows, where the GUI build cannot print to a terminal.
//! Only the Windows packaging builds it (`cargo build -p lodestar-cli`);
//! elsewhere `lodestar` itself prints to the terminal.

fn main() -> std::process::ExitCode {
    lodestar::cli::main()
}
